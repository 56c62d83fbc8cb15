"""Write an audit to a bundle: one zip with a manifest, the audit's rows as JSON, and its images."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import zipfile
from pathlib import Path
from typing import Any

from auditor import __version__
from auditor.bundle import crypto
from auditor.bundle.format import (
    AUDIT,
    FORMAT,
    FORMAT_VERSION,
    LOGO,
    MANIFEST,
    Progress,
    evidence_members,
    recording_member,
)
from auditor.errors import AuditorError, file_reason
from auditor.i18n import user_translator
from auditor.imaging import MIME, clean_copy, open_image
from auditor.model import now
from auditor.outputs import output_target, temp_beside
from auditor.storage import Store, bulk
from auditor.storage import backup as files
from auditor.storage.bundle_programme import programme_rows

log = logging.getLogger(__name__)


def _client_copy(row: dict[str, Any], original: bytes) -> bytes:
    """Return the clean, redacted copy that replaces an original, updating the row to match it."""
    boxes = [tuple(box) for box in json.loads(row["redactions"])]
    data, width, height = clean_copy(original, redactions=boxes)
    image = open_image(data)
    row.update(
        sha256=hashlib.sha256(data).hexdigest(),
        mime=MIME[image.format or "JPEG"],
        width=width,
        height=height,
        redactions="[]",
    )  # the regions are blurred into the pixels now
    return data


def _without_review(rows: dict[str, Any]) -> dict[str, Any]:
    """Return the rows without review comments or their history: they never reach the client."""
    from auditor.review import REVIEW_ACTIONS

    history = [row for row in rows["history"] if row["action"] not in REVIEW_ACTIONS]
    # Call recordings are the agency's evidence (a person's voice): a client copy carries none.
    return {
        **rows,
        "review_comments": [],
        "recordings": [],
        "recording_consent": [],
        "history": history,
    }


def export_bundle(
    store: Store,
    audit_id: str,
    path: Path | str,
    password: str | None = None,
    progress: Progress | None = None,
    *,
    client_copy: bool = False,
) -> Path:
    """Write the audit with everything it holds to a bundle file at `path`.

    With `client_copy`, originals are replaced by metadata-free copies with redactions blurred in.
    The file appears whole or not at all (written to a temporary name, then renamed).
    """
    target = output_target(path, store.path)
    with store.lock:
        rows = bulk.audit_rows(store.db, audit_id)
        rows.update(programme_rows(store.db, rows["audit"]))
        if client_copy:
            rows = _without_review(rows)
            if store.profile.value("report_staff_names") != "1":
                # The staff met are personal data: the client sees them only if the agency allows.
                rows["visits"] = [{**row, "staff": ""} for row in rows["visits"]]
        logo = bulk.client_logo(store.db, rows["client"]["id"])
        total = len(rows["evidence"]) + len(rows["recordings"]) + 2
        fd, temp = temp_beside(target, ".export-")
        os.close(fd)
        try:
            members: list[dict[str, Any]] = []
            with zipfile.ZipFile(temp, "w") as archive:

                def add(name: str, data: bytes, compress: bool) -> None:
                    info = zipfile.ZipInfo(
                        name, date_time=(2000, 1, 1, 0, 0, 0)
                    )  # no local time leaks out
                    info.external_attr = 0o100644 << 16  # a plain file
                    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
                    archive.writestr(info, data)
                    members.append(
                        {
                            "name": name,
                            "size": len(data),
                            "sha256": hashlib.sha256(data).hexdigest(),
                        }
                    )

                if logo is not None:
                    add(LOGO, logo, False)
                for done, row in enumerate(rows["evidence"], start=1):
                    original, thumbnail = bulk.evidence_bytes(store.db, row["id"])
                    if client_copy:
                        original = _client_copy(row, original)
                    original_name, thumbnail_name = evidence_members(row["id"])
                    add(original_name, original, False)
                    add(thumbnail_name, thumbnail, False)
                    if progress:
                        progress(done, total)
                for done, row in enumerate(rows["recordings"], start=len(rows["evidence"]) + 1):
                    add(
                        recording_member(row["id"]),
                        bulk.recording_bytes(store.db, row["id"]),
                        False,
                    )
                    if progress:
                        progress(done, total)
                text = json.dumps(rows, ensure_ascii=False, allow_nan=False, indent=1).encode(
                    "utf-8"
                )
                add(AUDIT, text, True)
                manifest = {
                    "format": FORMAT,
                    "format_version": FORMAT_VERSION,
                    "created_at": now().isoformat(),
                    "app_version": __version__,
                    "audit_id": audit_id,
                    "client_copy": client_copy,
                    "members": members,
                }
                info = zipfile.ZipInfo(MANIFEST, date_time=(2000, 1, 1, 0, 0, 0))
                info.external_attr, info.compress_type = 0o100644 << 16, zipfile.ZIP_DEFLATED
                archive.writestr(info, json.dumps(manifest, indent=1))
            if password is not None:
                sealed = temp.with_suffix(".sealed")
                try:
                    # Owner-only, like the plain bundle: it holds the original photos.
                    fd_sealed = os.open(sealed, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                    with open(temp, "rb") as source, os.fdopen(fd_sealed, "wb") as out:
                        crypto.encrypt(source, out, password)
                    os.replace(sealed, temp)
                finally:
                    sealed.unlink(missing_ok=True)
            files.fsync_file(temp)
            os.replace(temp, target)
            files.fsync_folder(target.parent)
        except OSError as exc:  # a full disk, a folder made read-only meanwhile
            _ = user_translator()
            raise AuditorError(
                _("cannot write the bundle to {target} ({reason})").format(
                    target=target, reason=file_reason(exc, _)
                )
            ) from None
        finally:
            temp.unlink(missing_ok=True)
    if progress:
        progress(total, total)
    log.info("exported audit %s to %s", audit_id, target)
    return target
