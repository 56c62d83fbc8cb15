"""Spelling accuracy on real text: our engine (Hunspell + rules, and the lists fallback) against
bare Hunspell measured in the same run, on a tuning and a held-out half of two sets: user-facing
catalogues and help (52 Debian packages fetched once with apt-get download, see
benchmarks/text_material.py) and the developer-tool catalogues installed on the machine.
`python -m benchmarks.bench_text_accuracy -v` also lists misses.
"""

from __future__ import annotations

import argparse
import logging
import subprocess
from collections import Counter

from auditor.checks.text import hunspell
from benchmarks.common import row
from benchmarks.text_material import fetch, fetch_fresh
from benchmarks.text_measure import (
    Figures,
    engine_alarms,
    engine_mode,
    engine_typos,
    hunspell_alarms,
    hunspell_typos,
    load_ms,
    messages,
    real_misspellings,
    typos,
)
from benchmarks.text_round4 import fetch_round4, round4_names
from benchmarks.text_round5 import fetch_round5, round5_names
from benchmarks.text_round6 import fetch_round6, round6_names

log = logging.getLogger(__name__)

TYPOS = 600
REAL = 600
HUNSPELL_SUGGEST = 200  # bare Hunspell's Italian suggest takes ~50 ms a word: a sample
GOALS = {"alarms": 0.3, "recall": 0.97, "top3": 0.95}
MATERIALS = ("user", "developer", "fresh", "round4", "round5", "round6")
# The fourth and fifth held-out sets are measured only when asked by name (`--material round4`,
# `--material round5`): once before the round's changes, once at the end, never in between.
# The sixth (`--material round6`) likewise, once only, at the end of its round.
DEFAULT_MATERIALS = ("user", "developer", "fresh")
MODES = ("hunspell", "lists", "bare")


def measure(
    split: str, lang: str, material: str = "user", modes: tuple[str, ...] = ("hunspell", "lists")
) -> dict[str, Figures]:
    """Return the figures of every engine on one set, split and language.

    "round4+names": the fourth set with the programs' names given as the client's brand names
    (the fifth's, "round5+names", and the sixth's, "round6+names", likewise).
    """
    texts = messages(split, lang, material.removesuffix("+names"))
    names = {"round5": round5_names, "round6": round6_names}.get(material[:6], round4_names)
    brands = names() if material.endswith("+names") else ()
    if not texts:
        return {}
    out: dict[str, Figures] = {}
    with engine_mode("hunspell"):
        have = hunspell.dictionary(lang) is not None
        planted = typos(texts, lang, TYPOS)
        real = real_misspellings(split, REAL) if lang == "en" else []  # split "fresh": unseen rows
        for mode in modes if have else ("lists",):
            with engine_mode(mode):
                fig = Figures(f"ours ({mode})")
                engine_alarms(texts, lang, fig, brands)
                engine_typos(planted, lang, fig, brands)
                out[mode] = fig
                if real:
                    r = Figures(f"ours ({mode}), real misspellings")
                    engine_typos(real, lang, r, brands)
                    out[f"{mode}-real"] = r
        if have and "bare" in modes:
            bare = Figures("bare Hunspell")
            hunspell_alarms(texts, lang, bare)
            hunspell_typos(planted, lang, bare, HUNSPELL_SUGGEST)
            out["bare"] = bare
            if real:
                r = Figures("bare Hunspell, real misspellings")
                hunspell_typos(real, lang, r, HUNSPELL_SUGGEST)
                out["bare-real"] = r
    return out


def _materials() -> tuple[str, ...]:
    """Return the sets to measure: the fetched ones only where apt-get can fetch them."""
    try:
        fetch()
        fetch_fresh()
        fetch_round4()
        fetch_round5()
        fetch_round6()
    except (RuntimeError, OSError, subprocess.CalledProcessError) as exc:
        log.warning("user-facing sets unavailable (%s): developer set only", exc)
        return ("developer",)
    return MATERIALS


def run() -> list[dict]:
    """Return the accuracy rows (both sets, both splits, both languages) and the loading times."""
    rows = []
    materials = tuple(m for m in _materials() if m in DEFAULT_MATERIALS)
    for material, split, lang in _runs(("tuning", "held-out"), materials):
        for key, fig in measure(split, lang, material, MODES).items():
            label = f"text {material} {split} {lang} {fig.name}"
            ours = key.startswith("hunspell")  # the goals bind our engine with Hunspell
            if not key.endswith("real"):
                alarms_goal = GOALS["alarms"] if ours else None
                rows.append(
                    row(f"{label}: alarms/100w", fig.alarms_per_100, alarms_goal, unit="/100")
                )
                rows.append(row(f"{label}: words/s", fig.words_per_s, unit="w/s"))
            rows.append(row(f"{label}: recall", 100 * fig.recall, unit="%"))
            rows.append(row(f"{label}: top-3", 100 * fig.top3_rate, unit="%"))
    for mode in ("hunspell", "lists"):
        for lang in ("it", "en"):
            rows.append(row(f"text load {lang} ({mode})", load_ms(mode, lang)))
    return rows


def _runs(splits: tuple[str, ...], materials: tuple[str, ...] = MATERIALS, langs=("it", "en")):
    """Return (set, split, language) triples; the fresh held-out set has one split, "fresh",
    the fourth one split "round4", the fifth "round5" and the sixth "round6", measured without
    and with the client's names."""
    out = []
    for m in materials:
        if m in ("round4", "round5", "round6"):
            out += [(name, m, lang) for lang in langs for name in (m, f"{m}+names")]
            continue
        for s in ("fresh",) if m == "fresh" else tuple(x for x in splits if x != "fresh"):
            out += [(m, s, lang) for lang in langs]
    return out


def report(
    verbose: bool,
    splits: tuple[str, ...] = ("tuning", "held-out"),
    materials: tuple[str, ...] = DEFAULT_MATERIALS,
    modes: tuple[str, ...] = MODES,
    langs: tuple[str, ...] = ("it", "en"),
) -> None:
    """Print every figure, and with verbose the false alarms and misses of our engine."""
    materials = tuple(m for m in materials if m in _materials())
    for material, split, lang in _runs(splits, materials, langs):
        for key, fig in measure(split, lang, material, modes).items():
            print(
                f"{material:<12} {split:<8} {lang} {fig.name:<38} words {fig.words:>6} "
                f"alarms/100w {fig.alarms_per_100:5.2f}  errors {fig.typos:>4} "
                f"recall {fig.recall:6.1%}  top-3 {fig.top3_rate:6.1%} "
                f"(of {fig.suggested_on})  {fig.words_per_s:8.0f} w/s"
            )
            if verbose and key in ("hunspell", "lists", "hunspell-real"):
                print("   alarms:", Counter(fig.alarms).most_common(40))
                print("   missed:", fig.missed[:40])
                print("   not in top 3:", fig.wrong_top3[:40])
    for mode in ("hunspell", "lists"):
        for lang in ("it", "en"):
            print(f"load {lang} ({mode}): {load_ms(mode, lang):.0f} ms")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--split", choices=["tuning", "held-out"], action="append")
    parser.add_argument("--material", choices=MATERIALS, action="append")
    parser.add_argument("--mode", choices=MODES, action="append")
    parser.add_argument("--lang", choices=["it", "en"], action="append")
    args = parser.parse_args()
    report(
        args.verbose,
        tuple(args.split or ("tuning", "held-out")),
        tuple(args.material or DEFAULT_MATERIALS),
        tuple(args.mode or MODES),
        tuple(args.lang or ("it", "en")),
    )
