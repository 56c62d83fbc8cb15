"""Read, check and write template files by their extension: TOML (.toml) or XLSForm (.xlsx).

The XLSForm side is `auditor.forms` (`read_xlsform`, `write_xlsform`); where this version lacks it,
an .xlsx file is refused with a clear message instead of a traceback.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from auditor.checklists import TemplateError, TemplateProblem, load_template_file
from auditor.i18n import user_translator
from auditor.model import Template
from auditor.outputs import output_target, temp_beside

if TYPE_CHECKING:
    from auditor.catalogue import CatalogueEntry

log = logging.getLogger(__name__)

TOML = ".toml"
XLSX = ".xlsx"
SUFFIXES = (TOML, XLSX)


def _forms(path: Path, name: str) -> Any:
    """Return a function of auditor.forms, or refuse the file saying XLSForm support is missing."""
    _ = user_translator()
    try:
        from auditor import forms  # type: ignore[attr-defined]

        return getattr(forms, name)
    except Exception:  # missing, or not loadable in this installation: refuse the file, no trace
        log.warning("XLSForm support unavailable", exc_info=True)
        raise TemplateError(
            [
                TemplateProblem(
                    str(path),
                    0,
                    _(
                        "XLSForm files (.xlsx) cannot be used by this installation; use a .toml file"
                    ),
                )
            ]
        ) from None


def _kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        _ = user_translator()
        raise TemplateError(
            [
                TemplateProblem(
                    str(path),
                    0,
                    _(
                        "a template file must end in .toml or .xlsx, not \u201c{suffix}\u201d"
                    ).format(suffix=path.suffix or path.name),
                )
            ]
        )
    return suffix


def read_template(path: Path | str) -> Template:
    """Return the template a .toml or .xlsx file holds, or raise TemplateError listing every fault."""
    path = Path(path)
    if _kind(path) == XLSX:
        if not path.is_file():
            _ = user_translator()
            raise TemplateError([TemplateProblem(str(path), 0, _("cannot read the file"))])
        return _forms(path, "read_xlsform")(path)
    return load_template_file(path)


def validate(paths: Iterable[Path | str]) -> list[TemplateProblem]:
    """Return every fault in the given template files (empty when all are valid)."""
    problems: list[TemplateProblem] = []
    for path in paths:
        try:
            read_template(path)
        except TemplateError as exc:
            problems.extend(exc.problems)
    return problems


def write_template(entry: CatalogueEntry, path: Path | str, workspace: Path | None = None) -> Path:
    """Write a catalogue version to a .toml (its canonical text) or .xlsx file; return the path.

    The file appears whole or not at all: it is written beside the target and renamed into place.
    """
    target = output_target(path, workspace)
    kind = _kind(target)
    writer = _forms(target, "write_xlsform") if kind == XLSX else None
    fd, temp = temp_beside(target, ".template-")
    try:
        if writer is None:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
                handle.write(entry.source)
        else:
            os.close(fd)
            writer(entry.template(), temp)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    log.info("template %s written to %s", entry.ref, target)
    return target
