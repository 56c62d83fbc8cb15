"""The workspace's own settings (agency, auditor) and what the checks should remember."""

from __future__ import annotations

import json
import logging
from typing import Any

from auditor.model import now
from auditor.storage import codec
from auditor.storage.base import Repository, writes

log = logging.getLogger(__name__)

PROFILE_KEYS = (
    "agency_name",
    "agency_logo",
    "auditor_name",
    "auditor_nickname",
    "default_language",
    "report_staff_names",  # "1": the agency allows the staff met in client reports (issue 15)
)


class ProfileRepository(Repository):
    """Key/value profile plus accepted words and dismissed suggestions."""

    def get(self) -> dict[str, Any]:
        """Return the profile with every known key (missing ones as None)."""
        stored = {
            r["key"]: json.loads(r["value"]) for r in self._rows("SELECT key, value FROM profile")
        }
        return {key: stored.get(key) for key in PROFILE_KEYS}

    def value(self, key: str) -> Any:
        """Return one profile value (None when unset), without reading the others (the logo)."""
        if key not in PROFILE_KEYS:
            raise KeyError(f"unknown profile key: {key}")
        row = self.db.execute("SELECT value FROM profile WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else None

    @writes
    def update(self, **values: Any) -> None:
        """Save some profile values (bytes such as a logo are stored as hex)."""
        unknown = set(values) - set(PROFILE_KEYS)
        if unknown:
            raise KeyError(f"unknown profile keys: {', '.join(sorted(unknown))}")
        with self.db.atomic():
            for key, value in values.items():
                if isinstance(value, bytes):
                    value = {"hex": value.hex()}
                self.db["profile"].upsert(
                    {"key": key, "value": json.dumps(value, ensure_ascii=False)}, pk="key"
                )

    def logo(self) -> bytes | None:
        """Return the agency logo bytes, if set."""
        value = self.get()["agency_logo"]
        return bytes.fromhex(value["hex"]) if isinstance(value, dict) and "hex" in value else None

    def accepted_words(self) -> list[str]:
        """Return the words the spelling check must accept in this workspace."""
        return [
            r[0]
            for r in self.db.execute("SELECT word FROM accepted_words ORDER BY word").fetchall()
        ]

    def has_word(self, word: str) -> bool:
        """Return whether the spelling check already accepts this word (one indexed lookup: an
        import of thousands of words asks once per word)."""
        row = self.db.execute(
            "SELECT 1 FROM accepted_words WHERE word = ?", (word.strip(),)
        ).fetchone()
        return row is not None

    @writes
    def accept_word(self, word: str) -> None:
        """Add a word the spelling check must accept from now on."""
        word = word.strip()
        if word:
            with self.db.atomic():
                self.db["accepted_words"].insert(
                    {"word": word, "added_at": codec.ts(now())}, ignore=True
                )

    def dismissed(self, audit_id: str) -> set[str]:
        """Return the fingerprints of the suggestions dismissed in this audit."""
        rows = self.db.execute(
            "SELECT fingerprint FROM dismissed_suggestions WHERE audit_id = ?", (audit_id,)
        )
        return {r[0] for r in rows.fetchall()}

    @writes
    def dismiss(self, audit_id: str, fingerprint: str) -> None:
        """Remember that the auditor dismissed a suggestion."""
        # Dismissed suggestions travel with the audit: a delivered one is read-only here too.
        self._editable(audit_id)
        with self.db.atomic():
            self.db["dismissed_suggestions"].insert(
                {"audit_id": audit_id, "fingerprint": fingerprint, "dismissed_at": codec.ts(now())},
                ignore=True,
            )

    @writes
    def undismiss(self, audit_id: str, fingerprint: str) -> None:
        """Suggest this again in this audit (the undo of accepting or dismissing it)."""
        self._editable(audit_id)
        with self.db.atomic():
            self.db.execute(
                "DELETE FROM dismissed_suggestions WHERE audit_id = ? AND fingerprint = ?",
                (audit_id, fingerprint),
            )

    @writes
    def forget_word(self, word: str) -> None:
        """Stop accepting a word the spelling check was told to accept (undo)."""
        with self.db.atomic():
            self.db.execute("DELETE FROM accepted_words WHERE word = ?", (word.strip(),))
