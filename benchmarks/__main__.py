"""Run every benchmark module (benchmarks/bench_*.py) and print a table of figures and budgets."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import platform
import sys
import time
import traceback
from pathlib import Path
from typing import Any

import benchmarks

# Benchmarks that fetch packages from the network (and take minutes); never part of the default run.
OPT_IN = {"bench_image_set", "bench_text_accuracy", "bench_text_openers"}


def machine() -> str:
    """Return a one-line description of this machine."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import os

    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def over(row: dict[str, Any]) -> bool:
    """Return True when the figure misses its budget (time or ratio)."""
    if row.get("budget_ms") is not None and row["median_ms"] > row["budget_ms"]:
        return True
    if row.get("floor") is not None and row["median_ms"] < row["floor"]:
        return True  # a share that must reach its goal (accuracy rows)
    return (
        row.get("ratio_budget") is not None
        and row.get("ratio") is not None
        and row["ratio"] > row["ratio_budget"]
    )


def fmt(row: dict[str, Any]) -> str:
    """Return a printed line for one row."""
    unit = row.get("unit", "ms")
    budget = f"{row['budget_ms']:.0f} {unit}" if row.get("budget_ms") is not None else "-"
    if row.get("floor") is not None:
        budget = f">= {row['floor']:g} {unit}"
    ratio = f"x{row['ratio']:.2f} vs {row['reference']}" if row.get("ratio") is not None else ""
    if row.get("ratio_budget") is not None:
        ratio += f" (max x{row['ratio_budget']})"
    flag = "  OVER BUDGET" if over(row) else ""
    return (
        f"{row['name']:<52} {row['median_ms']:>10.1f} {unit:<3} budget {budget:<10} {ratio}{flag}"
    )


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks and return 1 if any figure is over budget."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("only", nargs="*", help="run only these modules (e.g. text image)")
    args = parser.parse_args(argv)
    names = sorted(
        m.name for m in pkgutil.iter_modules(benchmarks.__path__) if m.name.startswith("bench_")
    )
    if args.only:
        names = [n for n in names if n.removeprefix("bench_") in args.only]
    else:  # downloads material: run only when named (python -m benchmarks image_set)
        names = [n for n in names if n not in OPT_IN]
    print(f"Machine: {machine()}")
    started = time.perf_counter()
    failures = 0
    for name in names:
        module = importlib.import_module(f"benchmarks.{name}")
        try:
            rows = module.run()
        except Exception:
            traceback.print_exc()
            print(f"{name}: FAILED")
            failures += 1
            continue
        for row in rows:
            print(fmt(row), flush=True)
            failures += over(row)
    print(
        f"Total time {time.perf_counter() - started:.0f} s; {failures} figure(s) over budget or failed"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
