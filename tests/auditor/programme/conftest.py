"""Fixtures of the programme tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.auditor.programme.chain import Chain


@pytest.fixture
def chain(tmp_path: Path) -> Iterator[Chain]:
    """Return a client with four locations, three waves and its questionnaire (open store)."""
    made = Chain(tmp_path / "chain.auditdesk")
    yield made
    made.store.close()
