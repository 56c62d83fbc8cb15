"""Read a bundle into the workspace: all checked first in a staging folder, then one transaction.

A bundle is refused whole, with one clear reason, when anything in it is damaged, unsafe or does
not fit; the workspace is only written once every member has been verified. `stage_bundle` is the
slow part (no lock on the workspace); `write_staged` is the write the `ImportBundle` command makes.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from auditor.bundle import crypto, fit, validate
from auditor.bundle.format import (
    AUDIT,
    LOGO,
    MANIFEST,
    MAX_JSON_BYTES,
    MAX_MANIFEST_BYTES,
    MAX_MEMBER_BYTES,
    BundleError,
    NewerCopyError,
    Progress,
    SafeZip,
    evidence_members,
    recording_member,
    refuse,
)
from auditor.catalogue import content_digest
from auditor.checklists import parse_template
from auditor.errors import EvidenceError, NotFoundError, ValidationError, file_reason
from auditor.i18n import N_, translator, user_language, user_translator
from auditor.imaging import open_image, take_in
from auditor.model import Template
from auditor.recordings import MAX_RECORDING_BYTES
from auditor.storage import Store, bulk
from auditor.storage.bundle_programme import merge_programme

if TYPE_CHECKING:
    from auditor.commands import Editor

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ImportResult:
    """What an import brought into the workspace."""

    audit_id: str
    title: str
    replaced: bool  # True when the workspace already held this audit and it was replaced
    visits: int
    answers: int
    findings: int
    evidence: int
    client_copy: bool
    new_entries: int = 0  # history entries the workspace did not hold
    unchanged: bool = False  # the workspace already held exactly this copy: nothing was written


class StagedBundle:
    """A bundle read and verified into a staging folder, ready to be written in one go.

    Staging is the slow part (decryption, checksums, decoding every photo) and needs no lock on
    the workspace; `write_staged` then writes it inside the caller's transaction. Close it (or use
    it as a context manager) to remove the staging folder.
    """

    def __init__(self, source: Path, folder: Path):
        self.source = source
        self.folder = folder
        self.manifest: dict[str, Any] = {}
        self.rows: dict[str, Any] = {}
        self.templates: dict[tuple[str, str], Template] = {}
        self.logo: bytes | None = None

    @property
    def audit_id(self) -> str:
        """Return the id of the audit the bundle carries."""
        return self.rows["audit"]["id"]

    @property
    def title(self) -> str:
        """Return the title of the audit the bundle carries."""
        return self.rows["audit"]["title"]

    def images(self, evidence_id: str) -> tuple[bytes, bytes]:
        """Return the verified (original, thumbnail) of an evidence image."""
        return (
            (self.folder / f"{evidence_id}.original").read_bytes(),
            (self.folder / f"{evidence_id}.thumbnail").read_bytes(),
        )

    def audio(self, recording_id: str) -> bytes:
        """Return the verified bytes of a call recording."""
        return (self.folder / f"{recording_id}.audio").read_bytes()

    def close(self) -> None:
        """Remove the staging folder."""
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> StagedBundle:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _open(path: Path, password: str | None, staging: Path) -> SafeZip:
    """Return the bundle's zip, decrypting it into the staging folder first when it is sealed."""
    _ = user_translator()
    try:
        with open(path, "rb") as handle:
            start = handle.read(8)
    except OSError as exc:
        raise BundleError(
            _("Cannot read {path}: {reason}").format(path=path, reason=file_reason(exc, _))
        ) from None
    if start == crypto.MAGIC:
        if password is None:
            raise BundleError(_("This bundle is encrypted: give its password."))
        plain = staging / "bundle.zip"
        with open(path, "rb") as source, open(plain, "wb") as target:
            crypto.decrypt(source, target, password)
        return SafeZip(plain)
    if not start.startswith(b"PK\x03\x04"):
        raise BundleError(_("{path} is not an audit bundle.").format(path=path))
    return SafeZip(path)


def _templates(rows: list[dict[str, Any]]) -> dict[tuple[str, str], Template]:
    """Return every checklist in the bundle parsed, by (id, version); refuse a bad one."""
    parsed: dict[tuple[str, str], Template] = {}
    for row in rows:
        name = f"{row['id']}@{row['version']}"
        try:
            template = parse_template(row["source"], name)
        except ValidationError as exc:
            raise refuse(
                N_("checklist {name} is not valid: {reason}"), name=name, reason=str(exc)[:300]
            ) from None
        if (template.id, template.version, template.touchpoint.value) != (
            row["id"],
            row["version"],
            row["touchpoint"],
        ):
            raise refuse(N_("checklist {name} does not match its own file"), name=name)
        parsed[(row["id"], row["version"])] = template
    return parsed


def _same_templates(store: Store, rows: list[dict[str, Any]]) -> None:
    """Refuse a checklist version the workspace holds with another text (it must mean one thing)."""
    _ = user_translator()
    for row in rows:
        kept = bulk.template_source(store.db, row["id"], row["version"])
        if kept is None:
            try:
                kept = store.catalogue.get(row["id"], row["version"]).source
            except NotFoundError:
                continue
        if kept != row["source"]:
            ref = f"{row['id']}@{row['version']}"
            raise BundleError(
                _(
                    "The bundle's checklist {ref} (content {theirs}) differs from the workspace's "
                    "{ref} (content {ours}): one version must mean one text. Import the bundle in "
                    "another workspace, or give one of the two checklists a new version."
                ).format(
                    ref=ref,
                    theirs=content_digest(row["source"])[:8],
                    ours=content_digest(kept)[:8],
                )
            )


def _into_catalogue(store: Store, staged: StagedBundle, client_id: str) -> None:
    """Add the bundle's checklist versions the catalogue lacks (the audits use them)."""
    for (template_id, version), template in staged.templates.items():
        try:
            store.catalogue.get(template_id, version)
        except NotFoundError:
            store.catalogue.add(template, origin="bundle", client_id=client_id)


def _image(bundle: SafeZip, manifest: dict[str, Any], row: dict[str, Any], staging: Path) -> None:
    """Verify an evidence's original and thumbnail against manifest and row, staging both."""
    original_name, thumbnail_name = evidence_members(row["id"])
    data = _member(bundle, manifest, original_name, MAX_MEMBER_BYTES)
    lang = user_language()  # the image's faults, in the user's words like the lead
    try:
        intake = take_in(data, original_name, lang)
        thumbnail = _member(bundle, manifest, thumbnail_name, MAX_MEMBER_BYTES)
        thumb = open_image(thumbnail, thumbnail_name, lang=lang)
    except EvidenceError as exc:
        raise refuse(str(exc)) from None
    if thumb.format != "JPEG" or max(thumb.size) > 2048:
        raise refuse(N_("{name} is not a thumbnail"), name=thumbnail_name)
    found = (intake.sha256, intake.mime, intake.width, intake.height)
    if found != (row["sha256"], row["mime"], row["width"], row["height"]):
        raise refuse(N_("evidence {id} does not match its image"), id=row["id"])
    (staging / f"{row['id']}.original").write_bytes(data)
    (staging / f"{row['id']}.thumbnail").write_bytes(thumbnail)


def _audio(bundle: SafeZip, manifest: dict[str, Any], row: dict[str, Any], staging: Path) -> None:
    """Verify a call recording's bytes against manifest and row (and that they decode), staging them."""
    from auditor.recordings_intake import sniff_mime

    name = recording_member(row["id"])
    data = _member(bundle, manifest, name, MAX_RECORDING_BYTES)
    found = (len(data), hashlib.sha256(data).hexdigest(), sniff_mime(data, row["filename"]))
    if found != (row["size"], row["sha256"], row["mime"]):
        raise refuse(N_("recording {id} does not match its audio"), id=row["id"])
    staged = staging / f"{row['id']}.audio"
    staged.write_bytes(data)
    try:
        from auditor.checks.callaudio.decode import decode_call
    except ImportError:  # the analysis is optional for carrying a recording
        return
    try:
        decode_call(staged, lang=user_language())
    except ValidationError as exc:
        raise refuse(N_("recording {id}: {reason}"), id=row["id"], reason=exc) from None


def _member(bundle: SafeZip, manifest: dict[str, Any], name: str, limit: int) -> bytes:
    listed = manifest["members"].get(name)
    if listed is None:
        raise refuse(N_("member {name} is not in the manifest"), name=name)
    data, digest = bundle.read(name, limit)
    if len(data) != listed["size"] or digest != listed["sha256"]:
        raise refuse(N_("member {name} does not match its checksum"), name=name)
    return data


def _refuse_older(store: Store, audit: dict[str, Any]) -> None:
    try:
        local = store.audits.get(audit["id"]).updated_at
    except NotFoundError:
        return  # a new audit for this workspace
    theirs = datetime.fromisoformat(audit["updated_at"])
    if theirs.tzinfo is None:  # stored in UTC; an old or hand-made bundle may leave the zone out
        theirs = theirs.replace(tzinfo=UTC)
    if local > theirs:
        _ = user_translator()
        raise NewerCopyError(
            _(
                "This workspace's copy of \u201c{title}\u201d was changed on {local}, after the "
                "bundle's copy ({theirs}): importing would undo those changes. Import it anyway "
                "only if the bundle's copy is the one to keep."
            ).format(
                title=audit["title"],
                local=f"{local.astimezone():%Y-%m-%d %H:%M}",
                theirs=f"{theirs.astimezone():%Y-%m-%d %H:%M}",
            )
        )


def stage_bundle(
    store: Store,
    path: Path | str,
    password: str | None = None,
    progress: Progress | None = None,
) -> StagedBundle:
    """Read and verify a whole bundle into a staging folder, or raise BundleError.

    Nothing here reads or writes the workspace, so it runs without holding `store.lock`; what
    depends on the workspace (its copy of the audit and of the checklists) is checked by
    `write_staged` inside the transaction. `progress(done, total)` counts the photos.
    """
    source = Path(path).expanduser()
    staged = StagedBundle(source, Path(tempfile.mkdtemp(prefix="auditor-import-")))
    try:
        with _open(source, password, staged.folder) as bundle:
            raw, _digest = bundle.read(MANIFEST, MAX_MANIFEST_BYTES)
            manifest = validate.manifest(validate.loads(raw, "manifest.json"))
            if set(manifest["members"]) != bundle.names() - {MANIFEST}:
                raise refuse(N_("the manifest does not list exactly the members of the file"))
            rows = validate.document(
                validate.loads(_member(bundle, manifest, AUDIT, MAX_JSON_BYTES), AUDIT),
                manifest["format_version"],
            )
            if rows["audit"]["id"] != manifest["audit_id"]:
                raise refuse(N_("the manifest names another audit"))
            expected = {
                MANIFEST,
                AUDIT,
                *(n for r in rows["evidence"] for n in evidence_members(r["id"])),
            }
            expected |= {recording_member(r["id"]) for r in rows["recordings"] or []}
            if rows["client"]["logo"]:
                expected.add(LOGO)
            if bundle.names() != expected:
                raise refuse(N_("the file holds members the audit does not use, or misses some"))
            templates = _templates(rows["templates"])
            lang = user_language()
            fit.answers(rows, templates, translator(lang), lang)
            logo = (
                _member(bundle, manifest, LOGO, 16 * 1024 * 1024)
                if rows["client"]["logo"]
                else None
            )
            recordings = rows["recordings"] or []
            total = len(rows["evidence"]) + len(recordings) + 1
            for done, row in enumerate(rows["evidence"], start=1):
                _image(bundle, manifest, row, staged.folder)
                if progress:
                    progress(done, total)
            for done, row in enumerate(recordings, start=len(rows["evidence"]) + 1):
                _audio(bundle, manifest, row, staged.folder)
                if progress:
                    progress(done, total)
    except BaseException:
        staged.close()
        raise
    staged.manifest, staged.rows, staged.templates, staged.logo = manifest, rows, templates, logo
    return staged


def write_staged(
    store: Store, staged: StagedBundle, *, replace_newer: bool = False
) -> ImportResult:
    """Write a staged bundle's audit into the workspace (inside the caller's transaction).

    Replaces the workspace's copy of the audit and merges the histories; refuses a workspace copy
    changed after the bundle's (NewerCopyError) unless `replace_newer`. Run it through the
    `ImportBundle` command, which holds the store's lock and transaction and records the import.
    """
    rows = staged.rows
    if staged.manifest["client_copy"]:
        # A client copy carries no review comments: the workspace keeps its own (issue 16).
        rows = {**rows, "review_comments": None, "recordings": None, "recording_consent": None}
    if not replace_newer:
        _refuse_older(store, rows["audit"])
    _same_templates(store, rows["templates"])
    try:
        # Format 4: the audit's location, wave and questionnaire join the workspace's programme.
        rows = merge_programme(store.db, rows)
        written = bulk.replace_audit(store.db, rows, staged.logo, staged.images, staged.audio)
    except ValidationError as exc:
        raise refuse(str(exc)) from None
    _into_catalogue(store, staged, rows["client"]["id"])
    audit = rows["audit"]
    log.info(
        "imported audit %s from %s (replaced: %s, unchanged: %s, new history entries: %s)",
        audit["id"],
        staged.source,
        written.replaced,
        written.unchanged,
        written.new_entries,
    )
    return ImportResult(
        audit["id"],
        audit["title"],
        written.replaced,
        len(rows["visits"]),
        len(rows["answers"]),
        len(rows["findings"]),
        len(rows["evidence"]),
        staged.manifest["client_copy"],
        written.new_entries,
        written.unchanged,
    )


def import_bundle(
    store: Store,
    path: Path | str,
    password: str | None = None,
    progress: Progress | None = None,
    *,
    replace_newer: bool = False,
    editor: Editor | None = None,
) -> ImportResult:
    """Import a bundle's audit (replacing the workspace's copy, merging histories), or raise.

    Stages the bundle, then runs the `ImportBundle` command through `editor` (a fresh Editor on
    the store when None), so the import is one transaction with its history entry and every
    listener hears of it. A workspace copy changed after the bundle's is kept (NewerCopyError)
    unless `replace_newer`.
    """
    from auditor.commands import Editor, ImportBundle

    with stage_bundle(store, path, password, progress) as staged:
        change = (editor or Editor(store)).run(ImportBundle(staged, replace_newer))
    if progress:
        total = len(staged.rows["evidence"]) + len(staged.rows["recordings"] or []) + 1
        progress(total, total)
    return change.result
