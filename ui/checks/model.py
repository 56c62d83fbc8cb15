"""What the Checks pane lists: a check's suggestion with where an accepted finding belongs."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from auditor.checks.base import CheckFinding
from auditor.model import Template, TouchpointKind, Visit
from auditor.suggestions import from_json, relates

log = logging.getLogger(__name__)

# The touchpoints whose visit an accepted suggestion of each check naturally belongs to.
CHECK_KINDS: dict[str, tuple[TouchpointKind, ...]] = {
    "text": (TouchpointKind.EMAIL, TouchpointKind.SOCIAL, TouchpointKind.WEBSITE),
    "site": (TouchpointKind.WEBSITE,),
    "image": (),
}


@dataclass(frozen=True)
class EvidenceFinding(CheckFinding):
    """An image-check finding about one evidence photo.

    Image findings carry no excerpt or URL, so without the evidence id every blurry photo of an
    audit would share one fingerprint and dismissing one would dismiss them all.
    """

    evidence_id: str = ""

    def fingerprint(self) -> str:
        """Return the base fingerprint, made unique to the photo."""
        return f"evidence:{self.evidence_id}|{super().fingerprint()}"


@dataclass(frozen=True)
class Suggestion:
    """One thing a check proposes, with what accepting it should attach."""

    check: str  # text | image | site
    finding: CheckFinding
    evidence_ids: tuple[str, ...] = ()
    label: str = ""  # extra context shown in the row (the photo's name)
    visit_id: str | None = None  # where the finding belongs when the check knows (a photo's visit)
    item_id: str | None = None
    thumbnail: bytes | None = field(default=None, compare=False, repr=False)


def evidence_suggestions(
    evidence_id: str,
    analysis: dict[str, Any] | None,
    *,
    label: str = "",
    visit_id: str | None = None,
    item_id: str | None = None,
    thumbnail: bytes | None = None,
) -> list[Suggestion]:
    """Return the suggestions of one photo's stored image-check result."""
    found = []
    for data in (analysis or {}).get("findings") or []:
        base = from_json(data)
        finding = EvidenceFinding(**base.__dict__, evidence_id=evidence_id)
        found.append(
            Suggestion("image", finding, (evidence_id,), label, visit_id, item_id, thumbnail)
        )
    return found


def pick_scope(
    visits: Sequence[Visit],
    position: tuple[str | None, str | None],
    kinds: Iterable[TouchpointKind] = (),
) -> tuple[str | None, str | None]:
    """Return the (visit, item) an accepted finding goes to.

    The runner's current visit and item win when the visit suits the check (or the check has no
    preference); otherwise the first visit of a suitable touchpoint, without an item.
    """
    kinds = tuple(kinds)
    by_id = {v.id: v for v in visits}
    visit_id, item_id = position
    current = by_id.get(visit_id or "")
    item = item_id if item_id and item_id != "metrics" else None
    if current is not None and (not kinds or current.kind in kinds):
        return current.id, item
    for kind in kinds:
        for visit in visits:
            if visit.kind == kind:
                return visit.id, None
    return (current.id, item) if current is not None else (None, None)


def item_for_rule(template: Template, check: str, rule: str) -> str | None:
    """Return the first item whose check id relies on this rule (broken_link: site.broken_links)."""
    return next((item.id for item in template.items if relates(item, check, rule)), None)
