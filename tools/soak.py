"""Soak the workspace with SIGKILLs: `python tools/soak.py --kills 500 [--control 200]`.

Each kill lands at a random moment (50-600 ms) while a child process writes answers, notes, findings
with photos, edits and deletions through the real Store; the workspace is verified after every kill.
`--control N` reruns the same harness with journal_mode=OFF and synchronous=OFF to show it can fail.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.auditor.reliability.crash import Totals, run  # noqa: E402

log = logging.getLogger(__name__)


def _progress(totals: Totals) -> None:
    if totals.kills % 25 == 0:
        print(
            f"  ... {totals.kills} kills, {totals.acknowledged} acknowledged",
            file=sys.stderr,
            flush=True,
        )


def main(argv: list[str] | None = None) -> int:
    """Run the soak (and optionally the positive control) and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=500)
    parser.add_argument(
        "--control", type=int, default=0, help="kills of the unsafe positive control"
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    results = {}
    for name, kills, unsafe in (("safe", args.kills, False), ("control", args.control, True)):
        if kills <= 0:
            continue
        started = time.monotonic()
        with tempfile.TemporaryDirectory(prefix="auditor-soak-") as folder:
            totals = run(Path(folder), kills, seed=args.seed, unsafe=unsafe, report=_progress)
        results[name] = {
            **totals.as_dict(),
            "seconds": round(time.monotonic() - started, 1),
            "kills_with_problems": len({d.split(":")[0] for d in totals.details}),
        }
        for detail in totals.details[:10]:
            print(f"  {name}: {detail}", file=sys.stderr)
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for name, figures in results.items():
            print(f"{name:8} " + "  ".join(f"{key}={value}" for key, value in figures.items()))
    safe = results.get("safe")
    return 1 if safe and (safe["lost"] or safe["integrity_failures"] or safe["half_saved"]) else 0


if __name__ == "__main__":
    sys.exit(main())
