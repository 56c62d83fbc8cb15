"""Desktop app figures: start-up, opening a large audit, scrolling its evidence, memory."""

from __future__ import annotations

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


def _env(config: Path) -> dict[str, str]:
    # A private settings folder: the app must not reopen whatever audit this machine's user left open.
    return {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "XDG_CONFIG_HOME": str(config), "HOME": str(config)}


def _startup_ms(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, str(HERE / "startup_probe.py"), *args], stdout=subprocess.PIPE,
                            text=True, env=env, cwd=ROOT)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = (time.perf_counter() - start) * 1000
    proc.wait(timeout=60)
    if line.strip() != "shown":
        raise RuntimeError(f"start-up probe {args[0]} did not show its window")
    return elapsed


def startup(folder: Path) -> list[dict]:
    """Return the start-up rows: the app on the demo workspace against a bare PySide6 window."""
    workspace = folder / "demo.auditdesk"
    subprocess.run([sys.executable, "-m", "auditor", "--workspace", str(workspace), "demo"], check=True,
                   capture_output=True, cwd=ROOT)
    env = _env(folder)
    app_runs, bare_runs = [], []
    for _ in range(5):  # interleaved so both see the same machine state
        bare_runs.append(_startup_ms(["bare"], env))
        app_runs.append(_startup_ms(["app", str(workspace)], env))
    app_ms, bare_ms = statistics.median(app_runs), statistics.median(bare_runs)
    return [row("start-up to the main window (demo workspace)", app_ms, 1500.0, bare_ms, "bare PySide6 window",
                ratio_budget=1.5)]


def in_app(folder: Path) -> list[dict]:
    """Return open/scroll/memory rows, measured in a child process holding the large audit."""
    from benchmarks.large_audit import fresh_copy

    workspace, audit_id = fresh_copy(folder)
    result = subprocess.run([sys.executable, str(HERE / "app_probe.py"), str(workspace), audit_id],
                            capture_output=True, text=True, env=_env(folder), cwd=ROOT, timeout=300)
    if result.returncode != 0:
        raise RuntimeError(result.stderr[-2000:])
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    return [
        row("open a large audit (6 touchpoints, 300 answers, 100 photos): first paint", figures["open_ms"], 300.0),
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
