"""One answer key, from the keypress to the new score shown, with 1, 50 and 500 audits stored."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.common import row

HERE = Path(__file__).resolve().parent
SIZES = (1, 50, 500)


def _probe(folder: Path, audits: int) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env["XDG_CONFIG_HOME"] = env["HOME"] = str(folder)
    result = subprocess.run(
        [sys.executable, str(HERE / "keypress_probe.py"), str(folder), str(audits)],
        capture_output=True,
        text=True,
        env=env,
        cwd=HERE.parent,
        timeout=600,
    )
    if result.returncode != 0:
        raise RuntimeError(result.stderr[-2000:])
    return json.loads(result.stdout.strip().splitlines()[-1])


def run() -> list[dict]:
    """Return a row per workspace size; each is compared with the 1-audit figure."""
    with tempfile.TemporaryDirectory(prefix="bench-keypress-") as tmp:
        figures = {n: _probe(Path(tmp), n) for n in SIZES}
    one = figures[1]["keypress_ms"]
    rows = [
        row(
            "keypress to score shown, 1 audit in the workspace",
            one,
            5.0,
            figures[1]["command_ms"],
            "the SetAnswer command alone",
        )
    ]
    rows += [
        row(
            f"keypress to score shown, {n} audits in the workspace",
            figures[n]["keypress_ms"],
            5.0,
            one,
            "the same with 1 audit",
            ratio_budget=1.3,
        )
        for n in SIZES[1:]
    ]
    return rows
