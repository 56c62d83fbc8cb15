"""The spelling benchmark's count of errors found in a held-out set's published text."""

from __future__ import annotations

from collections import Counter

import pytest

from benchmarks.bench_text_accuracy import listed_errors, net_alarms


def test_without_a_list_every_alarm_counts(tmp_path):
    listed = listed_errors("round7", "it", tmp_path)
    alarms = ["perchè", "Tasferimento", "perchè"]
    assert listed == Counter()
    assert net_alarms(alarms, listed) == 3


def test_listed_errors_are_taken_off_at_most_as_often_as_flagged(tmp_path):
    (tmp_path / "text_round7_errors.txt").write_text(
        "# word, language, sentence\n"
        "\n"
        "perchè\tit\tNon so perchè il file non si apre.\n"
        "perchè\tit\tChiedi perchè.\n"
        "perchè\tit\tSpiega perchè.\n"
        "Tasferimento\tit\tTasferimento completato.\n"
        "seperately\ten\tSave each page seperately.\n",
        "utf-8",
    )
    # "+names" is the same set run with the client's names: the same list applies.
    italian = listed_errors("round7+names", "it", tmp_path)
    assert italian == Counter({"perchè": 3, "Tasferimento": 1})
    assert listed_errors("round7", "en", tmp_path) == Counter({"seperately": 1})
    # Listed three times, flagged twice: two taken off; "Salva" is not listed and stays.
    assert net_alarms(["perchè", "Salva", "perchè", "Tasferimento"], italian) == 1
    # A listed word never flagged takes nothing off.
    assert net_alarms(["Salva"], italian) == 1
    # Another set's list is not read.
    assert listed_errors("round6", "it", tmp_path) == Counter()


@pytest.mark.parametrize("line", ["perchè it Non so perchè.", "perchè\tfr\tPourquoi.", "\tit\tx"])
def test_a_malformed_line_is_named(tmp_path, line):
    (tmp_path / "text_round7_errors.txt").write_text(f"{line}\n", "utf-8")
    with pytest.raises(ValueError, match=r"text_round7_errors.txt:1: expected word"):
        listed_errors("round7", "it", tmp_path)


def test_a_slip_inside_a_client_name_counts_as_found_and_its_fix_as_right():
    from benchmarks.text_measure import Figures, Typo, engine_alarms, engine_typos

    text = "Apri il Monitor di ssitema per vedere i processi."
    start = text.index("ssitema")
    typo = Typo(text, start, start + len("ssitema"), "sistema", "generated")
    fig = Figures("ours")
    engine_typos([typo], "it", fig, brands=["Monitor di sistema"])
    assert (fig.found, fig.top3, fig.missed) == (1, 1, [])
    # a name said to be misspelt in correct text is a false alarm; one written in other capitals
    # is the brand rule's own finding (the client's style), not a spelling alarm
    clean = Figures("ours")
    names = ["Monitor di sistema", "Registro di sistema"]
    engine_alarms(["Apri il Registri di sistema e il monitor di sistema."], "it", clean, names)
    assert clean.alarms == ["Registri di sistema"]


def test_a_run_fetches_the_sets_it_measures_and_those_before_them_only(monkeypatch):
    # A later set is chosen against the earlier sets' catalogues, so those are fetched too; a
    # set after the last one asked for (the twenty-third's games are 3.8 GB) is not.
    import benchmarks.bench_text_accuracy as bench

    fetched: list[str] = []
    monkeypatch.setattr(bench, "fetch", lambda: fetched.append("user"))
    monkeypatch.setattr(bench, "fetch_fresh", lambda: fetched.append("fresh"))
    held_out = {
        name: (lambda n=name: fetched.append(n), names)
        for name, (_, names) in bench.HELD_OUT.items()
    }
    monkeypatch.setattr(bench, "HELD_OUT", held_out)
    assert bench._materials(bench.DEFAULT_MATERIALS) == bench.DEFAULT_MATERIALS
    assert fetched == ["user", "fresh"]
    fetched.clear()
    assert bench._materials(("round6",)) == ("round6",)
    assert fetched == ["user", "fresh", "round4", "round5", "round6"]
    # a snapshot set's texts come from its own snapshots: asked alone, nothing else is fetched
    fetched.clear()
    assert bench._materials(("round50", "round48")) == ("round48", "round50")
    assert fetched == ["round50", "round48"]
