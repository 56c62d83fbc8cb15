"""Print command results as JSON or as readable text."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from auditor.storage import Store


def print_json(data: Any) -> None:
    """Write one JSON document to stdout (UTF-8, no ASCII escaping)."""
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def format_score(score: float | None) -> str:
    """Return a score as '87.5' or '-' when nothing is scorable."""
    return "-" if score is None else f"{score:.1f}"


def open_store(args: Any, *, create: bool = True) -> Store:
    """Open the workspace a command's arguments name (--workspace, $AUDITOR_WORKSPACE or the default)."""
    from auditor.workspace import open_workspace

    return open_workspace(getattr(args, "workspace", None), create=create)


def print_table(rows: list[list[str]], headers: list[str]) -> None:
    """Print rows as aligned plain-text columns."""
    widths = [max(len(str(v)) for v in col) for col in zip(headers, *rows, strict=True)]
    for line in [headers, *rows]:
        print("  ".join(str(v).ljust(w) for v, w in zip(line, widths, strict=True)).rstrip())
