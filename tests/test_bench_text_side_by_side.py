"""The side-by-side tool: what it writes of an engine's alarms and slips, and what it tells apart."""

from __future__ import annotations

import json

import pytest

from benchmarks import bench_text_accuracy, text_measure, text_side_by_side
from benchmarks.text_side_by_side import compare, dump, main

TEXTS = ["Il nostro albergo è vicino al mare.", "Compilate il modullo qui sotto, grazie."]


@pytest.fixture
def one_small_set(monkeypatch):
    monkeypatch.setattr(text_side_by_side, "sets", lambda: [("user", "tuning")])
    monkeypatch.setattr(text_measure, "messages", lambda split, lang, material: list(TEXTS))
    monkeypatch.setattr(bench_text_accuracy, "TYPOS", 4)


def test_dump_counts_words_and_alarms_of_the_engine_in_use(one_small_set):
    result = dump("it", mode="lists")
    assert list(result) == ["user/tuning"]
    assert result["user/tuning"]["alarms"] == {"modullo": 1}
    assert result["user/tuning"]["words"] == 13


def test_dump_with_slips_tells_how_many_were_planted_and_found(one_small_set):
    row = dump("it", mode="lists", slips=True)["user/tuning"]
    generated = row["generated"]
    assert 1 <= generated["count"] <= 4  # as many as the texts have words to slip on
    assert generated["found"] == generated["count"] - len(generated["missed"])
    assert 0 <= generated["top1"] <= generated["top3"] <= generated["found"]
    assert "real" not in row  # codespell's rows are English


def _row(alarms, words=100, missed=(), top1=None):
    generated = {"count": 3, "found": 3 - len(missed), "top3": 2, "missed": list(missed)}
    if top1 is not None:
        generated["top1"] = top1
    return {"words": words, "alarms": alarms, "generated": generated}


def test_compare_names_each_set_s_alarms_gone_and_come_and_lost_slips():
    before = {"a/a": _row({"form": 2, "git": 1}), "b/b": _row({"cyber": 1}, missed=["tenerla"])}
    after = {"a/a": _row({"git": 1, "foo": 1}), "b/b": _row({"cyber": 1})}
    lines = compare(before, after)
    assert lines == [
        "a/a: fewer {'form': 2} more {'foo': 1}",
        "b/b: generated slips now found {'tenerla': 1}",
        "alarms 4 -> 3 (-1), 2.000 -> 1.500 per 100 words (200 words)",
        "generated slips: found 5 -> 6, first three 4 -> 4 (of 6)",
    ]


def test_compare_says_when_a_set_or_its_words_differ():
    lines = compare({"a/a": _row({}), "c/c": _row({})}, {"a/a": _row({}, words=90)})
    assert lines[0] == "c/c: only in before"
    assert lines[1] == "a/a: words differ, 100 and 90"


def test_the_command_line_dumps_and_compares(one_small_set, tmp_path, capsys):
    out = tmp_path / "it.json"
    assert main(["dump", "it", str(out), "--mode", "lists"]) == 0
    assert json.loads(out.read_text("utf-8"))["user/tuning"]["alarms"] == {"modullo": 1}
    assert main(["compare", str(out), str(out)]) == 0
    assert capsys.readouterr().out.strip().endswith("per 100 words (13 words)")


def test_a_held_out_set_not_yet_measured_is_left_out(tmp_path):
    for name in ("round7", "round9", "round10"):
        (tmp_path / f"text_{name}_errors.txt").write_text("# none\n", "utf-8")
    held_out = ["round4", "round7", "round8", "round9", "round10", "round11", "round12"]
    assert text_side_by_side.unmeasured(held_out, tmp_path) == ["round11", "round12"]
    assert text_side_by_side.unmeasured(held_out[:5], tmp_path) == []


def test_the_repository_s_waiting_set_is_left_out_of_a_comparison():
    waiting = text_side_by_side.unmeasured(list(bench_text_accuracy.HELD_OUT))
    assert "round38" not in waiting
    assert all((w, w) not in text_side_by_side.sets() for w in waiting)


def test_compare_tells_first_suggestions_only_when_both_dumps_have_them():
    first = compare({"a/a": _row({}, top1=1)}, {"a/a": _row({}, top1=2)})
    assert first[-1] == "generated slips: found 3 -> 3, first three 2 -> 2 (of 3), first 1 -> 2"
    older = compare({"a/a": _row({})}, {"a/a": _row({}, top1=2)})
    assert older[-1] == "generated slips: found 3 -> 3, first three 2 -> 2 (of 3)"


def test_a_slip_counts_first_only_when_the_first_suggestion_corrects_it():
    from benchmarks.text_measure import Figures, Typo, engine_typos
    from tests.auditor.checks.text.hunspell_support import need_hunspell

    need_hunspell("it")
    text = "Vi inviamo un document ufficiale."  # documento, documenti, documenta
    start, end = text.index("document"), text.index("document") + len("document")
    fig = Figures("x")
    engine_typos(
        [Typo(text, start, end, right, "deletion") for right in ("documento", "documenta")],
        "it",
        fig,
    )
    assert (fig.found, fig.top3, fig.top1) == (2, 2, 1)
