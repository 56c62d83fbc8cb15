"""A client's programme: its locations, its waves and its questionnaire (issue 15)."""

from __future__ import annotations

import json
import logging
import sqlite3

from auditor.errors import ValidationError
from auditor.i18n import N_, plural, user_language, user_says
from auditor.model import Location, Wave, now
from auditor.storage import codec
from auditor.storage.base import Repository, writes

log = logging.getLogger(__name__)


def _used(db, column: str, key: str) -> int:
    return db.execute(f"SELECT count(*) FROM audits WHERE {column} = ?", (key,)).fetchone()[0]


class LocationRepository(Repository):
    """Create, change and find a client's locations (branches, sites, phone lines)."""

    def _check(self, location: Location) -> None:
        row = codec.location_row(location)
        if not row["name"]:
            raise ValidationError(user_says(N_("a location needs a name")))
        self._row("clients", location.client_id, "client")
        clash = self.db.execute(
            "SELECT name FROM locations WHERE client_id = ? AND id <> ? "
            "AND (name = ? COLLATE NOCASE OR (? <> '' AND code = ?))",
            (row["client_id"], row["id"], row["name"], row["code"], row["code"]),
        ).fetchone()
        if clash is not None:
            raise ValidationError(
                user_says(
                    N_("the client already has a location {name} with this name or code"),
                    name=repr(clash[0]),
                )
            )

    @writes
    def add(self, location: Location) -> Location:
        """Store a new location of a client."""
        self._check(location)
        stamp = codec.ts(now())
        with self.db.atomic():
            self.db["locations"].insert(
                {**codec.location_row(location), "created_at": stamp, "updated_at": stamp}
            )
        return location

    @writes
    def update(self, location: Location) -> Location:
        """Save a location's fields (its client stays)."""
        current = self.get(location.id)
        if current.client_id != location.client_id:
            raise ValidationError(user_says(N_("a location cannot move to another client")))
        self._check(location)
        with self.db.atomic():
            self.db["locations"].update(
                location.id, {**codec.location_row(location), "updated_at": codec.ts(now())}
            )
        return location

    @writes
    def delete(self, location_id: str) -> None:
        """Delete a location no audit uses."""
        location = self.get(location_id)
        count = _used(self.db, "location_id", location_id)
        if count:
            ngettext = plural(user_language())
            raise ValidationError(
                ngettext(
                    "location {name} has {count} audit; it stays",
                    "location {name} has {count} audits; it stays",
                    count,
                ).format(name=repr(location.name), count=count)
            )
        with self.db.atomic():
            self.db.execute("DELETE FROM locations WHERE id = ?", (location_id,))

    def get(self, location_id: str) -> Location:
        """Return the location with this id."""
        return codec.location_from(self._row("locations", location_id, "location"))

    def for_client(self, client_id: str, *, active_only: bool = False) -> list[Location]:
        """Return a client's locations by name."""
        where = " AND active = 1" if active_only else ""
        return [
            codec.location_from(r)
            for r in self._rows(
                f"SELECT * FROM locations WHERE client_id = ?{where} ORDER BY name COLLATE NOCASE",
                (client_id,),
            )
        ]

    def find(self, client_id: str, name_or_code: str) -> Location | None:
        """Return the client's location with this code, else with this name (any case)."""
        key = " ".join(name_or_code.split())
        if not key:
            return None
        for sql in (
            "SELECT * FROM locations WHERE client_id = ? AND code = ? AND code <> ''",
            "SELECT * FROM locations WHERE client_id = ? AND name = ? COLLATE NOCASE",
        ):
            rows = self._rows(sql, (client_id, key))
            if rows:
                return codec.location_from(rows[0])
        return None

    def audit_count(self, location_id: str) -> int:
        """Return how many audits were made at this location."""
        return _used(self.db, "location_id", location_id)


class WaveRepository(Repository):
    """Create, change and list a client's waves, in programme order."""

    def _check(self, wave: Wave) -> None:
        row = codec.wave_row(wave)
        if not row["label"]:
            raise ValidationError(user_says(N_("a wave needs a label")))
        if wave.starts_on and wave.ends_on and wave.starts_on > wave.ends_on:
            raise ValidationError(
                # the bundle check's words: {id} is the wave's label here
                user_says(N_("wave {id} ends before it starts"), id=repr(row["label"]))
            )
        self._row("clients", wave.client_id, "client")
        clash = self.db.execute(
            "SELECT label FROM waves WHERE client_id = ? AND id <> ? AND label = ? COLLATE NOCASE",
            (row["client_id"], row["id"], row["label"]),
        ).fetchone()
        if clash is not None:
            raise ValidationError(
                user_says(N_("the client already has a wave {label}"), label=repr(clash[0]))
            )

    @writes
    def add(self, wave: Wave) -> Wave:
        """Store a new wave of a client."""
        self._check(wave)
        stamp = codec.ts(now())
        with self.db.atomic():
            self.db["waves"].insert(
                {**codec.wave_row(wave), "created_at": stamp, "updated_at": stamp}
            )
        return wave

    @writes
    def update(self, wave: Wave) -> Wave:
        """Save a wave's label, dates and position."""
        current = self.get(wave.id)
        if current.client_id != wave.client_id:
            raise ValidationError(user_says(N_("a wave cannot move to another client")))
        self._check(wave)
        with self.db.atomic():
            self.db["waves"].update(
                wave.id, {**codec.wave_row(wave), "updated_at": codec.ts(now())}
            )
        return wave

    @writes
    def delete(self, wave_id: str) -> None:
        """Delete a wave no audit belongs to."""
        wave = self.get(wave_id)
        count = _used(self.db, "wave_id", wave_id)
        if count:
            ngettext = plural(user_language())
            raise ValidationError(
                ngettext(
                    "wave {label} has {count} audit; it stays",
                    "wave {label} has {count} audits; it stays",
                    count,
                ).format(label=repr(wave.label), count=count)
            )
        with self.db.atomic():
            self.db.execute("DELETE FROM waves WHERE id = ?", (wave_id,))

    def get(self, wave_id: str) -> Wave:
        """Return the wave with this id."""
        return codec.wave_from(self._row("waves", wave_id, "wave"))

    def for_client(self, client_id: str) -> list[Wave]:
        """Return a client's waves in programme order: position, then start date, then label."""
        return [
            codec.wave_from(r)
            for r in self._rows(
                "SELECT * FROM waves WHERE client_id = ? ORDER BY position, "
                "starts_on IS NULL, starts_on, label COLLATE NOCASE",
                (client_id,),
            )
        ]

    def find(self, client_id: str, label: str) -> Wave | None:
        """Return the client's wave with this label (any case)."""
        rows = self._rows(
            "SELECT * FROM waves WHERE client_id = ? AND label = ? COLLATE NOCASE",
            (client_id, " ".join(label.split())),
        )
        return codec.wave_from(rows[0]) if rows else None

    def next_position(self, client_id: str) -> int:
        """Return the position after the client's last wave."""
        return self.db.execute(
            "SELECT coalesce(max(position) + 1, 0) FROM waves WHERE client_id = ?", (client_id,)
        ).fetchone()[0]

    def audit_count(self, wave_id: str) -> int:
        """Return how many audits belong to this wave."""
        return _used(self.db, "wave_id", wave_id)

    def audited_locations(self, wave_id: str) -> set[str]:
        """Return the ids of the locations that have an audit in this wave."""
        rows = self.db.execute(
            "SELECT location_id FROM audits WHERE wave_id = ? AND location_id IS NOT NULL",
            (wave_id,),
        ).fetchall()
        return {row[0] for row in rows}

    def audit_of(self, location_id: str, wave_id: str, *, besides: str = "") -> str | None:
        """Return the title of the location's audit in this wave (other than `besides`), if any."""
        row = self.db.execute(
            "SELECT title FROM audits WHERE location_id = ? AND wave_id = ? AND id <> ?",
            (location_id, wave_id, besides),
        ).fetchone()
        return row[0] if row else None


class ProgrammeRepository(Repository):
    """A client's questionnaire: the template versions its audits run, one per touchpoint."""

    def questionnaire(self, client_id: str) -> list[tuple[str, str]]:
        """Return the client's (template id, version) pairs in order ([] when none is set)."""
        row = self.db.execute(
            "SELECT questionnaire FROM programmes WHERE client_id = ?", (client_id,)
        ).fetchone()
        return [(str(t), str(v)) for t, v in json.loads(row[0])] if row else []

    @writes
    def set_questionnaire(self, client_id: str, refs: list[tuple[str, str]]) -> None:
        """Save the client's questionnaire (the caller checked the template versions exist)."""
        self._row("clients", client_id, "client")
        data = json.dumps([[t, v] for t, v in refs], ensure_ascii=False)
        try:
            with self.db.atomic():
                self.db["programmes"].upsert(
                    {"client_id": client_id, "questionnaire": data, "updated_at": codec.ts(now())},
                    pk="client_id",
                )
        except sqlite3.IntegrityError as exc:  # pragma: no cover - the client was checked
            raise ValidationError(
                user_says(N_("cannot save the questionnaire: {reason}"), reason=exc)
            ) from None
