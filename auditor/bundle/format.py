"""The bundle file format (see docs/bundles.md) and a zip reader that trusts nothing in the file.

Python 3.11.7's zipfile predates the overlapping-member zip-bomb fix (CVE-2024-0450), so member
names, sizes, offsets and counts are checked here before a byte is decompressed, and members are
read in bounded chunks that stop at the declared size.
"""

from __future__ import annotations

import hashlib
import logging
import re
import stat
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

from auditor.errors import ValidationError, file_reason
from auditor.i18n import N_, user_says, user_translator

log = logging.getLogger(__name__)

FORMAT = "auditdesk-bundle"
# 4: programmes (locations, waves, call_events; issue 15) and `recordings`, `recording_consent`
# with `recordings/<id>/audio` members (issue 18); 3, 2, 1 still read. 3: `review_comments`;
# 2: `history` replaces `answer_history`
FORMAT_VERSION = 4
SUFFIX = ".auditbundle"
MANIFEST = "manifest.json"
AUDIT = "audit.json"
LOGO = "client/logo"

MAX_MEMBERS = 20_000
MAX_MEMBER_BYTES = (
    96 * 1024 * 1024
)  # above imaging.MAX_BYTES: a photo the intake would refuse anyway
MAX_JSON_BYTES = 64 * 1024 * 1024
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
MAX_TOTAL_BYTES = 2 * 1024 * 1024 * 1024
MAX_RATIO = 200  # uncompressed/compressed, for members over RATIO_FLOOR bytes
RATIO_FLOOR = 1024 * 1024
CHUNK = 1024 * 1024
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}(/[A-Za-z0-9][A-Za-z0-9._-]{0,127}){0,3}$")
_LOCAL_HEADER = struct.Struct("<4s2B4HL2L2H")

Progress = Callable[[int, int], None]


class BundleError(ValidationError):
    """A bundle cannot be imported: damaged, unsafe, sealed without a password, or not a bundle."""


class NewerCopyError(BundleError):
    """The workspace's copy of the audit changed after the bundle's: importing would undo that."""


def refuse(reason: str, /, **fields: object) -> BundleError:
    """Return the error for a damaged or unsafe bundle, its reason after a translated lead.

    `reason` is a msgid (marked N_), said in the user's language and filled with `fields`; a
    reason already worded (an error's own message) passes through, since gettext returns an
    unknown text as it is.
    """
    lead = N_("This bundle is damaged or unsafe: {reason}")
    return BundleError(user_says(lead, reason=user_says(reason, **fields)))


def evidence_members(evidence_id: str) -> tuple[str, str]:
    """Return the member names of an evidence's original bytes and thumbnail."""
    return f"evidence/{evidence_id}/original", f"evidence/{evidence_id}/thumbnail.jpg"


def recording_member(recording_id: str) -> str:
    """Return the member name of a call recording's original bytes."""
    return f"recordings/{recording_id}/audio"


def check_name(name: str) -> None:
    """Refuse member names that could escape a folder or differ between systems."""
    if (
        "\\" in name
        or ":" in name
        or name.startswith("/")
        or "\x00" in name
        or any(part in ("", ".", "..") for part in name.split("/"))
        or not _NAME.match(name)
    ):
        raise refuse(N_("unsafe member name {name}"), name=repr(name[:80]))


class SafeZip:
    """A zip file whose every member was checked: names, kinds, sizes, ratios, and no overlap."""

    def __init__(self, path: Path):
        self.path = path
        try:
            self.size = path.stat().st_size
            self.zip = zipfile.ZipFile(path)
            infos = self.zip.infolist()
        except Exception as exc:  # zipfile raises a dozen kinds of error on hostile input
            raise refuse(
                N_("not a readable zip file ({error})"), error=type(exc).__name__
            ) from None
        try:
            self.members = self._check(infos)
        except BundleError:
            self.zip.close()
            raise

    def _check(self, infos: list[zipfile.ZipInfo]) -> dict[str, zipfile.ZipInfo]:
        if len(infos) > MAX_MEMBERS:
            raise refuse(
                N_("{count} members, more than the {limit} allowed"),
                count=len(infos),
                limit=MAX_MEMBERS,
            )
        members: dict[str, zipfile.ZipInfo] = {}
        total = 0
        for info in infos:
            check_name(info.filename)
            if info.filename in members:
                raise refuse(N_("member {name} appears twice"), name=info.filename)
            mode = info.external_attr >> 16
            if info.is_dir() or stat.S_IFMT(mode) not in (
                0,
                stat.S_IFREG,
            ):  # symlinks, devices, folders
                raise refuse(N_("member {name} is not a plain file"), name=info.filename)
            if info.flag_bits & 0x1:
                raise refuse(N_("member {name} uses zip encryption"), name=info.filename)
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise refuse(
                    N_("member {name} uses an unsupported compression"), name=info.filename
                )
            if info.file_size > MAX_MEMBER_BYTES or info.compress_size > self.size:
                raise refuse(N_("member {name} is too large"), name=info.filename)
            if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(
                1, info.compress_size
            ):
                raise refuse(N_("member {name} expands too much (a zip bomb?)"), name=info.filename)
            total += info.file_size
            if total > MAX_TOTAL_BYTES:
                raise refuse(N_("the members add up to more than the size allowed"))
            members[info.filename] = info
        self._check_layout(infos)
        return members

    def _check_layout(self, infos: list[zipfile.ZipInfo]) -> None:
        """Refuse members whose data overlap or lie outside the file (overlapping bombs)."""
        try:
            with open(self.path, "rb") as handle:
                end = 0
                for info in sorted(infos, key=lambda i: i.header_offset):
                    if info.header_offset < end:
                        raise refuse(N_("member {name} overlaps another"), name=info.filename)
                    handle.seek(info.header_offset)
                    header = handle.read(_LOCAL_HEADER.size)
                    if len(header) != _LOCAL_HEADER.size or header[:4] != b"PK\x03\x04":
                        raise refuse(N_("member {name} has no valid header"), name=info.filename)
                    fields = _LOCAL_HEADER.unpack(header)
                    end = (
                        info.header_offset
                        + _LOCAL_HEADER.size
                        + fields[10]
                        + fields[11]
                        + info.compress_size
                    )
                    if end > min(self.size, getattr(self.zip, "start_dir", self.size)):
                        raise refuse(
                            N_("member {name} runs past the end of its data"), name=info.filename
                        )
        except OSError as exc:
            raise refuse(
                N_("cannot be read ({reason})"), reason=file_reason(exc, user_translator())
            ) from None

    def names(self) -> set[str]:
        """Return the member names."""
        return set(self.members)

    def read(self, name: str, limit: int, sink: IO[bytes] | None = None) -> tuple[bytes, str]:
        """Return (bytes, sha256) of a member read in bounded chunks (no bytes with a `sink`)."""
        info = self.members.get(name)
        if info is None:
            raise refuse(N_("member {name} is missing"), name=name)
        if info.file_size > limit:
            raise refuse(N_("member {name} is larger than allowed"), name=name)
        digest = hashlib.sha256()
        parts: list[bytes] = []
        count = 0
        try:
            with self.zip.open(info) as member:
                while True:
                    chunk = member.read(CHUNK)
                    if not chunk:
                        break
                    count += len(chunk)
                    if count > info.file_size or count > limit:
                        raise refuse(N_("member {name} is larger than it declares"), name=name)
                    digest.update(chunk)
                    if sink is None:
                        parts.append(chunk)
                    else:
                        sink.write(chunk)
        except BundleError:
            raise
        except Exception as exc:  # bad CRC, bad deflate stream, truncated data...
            raise refuse(
                N_("member {name} is damaged ({error})"), name=name, error=type(exc).__name__
            ) from None
        if count != info.file_size:
            raise refuse(N_("member {name} is shorter than it declares"), name=name)
        return b"".join(parts), digest.hexdigest()

    def close(self) -> None:
        """Close the file."""
        self.zip.close()

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
