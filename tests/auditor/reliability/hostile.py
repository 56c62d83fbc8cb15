"""Build hostile and broken bundles from one valid bundle: each must be refused whole."""

from __future__ import annotations

import hashlib
import io
import json
import os
import stat
import struct
import zipfile
from collections.abc import Callable
from typing import Any

from auditor.bundle.format import AUDIT, MANIFEST
from tests.auditor.imagefactory import bomb_png, photo_jpeg

Doc = dict[str, Any]


def members(valid: bytes) -> dict[str, bytes]:
    """Return the members of a bundle by name."""
    with zipfile.ZipFile(io.BytesIO(valid)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _info(name: str, kind: int = stat.S_IFREG, deflate: bool = False) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo.__new__(zipfile.ZipInfo)
    zipfile.ZipInfo.__init__(info, "x")
    info.filename = name  # set directly: ZipInfo would normalise hostile names
    info.orig_filename = name
    info.external_attr = (kind | 0o644) << 16
    info.compress_type = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
    return info


def build(
    files: dict[str, bytes],
    *,
    manifest: Callable[[Doc], None] | None = None,
    fix: bool = True,
    kinds: dict[str, int] | None = None,
) -> bytes:
    """Return a zip of `files`, the manifest recomputed (then changed by `manifest`) if `fix`."""
    files = dict(files)
    if fix:
        doc = json.loads(files[MANIFEST])
        doc["members"] = [
            {"name": n, "size": len(d), "sha256": hashlib.sha256(d).hexdigest()}
            for n, d in files.items()
            if n != MANIFEST
        ]
        if manifest:
            manifest(doc)
        files[MANIFEST] = json.dumps(doc).encode() if not isinstance(doc, bytes) else doc
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in files.items():
            archive.writestr(
                _info(name, (kinds or {}).get(name, stat.S_IFREG), name.endswith(".json")), data
            )
    return out.getvalue()


def with_doc(valid: bytes, change: Callable[[Doc], None]) -> bytes:
    """Return the bundle with audit.json changed (checksums recomputed: only content is wrong)."""
    files = members(valid)
    doc = json.loads(files[AUDIT])
    change(doc)
    files[AUDIT] = json.dumps(doc, ensure_ascii=False).encode("utf-8", "surrogatepass")
    return build(files)


def _original(files: dict[str, bytes]) -> str:
    return next(n for n in files if n.endswith("/original"))


def with_image(valid: bytes, data: bytes) -> bytes:
    """Return the bundle with its first original image replaced (checksums recomputed)."""
    files = members(valid)
    files[_original(files)] = data
    return build(files)


def _zeros(files: dict[str, bytes], size: int) -> bytes:
    """Return the bundle with audit.json replaced by `size` zero bytes, deflated (about 1000:1)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in files.items():
            if name != AUDIT:
                archive.writestr(_info(name), data)
        with archive.open(_info(AUDIT, deflate=True), "w", force_zip64=True) as member:
            block = bytes(1024 * 1024)
            for _ in range(size // len(block)):
                member.write(block)
    return out.getvalue()


def _lying_size(valid: bytes) -> bytes:
    """Shrink the declared size of audit.json in both headers: it inflates past it."""
    data = bytearray(valid)
    with zipfile.ZipFile(io.BytesIO(valid)) as archive:
        info = archive.getinfo(AUDIT)
    real = struct.pack("<L", info.file_size)
    fake = struct.pack("<L", 10)
    local = data.find(real, info.header_offset, info.header_offset + 30)
    data[local : local + 4] = fake
    central = data.find(real, len(data) - 4096 if len(data) > 4096 else 0)
    while central != -1:
        data[central : central + 4] = fake
        central = data.find(real, central + 4)
    return bytes(data)


def _overlap(valid: bytes) -> bytes:
    """Point a second central-directory entry at the first member's data (overlapping bomb)."""
    files = members(valid)
    first, second = sorted(files)[:2]
    built = bytearray(build(files))
    with zipfile.ZipFile(io.BytesIO(bytes(built))) as archive:
        a, b = archive.getinfo(first), archive.getinfo(second)
    entry = built.find(b"PK\x01\x02", len(built) - 22 - 46 * len(files) - 4096)
    while entry != -1:
        name_len = struct.unpack("<H", built[entry + 28 : entry + 30])[0]
        if built[entry + 46 : entry + 46 + name_len] == second.encode():
            built[entry + 42 : entry + 46] = struct.pack("<L", a.header_offset)
            return bytes(built)
        entry = built.find(b"PK\x01\x02", entry + 4)
    raise AssertionError(f"no central entry for {second} (offset {b.header_offset})")


def corpus(valid: bytes) -> dict[str, bytes]:
    """Return hostile bundles by the name of what is wrong with them."""
    files = members(valid)
    original = _original(files)

    def bad_doc(change: Callable[[Doc], None]) -> bytes:
        return with_doc(valid, change)

    def setter(section: str, key: str, value: Any, index: int = 0) -> Callable[[Doc], None]:
        def change(doc: Doc) -> None:
            target = doc[section] if isinstance(doc[section], dict) else doc[section][index]
            target[key] = value

        return change

    def renamed(new: str) -> bytes:
        return build({(new if n == original else n): d for n, d in files.items()})

    cases = {
        "not a zip": os.urandom(4096),
        "empty file": b"",
        "truncated zip": valid[: len(valid) // 2],
        "zip-slip dot-dot": build({**files, "../../evil.txt": b"owned"}),
        "zip-slip absolute": build({**files, "/tmp/evil.txt": b"owned"}),
        "zip-slip drive letter": build({**files, "C:/evil.txt": b"owned"}),
        "zip-slip backslash": build({**files, "evidence\\..\\..\\evil.txt": b"owned"}),
        "symlink member": build(
            {**files, "evidence/link": b"/etc/passwd"}, kinds={"evidence/link": stat.S_IFLNK}
        ),
        "renamed original": renamed(original.replace("original", "orig")),
        "extra member": build({**files, "notes.txt": b"hello"}),
        "member missing from the manifest": build(
            {**files, "notes.txt": b"hi"}, manifest=lambda m: m["members"].pop()
        ),
        "duplicate member names": build(
            {**files}, manifest=lambda m: m["members"].append(dict(m["members"][0]))
        ),
        "bad checksum": build(files, manifest=lambda m: m["members"][0].update(sha256="0" * 64)),
        "bad crc": _flip_stored(valid, original),
        "lying size": _lying_size(valid),
        "overlapping members": _overlap(valid),
        "zip bomb (huge member)": _zeros(files, 200 * 1024 * 1024),
        "zip bomb (ratio)": _zeros(files, 40 * 1024 * 1024),
        "too many members": build({**files, **{f"e/{n}": b"" for n in range(20_001)}}),
        "manifest version as text": build(files, manifest=lambda m: m.update(format_version="1")),
        "manifest from the future": build(files, manifest=lambda m: m.update(format_version=99)),
        "manifest NaN size": build(
            files, manifest=lambda m: m["members"][0].update(size=float("nan"))
        ),
        "manifest huge size": build(files, manifest=lambda m: m["members"][0].update(size=2**64)),
        "manifest not JSON": build({**files, MANIFEST: b"{not json"}, fix=False),
        "visit position 2^70": bad_doc(setter("visits", "position", 2**70)),
        "visit weight NaN": bad_doc(lambda d: d["visits"][0].update(weight=float("nan"))),
        "visit weight infinite": bad_doc(lambda d: d["visits"][0].update(weight=1e999)),
        "nps out of range": bad_doc(setter("visits", "nps", 11)),
        "status not in the enum": bad_doc(setter("audit", "status", "hacked")),
        "answer value NaN": bad_doc(setter("answers", "value", "NaN")),
        "answer value huge int": bad_doc(setter("answers", "value", str(2**64))),
        "string too long": bad_doc(setter("findings", "description", "x" * 300_000)),
        "lone surrogate": bad_doc(setter("findings", "title", "\ud800")),
        "unknown key": bad_doc(setter("audit", "owner", "me")),
        "missing key": bad_doc(lambda d: d["audit"].pop("title")),
        "bool for an int": bad_doc(setter("visits", "position", True)),
        "id with a slash": bad_doc(setter("evidence", "id", "../../x")),
        "dangling visit": bad_doc(setter("answers", "visit_id", "no-such-visit")),
        "foreign audit rows": bad_doc(setter("findings", "audit_id", "another-audit")),
        "malformed checklist": bad_doc(setter("templates", "source", "schema = 1\nid = [unclosed")),
        "invalid checklist": bad_doc(
            setter("templates", "source", 'schema = 1\nid = "mini"\nversion = "1.0.0"\n')
        ),
        "truncated image": with_image(valid, files[original][: len(files[original]) // 2]),
        "not an image": with_image(valid, b"MZ\x90\x00 this is a program, not a photo" * 100),
        "image bomb": with_image(valid, bomb_png()),
        "gif image": with_image(valid, _gif()),
        "image swapped for another": with_image(valid, photo_jpeg(seed=99)),
    }
    return cases


def _flip_stored(valid: bytes, name: str) -> bytes:
    data = bytearray(valid)
    with zipfile.ZipFile(io.BytesIO(valid)) as archive:
        info = archive.getinfo(name)
    start = info.header_offset + 30 + len(name.encode()) + len(info.extra) + 200
    data[start] ^= 0xFF
    return bytes(data)


def _gif() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (64, 64), "red").save(out, "GIF")
    return out.getvalue()
