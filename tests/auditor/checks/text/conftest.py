"""Fixtures of the text-check tests."""

from __future__ import annotations

import pytest

from auditor.checks.text import engine, hunspell


@pytest.fixture
def lists_only(monkeypatch):
    """Switch Hunspell off as on a machine without it; restore the normal engine after."""
    monkeypatch.setenv("AUDITOR_HUNSPELL", "off")
    hunspell.dictionary.cache_clear()
    engine.speller.cache_clear()
    yield
    monkeypatch.delenv("AUDITOR_HUNSPELL")
    hunspell.dictionary.cache_clear()
    engine.speller.cache_clear()
