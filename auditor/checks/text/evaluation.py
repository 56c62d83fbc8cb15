"""Measure the text check on a labelled corpus: recall on planted errors, false alarms."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

from auditor.checks.base import CheckFinding
from auditor.checks.text import check_text

log = logging.getLogger(__name__)

# A tu/Lei mix belongs to the whole text: either side of it may be the one flagged.
TEXT_LEVEL = frozenset(["formality_mix"])


@dataclass
class Evaluation:
    """Figures of one language on the labelled corpus, with what was missed or wrongly flagged."""

    lang: str
    planted: int = 0
    found: int = 0
    clean_words: int = 0
    false_alarms: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    offsets_ok: bool = True

    @property
    def recall(self) -> float:
        """Return the share of planted errors found, in percent."""
        return 100.0 * self.found / self.planted if self.planted else 100.0

    @property
    def false_alarms_per_200_words(self) -> float:
        """Return findings on correct text per 200 words."""
        return 200.0 * len(self.false_alarms) / self.clean_words if self.clean_words else 0.0


def _locate(text: str, excerpt: str, occurrence: int) -> tuple[int, int]:
    pos = -1
    for _ in range(occurrence):
        pos = text.find(excerpt, pos + 1)
        if pos < 0:
            raise ValueError(
                f"planted excerpt {excerpt!r} (occurrence {occurrence}) not in the text"
            )
    return pos, pos + len(excerpt)


def _hits(finding: CheckFinding, rule: str, start: int, end: int) -> bool:
    if finding.rule != rule:
        return False
    if rule in TEXT_LEVEL:
        return True
    return finding.start < end and start < finding.end  # type: ignore[operator]


def evaluate(data_dir: Path, lang: str) -> Evaluation:
    """Return one language's figures on the corpus in data_dir (planted/, clean/, JSON labels)."""
    result = Evaluation(lang)
    labels = json.loads((data_dir / "planted.json").read_text("utf-8"))
    for name, label in sorted(labels.items()):
        if label["lang"] != lang:
            continue
        text = (data_dir / "planted" / name).read_text("utf-8")
        checked = check_text(text, lang="auto", brands=label.get("brands", ()))
        result.offsets_ok &= all(text[f.start : f.end] == f.excerpt for f in checked.findings)
        for error in label["errors"]:
            start, end = _locate(text, error["excerpt"], error.get("occurrence", 1))
            result.planted += 1
            if any(_hits(f, error["rule"], start, end) for f in checked.findings):
                result.found += 1
            else:
                result.missed.append(f"{name}: {error['rule']} {error['excerpt']!r}")
    clean = json.loads((data_dir / "clean.json").read_text("utf-8"))
    for name, label in sorted(clean.items()):
        if label["lang"] != lang:
            continue
        text = (data_dir / "clean" / name).read_text("utf-8")
        checked = check_text(text, lang="auto", brands=label.get("brands", ()))
        result.offsets_ok &= all(text[f.start : f.end] == f.excerpt for f in checked.findings)
        result.clean_words += int(checked.metrics["words"])
        result.false_alarms += [f"{name}: {f.rule} {f.excerpt!r}" for f in checked.findings]
    return result
