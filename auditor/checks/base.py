"""Return shapes shared by every automated check (the JSON contract of `auditor check`)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from auditor.model import Severity

log = logging.getLogger(__name__)

SEVERITY_RANK = {Severity.MINOR: 1, Severity.MAJOR: 2, Severity.CRITICAL: 3}


@dataclass(frozen=True)
class CheckFinding:
    """One suggested finding: what rule fired, how serious, where, and what to do."""

    rule: str
    severity: Severity
    message: str
    excerpt: str | None = None
    start: int | None = None
    end: int | None = None
    suggestions: tuple[str, ...] = ()
    url: str | None = None
    element: str | None = None

    def to_json(self) -> dict[str, Any]:
        """Return the finding as the CLI contract's JSON object (absent fields left out)."""
        data: dict[str, Any] = {
            "rule": self.rule,
            "severity": self.severity.value,
            "message": self.message,
        }
        if self.excerpt is not None:
            data["excerpt"] = self.excerpt
        if self.start is not None:
            data["start"] = self.start
            data["end"] = self.end
        if self.suggestions:
            data["suggestions"] = list(self.suggestions)
        if self.url is not None:
            data["url"] = self.url
        if self.element is not None:
            data["element"] = self.element
        return data

    def fingerprint(self) -> str:
        """Return a stable key so that a dismissed suggestion stays dismissed on re-runs."""
        where = self.url or ""
        return f"{self.rule}|{where}|{self.element or ''}|{self.excerpt or ''}|{self.start}"


@dataclass
class CheckResult:
    """What one run of a check found, plus its raw measurements."""

    check: str  # "text" | "image" | "site"
    target: str
    findings: list[CheckFinding] = field(default_factory=list)
    metrics: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """Return the result as the CLI contract's JSON object."""
        return {
            "check": self.check,
            "target": self.target,
            "findings": [f.to_json() for f in self.findings],
            "metrics": self.metrics,
        }

    def worst(self) -> Severity | None:
        """Return the most serious severity found, or None when nothing was found."""
        if not self.findings:
            return None
        return max((f.severity for f in self.findings), key=SEVERITY_RANK.__getitem__)
