"""The template catalogue's table: every template version with its text, digest and description."""

from __future__ import annotations

import json
import logging
import tomllib
from typing import Any

from auditor.catalogue import CatalogueEntry, content_digest
from auditor.errors import NotFoundError, ValidationError
from auditor.i18n import N_, plural, user_language, user_says
from auditor.model import Template, now
from auditor.storage import codec
from auditor.storage.base import Repository, writes

log = logging.getLogger(__name__)


def _titles(source: str) -> dict[str, str]:
    try:
        title = tomllib.loads(source).get("title", {})
    except tomllib.TOMLDecodeError:
        title = {}
    if not isinstance(title, dict):
        title = {}
    return {lang: str(title.get(lang, "")) for lang in ("it", "en")}


def catalogue_row(
    template_id: str,
    version: str,
    touchpoint: str,
    source: str,
    *,
    origin: str,
    tags: tuple[str, ...] = (),
    author: str = "",
    client_id: str | None = None,
    digest: str | None = None,
) -> dict[str, Any]:
    """Return the catalogue row of a template version (titles read from its text)."""
    titles = _titles(source)
    stamp = codec.ts(now())
    return {
        "id": template_id,
        "version": version,
        "touchpoint": touchpoint,
        "title_it": titles["it"],
        "title_en": titles["en"],
        "tags": json.dumps(list(tags), ensure_ascii=False),
        "author": author,
        "client_id": client_id,
        "origin": origin,
        "created_at": stamp,
        "updated_at": stamp,
        "source": source,
        "digest": digest or content_digest(source),
    }


def _entry(row: dict[str, Any]) -> CatalogueEntry:
    return CatalogueEntry(
        id=row["id"],
        version=row["version"],
        touchpoint=row["touchpoint"],
        title={"it": row["title_it"], "en": row["title_en"]},
        tags=tuple(json.loads(row["tags"])),
        author=row["author"],
        client_id=row["client_id"],
        origin=row["origin"],
        created_at=codec.parse_ts(row["created_at"]),
        updated_at=codec.parse_ts(row["updated_at"]),
        digest=row["digest"],
        source=row["source"],
    )


class CatalogueRepository(Repository):
    """Read and add template versions of the catalogue (a version is never changed in place)."""

    def all(self) -> list[CatalogueEntry]:
        """Return every version in the catalogue."""
        return [_entry(r) for r in self._rows("SELECT * FROM catalogue ORDER BY id, created_at")]

    def get(self, template_id: str, version: str) -> CatalogueEntry:
        """Return one version, or raise NotFoundError."""
        rows = self._rows(
            "SELECT * FROM catalogue WHERE id = ? AND version = ?", (template_id, version)
        )
        if not rows:
            raise NotFoundError(
                user_says(
                    N_("no template {id}@{version} in the catalogue"),
                    id=template_id,
                    version=version,
                )
            )
        return _entry(rows[0])

    def versions(self, template_id: str) -> list[CatalogueEntry]:
        """Return every version of a template id, oldest first."""
        return [
            _entry(r)
            for r in self._rows(
                "SELECT * FROM catalogue WHERE id = ? ORDER BY created_at", (template_id,)
            )
        ]

    def with_digest(self, template_id: str, digest: str) -> CatalogueEntry | None:
        """Return the version of a template holding this content, if any (the oldest)."""
        rows = self._rows(
            "SELECT * FROM catalogue WHERE id = ? AND digest = ? ORDER BY created_at LIMIT 1",
            (template_id, digest),
        )
        return _entry(rows[0]) if rows else None

    def digests(self) -> set[tuple[str, str]]:
        """Return every (id, digest) the catalogue holds."""
        return {(r[0], r[1]) for r in self.db.execute("SELECT id, digest FROM catalogue")}

    def kept_versions(self, template_id: str) -> set[str]:
        """Return the versions of a template that audits keep (in the audits' own table)."""
        return {
            r[0]
            for r in self.db.execute("SELECT version FROM templates WHERE id = ?", (template_id,))
        }

    def used_by(self, template_id: str, version: str) -> int:
        """Return how many visits are answered against this version."""
        return self.db.execute(
            "SELECT count(*) FROM visits WHERE template_id = ? AND template_version = ?",
            (template_id, version),
        ).fetchone()[0]

    @writes
    def add(
        self,
        template: Template,
        *,
        origin: str,
        client_id: str | None = None,
        tags: tuple[str, ...] = (),
        author: str = "",
        digest: str | None = None,
    ) -> CatalogueEntry:
        """Store a new version (refusing one the catalogue or an audit holds with other text)."""
        if not template.source:
            raise ValidationError(
                user_says(N_("template {id} has no source text to keep"), id=template.id)
            )
        kept = self.db.execute(
            "SELECT source FROM templates WHERE id = ? AND version = ?",
            (template.id, template.version),
        ).fetchone()
        if kept is not None and kept[0] != template.source:
            raise ValidationError(
                user_says(
                    N_("{id}@{version} is kept by an audit with another text"),
                    id=template.id,
                    version=template.version,
                )
            )
        if client_id is not None:
            self._row("clients", client_id, "client")
        row = catalogue_row(
            template.id,
            template.version,
            template.touchpoint.value,
            template.source,
            origin=origin,
            tags=tags,
            author=author,
            client_id=client_id,
            digest=digest,
        )
        if self.db.execute(
            "SELECT 1 FROM catalogue WHERE id = ? AND version = ?", (template.id, template.version)
        ).fetchone():
            raise ValidationError(
                user_says(
                    N_("{id}@{version} is already in the catalogue"),
                    id=template.id,
                    version=template.version,
                )
            )
        with self.db.atomic():
            self.db["catalogue"].insert(row)
        return _entry(row)

    @writes
    def restore(self, entry: CatalogueEntry) -> CatalogueEntry:
        """Put back a version exactly as it was (the redo of an import undone)."""
        row = {
            "id": entry.id,
            "version": entry.version,
            "touchpoint": entry.touchpoint,
            "title_it": entry.title.get("it", ""),
            "title_en": entry.title.get("en", ""),
            "tags": json.dumps(list(entry.tags), ensure_ascii=False),
            "author": entry.author,
            "client_id": entry.client_id,
            "origin": entry.origin,
            "created_at": codec.ts(entry.created_at),
            "updated_at": codec.ts(entry.updated_at),
            "source": entry.source,
            "digest": entry.digest,
        }
        if row["client_id"] is not None and not self._exists("clients", row["client_id"]):
            row["client_id"] = None  # the client was removed meanwhile: the template stays
        with self.db.atomic():
            self.db["catalogue"].insert(row)
        return _entry(row)

    @writes
    def remove(self, template_id: str, version: str) -> CatalogueEntry:
        """Remove a version no audit uses, and return it."""
        entry = self.get(template_id, version)
        used = self.used_by(template_id, version)
        if used:
            ngettext = plural(user_language())
            raise ValidationError(
                ngettext(
                    "{id}@{version} is used by {count} touchpoint visit and stays in the catalogue",
                    "{id}@{version} is used by {count} touchpoint visits and stays in the catalogue",
                    used,
                ).format(id=template_id, version=version, count=used)
            )
        with self.db.atomic():
            self.db.execute(
                "DELETE FROM catalogue WHERE id = ? AND version = ?", (template_id, version)
            )
            # The audits' own copy goes too when nothing uses it, so the version is really free.
            self.db.execute(
                "DELETE FROM templates WHERE id = ? AND version = ? AND NOT EXISTS (SELECT 1 "
                "FROM visits WHERE template_id = ? AND template_version = ?)",
                (template_id, version, template_id, version),
            )
        return entry
