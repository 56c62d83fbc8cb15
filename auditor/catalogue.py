"""The workspace's template catalogue: every checklist version, named by content, never overwritten.

Each version has an id, a version string, bilingual titles, a touchpoint kind, sector tags, an
author, the client it belongs to (or none), its canonical TOML text and a digest of its content.
Content decides: a template whose text changed is a new version even when its version string was
not bumped (the next free patch number is given), and bringing in identical content again is a
no-op. The built-ins of `checklists/` enter the catalogue when it is first read; a built-in changed
by a new release becomes a new version and the old ones stay, since audits keep the exact version
they were started with.

The window's template editor reads with `entries`, `get` and `template`, and saves through the
`SaveTemplate` command of `auditor.commands`.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING

from auditor.checklists import builtin_templates, parse_template
from auditor.errors import NotFoundError, ValidationError
from auditor.i18n import Translate, user_translator
from auditor.model import Template

if TYPE_CHECKING:
    from auditor.storage import Store

log = logging.getLogger(__name__)

ORIGINS = ("builtin", "import", "editor", "bundle", "audit")

ADDED = "added"
RENUMBERED = "renumbered"  # the version string was taken by other content: the next free one
UNCHANGED = "unchanged"  # identical content already in the catalogue: nothing written


@dataclass(frozen=True)
class CatalogueEntry:
    """One template version of the catalogue, with what describes it."""

    id: str
    version: str
    touchpoint: str
    title: dict[str, str]
    tags: tuple[str, ...]
    author: str
    client_id: str | None
    origin: str  # builtin | import | editor | bundle | audit (a version an audit brought)
    created_at: datetime
    updated_at: datetime
    digest: str
    source: str = field(default="", repr=False)

    @property
    def ref(self) -> str:
        """Return "id@version", the way the command line names a version."""
        return f"{self.id}@{self.version}"

    def template(self) -> Template:
        """Return the parsed template of this version."""
        return _parsed(self.source, self.ref)


@dataclass(frozen=True)
class ImportOutcome:
    """What importing or saving a template did to the catalogue."""

    entry: CatalogueEntry  # the version now holding this content
    status: str  # ADDED, RENUMBERED or UNCHANGED
    requested_version: str  # the version string the template came with
    client_added: bool = False

    def message(self, tr: Translate) -> str:
        """Return the one sentence the command line and the window show."""
        _ = tr
        if self.status == UNCHANGED:
            if self.entry.version == self.requested_version:
                return _(
                    "{ref} is already in the catalogue with this content: nothing imported"
                ).format(ref=self.entry.ref)
            return _(
                "{id}@{requested} has the same content as {ref}, already in the catalogue: "
                "nothing imported"
            ).format(id=self.entry.id, requested=self.requested_version, ref=self.entry.ref)
        if self.status == RENUMBERED:
            return _(
                "{ref} added: {id}@{requested} is already in the catalogue with other content, "
                "so this content is a new version"
            ).format(ref=self.entry.ref, id=self.entry.id, requested=self.requested_version)
        return _("{ref} added").format(ref=self.entry.ref)


@lru_cache(maxsize=128)
def _parsed(source: str, name: str) -> Template:
    return parse_template(source, name)


# --- content and versions ------------------------------------------------------------------


@lru_cache(maxsize=256)  # the built-ins are digested on every listing
def content_digest(source: str) -> str:
    """Return the SHA-256 of a template's content: its TOML data without the version string.

    Comments, spacing and key order do not count; every value does. The version is left out so
    that the same content under another version string is recognised as the same template.
    """
    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError:
        data = {"__text__": source}  # cannot happen for a parsed template; still a stable digest
    data.pop("version", None)
    canonical = json.dumps(
        data, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def version_key(version: str) -> tuple[tuple[int, int | str], ...]:
    """Return a sort key ordering "1.0.10" after "1.0.9" (numbers as numbers, words as words)."""
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part) for part in re.split(r"[.\-+_]", version)
    )


def next_free_version(version: str, taken: Iterable[str]) -> str:
    """Return the next version after `version` that is not `taken` ("1.0.0" -> "1.0.1")."""
    used = set(taken)
    match = re.match(r"^(.*?)(\d+)$", version)
    prefix, number = (match.group(1), int(match.group(2))) if match else (version + ".", 0)
    while True:
        number += 1
        candidate = f"{prefix}{number}"
        if candidate not in used:
            return candidate


_VERSION_LINE = re.compile(r'^(\s*version\s*=\s*)(["\'])(.*?)\2(.*)$', re.MULTILINE)


def with_version(template: Template, version: str) -> Template:
    """Return the template under another version string, its TOML text rewritten to say so."""
    source = canonical_source(template)
    header_end = re.search(r"^\s*\[", source, re.MULTILINE)
    head = source[: header_end.start()] if header_end else source
    match = _VERSION_LINE.search(head)
    if match is None:
        _ = user_translator()
        raise ValidationError(
            _("{id}: the template's text names no version to change").format(id=template.id)
        )
    quoted = json.dumps(version)
    source = (
        source[: match.start()] + match.group(1) + quoted + match.group(4) + source[match.end() :]
    )
    renamed = parse_template(source, f"{template.id}@{version}")
    if renamed.version != version:
        _ = user_translator()
        raise ValidationError(
            _("{id}: the template's version could not be changed").format(id=template.id)
        )
    return renamed


def canonical_source(template: Template) -> str:
    """Return the template's TOML text: the text it was read from, else the TOML writer's.

    A template changed in memory (`dataclasses.replace` keeps the old `source`) no longer matches
    the text it carries; that text would silently drop the edit, so the writer's text is used.
    """
    if template.source:
        try:
            if _parsed(template.source, f"{template.id}@{template.version}") == template:
                return template.source
        except ValidationError:
            pass
    try:
        from auditor.forms import dump_toml  # type: ignore[attr-defined]
    except ImportError:
        raise ValidationError(
            f"{template.id}: this template has no TOML text and this version cannot write one "
            "(auditor.forms.dump_toml is missing)"
        ) from None
    text = dump_toml(template)
    return parse_template(text, f"{template.id}@{template.version}").source


# --- reading -------------------------------------------------------------------------------


def ensure_builtins(store: Store) -> list[CatalogueEntry]:
    """Add the built-in templates the catalogue lacks (by content) and return what was added.

    Cheap when nothing changed: one query. A built-in whose version string is taken by other
    content (a template imported under the same id and version) becomes the next free version.
    """
    builtins = builtin_templates()
    added: list[CatalogueEntry] = []
    with store.lock:
        held = store.catalogue.digests()
        missing = [t for t in builtins if (t.id, content_digest(t.source)) not in held]
        if not missing:
            return added
        with store.transaction():
            for template in missing:
                outcome = place_template(store, template, origin="builtin")
                if outcome.status != UNCHANGED:
                    added.append(outcome.entry)
                    log.info("built-in template %s entered the catalogue", outcome.entry.ref)
    return added


def entries(
    store: Store, *, client_id: str | None = None, latest_only: bool = False
) -> list[CatalogueEntry]:
    """Return the catalogue, by id then newest version first (built-ins added if missing).

    `client_id` keeps the templates of that client and those of no client; `latest_only` keeps
    the newest version of each id.
    """
    ensure_builtins(store)
    rows = store.catalogue.all()
    if client_id is not None:
        rows = [e for e in rows if e.client_id in (None, client_id)]
    rows.sort(key=lambda e: (version_key(e.version), e.created_at), reverse=True)
    rows.sort(key=lambda e: e.id)  # stable: each id's versions stay newest first
    if latest_only:
        seen: set[str] = set()
        newest = []
        for entry in rows:
            if entry.id not in seen:
                seen.add(entry.id)
                newest.append(entry)
        rows = newest
    return rows


def get(store: Store, template_id: str, version: str | None = None) -> CatalogueEntry:
    """Return a version of a template (the newest when `version` is None), or raise NotFoundError."""
    ensure_builtins(store)
    if version is not None:
        return store.catalogue.get(template_id, version)
    versions = store.catalogue.versions(template_id)
    if not versions:
        _ = user_translator()
        raise NotFoundError(_("no template with id {id} in the catalogue").format(id=template_id))
    return max(versions, key=lambda e: (version_key(e.version), e.created_at))


def template(store: Store, template_id: str, version: str | None = None) -> Template:
    """Return the parsed template of a catalogue version (the newest when `version` is None)."""
    return get(store, template_id, version).template()


def split_ref(ref: str) -> tuple[str, str | None]:
    """Return (id, version) of "id@version", or (id, None) of a bare id."""
    template_id, _, version = ref.strip().partition("@")
    return template_id.strip(), (version.strip() or None)


def resolve(store: Store, ref: str) -> CatalogueEntry:
    """Return the catalogue version "id@version" (or "id": the newest) names."""
    template_id, version = split_ref(ref)
    if not template_id:
        raise ValidationError(user_translator()("give a template id, optionally with @version"))
    return get(store, template_id, version)


# --- writing (inside a command's transaction) -------------------------------------------------


def place_template(
    store: Store,
    template: Template,
    *,
    origin: str,
    client_id: str | None = None,
    tags: Sequence[str] = (),
    author: str = "",
    version: str | None = None,
) -> ImportOutcome:
    """Put a template's content in the catalogue by content, never overwriting a version.

    Identical content already held under this id is UNCHANGED. Otherwise the template keeps its
    version string when it is free, else (or when `version` names a taken one) takes the next free
    one (RENUMBERED). Writes through the repository: call it inside a command's transaction.
    """
    if origin not in ORIGINS:
        raise ValueError(origin)
    source = canonical_source(template)
    template = _parsed(source, f"{template.id}@{template.version}")
    requested = version or template.version
    digest = content_digest(source)
    same = store.catalogue.with_digest(template.id, digest)
    if same is not None:
        return ImportOutcome(same, UNCHANGED, requested)
    versions = {e.version for e in store.catalogue.versions(template.id)}
    versions |= store.catalogue.kept_versions(template.id)  # versions audits hold, to be safe
    status = ADDED
    chosen = requested
    if chosen in versions:
        chosen = next_free_version(chosen, versions)
        status = RENUMBERED
    if chosen != template.version:
        template = with_version(template, chosen)
        source = template.source
    entry = store.catalogue.add(
        template,
        origin=origin,
        client_id=client_id,
        tags=tuple(dict.fromkeys(t.strip() for t in tags if t.strip())),
        author=author,
        digest=digest,
    )
    return ImportOutcome(entry, status, requested)
