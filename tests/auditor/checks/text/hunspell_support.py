"""Skipping a test that needs a system Hunspell dictionary, naming the Debian package."""

from __future__ import annotations

import pytest

from auditor.checks.text import hunspell

PACKAGES = {"it": "hunspell-it", "en": "hunspell-en-us"}


def need_hunspell(*langs: str) -> None:
    """Skip, naming the missing Debian package, when a system dictionary is absent."""
    for lang in langs:
        if hunspell.dictionary(lang) is None:
            pytest.skip(f"no Hunspell {lang} dictionary on this system (apt: {PACKAGES[lang]})")
