"""Find the files shipped with the application (checklists, fonts, translations, demo)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def _root(name: str) -> Path:
    # A wheel carries the data inside the package; a source checkout has it beside the package.
    for candidate in (_PACKAGE / "_bundled" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the application's {name}/ folder is missing from the installation")


def resource_path(*parts: str) -> Path:
    """Return the path of a file under resources/."""
    return _root("resources").joinpath(*parts)


def checklists_dir() -> Path:
    """Return the folder holding the built-in checklist templates."""
    return _root("checklists")
