"""The Templates view's three callables, over the workspace's catalogue and its commands."""

from __future__ import annotations

import logging
from typing import Any

from auditor import catalogue
from auditor.commands import SaveTemplate
from auditor.model import Template
from ui.context import AppContext
from ui.templates.catalogue import TemplateRow, row_for

log = logging.getLogger(__name__)


def catalogue_callables(ctx: AppContext) -> dict[str, Any]:
    """Return `entries`, `load` and `save` for TemplatesView, reading and saving through the core."""

    def entries() -> list[TemplateRow]:
        clients = {c.id: c.name for c in ctx.store.clients.all()}
        return [
            row_for(
                entry.template(),
                builtin=entry.origin == "builtin",
                client=clients.get(entry.client_id or "", ""),
                author=entry.author,
            )
            for entry in catalogue.entries(ctx.store)
        ]

    def load(template_id: str, version: str) -> Template:
        return catalogue.template(ctx.store, template_id, version)

    def save(template: Template) -> tuple[str, str]:
        outcome = ctx.run(SaveTemplate(template)).result
        ctx.events.message_requested.emit(outcome.message(ctx.tr))
        return outcome.entry.id, outcome.entry.version

    return {"entries": entries, "load": load, "save": save}
