"""Turn what an automated check suggests into the auditor's decisions: accept (a finding) or dismiss.

Checks never decide: a suggestion becomes a finding only when the auditor accepts it, and a
dismissed one stays dismissed when the check runs again (remembered by its fingerprint).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from auditor.checks.base import CheckFinding, CheckResult
from auditor.i18n import translator
from auditor.model import Finding, Severity
from auditor.storage import Store

log = logging.getLogger(__name__)


def pending(
    store: Store, audit_id: str, result: CheckResult | dict[str, Any]
) -> list[CheckFinding]:
    """Return the check's findings the auditor has not dismissed in this audit."""
    findings = (
        result.findings
        if isinstance(result, CheckResult)
        else [from_json(f) for f in result["findings"]]
    )
    dismissed = store.profile.dismissed(audit_id)
    return [f for f in findings if f.fingerprint() not in dismissed]


def from_json(data: dict[str, Any]) -> CheckFinding:
    """Return a CheckFinding from its contract JSON object."""
    return CheckFinding(
        rule=data["rule"],
        severity=Severity(data["severity"]),
        message=data["message"],
        excerpt=data.get("excerpt"),
        start=data.get("start"),
        end=data.get("end"),
        suggestions=tuple(data.get("suggestions", ())),
        url=data.get("url"),
        element=data.get("element"),
    )


def _description(check: str, suggestion: CheckFinding, lang: str) -> str:
    _ = translator(lang)
    parts = [suggestion.message]
    if suggestion.excerpt:
        parts.append(_("Flagged text: \u201c{excerpt}\u201d").format(excerpt=suggestion.excerpt))
    if suggestion.suggestions:
        parts.append(
            _("Suggested: {suggestions}").format(suggestions=", ".join(suggestion.suggestions))
        )
    if suggestion.url:
        parts.append(_("Page: {url}").format(url=suggestion.url))
    if suggestion.element:
        parts.append(_("Element: {element}").format(element=suggestion.element))
    parts.append(
        _("Suggested by the automated {check} check and confirmed by the auditor.").format(
            check=check
        )
    )
    return "\n".join(parts)


def finding_for(
    audit_id: str,
    check: str,
    suggestion: CheckFinding,
    *,
    lang: str = "en",
    visit_id: str | None = None,
    item_id: str | None = None,
    title: str | None = None,
    evidence_ids: Iterable[str] = (),
) -> Finding:
    """Return the finding a suggestion proposes (auditor.commands.AcceptSuggestion stores it)."""
    return Finding(
        audit_id=audit_id,
        title=(title or suggestion.message)[:200],
        severity=suggestion.severity,
        description=_description(check, suggestion, lang),
        visit_id=visit_id,
        item_id=item_id,
        source=f"check:{check}",
        evidence_ids=list(evidence_ids),
    )
