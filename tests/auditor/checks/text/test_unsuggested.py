"""Vulgar words are never offered as corrections, though they stay known words."""

from __future__ import annotations

import pytest

from auditor.checks.text import check_text
from auditor.checks.text.unsuggested import NOT_SUGGESTED


@pytest.mark.parametrize(
    ("text", "lang", "wanted"),
    [
        ("The curnt offer is valid until Friday.", "en", "current"),
        ("Il cazo della pratica è chiuso.", "it", "caso"),
    ],
)
def test_a_vulgar_word_one_slip_away_is_not_suggested(text, lang, wanted):
    found = [f for f in check_text(text, lang=lang).findings if f.rule == "spelling"]
    assert len(found) == 1
    suggestions = [s.lower() for s in found[0].suggestions]
    assert wanted in suggestions
    assert not set(suggestions) & NOT_SUGGESTED[lang]


def test_a_far_slip_gets_no_vulgar_word_either():
    # a generated slip of the ninth set ("dialog", two slips away) offered a sex toy first
    found = [f for f in check_text("Always use advanced paste dilao", lang="en").findings]
    suggestions = {s.lower() for f in found for s in f.suggestions}
    assert suggestions and not suggestions & NOT_SUGGESTED["en"]
    assert "dildo" not in suggestions
