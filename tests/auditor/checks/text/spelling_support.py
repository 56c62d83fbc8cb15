"""What the auditor sees of the spelling check: the words flagged, and the fixes offered."""

from __future__ import annotations

from auditor.checks.text import check_text

SPELLING = ("spelling", "accent")


def flagged(text: str, lang: str) -> list[str]:
    """Return the excerpts of the spelling and accent findings."""
    return [f.excerpt for f in check_text(text, lang=lang).findings if f.rule in SPELLING]


def suggestions(text: str, lang: str, word: str) -> tuple[str, ...]:
    """Return the suggestions of the finding on `word` (empty when it is not flagged)."""
    for f in check_text(text, lang=lang).findings:
        if f.excerpt == word:
            return f.suggestions
    return ()
