"""What every command shares: the change event it reports, its transaction context, batches.

A command validates, applies its writes inside the transaction the `Editor` opens, records what it
did in the audit's history through `Tx.record`, says what it touched through `Tx.touch`, and
returns its inverse: the command that puts the store back as it was (None when it cannot be
undone). Undo runs the inverse as a new command; redo runs the command again. Nothing is erased
from the history: an undo is a new entry marked `via="undo"`.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar

from auditor.errors import NotFoundError, ValidationError
from auditor.i18n import N_, Translate, pick, translator
from auditor.model import AuditStatus, HistoryEntry, Item, Template, Visit
from auditor.storage import Store

log = logging.getLogger(__name__)

# What a change touched; views refresh only for the aspects that concern them.
ANSWERS = "answers"
EVIDENCE = "evidence"
FINDINGS = "findings"
SUGGESTIONS = "suggestions"
VISIT = "visit"  # a visit's details, metrics or status
STATUS = "status"  # the audit's status
AUDIT = "audit"  # the audit's own fields
AUDITS = "audits"  # an audit created, deleted or replaced (the list of audits)
CLIENTS = "clients"
PROFILE = "profile"
WORDS = "words"  # the spelling check's accepted words
TEMPLATES = "templates"  # the template catalogue
LOCATIONS = "locations"  # a client's locations (issue 15)
WAVES = "waves"  # a client's waves
PROGRAMME = "programme"  # a client's questionnaire
CALLS = "calls"  # a visit's call log


@dataclass(frozen=True)
class Change:
    """What one command (or its undo or redo) changed: the event views refresh from."""

    label: str  # English, marked for translation (N_); the window shows tr(label)
    audits: frozenset[str] = frozenset()
    visits: frozenset[str] = frozenset()
    items: frozenset[tuple[str, str]] = frozenset()  # (visit id, item id)
    aspects: frozenset[str] = frozenset()
    via: str = ""  # "", "undo" or "redo"
    result: Any = field(default=None, compare=False)  # what the command made (a finding...)

    @property
    def audit_id(self) -> str | None:
        """Return the one audit the change concerns, if it concerns exactly one."""
        return next(iter(self.audits)) if len(self.audits) == 1 else None

    def concerns(self, *aspects: str) -> bool:
        """Return True when the change touched any of `aspects`."""
        return bool(self.aspects.intersection(aspects))


class Tx:
    """The context of one command while it applies: the store, who acts, what it touched."""

    def __init__(
        self, store: Store, *, actor: str, device: str, via: str = "", lang: str = "en"
    ) -> None:
        self.store = store
        self.actor = actor
        self.device = device
        self.via = via
        self.lang = lang
        self.tr: Translate = translator(lang)
        self.at = datetime.now().astimezone()
        self.entries: list[HistoryEntry] = []
        self._audits: set[str] = set()
        self._visits: set[str] = set()
        self._items: set[tuple[str, str]] = set()
        self._aspects: set[str] = set()
        self.result: Any = None

    def record(self, audit_id: str, action: str, **fields: Any) -> None:
        """Add an entry to the audit's history (written in the same transaction)."""
        self.entries.append(
            HistoryEntry(
                audit_id=audit_id,
                action=action,
                at=self.at,
                actor=self.actor,
                device=self.device,
                via=self.via,
                **fields,
            )
        )

    def touch(
        self,
        aspect: str,
        audit_id: str | None = None,
        visit_id: str | None = None,
        item_id: str | None = None,
    ) -> None:
        """Say what the command changed, for the event the views refresh from."""
        self._aspects.add(aspect)
        if audit_id:
            self._audits.add(audit_id)
        if visit_id:
            self._visits.add(visit_id)
            if item_id:
                self._items.add((visit_id, item_id))

    def change(self, label: str) -> Change:
        """Return the event describing everything touched."""
        return Change(
            label,
            frozenset(self._audits),
            frozenset(self._visits),
            frozenset(self._items),
            frozenset(self._aspects),
            self.via,
            self.result,
        )


class Command:
    """Base of the commands: `apply` validates and writes, and returns the inverse command."""

    label: ClassVar[str] = N_("Change")

    def apply(self, tx: Tx) -> Command | None:
        """Validate, write (inside the editor's transaction), and return the inverse."""
        raise NotImplementedError

    def merge_key(self) -> object:
        """Return what identifies the edit this command belongs to (None: never merged)."""
        return None

    def merges_with(self, earlier_key: object) -> bool:
        """Return True when this command continues the edit of the step before (one undo step)."""
        return False


@dataclass
class Batch(Command):
    """Several commands applied together: one transaction, one undo step."""

    commands: Sequence[Command]
    name: str = N_("Change")

    @property
    def label(self) -> str:  # type: ignore[override]
        return self.name

    def apply(self, tx: Tx) -> Command | None:
        inverses = [command.apply(tx) for command in self.commands]
        if any(inverse is None for inverse in inverses):
            return None
        return Batch([i for i in reversed(inverses) if i is not None], self.name)


# --- where a change happens, named for messages -------------------------------------------


@dataclass(frozen=True)
class Place:
    """An item of a visit of an audit, loaded and named for validation messages."""

    audit_id: str
    audit_title: str
    visit: Visit
    template: Template
    item: Item | None

    def describe(self, tr: Translate, lang: str) -> str:
        """Return 'Audit “Title” (3f2a1b0c), touchpoint “Phone call” (phone), item greeting'."""
        _ = tr
        touchpoint = self.visit.title or pick(self.template.title, lang)
        text = _(
            "audit \u201c{audit}\u201d ({audit_id}), touchpoint \u201c{touchpoint}\u201d ({kind})"
        ).format(
            audit=self.audit_title,
            audit_id=self.audit_id[:8],
            touchpoint=touchpoint,
            kind=self.visit.kind.value,
        )
        if self.item is not None:
            text += ", " + _("item {item}").format(item=self.item.id)
        return text


def delivered(tr: Translate, lang: str, where: Place | None = None) -> ValidationError:
    """Return the refusal of a change to a delivered audit (reopening it is an explicit action)."""
    _ = tr
    reason = _("the audit was delivered and is read-only; reopen it to change it")
    return ValidationError(f"{where.describe(_, lang)}: {reason}" if where else reason)


def locate(
    store: Store,
    visit_id: str,
    item_id: str | None,
    tr: Translate,
    lang: str,
    *,
    editable: bool = True,
) -> Place:
    """Return the audit, visit, template and item named, refusing an unknown item.

    With `editable`, a delivered audit is refused too: it is read-only until it is reopened.
    """
    _ = tr
    visit = store.audits.visit(visit_id)
    audit = store.audits.get(visit.audit_id)
    template = store.audits.template(visit.template_id, visit.template_version)
    where = Place(audit.id, audit.title, visit, template, None)
    if editable and audit.status == AuditStatus.DELIVERED:
        raise delivered(_, lang, where)
    if item_id is None:
        return where
    try:
        item = template.item(item_id)
    except KeyError:
        raise NotFoundError(
            _("{place}: the checklist has no item {item}").format(
                place=where.describe(_, lang), item=item_id
            )
        ) from None
    return Place(audit.id, audit.title, visit, template, item)


def place(tx: Tx, visit_id: str, item_id: str | None = None) -> Place:
    """Return the place a change names (see `locate`); a delivered audit is refused."""
    return locate(tx.store, visit_id, item_id, tx.tr, tx.lang)


def refuse(tx: Tx, where: Place, reason: str) -> ValidationError:
    """Return the error naming the audit, touchpoint and item a refused change was for."""
    return ValidationError(f"{where.describe(tx.tr, tx.lang)}: {reason}")
