"""Suggestions ranked by the words around the slip (context.py): English word-pair counts."""

from __future__ import annotations

import pytest

from auditor.checks.text import context
from auditor.checks.text.engine import speller
from tests.auditor.checks.text.hunspell_support import need_hunspell
from tests.auditor.checks.text.spelling_support import suggestions


@pytest.fixture
def pair_counts():
    counts = context.pairs("en")
    if counts is None:
        pytest.skip("symspellpy's word-pair counts are not installed")
    return counts


def test_the_pair_counts_know_common_pairs_and_ignore_chance_ones(pair_counts):
    assert pair_counts.affinity("has", "been") > 1.0
    assert pair_counts.affinity("been", "has") == 0.0  # not a pair the table holds
    assert pair_counts.fit("", "been", "") == 0.0
    assert context.pairs("it") is None  # no Italian table: Italian ranks as before


@pytest.mark.parametrize(
    ("text", "typo", "right"),
    [
        # two slips on a short word leave many words near it; the neighbours pick the one meant
        ("The engineer has ene here since nine.", "ene", "been"),
        ("Please call us when gu are ready.", "gu", "you"),
        ("Learn mer about our rooms.", "mer", "more"),
        ("The room must be at keat ten metres wide.", "keat", "least"),
    ],
)
def test_the_words_around_a_slip_pick_its_correction(pair_counts, text, typo, right):
    need_hunspell("en")
    assert suggestions(text, "en", typo)[0] == right


def test_without_neighbours_the_ranking_is_the_context_free_one(pair_counts):
    need_hunspell("en")
    sp = speller("en")
    alone = sp.suggest("ene")
    assert "been" not in alone
    # punctuation ends the context: the same slip between commas ranks as alone
    assert suggestions("The engineer has, ene, here.", "en", "ene") == alone


def test_without_the_pair_counts_suggestions_still_come(monkeypatch):
    need_hunspell("en")
    monkeypatch.setattr("auditor.checks.text.suggesting.pairs", lambda lang: None)
    speller("en")._suggested.clear()
    try:
        found = suggestions("The engineer has ene here since nine.", "en", "ene")
    finally:
        speller("en")._suggested.clear()
    assert found == speller("en").suggest("ene")
