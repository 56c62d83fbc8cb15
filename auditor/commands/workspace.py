"""Changes to the workspace beyond one audit: clients, the profile, accepted words, bundles."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from auditor.commands.base import AUDITS, CLIENTS, PROFILE, WORDS, Command, Tx
from auditor.i18n import N_
from auditor.model import Client

log = logging.getLogger(__name__)


@dataclass
class AddClient(Command):
    """Add a client (the company being audited)."""

    client: Client
    label = N_("New client")

    def apply(self, tx: Tx) -> Command | None:
        client = tx.store.clients.add(replace(self.client))
        tx.touch(CLIENTS)
        tx.result = client
        return DeleteClient(client.id)


@dataclass
class DeleteClient(Command):
    """Delete a client that has no audits (the undo of adding it)."""

    client_id: str
    label = N_("Delete client")

    def apply(self, tx: Tx) -> Command | None:
        before = tx.store.clients.get(self.client_id)
        tx.store.clients.delete(self.client_id)
        tx.touch(CLIENTS)
        return AddClient(before)


@dataclass
class EditClient(Command):
    """Change a client's name, brands, contacts, logo or report language."""

    client: Client
    label = N_("Edit client")

    def apply(self, tx: Tx) -> Command | None:
        before = tx.store.clients.get(self.client.id)
        client = tx.store.clients.update(replace(self.client))
        tx.touch(CLIENTS)
        tx.result = client
        return EditClient(before)


@dataclass
class UpdateProfile(Command):
    """Change the workspace's profile: agency, logo, auditor's name and nickname, language."""

    values: dict[str, Any]
    label = N_("Preferences")

    def apply(self, tx: Tx) -> Command | None:
        current = tx.store.profile.get()
        before = {key: current.get(key) for key in self.values}
        if "agency_logo" in self.values:
            before["agency_logo"] = tx.store.profile.logo()
        tx.store.profile.update(**self.values)
        tx.touch(PROFILE)
        return UpdateProfile(before)


@dataclass
class AcceptWord(Command):
    """Teach the spelling check a word (a brand, a place); undo forgets it."""

    word: str
    forget: bool = False
    label = N_("Add to dictionary")

    def apply(self, tx: Tx) -> Command | None:
        word = self.word.strip()
        if self.forget:
            tx.store.profile.forget_word(word)
        elif word in tx.store.profile.accepted_words():
            return AcceptWord(word, forget=False)  # already known: undoing must not forget it
        else:
            tx.store.profile.accept_word(word)
        tx.touch(WORDS)
        return AcceptWord(word, forget=not self.forget)


@dataclass
class ImportBundle(Command):
    """Bring an audit in from a bundle, merging its history with the workspace's (not undoable).

    Replacing an audit cannot be taken back step by step; the backups made on start and every
    hour are the way back, and the editor forgets its undo steps, which the import made stale.
    """

    path: Path
    password: str | None = None
    replace_newer: bool = False
    progress: Any = None
    label = N_("Import bundle")

    def apply(self, tx: Tx) -> Command | None:
        from auditor.bundle import import_bundle

        result = import_bundle(
            tx.store,
            self.path,
            self.password,
            self.progress,
            replace_newer=self.replace_newer,
            in_transaction=True,
        )
        tx.record(result.audit_id, "import_bundle", new=Path(self.path).name)
        tx.touch(AUDITS, result.audit_id)
        tx.result = result
        return None
