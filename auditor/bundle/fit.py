"""A bundle's answers, findings and photos checked against the checklists it carries."""

from __future__ import annotations

import logging
from typing import Any

from auditor.answertypes import InvalidAnswer, kind_of, same_value, shown
from auditor.bundle.format import refuse
from auditor.bundle.validate import loads
from auditor.i18n import N_, Translate, pick
from auditor.model import Item, Template

log = logging.getLogger(__name__)


def answers(
    rows: dict[str, Any], templates: dict[tuple[str, str], Template], tr: Translate, lang: str
) -> None:
    """Refuse an answer its item cannot take, or an answer, finding or photo naming no item.

    Every value must be exactly what the item's answer type stores (the check every change in
    the window and on the command line goes through), so a bundle cannot bring in what no
    auditor could have typed. `templates` holds the bundle's parsed checklists.
    """
    _ = tr
    title = rows["audit"]["title"]
    visits = {
        row["id"]: (row, templates[(row["template_id"], row["template_version"])])
        for row in rows["visits"]
    }

    def where(visit_id: str, item_id: str) -> str:
        visit, template = visits[visit_id]
        return _(
            "audit \u201c{audit}\u201d, touchpoint \u201c{touchpoint}\u201d ({kind}), item {item}"
        ).format(
            audit=title,
            touchpoint=visit["title"] or pick(template.title, lang),
            kind=visit["kind"],
            item=item_id,
        )

    def item_of(visit_id: str, item_id: str, what: str) -> Item:
        try:
            return visits[visit_id][1].item(item_id)
        except KeyError:
            raise refuse(f"{where(visit_id, item_id)}: {what}") from None

    for row in rows["answers"]:
        value = loads(row["value"], "answers.value")
        item = item_of(
            row["visit_id"],
            row["item_id"],
            _("the checklist has no item for the answer {value}").format(value=shown(value)),
        )
        try:
            stored = kind_of(item).validate(item, value, _)
        except InvalidAnswer as exc:
            raise refuse(f"{where(row['visit_id'], row['item_id'])}: {exc}") from None
        if not same_value(stored, value):
            # Accepted only in another form (blank text, which clears an answer).
            raise refuse(
                N_("{place}: {value} is not stored that way (the item stores {stored})"),
                place=where(row["visit_id"], row["item_id"]),
                value=shown(value),
                stored=shown(stored),
            )
    # A finding or photo whose visit was deleted keeps its item id, with nothing to check it by.
    for row in rows["findings"]:
        if row["visit_id"] is not None and row["item_id"] is not None:
            item_of(
                row["visit_id"],
                row["item_id"],
                _("the checklist has no item for the finding {title}").format(
                    title=shown(row["title"])
                ),
            )
    for row in rows["evidence"]:
        if row["visit_id"] is not None and row["item_id"] is not None:
            item_of(
                row["visit_id"],
                row["item_id"],
                _("the checklist has no item for the photo {name}").format(
                    name=row["filename"] or row["id"]
                ),
            )
