"""Take evidence images into an audit: verify, analyse, thumbnail; stored by AddEvidence."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from auditor.i18n import Translate
from auditor.imaging import Intake, take_in
from auditor.model import Evidence
from auditor.storage import Store

if TYPE_CHECKING:
    from auditor.commands import Editor

log = logging.getLogger(__name__)


def analyse(intake: Intake, lang: str = "en") -> dict[str, Any] | None:
    """Return the image check's JSON result for an intake (None if the check is unavailable)."""
    try:
        from auditor.checks.image import analyse_image
    except ImportError:  # the check is optional for storing evidence
        return None
    try:
        return analyse_image(intake.image, lang=lang, target=intake.sha256[:12]).to_json()
    except Exception:  # a measurement failing must never lose the photo
        log.exception("image analysis failed for %s", intake.sha256)
        return None


def image_problems(analysis: dict[str, Any] | None, tr: Translate) -> str:
    """Return what the image check found on a photo, in words, most serious first ("blurry, low
    resolution"); "" when it found nothing or did not run. The rule ids stay in the JSON."""
    if not analysis:
        return ""
    _ = tr
    names = {
        "blurry": _("blurry"),
        "low_resolution": _("low resolution"),
        "over_compressed": _("over-compressed"),
        "noisy": _("noisy"),
    }
    verdict = (analysis.get("metrics") or {}).get("verdict", "ok")
    rules = [f.get("rule") for f in analysis.get("findings") or [] if f.get("rule")]
    if not rules and verdict != "ok":
        rules = [verdict]
    return ", ".join(names.get(rule, rule) for rule in dict.fromkeys(rules))


def prepare(
    data: bytes, name: str, *, lang: str = "en", run_check: bool = True
) -> tuple[Intake, dict | None]:
    """Return the verified intake and its analysis (slow: call it off the GUI thread)."""
    intake = take_in(data, name, lang)
    return intake, analyse(intake, lang) if run_check else None


def store_prepared(
    store: Store,
    audit_id: str,
    intake: Intake,
    analysis: dict[str, Any] | None,
    *,
    visit_id: str | None = None,
    item_id: str | None = None,
    caption: str = "",
    source: str = "file",
    filename: str = "",
    finding_id: str | None = None,
    editor: Editor | None = None,
) -> Evidence:
    """Store a prepared image as evidence of the audit through the AddEvidence command."""
    from auditor.commands import AddEvidence, Editor

    command = AddEvidence(
        audit_id,
        intake,
        analysis,
        visit_id=visit_id,
        item_id=item_id,
        caption=caption,
        source=source,
        filename=filename,
        finding_id=finding_id,
    )
    return (editor or Editor(store)).run(command).result


def add_evidence(
    store: Store,
    audit_id: str,
    data: bytes,
    *,
    name: str = "image",
    lang: str = "en",
    run_check: bool = True,
    **fields: Any,
) -> Evidence:
    """Verify, analyse and store an image in one call (the CLI and tests use this)."""
    intake, analysis = prepare(data, name, lang=lang, run_check=run_check)
    return store_prepared(
        store, audit_id, intake, analysis, filename=fields.pop("filename", name), **fields
    )
