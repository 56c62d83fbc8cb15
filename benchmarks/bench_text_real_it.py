"""Real Italian misspellings, as published: is the right word among the first three suggestions?

English has codespell's list of real misspellings; Italian has no such public list, so the
text benchmark measures Italian suggestions on generated slips only. This reads the real ones
instead: every Italian misspelling the held-out sets' published text was found to hold
(`text_<set>_errors.txt`, listed by the session that measured each set), with the word the writer
meant judged from its sentence (`text_real_it.tsv`, written without running our engine), and
checks each in its own sentence: with our engine (Hunspell and the bundled lists) and with bare
Hunspell's suggest, the reference, in the same run.

Read it for what it is: the slips were listed from our engine's own alarms on those sets, so
"found" is close to 100 % by construction (a slip our engine missed was never listed) and says
little; the figure is the right correction first and in the first three. The sets were tuned on
after their measurement, so these are tuning figures, not held-out ones.

    python -m benchmarks text_real_it        # the rows, in the benchmark runner's table
    python -m benchmarks.bench_text_real_it -v   # and every slip whose correction is not offered
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from auditor.checks.text import hunspell
from benchmarks.common import row
from benchmarks.text_measure import (
    SPELLING_RULES,
    Figures,
    Typo,
    engine_mode,
    engine_typos,
    hunspell_typos,
)

HERE = Path(__file__).parent
TABLE = HERE / "text_real_it.tsv"
# The encoding rule reports a word garbled by the page's encoding (giÃ for già) with the word as
# meant: for a slip of that kind it is the finding that answers
RULES = SPELLING_RULES | {"encoding"}
HUNSPELL_SUGGEST = 10_000  # every slip: the list is a few hundred words


def slips(path: Path = TABLE) -> list[Typo]:
    """Return the table's misspellings, each placed in its sentence (kind: the set's name).

    A malformed line, or a word its sentence does not hold, raises ValueError.
    """
    out = []
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 4 or not all(f.strip() for f in fields):
            raise ValueError(f"{path}:{number}: expected set<TAB>word<TAB>right<TAB>sentence")
        material, word, right, sentence = (f.strip() for f in fields)
        # the whole word: "rocesso" is also the tail of an earlier "processo"; an elision
        # ("del’UFE") may run into the word after it
        tail = r"(?!\w)" if word[-1].isalnum() else ""
        found = re.search(rf"(?<!\w){re.escape(word)}{tail}", sentence)
        if found is None:
            raise ValueError(f"{path}:{number}: “{word}” is not in its sentence")
        out.append(Typo(sentence, found.start(), found.end(), right, material))
    return out


def engine_figures(items: list[Typo], name: str) -> Figures:
    """Return how our engine, as configured now, flags and corrects the slips."""
    fig = Figures(name)
    engine_typos(items, "it", fig, rules=RULES)
    return fig


def measure(items: list[Typo]) -> dict[str, Figures]:
    """Return our engine's figures (Hunspell, lists) and bare Hunspell's, on the same slips."""
    out = {}
    with engine_mode("hunspell"):
        have = hunspell.dictionary("it") is not None
    for mode in ("hunspell", "lists") if have else ("lists",):
        with engine_mode(mode):
            out[mode] = engine_figures(items, f"ours ({mode})")
    if have:
        with engine_mode("hunspell"):
            bare = Figures("bare Hunspell")
            hunspell_typos(items, "it", bare, HUNSPELL_SUGGEST)
            out["bare"] = bare
    return out


def run() -> list[dict]:
    """Return the rows: found, first and first three, for each engine."""
    items = slips()
    rows = []
    for key, fig in measure(items).items():
        label = f"text real Italian misspellings ({len(items)}) {fig.name}"
        rows.append(row(f"{label}: recall", 100 * fig.recall, unit="%"))
        if key != "bare":  # bare Hunspell's first suggestion is not counted
            rows.append(row(f"{label}: first", 100 * fig.top1_rate, unit="%"))
        rows.append(row(f"{label}: top-3", 100 * fig.top3_rate, unit="%"))
    return rows


def report(verbose: bool) -> None:
    """Print the figures, and with verbose every slip not corrected in the first three."""
    items = slips()
    sets = Counter(t.kind for t in items)
    print(f"{len(items)} real Italian misspellings from {len(sets)} sets' published text")
    for key, fig in measure(items).items():
        first = f"first {fig.top1_rate:6.1%}  " if key != "bare" else ""
        print(
            f"{fig.name:<16} found {fig.found:>4} of {fig.typos} ({fig.recall:6.1%})  {first}"
            f"top-3 {fig.top3_rate:6.1%} (of {fig.suggested_on})"
        )
        if verbose and key != "bare":
            print("   missed:", fig.missed)
            print("   not in top 3:", fig.wrong_top3)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true")
    report(parser.parse_args().verbose)
