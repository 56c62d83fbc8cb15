"""Slips planted in sentence openers (benchmarks/bench_text_openers.py): where they are planted,
and what the figures count, on a few texts of our own in place of the measured sets."""

from __future__ import annotations

import pytest

from benchmarks import bench_text_openers
from benchmarks.text_measure import typos
from tests.auditor.checks.text.hunspell_support import need_hunspell

TEXTS = [
    "Compilate il modulo qui sotto. Grazie per averci scritto.",
    "Scrivete alla reception. Risponderemo entro domani.",
    "Prenotate la camera online. Controllate la conferma ricevuta.",
    "Visitate il nostro sito. Troverete tutte le offerte.",
]


def test_openers_get_the_slip_capitalised_and_the_benchmark_s_own_draw_never_does() -> None:
    need_hunspell("it")
    openers = typos(TEXTS * 5, "it", 40, seed=3, openers=True)
    assert openers
    for t in openers:
        typed = t.text[t.start : t.end]
        # the first word of a sentence, capitalised, and no longer the word it was
        assert t.start == 0 or t.text[: t.start].rstrip().endswith(".")
        assert typed[0].isupper() and typed[1:].islower() and typed != t.right
        assert t.right[0].isupper()
    for t in typos(TEXTS * 5, "it", 40, seed=3):
        assert t.text[t.start : t.end].islower()
        assert t.start > 0 and not t.text[: t.start].rstrip().endswith(".")


def test_the_figures_count_ours_and_bare_hunspell_on_the_same_slips(monkeypatch) -> None:
    need_hunspell("it")
    monkeypatch.setattr(bench_text_openers, "sets", lambda: [("user", "tuning")])
    monkeypatch.setattr(bench_text_openers, "messages", lambda split, lang, material: TEXTS)
    items = bench_text_openers.opener_slips("it", per_set=3)
    assert 0 < len(items) <= 3
    figures = bench_text_openers.measure(items, "it")
    assert set(figures) == {"ours", "bare"}
    for fig in figures.values():
        assert fig.typos == len(items) and 0 <= fig.found <= fig.typos
    assert figures["bare"].found == len(items)  # every slip is a non-word for Hunspell


@pytest.mark.parametrize("name", ["bench_text_openers"])
def test_the_runner_leaves_it_out_unless_named(name: str) -> None:
    from benchmarks.__main__ import OPT_IN

    assert name in OPT_IN  # it reads every measured set: downloads, minutes
