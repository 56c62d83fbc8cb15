"""Fixtures of the command tests: the sample workspace on a real file, with an Editor over it."""

from __future__ import annotations

import pytest

from auditor.commands import Editor
from auditor.storage import Store
from tests.auditor.commands.sample import Desk, build


@pytest.fixture
def desk(store: Store) -> Desk:
    """Return the sample audit (draft, two visits) and an editor acting as Marta on laptop-1."""
    build(store)
    return Desk(store, Editor(store, actor="Marta", device="laptop-1"))
