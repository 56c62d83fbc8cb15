"""Print command results as JSON or as readable text."""

from __future__ import annotations

import json
import sys
from typing import Any


def print_json(data: Any) -> None:
    """Write one JSON document to stdout (UTF-8, no ASCII escaping)."""
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def format_score(score: float | None) -> str:
    """Return a score as '87.5' or '-' when nothing is scorable."""
    return "-" if score is None else f"{score:.1f}"
