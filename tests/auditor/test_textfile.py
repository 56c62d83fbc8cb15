"""Text files as people save them (auditor.textfile): every form Notepad offers, nothing guessed."""

from __future__ import annotations

import pytest

from auditor.textfile import decode_text

TEXT = "Perché la qualità è importante."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16-le", "utf-16-be"])
def test_utf8_and_utf16_behind_its_mark_are_read(encoding: str) -> None:
    data = TEXT.encode("utf-8" if encoding == "utf-8" else "utf-16")
    if encoding == "utf-16-be":
        data = "\ufeff".encode("utf-16-be") + TEXT.encode("utf-16-be")
    assert decode_text(data) == TEXT


def test_a_utf8_mark_is_kept_only_when_asked() -> None:
    data = ("\ufeff" + TEXT).encode()
    assert decode_text(data) == TEXT
    assert decode_text(data, keep_mark=True) == "\ufeff" + TEXT


@pytest.mark.parametrize(
    "data",
    [TEXT.encode("cp1252"), TEXT.encode("utf-16-le"), b"\xff\xfe\x00"],
    ids=["windows-1252", "utf-16 without its mark", "a truncated utf-16"],
)
def test_anything_else_is_refused_not_guessed(data: bytes) -> None:
    with pytest.raises(UnicodeDecodeError):
        decode_text(data)
