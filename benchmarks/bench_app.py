"""Desktop app figures: start-up, opening a large audit, scrolling its evidence, memory."""

from __future__ import annotations

import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import row

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
STARTUP_RUNS = (
    15  # a start-up is ~0.15-0.5 s and this machine's noise is ±30 ms: many runs, one median
)


def _env(config: Path) -> dict[str, str]:
    # A private settings folder: the app must not reopen whatever audit this machine's user left open.
    return {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "XDG_CONFIG_HOME": str(config),
        "HOME": str(config),
    }


def _startup_ms(args: list[str], env: dict[str, str]) -> dict[str, float]:
    """Return the milliseconds from launch to each line the probe prints ("shown", "ready")."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, str(HERE / "startup_probe.py"), *args],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    moments = {line.strip(): (time.perf_counter() - start) * 1000 for line in proc.stdout}
    proc.wait(timeout=60)
    if "shown" not in moments:
        raise RuntimeError(f"start-up probe {args[0]} did not show its window")
    return moments


def startup(folder: Path) -> list[dict]:
    """Return the start-up rows: the app on the demo workspace against a bare PySide6 window.

    "Shown" is the first paint of the main window (frame, menus, "Opening..." page) and is what the
    ratio compares with the bare window's first paint; "ready" is the audits list painted and taking
    input, the moment the auditor can work.
    """
    workspace = folder / "demo.auditdesk"
    subprocess.run(
        [sys.executable, "-m", "auditor", "--workspace", str(workspace), "demo"],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    # An installed app has its bytecode compiled (pip does it at install); an editable checkout run
    # with PYTHONDONTWRITEBYTECODE=1, as on this machine, would otherwise compile every module anew.
    compileall.compile_dir(ROOT / "auditor", quiet=1)
    compileall.compile_dir(ROOT / "ui", quiet=1)
    env = _env(folder)
    shown, ready, bare = [], [], []
    for _ in range(STARTUP_RUNS):  # interleaved so both see the same machine state
        bare.append(_startup_ms(["bare"], env)["shown"])
        moments = _startup_ms(["app", str(workspace)], env)
        if "ready" not in moments:
            raise RuntimeError("the app did not open the demo workspace")
        shown.append(moments["shown"])
        ready.append(moments["ready"])
    bare_ms = statistics.median(bare)
    return [
        row(
            "start-up: main window shown (demo workspace)",
            statistics.median(shown),
            1500.0,
            bare_ms,
            "bare PySide6 window",
            ratio_budget=1.5,
        ),
        row(
            "start-up: audits listed, ready for input",
            statistics.median(ready),
            1500.0,
            bare_ms,
            "bare PySide6 window",
        ),
    ]


def in_app(folder: Path) -> list[dict]:
    """Return open/scroll/memory rows, measured in a child process holding the large audit."""
    from benchmarks.large_audit import fresh_copy

    workspace, audit_id = fresh_copy(folder)
    result = subprocess.run(
        [sys.executable, str(HERE / "app_probe.py"), str(workspace), audit_id],
        capture_output=True,
        text=True,
        env=_env(folder),
        cwd=ROOT,
        timeout=300,
    )
    if result.returncode != 0:
        raise RuntimeError(result.stderr[-2000:])
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    return [
        row(
            "open a large audit (6 touchpoints, 300 answers, 100 photos): first paint",
            figures["open_ms"],
            300.0,
        ),
        row("evidence tab: scroll one page of thumbnails (repaint)", figures["scroll_ms"], 16.7),
        row("memory with the large audit open (resident)", figures["rss_mb"], 300.0, unit="MB"),
    ]


def run() -> list[dict]:
    """Return every app row."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        return startup(folder) + in_app(folder)


if __name__ == "__main__":
    from benchmarks.__main__ import fmt

    for result in run():
        print(fmt(result))
