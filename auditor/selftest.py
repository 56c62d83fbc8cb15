"""Check an installation end to end with the core's own functions: workspace, demo, score, report."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


class SelfTestError(Exception):
    """A self-test step did not give what it should."""


@dataclass
class SelfTestRun:
    """The steps run so far, each with its duration in seconds, and what they made."""

    folder: Path
    timings: list[tuple[str, float]] = field(default_factory=list)
    state: dict[str, Any] = field(default_factory=dict)

    def step(self, name: str, fn: Callable[[], Any]) -> Any:
        """Run one named step, record how long it took, and return its result."""
        start = time.perf_counter()
        try:
            result = fn()
        except Exception as exc:
            raise StepFailed(name, exc) from exc
        self.timings.append((name, time.perf_counter() - start))
        return result


class StepFailed(Exception):
    """A named step of the self-test raised; the message names the step."""

    def __init__(self, step: str, cause: BaseException):
        super().__init__(f"step '{step}' failed: {type(cause).__name__}: {cause}")
        self.step = step


def core_steps(run: SelfTestRun) -> Iterator[str]:
    """Run the core's steps on a new workspace in `run.folder`, yielding each step's name when done."""
    from auditor.workspace import open_workspace

    store = run.step("workspace", lambda: open_workspace(run.folder / "selftest.auditdesk"))
    run.state["store"] = store
    yield "workspace"

    from auditor.demo import build_demo

    audit_id = run.step("demo", lambda: build_demo(store))
    run.state["audit_id"] = audit_id
    yield "demo"

    from auditor.service import score

    def scored() -> float:
        result = score(store, audit_id)
        if result.overall is None or not result.visits:
            raise SelfTestError("the demo audit has no overall score")
        return result.overall

    run.state["overall"] = run.step("score", scored)
    yield "score"

    from auditor.report import build_report

    def report() -> Path:
        path = build_report(store, audit_id, run.folder / "demo-report.pdf")
        head = path.read_bytes()[:5]
        if head != b"%PDF-" or path.stat().st_size < 10_000:
            raise SelfTestError(f"{path} is not a complete PDF")
        return path

    run.state["report"] = run.step("report", report)
    yield "report"
