"""Audits, their touchpoint visits, and the checklist versions they were run with."""

from __future__ import annotations

import logging
import math
from functools import lru_cache

from auditor.checklists import parse_template
from auditor.errors import NotFoundError, ValidationError
from auditor.i18n import N_, user_says
from auditor.model import Audit, AuditStatus, Template, Visit, VisitStatus, now
from auditor.storage import codec
from auditor.storage.base import Repository, writes

log = logging.getLogger(__name__)


@lru_cache(maxsize=64)
def _parse_cached(source: str, name: str) -> Template:
    return parse_template(source, name)


def _check_metrics(visit: Visit) -> None:
    for name, value, low, high in (
        ("NPS", visit.nps, 0, 10),
        ("CSAT", visit.csat, 1, 5),
        ("CES", visit.ces, 1, 7),
    ):
        if value is not None and (
            isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high
        ):
            raise ValidationError(
                user_says(
                    N_("{name} must be a whole number from {low} to {high}"),
                    name=name,
                    low=low,
                    high=high,
                )
            )
    weight = visit.weight
    if isinstance(weight, bool) or not isinstance(weight, int | float) or not 0 < weight < math.inf:
        # Checked here, not only by the table: a CHECK constraint failing is no message for a user.
        raise ValidationError(user_says(N_("a visit's weight must be a number greater than 0")))


class AuditRepository(Repository):
    """Create and change audits and their visits."""

    # -- templates --------------------------------------------------------------------------

    @writes
    def keep_template(self, template: Template) -> None:
        """Snapshot a template version so the audit can always be reopened and scored with it."""
        if not template.source:
            raise ValidationError(
                user_says(N_("template {id} has no source text to keep"), id=template.id)
            )
        self.db["templates"].insert(
            {
                "id": template.id,
                "version": template.version,
                "touchpoint": template.touchpoint.value,
                "source": template.source,
            },
            ignore=True,
        )

    def template(self, template_id: str, version: str) -> Template:
        """Return the template version an audit was run with."""
        row = self._row("templates", (template_id, version), "checklist")
        return _parse_cached(row["source"], f"{template_id}@{version}")

    def template_sources(self) -> list[dict[str, str]]:
        """Return every kept template version with its source text."""
        return self._rows(
            "SELECT id, version, touchpoint, source FROM templates ORDER BY id, version"
        )

    # -- audits -----------------------------------------------------------------------------

    @writes
    def create(self, audit: Audit, visits: list[tuple[Visit, Template]]) -> Audit:
        """Store a new audit with its planned visits, all in one transaction."""
        if not audit.title.strip():
            raise ValidationError(user_says(N_("an audit needs a title")))
        self._row("clients", audit.client_id, "client")
        with self.db.atomic():
            self.db["audits"].insert(codec.audit_row(audit))
            for position, (visit, template) in enumerate(visits):
                self._insert_visit(visit, template, position)
        return audit

    @writes
    def update(self, audit: Audit) -> Audit:
        """Save the audit's descriptive fields (status changes go through set_status)."""
        if not audit.title.strip():
            raise ValidationError(user_says(N_("an audit needs a title")))
        current = self.get(audit.id)
        self._editable(audit.id)
        audit.updated_at = now()
        row = codec.audit_row(audit)
        row["status"] = current.status.value
        with self.db.atomic():
            self.db["audits"].update(audit.id, row)
        return audit

    @writes
    def set_status(self, audit_id: str, status: AuditStatus) -> None:
        """Record a new status (the rules of the flow live in auditor.workflow)."""
        self._row("audits", audit_id, "audit")
        with self.db.atomic():
            self.db["audits"].update(
                audit_id, {"status": AuditStatus(status).value, "updated_at": codec.ts(now())}
            )

    @writes
    def touch(self, audit_id: str) -> None:
        """Mark the audit as changed now (inside the caller's transaction)."""
        self.db.execute(
            "UPDATE audits SET updated_at = ? WHERE id = ?", (codec.ts(now()), audit_id)
        )

    def get(self, audit_id: str) -> Audit:
        """Return the audit with this id."""
        return codec.audit_from(self._row("audits", audit_id, "audit"))

    def resolve_id(self, prefix: str) -> str:
        """Return the full id of the audit whose id is or starts with `prefix` (at least 4 chars)."""
        prefix = prefix.strip().lower()
        if len(prefix) < 4:  # too short to be safe: an exact id or nothing
            if not self.db.execute("SELECT 1 FROM audits WHERE id = ?", (prefix,)).fetchone():
                raise NotFoundError(
                    user_says(
                        N_("no audit with id {id}; give at least the first 4 characters of the id"),
                        id=prefix,
                    )
                )
            return prefix
        rows = self.db.execute(
            "SELECT id FROM audits WHERE id = ? OR id LIKE ? ESCAPE '\\'",
            (prefix, prefix.replace("%", r"\%").replace("_", r"\_") + "%"),
        ).fetchall()
        exact = [r[0] for r in rows if r[0] == prefix]
        if exact:
            return exact[0]
        if len(rows) == 1:
            return rows[0][0]
        if not rows:
            self._row("audits", prefix, "audit")  # raises NotFoundError
        # Two or more: no singular needed (and "audit" is the same word for any count in Italian).
        raise ValidationError(
            user_says(
                N_("{prefix} matches {count} audits; give more of the id"),
                prefix=prefix,
                count=len(rows),
            )
        )

    def all(self) -> list[Audit]:
        """Return every audit, most recently changed first."""
        return [
            codec.audit_from(r) for r in self._rows("SELECT * FROM audits ORDER BY updated_at DESC")
        ]

    @writes
    def delete(self, audit_id: str) -> None:
        """Erase an audit with its visits, answers, findings and evidence."""
        self._row("audits", audit_id, "audit")
        with self.db.atomic():
            self.db.execute("DELETE FROM audits WHERE id = ?", (audit_id,))

    # -- visits -----------------------------------------------------------------------------

    def _insert_visit(self, visit: Visit, template: Template, position: int) -> None:
        if visit.template_id != template.id or visit.template_version != template.version:
            raise ValidationError(
                user_says(N_("the visit names another checklist than the one given"))
            )
        _check_metrics(visit)
        self.keep_template(template)
        visit.position = position
        self.db["visits"].insert(codec.visit_row(visit))

    @writes
    def add_visit(self, visit: Visit, template: Template) -> Visit:
        """Add a touchpoint visit at the end of its audit."""
        self._editable(visit.audit_id)
        position = self.db.execute(
            "SELECT coalesce(max(position) + 1, 0) FROM visits WHERE audit_id = ?",
            (visit.audit_id,),
        ).fetchone()[0]
        with self.db.atomic():
            self._insert_visit(visit, template, position)
            self.touch(visit.audit_id)
        return visit

    @writes
    def update_visit(self, visit: Visit) -> Visit:
        """Save a visit's details and customer metrics."""
        _check_metrics(visit)
        current = self.visit(visit.id)
        self._editable(current.audit_id)
        row = codec.visit_row(visit)
        for fixed in ("audit_id", "template_id", "template_version"):
            row[fixed] = getattr(current, fixed)
        with self.db.atomic():
            self.db["visits"].update(visit.id, row)
            self.touch(current.audit_id)
        return visit

    @writes
    def set_visit_status(self, visit_id: str, status: VisitStatus) -> None:
        """Record a visit's status (the completion rules live in auditor.workflow)."""
        visit = self.visit(visit_id)
        self._editable(visit.audit_id)
        with self.db.atomic():
            self.db["visits"].update(visit_id, {"status": VisitStatus(status).value})
            self.touch(visit.audit_id)

    def visit(self, visit_id: str) -> Visit:
        """Return the visit with this id."""
        return codec.visit_from(self._row("visits", visit_id, "visit"))

    def visits(self, audit_id: str) -> list[Visit]:
        """Return an audit's visits in order."""
        return [
            codec.visit_from(r)
            for r in self._rows(
                "SELECT * FROM visits WHERE audit_id = ? ORDER BY position", (audit_id,)
            )
        ]

    @writes
    def delete_visit(self, visit_id: str) -> None:
        """Erase a visit with its answers (its findings and evidence stay with the audit)."""
        visit = self.visit(visit_id)
        self._editable(visit.audit_id)
        with self.db.atomic():
            self.db.execute("DELETE FROM visits WHERE id = ?", (visit_id,))
            self.touch(visit.audit_id)
