"""Password protection of a bundle: scrypt-derived key, AES-256-GCM in authenticated 1 MiB chunks.

File layout: MAGIC | scrypt log2(n), r, p | salt(16) | nonce prefix(7) | chunk size (u32 BE) |
verifier(16) | chunks. Each chunk is sealed with nonce = prefix + chunk number (u32 BE) + last flag,
and the header as associated data, so reordered, dropped or truncated chunks are all detected.
The verifier (an empty message sealed with the key) tells a wrong password from a damaged file.
"""

from __future__ import annotations

import logging
import os
import struct
from pathlib import Path
from typing import IO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from auditor.bundle.format import BundleError, refuse
from auditor.i18n import N_, user_says

log = logging.getLogger(__name__)

MAGIC = b"AUDKENC1"
_PARAMS = struct.Struct(">8s3B16s7sL")
HEADER_SIZE = _PARAMS.size + 16
CHUNK = 1024 * 1024
TAG = 16
N_LOG2, R, P = 15, 8, 1  # about 0.1 s and 32 MiB to derive: cheap for one import, costly to guess
_VERIFIER_NONCE = b"\xff" * 4 + b"\x02"


def _key(password: str, salt: bytes, n_log2: int, r: int, p: int) -> bytes:
    if not password:
        raise BundleError(user_says(N_("The password cannot be empty.")))
    return Scrypt(salt=salt, length=32, n=2**n_log2, r=r, p=p).derive(password.encode("utf-8"))


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + struct.pack(">L", index) + (b"\x01" if last else b"\x00")


def is_encrypted(path: Path) -> bool:
    """Return True when the file starts like an encrypted bundle."""
    with open(path, "rb") as handle:
        return handle.read(len(MAGIC)) == MAGIC


def encrypt(source: IO[bytes], target: IO[bytes], password: str) -> None:
    """Write `source` sealed with a key derived from `password` to `target`."""
    salt, prefix = os.urandom(16), os.urandom(7)
    params = _PARAMS.pack(MAGIC, N_LOG2, R, P, salt, prefix, CHUNK)
    aead = AESGCM(_key(password, salt, N_LOG2, R, P))
    target.write(params + aead.encrypt(prefix + _VERIFIER_NONCE, b"", params))
    index = 0
    chunk = source.read(CHUNK)
    while True:
        following = source.read(CHUNK) if len(chunk) == CHUNK else b""
        last = not following
        target.write(aead.encrypt(_nonce(prefix, index, last), chunk, params))
        if last:
            return
        chunk, index = following, index + 1


def decrypt(source: IO[bytes], target: IO[bytes], password: str) -> None:
    """Write the plain bytes of an encrypted bundle to `target`, or raise BundleError."""
    header = source.read(HEADER_SIZE)
    if len(header) != HEADER_SIZE:
        raise refuse(N_("the encrypted header is truncated"))
    magic, n_log2, r, p, salt, prefix, chunk_size = _PARAMS.unpack(header[: _PARAMS.size])
    # Bounded so that a hostile header cannot make the key derivation eat the machine.
    if (
        magic != MAGIC
        or not (10 <= n_log2 <= 20 and 1 <= r <= 16 and 1 <= p <= 4)
        or chunk_size != CHUNK
    ):
        raise refuse(N_("unsupported encryption parameters"))
    params = header[: _PARAMS.size]
    aead = AESGCM(_key(password, salt, n_log2, r, p))
    try:
        aead.decrypt(prefix + _VERIFIER_NONCE, header[_PARAMS.size :], params)
    except InvalidTag:
        raise BundleError(user_says(N_("Wrong password for this bundle."))) from None
    index = 0
    sealed = source.read(CHUNK + TAG)
    while True:
        following = source.read(CHUNK + TAG) if len(sealed) == CHUNK + TAG else b""
        last = not following
        try:
            target.write(aead.decrypt(_nonce(prefix, index, last), sealed, params))
        except InvalidTag:
            raise refuse(N_("the encrypted data was changed or truncated")) from None
        if last:
            return
        sealed, index = following, index + 1
