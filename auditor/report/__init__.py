"""The client PDF report: a snapshot read from the store, laid out by a renderer that runs no queries.

    build_report(store, audit_id, "report.pdf", lang="it", progress=callback)

writes the whole file or nothing (a temporary file renamed at the end).
"""

from __future__ import annotations

import logging
import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from auditor.errors import AuditorError, file_reason
from auditor.i18n import user_translator
from auditor.outputs import output_target, shareable, temp_beside
from auditor.report.data import ReportData
from auditor.report.snapshot import Progress, build_snapshot
from auditor.storage import Store

if TYPE_CHECKING:
    from auditor.report.renderer import ReportRenderer

log = logging.getLogger(__name__)

__all__ = ["ReportData", "ReportRenderer", "build_report", "build_snapshot", "render_report"]


def __getattr__(name: str) -> Any:
    # reportlab (a quarter of a second to import) is loaded when a PDF is laid out, not when a
    # light part of this package is read: the window's recording panel and the command line use
    # the figures in words (recording.py) and the details (details.py) without a PDF.
    if name == "ReportRenderer":
        from auditor.report.renderer import ReportRenderer

        return ReportRenderer
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def render_report(
    report: ReportData,
    path: Path | str,
    *,
    invariant: bool = False,
    renderer: type[ReportRenderer] | None = None,
    workspace: Path | None = None,
) -> int:
    """Write the PDF of a snapshot to `path` (whole or not at all) and return its page count."""
    from reportlab.platypus.doctemplate import LayoutError

    from auditor.report.renderer import ReportRenderer

    renderer = renderer or ReportRenderer
    target = output_target(path, workspace)
    fd, temp = temp_beside(target, ".report-")
    shareable(fd)
    try:
        with os.fdopen(fd, "wb") as out:
            pages = renderer(report, invariant=invariant).render(out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    except OSError as exc:
        _ = user_translator()  # the user's, not the report's
        raise AuditorError(
            _("cannot write the report to {target} ({reason})").format(
                target=target, reason=file_reason(exc, _)
            )
        ) from None
    except LayoutError as exc:
        # A layout bug must still reach the user as one clear line, with the details in the log.
        log.exception("report layout failed")
        _ = user_translator()
        raise AuditorError(
            _("the report could not be laid out: {reason}").format(reason=str(exc)[:200])
        ) from None
    finally:
        temp.unlink(missing_ok=True)
    return pages


def build_report(
    store: Store,
    audit_id: str,
    path: Path | str,
    lang: str | None = None,
    progress: Progress | None = None,
    *,
    invariant: bool = False,
    today: date | None = None,
) -> Path:
    """Write the client PDF report of an audit to `path` and return the path.

    `lang` defaults to the client's report language; `progress(done, total, message)` is called as the
    images are prepared and the pages laid out; `invariant` makes the file byte-for-byte reproducible.
    """
    report = build_snapshot(store, audit_id, lang, progress, today=today)
    pages = render_report(report, path, invariant=invariant, workspace=store.path)
    if progress:
        progress(1, 1, "")
    log.info("report of audit %s: %d pages written to %s", audit_id, pages, path)
    return Path(path).expanduser()
