"""Text files as people save them: UTF-8, with or without its mark, or Notepad's "Unicode".

Windows Notepad offers "UTF-8", "UTF-8 with BOM" and "Unicode" (UTF-16 behind a byte-order mark);
all three are read. A file in a legacy code page (Windows-1252, Latin-1) is not guessed: any bytes
decode as one, so a wrong guess would silently change letters; the caller refuses it instead.
The one exception is the locations' CSV (auditor/programme/locations_io.py): Excel's plain CSV
is saved in the ANSI code page, so Windows-1252 is read there after UTF-8.
"""

from __future__ import annotations

import codecs


def decode_text(data: bytes, *, keep_mark: bool = False) -> str:
    """Return the text of a file's bytes; raise UnicodeDecodeError when it is not UTF-8 or UTF-16.

    UTF-16 is read only behind its byte-order mark, which the codec takes. A UTF-8 mark is kept
    with keep_mark, so that offsets index the file as given (the text check's contract), and
    dropped otherwise.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    return data.decode("utf-8" if keep_mark else "utf-8-sig")
