"""Call check accuracy on the labelled synthetic calls (`python -m benchmarks calls`).

Builds the set with benchmarks/calls_set.py when it is missing (espeak-ng, sox and ffmpeg needed),
analyses every call and prints, overall, per set-up and per format: rings exact, answer within
0.5 s, longest hold within 1 s, greeting intonation right, speech rate within 15 %.
`python -m benchmarks.bench_calls -v` also prints each call's misses.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from auditor.checks.callaudio import analyse_call_detail
from benchmarks.calls_set import build, existing

log = logging.getLogger(__name__)

GOALS = {
    "rings exact": 0.95,
    "answer within 0.5 s": 0.95,
    "longest hold within 1 s": 0.9,
    "greeting intonation right": 0.9,
    "speech rate within 15 %": 0.8,
}


def score(truth: dict[str, Any], metrics: dict[str, Any]) -> dict[str, bool]:
    """Return which of the five measures the analysis got right for one call."""
    greeting = metrics["greeting"]
    rate_truth = truth["greeting"]["speech_rate_sps"]
    return {
        "rings exact": metrics["rings"] == truth["rings"],
        "answer within 0.5 s": metrics["answer_s"] is not None
        and abs(metrics["answer_s"] - truth["answer_s"]) <= 0.5,
        "longest hold within 1 s": abs(metrics["longest_hold_s"] - truth["longest_hold_s"]) <= 1.0,
        "greeting intonation right": greeting is not None
        and greeting["intonation"] == truth["greeting"]["intonation"],
        "speech rate within 15 %": greeting is not None
        and abs(greeting["speech_rate_sps"] - rate_truth) <= 0.15 * rate_truth,
    }


def evaluate(
    folder: Path | None = None, verbose: bool = False, make: bool = True
) -> dict[str, Any]:
    """Return the shares right overall, per set-up and per format, and the seconds spent."""
    pairs = build(folder) if make else existing(folder)
    groups: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    spent = audio = 0.0
    for path, truth in pairs:
        started = time.perf_counter()
        result, detail = analyse_call_detail(path, country=truth["country"])
        spent += time.perf_counter() - started
        audio += truth["duration_s"]
        marks = score(truth, result.metrics)
        for key in ("all", f"setup {truth['setup']}", f"format {truth['format']}"):
            for measure, right in marks.items():
                groups[key][measure].append(right)
        if verbose and not all(marks.values()):
            m, g = result.metrics, result.metrics["greeting"] or {}
            print(
                f"{path.name}: rings {m['rings']}/{truth['rings']} answer {m['answer_s']}/"
                f"{truth['answer_s']} hold {m['longest_hold_s']}/{truth['longest_hold_s']} "
                f"tone {g.get('intonation')}/{truth['greeting']['intonation']} "
                f"(move {detail.greeting_move_st}) rate {g.get('speech_rate_sps')}/"
                f"{truth['greeting']['speech_rate_sps']} speakers {detail.speaker_method}"
            )
    shares = {
        group: {measure: sum(v) / len(v) for measure, v in values.items()}
        for group, values in groups.items()
    }
    counts = {group: len(next(iter(values.values()))) for group, values in groups.items()}
    return {"shares": shares, "counts": counts, "seconds": spent, "audio_seconds": audio}


def table(figures: dict[str, Any]) -> str:
    """Return the shares as a printed table, one row per group."""
    heads = list(GOALS)
    lines = [f"{'group':<18} {'calls':>5}  " + "  ".join(f"{h[:14]:>14}" for h in heads)]
    lines.append(f"{'goal':<18} {'':>5}  " + "  ".join(f"{GOALS[h]:>14.2f}" for h in heads))
    for group in sorted(figures["shares"], key=lambda g: (g != "all", g)):
        shares = figures["shares"][group]
        lines.append(
            f"{group:<18} {figures['counts'][group]:>5}  "
            + "  ".join(f"{shares[h]:>14.2f}" for h in heads)
        )
    return "\n".join(lines)


def run() -> list[dict[str, Any]]:
    """Return the overall shares as benchmark rows, each with its goal as a floor."""
    figures = evaluate()
    print(table(figures))
    overall = figures["shares"]["all"]
    rows = []
    for measure, goal in GOALS.items():
        rows.append(
            {
                "name": f"calls: {measure} ({figures['counts']['all']} labelled calls)",
                "median_ms": overall[measure] * 100,
                "budget_ms": None,
                "unit": "%",
                "ratio": None,
                "reference": None,
                "ratio_budget": None,
                "floor": goal * 100,
            }
        )
    per_minute = figures["seconds"] / (figures["audio_seconds"] / 60)
    rows.append(
        {
            "name": "calls: analysis time per minute of audio",
            "median_ms": per_minute * 1000,
            "budget_ms": 1000.0,
            "unit": "ms",
            "ratio": None,
            "reference": None,
            "ratio_budget": None,
        }
    )
    return rows


def main(argv: list[str] | None = None) -> int:
    """Print the accuracy table (and each call's misses with -v)."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_calls")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--folder", type=Path, default=None)
    parser.add_argument("--no-build", action="store_true", help="score the calls already built")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    figures = evaluate(args.folder, args.verbose, make=not args.no_build)
    print(table(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
