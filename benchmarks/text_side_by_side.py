"""Every set's spelling alarms and missed slips, written down so two commits can be compared.

A text round changes rules and word lists; the question each change must answer is "which alarms
went, which came, and was any slip lost?" on every set, not on the set that prompted it. This
writes, for one engine (the one on PYTHONPATH), every alarm of every set with its count, and
optionally the generated and real slips it misses or corrects outside the first three (and how
many its first suggestion corrects, the one the auditor reads first); then
`compare` prints what differs between two such files, set by set.

    git worktree add --detach /tmp/before <base commit>
    PYTHONPATH=/tmp/before python -m benchmarks.text_side_by_side dump it /tmp/before-it.json
    python -m benchmarks.text_side_by_side dump it /tmp/after-it.json
    python -m benchmarks.text_side_by_side compare /tmp/before-it.json /tmp/after-it.json

`--mode lists` measures the bundled lists instead of Hunspell, `--names` gives each held-out
set's client names as brands, `--slips` adds recall and top-3 (several times slower). The sets
are those of bench_text_accuracy: the user and developer halves, the fresh set and every
held-out set already measured once (a set still waiting for its single measurement is left out,
so that no routine comparison shows its figures early), read from the same places
($TEXT_SNAPSHOTS for the snapshot sets).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

Result = dict[str, dict[str, Any]]
HERE = Path(__file__).resolve().parent


def unmeasured(held_out: list[str], folder: Path = HERE) -> list[str]:
    """Return the held-out sets still waiting for their single measurement: those after the
    newest set whose texts' misspellings are listed (`text_<set>_errors.txt`, written by the
    session that measured it). A routine comparison must not show their figures early."""
    listed = [
        i for i, name in enumerate(held_out) if (folder / f"text_{name}_errors.txt").is_file()
    ]
    return held_out[max(listed, default=-1) + 1 :]


def sets() -> list[tuple[str, str]]:
    """Return (material, split) of every set already measured, in the benchmark's order."""
    from benchmarks.bench_text_accuracy import HELD_OUT

    waiting = unmeasured(list(HELD_OUT))
    if waiting:
        print(f"left out, not measured yet: {', '.join(waiting)}", flush=True)
    halves = [(m, s) for m in ("user", "developer") for s in ("tuning", "held-out")]
    return [*halves, ("fresh", "fresh"), *((m, m) for m in HELD_OUT if m not in waiting)]


def dump(lang: str, mode: str = "hunspell", names: bool = False, slips: bool = False) -> Result:
    """Return every set's words and alarms (and, with `slips`, its missed and misranked slips)."""
    from benchmarks import text_measure as tm
    from benchmarks.bench_text_accuracy import HELD_OUT, REAL, TYPOS

    out: Result = {}
    with tm.engine_mode(mode):
        for material, split in sets():
            texts = tm.messages(split, lang, material)
            brands = HELD_OUT[material][1]() if names and material in HELD_OUT else ()
            fig = tm.Figures(material)
            tm.engine_alarms(texts, lang, fig, brands)
            row: dict[str, Any] = {"words": fig.words, "alarms": Counter(fig.alarms)}
            if slips:
                planted = tm.Figures("generated")
                tm.engine_typos(tm.typos(texts, lang, TYPOS), lang, planted, brands)
                row["generated"] = _slips(planted)
                if lang == "en":
                    real = tm.Figures("real")
                    tm.engine_typos(tm.real_misspellings(split, REAL), lang, real, brands)
                    row["real"] = _slips(real)
            out[f"{material}/{split}"] = row
            print(f"{material} {split}: {fig.words} words, {len(fig.alarms)} alarms", flush=True)
    return out


def _slips(fig: Any) -> dict[str, Any]:
    return {
        "count": fig.typos,
        "found": fig.found,
        "top3": fig.top3,
        "top1": fig.top1,
        "missed": sorted(fig.missed),
        "not_top3": sorted(fig.wrong_top3),
    }


def compare(before: Result, after: Result) -> list[str]:
    """Return the lines telling what differs, set by set, then the totals."""
    lines: list[str] = []
    totals = Counter[str]()
    for key in sorted(before.keys() ^ after.keys()):
        lines.append(f"{key}: only in {'after' if key in after else 'before'}")
    for key in (k for k in before if k in after):
        a, b = before[key], after[key]
        if a["words"] != b["words"]:
            lines.append(f"{key}: words differ, {a['words']} and {b['words']}")
        fewer = Counter(a["alarms"]) - Counter(b["alarms"])
        more = Counter(b["alarms"]) - Counter(a["alarms"])
        if fewer or more:
            lines.append(f"{key}: fewer {dict(fewer)} more {dict(more)}")
        totals["words"] += b["words"]
        totals["before"] += sum(a["alarms"].values())
        totals["after"] += sum(b["alarms"].values())
        for kind in ("generated", "real"):
            if kind in a and kind in b:
                for field in ("found", "top3", "count"):
                    totals[f"{kind} {field} before"] += a[kind][field]
                    totals[f"{kind} {field} after"] += b[kind][field]
                # first suggestions: written by the tool since the thirty-first round, so a
                # dump of before then has none, and the total is told only when both have it
                both = "top1" in a[kind] and "top1" in b[kind]
                totals[f"{kind} top1 sets"] += 1 - both
                totals[f"{kind} top1 before"] += a[kind].get("top1", 0)
                totals[f"{kind} top1 after"] += b[kind].get("top1", 0)
                lost = Counter(b[kind]["missed"]) - Counter(a[kind]["missed"])
                won = Counter(a[kind]["missed"]) - Counter(b[kind]["missed"])
                told = [f"now missed {dict(lost)}"] * bool(lost) + [
                    f"now found {dict(won)}"
                ] * bool(won)
                if told:
                    lines.append(f"{key}: {kind} slips " + ", ".join(told))
    words = totals["words"] or 1
    lines.append(
        f"alarms {totals['before']} -> {totals['after']} ({totals['after'] - totals['before']:+d}),"
        f" {100 * totals['before'] / words:.3f} -> {100 * totals['after'] / words:.3f}"
        f" per 100 words ({totals['words']} words)"
    )
    for kind in ("generated", "real"):
        if totals[f"{kind} count after"]:
            lines.append(
                f"{kind} slips: found {totals[f'{kind} found before']} ->"
                f" {totals[f'{kind} found after']}, first three {totals[f'{kind} top3 before']} ->"
                f" {totals[f'{kind} top3 after']} (of {totals[f'{kind} count after']})"
                + (
                    f", first {totals[f'{kind} top1 before']} -> {totals[f'{kind} top1 after']}"
                    if not totals[f"{kind} top1 sets"]
                    else ""
                )
            )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    d = commands.add_parser("dump", help="write every set's alarms (and slips) to a JSON file")
    d.add_argument("lang", choices=("it", "en"))
    d.add_argument("out", type=Path)
    d.add_argument("--mode", choices=("hunspell", "lists"), default="hunspell")
    d.add_argument("--names", action="store_true", help="the held-out sets' names as brands")
    d.add_argument("--slips", action="store_true", help="recall and top-3 too (slower)")
    c = commands.add_parser("compare", help="what differs between two dumps")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "dump":
        result = dump(args.lang, args.mode, args.names, args.slips)
        args.out.write_text(json.dumps(result, ensure_ascii=False, indent=0), "utf-8")
        return 0
    before = json.loads(args.before.read_text("utf-8"))
    after = json.loads(args.after.read_text("utf-8"))
    print("\n".join(compare(before, after)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
