"""The programme view on 200 locations x 4 waves: request to painted, re-sort, wave, heatmap.

Measured in a child process holding the real view (offscreen Qt), on the cached workspace the
`programme` benchmark builds (benchmarks/large_programme.py). The reference is the core's bare
`auditor.programme.build` on the same store in the same process: the view's cost on top of it
is its own.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.common import row

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def run() -> list[dict]:
    """Return the programme view's rows."""
    from benchmarks.large_programme import fresh_copy

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        workspace, client_id = fresh_copy(folder)
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "XDG_CONFIG_HOME": str(folder),
            "HOME": str(folder),
        }
        result = subprocess.run(
            [sys.executable, str(HERE / "programme_view_probe.py"), str(workspace), client_id],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=600,
        )
    if result.returncode != 0:
        raise RuntimeError(result.stderr[-2000:])
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    rows = figures["rows"]
    return [
        row(
            f"programme view: request to painted ({rows} locations x 4 waves)",
            figures["view_ms"],
            1000.0,
            figures["build_ms"],
            "auditor.programme.build alone",
        ),
        row(
            "programme view: league table re-sorted and repainted (median)",
            figures["sort_ms"],
            50.0,
        ),
        row("programme view: league table re-sorted, slowest column", figures["sort_max_ms"], 50.0),
        row("programme view: another wave shown", figures["wave_ms"], 100.0),
        row("programme view: heatmap of a wave computed and painted", figures["heatmap_ms"], 500.0),
    ]


if __name__ == "__main__":
    from benchmarks.__main__ import fmt

    for result in run():
        print(fmt(result))
