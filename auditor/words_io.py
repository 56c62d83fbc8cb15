"""A list of words for the spelling check's dictionary, read from a text file.

An agency keeps a client's words (its products, places, trade terms) in a plain list: one word a
line, blank lines and lines starting with "#" left out. The file is read whole or refused whole,
naming the line at fault, so a half-read list never reaches the workspace.
"""

from __future__ import annotations

import logging
from pathlib import Path

from auditor.commands import AcceptWord, Batch, word_problem
from auditor.errors import ValidationError, file_reason
from auditor.i18n import N_, translator
from auditor.textfile import decode_text

log = logging.getLogger(__name__)

MAX_BYTES = 5_000_000  # a word list of 200,000 words; anything larger is not one


def read_words(path: Path, lang: str = "en") -> list[str]:
    """Return the words of a list file, each once, in the file's order.

    Raises ValidationError naming the file (and the line) when it cannot be read, is not UTF-8
    (or UTF-16 behind its mark) text, holds a line of several words or a word the dictionary
    cannot take, or holds none.
    """
    _ = translator(lang)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ValidationError(
                _("{file}: too large for a list of words ({most} MB at most)").format(
                    file=path.name, most=MAX_BYTES // 1_000_000
                )
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            _("{file}: cannot be read ({reason})").format(
                file=path.name, reason=file_reason(exc, _)
            )
        ) from None
    try:
        text = decode_text(data)
    except UnicodeDecodeError:
        raise ValidationError(
            _("{file}: the file is not UTF-8 text; save it as UTF-8 (or Unicode)").format(
                file=path.name
            )
        ) from None
    words: dict[str, None] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        word = line.strip()
        if not word or word.startswith("#"):
            continue
        problem = word_problem(word, _)
        if problem:
            raise ValidationError(
                _("{file}, line {line}: {problem}").format(
                    file=path.name, line=number, problem=problem
                )
            )
        words.setdefault(word, None)
    if not words:
        raise ValidationError(
            _(
                "{file}: no word in it (one word a line; a line starting with # is a comment)"
            ).format(file=path.name)
        )
    log.info("%s: %d words", path.name, len(words))
    return list(words)


def new_words(words: list[str], known: list[str]) -> list[str]:
    """Return the words (stripped, each once, in order) the dictionary does not hold yet."""
    have = set(known)
    return [word for word in dict.fromkeys(w.strip() for w in words) if word not in have]


def add_words(words: list[str], label: str = N_("Import words")) -> Batch:
    """Return the one step that adds the words: one undo takes them all away again."""
    return Batch([AcceptWord(word) for word in words], label)
