"""The template catalogue: import a template, save an edited one as a new version, take it back.

A template version is never changed in place: importing or saving puts the content in the
catalogue under its version when that is free, else under the next free one, and identical content
is a no-op. The inverse removes the version it added, and is refused while an audit uses it.
Template changes concern no audit, so they write no audit history; they touch `TEMPLATES`.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from auditor import catalogue
from auditor.catalogue import UNCHANGED, CatalogueEntry
from auditor.commands.base import TEMPLATES, Command, Tx
from auditor.errors import ValidationError
from auditor.i18n import N_, plural
from auditor.model import Template

log = logging.getLogger(__name__)


def _place(tx: Tx, command: ImportTemplate, origin: str) -> Command | None:
    if not isinstance(command.template, Template):
        _ = tx.tr
        raise ValidationError(_("Give a checklist template to add to the catalogue."))
    # The built-ins first: an edited built-in imported under its version must not take that
    # version from the release's own text.
    catalogue.ensure_builtins(tx.store)
    outcome = catalogue.place_template(
        tx.store,
        command.template,
        origin=origin,
        client_id=command.client_id,
        tags=tuple(command.tags),
        author=command.author if command.author is not None else tx.actor,
        version=command.version,
    )
    tx.result = outcome
    if outcome.status == UNCHANGED:
        return None  # nothing written: no undo step, nothing to refresh
    tx.touch(TEMPLATES)
    log.info("%s: %s", origin, outcome.entry.ref)
    return RemoveTemplate(outcome.entry.id, outcome.entry.version)


@dataclass
class ImportTemplate(Command):
    """Add a template to the catalogue by content (a taken version string gets the next free one).

    `tx.result` (and the Change's `result`) is an `auditor.catalogue.ImportOutcome`: the version
    holding the content and whether it was added, renumbered or already there.
    """

    template: Template
    client_id: str | None = None
    tags: Sequence[str] = ()
    author: str | None = None  # None: whoever runs the editor
    version: str | None = None  # None: the template's own version string
    label = N_("Import template")

    def apply(self, tx: Tx) -> Command | None:
        return _place(tx, self, "import")


@dataclass
class SaveTemplate(ImportTemplate):
    """Save a template edited in the window as a new version of the catalogue.

    The version is the template's own (or `version`) when free, else the next free one; saving
    unchanged content is a no-op naming the version that holds it.
    """

    label = N_("Save template")

    def apply(self, tx: Tx) -> Command | None:
        return _place(tx, self, "editor")


@dataclass
class RemoveTemplate(Command):
    """Remove a catalogue version that no audit uses (the undo of importing or saving it)."""

    template_id: str
    version: str
    label = N_("Remove template")

    def apply(self, tx: Tx) -> Command | None:
        _ = tx.tr
        used = tx.store.catalogue.used_by(self.template_id, self.version)
        if used:
            raise ValidationError(
                plural(tx.lang)(
                    "{ref} is used by {count} touchpoint visit: it stays in the catalogue",
                    "{ref} is used by {count} touchpoint visits: it stays in the catalogue",
                    used,
                ).format(ref=f"{self.template_id}@{self.version}", count=used)
            )
        entry = tx.store.catalogue.remove(self.template_id, self.version)
        tx.touch(TEMPLATES)
        tx.result = entry
        return RestoreTemplate(entry)


@dataclass
class RestoreTemplate(Command):
    """Put a removed catalogue version back exactly as it was (the redo of an import)."""

    entry: CatalogueEntry
    label = N_("Restore template")

    def apply(self, tx: Tx) -> Command | None:
        _ = tx.tr
        held = {e.version: e for e in tx.store.catalogue.versions(self.entry.id)}
        if self.entry.version in held:
            raise ValidationError(
                _("{ref} is already in the catalogue with other content").format(ref=self.entry.ref)
            )
        entry = tx.store.catalogue.restore(self.entry)
        tx.touch(TEMPLATES)
        tx.result = entry
        return RemoveTemplate(entry.id, entry.version)
