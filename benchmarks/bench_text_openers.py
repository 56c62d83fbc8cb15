"""Slips in a sentence's first, capitalised word: are they found, and corrected in the first three?

The text benchmark (bench_text_accuracy) plants its slips in lowercase words inside a sentence, so
what the engine does with a capitalised word goes unmeasured there. A capitalised word inside a
sentence is a name and is never spelt (the Title Case of a heading apart), so the one place a
capitalised slip is looked for is a sentence's first word, where the engine also leaves alone a
word with nothing close, as a name ("Gwenview"): that leniency is what this measures. Slips are
planted as the benchmark plants them (insertions, deletions, neighbouring keys, swaps, doubled
letters, accents; one in five twice), on the word's lowercase form with its capital put back,
PER_SET a language in every set already measured (the held-out sets since their measurement are
tuning material, so these are tuning figures); bare Hunspell, the reference, in the same run.

    python -m benchmarks text_openers            # the rows, in the benchmark runner's table
    python -m benchmarks.bench_text_openers -v   # and the slips missed
"""

from __future__ import annotations

import argparse

from auditor.checks.text import hunspell
from benchmarks.common import row
from benchmarks.text_measure import (
    Figures,
    Typo,
    engine_mode,
    engine_typos,
    hunspell_typos,
    messages,
    typos,
)
from benchmarks.text_side_by_side import sets

PER_SET = 30
SEED = 5
HUNSPELL_SUGGEST = 10_000  # every slip: 30 a set


def opener_slips(lang: str, per_set: int = PER_SET) -> list[Typo]:
    """Return slips planted in sentence openers, per_set from every measured set."""
    out: list[Typo] = []
    for material, split in sets():
        out += typos(messages(split, lang, material), lang, per_set, seed=SEED, openers=True)
    return out


def measure(items: list[Typo], lang: str) -> dict[str, Figures]:
    """Return our engine's figures (Hunspell mode) and bare Hunspell's on the same slips."""
    with engine_mode("hunspell"):
        if hunspell.dictionary(lang) is None:
            raise RuntimeError(f"no Hunspell dictionary for {lang}: the figures need one")
        ours = Figures("ours (hunspell)")
        engine_typos(items, lang, ours)
        bare = Figures("bare Hunspell")
        hunspell_typos(items, lang, bare, HUNSPELL_SUGGEST)
    return {"ours": ours, "bare": bare}


def run() -> list[dict]:
    """Return the rows: found and first three, ours and bare Hunspell's, in each language."""
    rows = []
    for lang in ("it", "en"):
        items = opener_slips(lang)
        for key, fig in measure(items, lang).items():
            label = f"text slips in sentence openers {lang} ({len(items)}) {fig.name}"
            rows.append(row(f"{label}: recall", 100 * fig.recall, unit="%"))
            if key == "ours":
                rows.append(row(f"{label}: first", 100 * fig.top1_rate, unit="%"))
            rows.append(row(f"{label}: top-3", 100 * fig.top3_rate, unit="%"))
    return rows


def report(verbose: bool) -> None:
    """Print the figures, and with verbose every slip missed."""
    for lang in ("it", "en"):
        items = opener_slips(lang)
        print(f"{lang}: {len(items)} slips in sentence openers")
        for key, fig in measure(items, lang).items():
            first = f"first {fig.top1_rate:6.1%}  " if key == "ours" else ""
            print(
                f"  {fig.name:<16} found {fig.found:>5} of {fig.typos} ({fig.recall:6.1%})  "
                f"{first}top-3 {fig.top3_rate:6.1%} (of {fig.suggested_on})"
            )
            if verbose and key == "ours":
                print("     missed:", fig.missed)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true")
    report(parser.parse_args().verbose)
