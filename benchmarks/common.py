"""Helpers every benchmark uses: timing medians and the row format the runner prints."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any


def median_ms(fn: Callable[[], Any], runs: int = 5, warmup: int = 1) -> float:
    """Return the median wall time of fn() in milliseconds, after warm-up runs."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def row(
    name: str,
    median: float,
    budget: float | None = None,
    reference: float | None = None,
    reference_name: str | None = None,
    unit: str = "ms",
    ratio_budget: float | None = None,
) -> dict[str, Any]:
    """Return one result row (the runner prints it and flags it when over budget)."""
    return {
        "name": name,
        "median_ms": median,
        "budget_ms": budget,
        "unit": unit,
        "ratio": (median / reference) if reference else None,
        "reference": reference_name,
        "ratio_budget": ratio_budget,
    }
