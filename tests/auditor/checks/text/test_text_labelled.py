"""The labelled corpus: recall on planted errors and false alarms on correct business text."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.checks.text.evaluation import evaluate

DATA = Path(__file__).resolve().parent / "data"


@pytest.mark.parametrize("lang", ["it", "en"])
def test_planted_errors_are_found_and_clean_text_stays_quiet(lang):
    result = evaluate(DATA, lang)
    assert result.planted >= (50 if lang == "it" else 30)
    assert result.clean_words >= 2500
    assert result.offsets_ok
    assert result.recall >= 90.0, result.missed
    assert result.false_alarms_per_200_words <= 1.0, result.false_alarms


def test_corpus_has_the_promised_size():
    names = sorted(p.name for p in (DATA / "planted").glob("*.txt"))
    assert sum(n.startswith("it_") for n in names) >= 12
    assert sum(n.startswith("en_") for n in names) >= 8
