"""Find what a user names by hand: an audit by id prefix, a touchpoint by kind or id, an item.

The command line resolves `auditor answer AUDIT TOUCHPOINT ITEM` here; the window and other tools
can use the same functions. Refusals are AuditorErrors whose message names the audit (and the
touchpoint and item once known), in the language asked for.
"""

from __future__ import annotations

import logging
from typing import Any

from auditor.answertypes import InvalidAnswer, kind_of
from auditor.commands.base import Place, delivered, locate
from auditor.errors import NotFoundError, ValidationError
from auditor.i18n import Translate, pick, translator
from auditor.model import Audit, AuditStatus, TouchpointKind, Visit
from auditor.plaintext import clip
from auditor.storage import Store

log = logging.getLogger(__name__)

MIN_PREFIX = 4  # shorter prefixes of a visit id are too likely to match by chance
KINDS = frozenset(k.value for k in TouchpointKind)


def audit_name(audit: Audit, tr: Translate) -> str:
    """Return 'audit “Title” (3f2a1b0c)', as messages name an audit."""
    _ = tr
    return _("audit \u201c{audit}\u201d ({audit_id})").format(
        audit=audit.title, audit_id=audit.id[:8]
    )


def touchpoint_label(visit: Visit, visits: list[Visit]) -> str:
    """Return the visit's kind ('phone'), with its short id when the audit has two of that kind."""
    same_kind = sum(1 for v in visits if v.kind == visit.kind)
    return visit.kind.value if same_kind == 1 else f"{visit.kind.value} {visit.id[:8]}"


def _choices(store: Store, visits: list[Visit], lang: str, *, full: bool = False) -> str:
    """Return the visits as a user may name them: 'id8 kind “Title”', comma-separated."""
    names = []
    for visit in visits:
        title = visit.title or pick(
            store.audits.template(visit.template_id, visit.template_version).title, lang
        )
        shown = visit.id if full else visit.id[:8]
        names.append(f"{shown} {visit.kind.value} \u201c{clip(title, 40)}\u201d")
    return ", ".join(names)


def resolve_visit(store: Store, audit_id: str, touchpoint: str, lang: str = "en") -> Visit:
    """Return the audit's visit named by its kind (if unique in the audit), its id or id prefix."""
    _ = translator(lang)
    audit = store.audits.get(audit_id)
    visits = store.audits.visits(audit_id)
    wanted = touchpoint.strip().lower()
    if wanted in KINDS:
        matching = [v for v in visits if v.kind.value == wanted]
        if len(matching) == 1:
            return matching[0]
        if not matching:
            raise NotFoundError(
                _("{audit} has no {kind} touchpoint (its touchpoints: {choices})").format(
                    audit=audit_name(audit, _),
                    kind=wanted,
                    choices=_choices(store, visits, lang) or "-",
                )
            )
        raise ValidationError(
            _("{audit} has {count} {kind} touchpoints; name one by its id: {choices}").format(
                audit=audit_name(audit, _),
                count=len(matching),
                kind=wanted,
                choices=_choices(store, matching, lang),
            )
        )
    exact = [v for v in visits if v.id == wanted]
    if exact:
        return exact[0]
    matching = [v for v in visits if v.id.startswith(wanted)] if len(wanted) >= MIN_PREFIX else []
    if len(matching) == 1:
        return matching[0]
    if matching:
        raise ValidationError(
            _(
                "{audit}: {touchpoint} matches {count} touchpoints; give more of the id: {choices}"
            ).format(
                audit=audit_name(audit, _),
                touchpoint=touchpoint,
                count=len(matching),
                # In full: the ids share the prefix given, perhaps well beyond 8 characters.
                choices=_choices(store, matching, lang, full=True),
            )
        )
    raise NotFoundError(
        _(
            "{audit} has no touchpoint {touchpoint}; name it by its kind or at least the first "
            "4 characters of its id: {choices}"
        ).format(
            audit=audit_name(audit, _),
            touchpoint=touchpoint,
            choices=_choices(store, visits, lang) or "-",
        )
    )


def resolve_item(
    store: Store, audit: str, touchpoint: str, item_id: str | None, lang: str = "en"
) -> Place:
    """Return the place an audit id prefix, a touchpoint and an item id name (item None: the visit)."""
    audit_id = store.audits.resolve_id(audit)
    visit = resolve_visit(store, audit_id, touchpoint, lang)
    item = item_id.strip() if item_id is not None else None
    return locate(store, visit.id, item, translator(lang), lang, editable=False)


def check_editable(store: Store, where: Place, lang: str = "en") -> None:
    """Refuse a change to a delivered audit, naming the place (before any slow work)."""
    if store.audits.get(where.audit_id).status == AuditStatus.DELIVERED:
        raise delivered(translator(lang), lang, where)


def parse_answer(where: Place, text: str, lang: str = "en") -> Any:
    """Return the value typed for the place's item, or refuse it naming audit, touchpoint, item."""
    _ = translator(lang)
    item = where.item
    if item is None:
        raise ValueError("parse_answer needs a place with an item")
    try:
        return kind_of(item).parse(item, text, _)
    except InvalidAnswer as exc:
        raise ValidationError(f"{where.describe(_, lang)}: {exc}") from None
