"""The real-Italian-misspellings benchmark: its table is read strictly, and each slip is checked
in its own sentence by the engine, found or missed, corrected first, in the first three or not."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.bench_text_real_it import engine_figures, slips
from benchmarks.text_measure import engine_mode
from tests.auditor.checks.text.hunspell_support import need_hunspell


def _table(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "real.tsv"
    path.write_text("# a comment\n\n" + "\n".join(lines) + "\n", "utf-8")
    return path


def test_each_slip_is_placed_in_its_sentence(tmp_path: Path) -> None:
    items = slips(_table(tmp_path, "round9\tpiu\tpiù\tÈ sempre piu bella la città."))
    assert len(items) == 1
    t = items[0]
    assert t.text[t.start : t.end] == "piu"
    assert (t.right, t.kind) == ("più", "round9")


@pytest.mark.parametrize(
    "line",
    [
        "round9\tpiu\tpiù",  # no sentence
        "round9\tpiu\t\tÈ sempre piu bella.",  # an empty field
        "round9\tpoi\tpiù\tÈ sempre piu bella.",  # the word is not in its sentence
    ],
)
def test_a_malformed_line_is_refused_with_its_number(tmp_path: Path, line: str) -> None:
    with pytest.raises(ValueError, match=r"real\.tsv:3"):
        slips(_table(tmp_path, line))


def test_the_engine_is_scored_on_found_first_and_first_three(tmp_path: Path) -> None:
    need_hunspell("it")
    items = slips(
        _table(
            tmp_path,
            "round7\tE'\tÈ\tE' obbligatorio rispettare la vegetazione.",
            "round7\tperchè\tperché\tNon so perchè sia chiuso.",
            # the right word said to be another: offered, but not the one asked for
            "round7\tpropia\tpiazza\tAggiorniamo la propia offerta.",
            # a correct word listed as a slip: the engine finds nothing
            "round7\tofferta\tproposta\tAggiorniamo la nostra offerta.",
        )
    )
    with engine_mode("hunspell"):
        fig = engine_figures(items, "ours")
    assert (fig.typos, fig.found, fig.suggested_on) == (4, 3, 3)
    assert fig.missed == ["offerta"]
    assert fig.top3 == 2 and fig.top1 == 2
    assert len(fig.wrong_top3) == 1 and fig.wrong_top3[0].startswith("propia->piazza")


def test_the_slip_is_the_whole_word_not_a_piece_of_an_earlier_one(tmp_path: Path) -> None:
    items = slips(_table(tmp_path, "round11\trocesso\tprocesso\tIl processo e il rocesso."))
    t = items[0]
    assert t.start == len("Il processo e il ") and t.text[t.start : t.end] == "rocesso"
    items = slips(_table(tmp_path, "round27\tdel’\tdell’\tl'endpoint del’UFE della PA"))
    assert items[0].text[items[0].start : items[0].end] == "del’"
