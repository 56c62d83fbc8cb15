"""Changes to the workspace beyond one audit: clients, the profile, accepted words, bundles."""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from auditor.commands.base import AUDITS, CLIENTS, PROFILE, TEMPLATES, WORDS, Command, Tx
from auditor.errors import ValidationError
from auditor.i18n import N_
from auditor.model import Client

if TYPE_CHECKING:
    from auditor.bundle.importer import StagedBundle

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


# A word of the dictionary is matched against one word of a text: it holds no space, and no
# word a text could hold is longer than this (the longest Italian and English words are 26-30).
MAX_WORD_LENGTH = 60


def word_problem(word: str, tr: Callable[[str], str]) -> str | None:
    """Return why a word cannot join the dictionary, or None: the one rule of the window, the
    command line and a word list's import."""
    _ = tr
    if not word:
        return _("Give a word to add to the dictionary.")
    if any(char.isspace() for char in word):
        return _(
            "“{word}” is more than one word: the dictionary takes one word at a time (a name "
            "of several words belongs with the client's brands)."
        ).format(word=word)
    if any(unicodedata.category(char).startswith("C") for char in word):
        return _("“{word}” holds a character that is not a letter one can type.").format(
            word=word.encode("unicode_escape").decode("ascii")
        )
    if len(word) > MAX_WORD_LENGTH:
        return _("“{start}…” is too long for a word ({most} characters at most).").format(
            start=word[:20], most=MAX_WORD_LENGTH
        )
    return None


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
        else:
            if problem := word_problem(word, tx.tr):
                raise ValidationError(problem)
            if tx.store.profile.has_word(word):
                return AcceptWord(word, forget=False)  # already known: undoing must not forget it
            tx.store.profile.accept_word(word)
        tx.touch(WORDS)
        return AcceptWord(word, forget=not self.forget)


@dataclass
class RemoveWord(Command):
    """Stop accepting a word of the dictionary (one added by mistake); undo accepts it again."""

    word: str
    label = N_("Remove from dictionary")

    def apply(self, tx: Tx) -> Command | None:
        word = self.word.strip()
        if not tx.store.profile.has_word(word):
            _ = tx.tr
            raise ValidationError(_("“{word}” is not in the dictionary.").format(word=word))
        tx.store.profile.forget_word(word)
        tx.touch(WORDS)
        return AcceptWord(word)


@dataclass
class ImportBundle(Command):
    """Bring in an audit from a staged bundle, merging its history with the workspace's.

    Not undoable: replacing an audit cannot be taken back step by step; the backups made on
    start and every hour are the way back, and the editor forgets its undo steps, which the
    import made stale. Stage the bundle first (`auditor.bundle.importer.stage_bundle`, slow, no
    lock); this command is the write, in the editor's transaction with its history entry.
    """

    staged: StagedBundle
    replace_newer: bool = False
    label = N_("Import bundle")

    def apply(self, tx: Tx) -> Command | None:
        from auditor.bundle.importer import write_staged

        result = write_staged(tx.store, self.staged, replace_newer=self.replace_newer)
        tx.result = result
        if result.unchanged:
            return None  # the workspace held this very copy: nothing to record or refresh
        tx.record(
            result.audit_id,
            "import_bundle",
            new={
                "file": self.staged.source.name,
                "created_at": self.staged.manifest["created_at"],
                "new_entries": result.new_entries,
            },
        )
        tx.touch(AUDITS, result.audit_id)
        tx.touch(TEMPLATES)  # the checklist versions it uses entered the catalogue
        return None
