"""What tomllib found wrong in a checklist's TOML, said in the user's language.

tomllib words its errors in English for programmers ("Cannot mutate immutable namespace
('items',)"); an agency editing a checklist in Italian got them so, after an Italian lead. Its
messages are a closed set (Python 3.11's tomllib/_parser.py), so each is matched here and said
in plain words; one this table does not know (a later Python's) is kept as tomllib wrote it.
"""

from __future__ import annotations

import ast
import re

from auditor.i18n import N_, Translate

# tomllib's message (a regular expression over the whole of it, its variable part in a named
# group) -> what to say; the first match wins, so specific "Expected ..." forms come first.
_REASONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), msgid)
    for pattern, msgid in (
        (r"Cannot overwrite a value", N_("a key is given a value twice")),
        (
            r"Cannot mutate immutable namespace (?P<key>.+)",
            N_("{key} was written whole on one line and cannot be added to later"),
        ),
        (r"Cannot redefine namespace (?P<key>.+)", N_("{key} is declared twice")),
        (r"Cannot declare (?P<key>.+) twice", N_("{key} is declared twice")),
        (r"Duplicate inline table key (?P<key>.+)", N_("{key} appears twice on one line")),
        (r"Unescaped '\\' in a string", N_("a backslash in text must be written twice")),
        # a line break inside quotes: the quote left open, not a character to explain
        (r"(?:Illegal|Found invalid) character '\\n'", N_("a text in quotes is not closed")),
        (r"(?:Illegal|Found invalid) character (?P<char>.+)", N_("{char} is not allowed here")),
        (
            r"Expected newline or end of document after a statement",
            N_("something follows a value on its line"),
        ),
        (
            r"Expected ']]' at the end of an array declaration",
            N_("a [[heading]] is not closed with ]]"),
        ),
        (
            r"Expected ']' at the end of a table declaration",
            N_("a [heading] is not closed with ]"),
        ),
        (r"Expected '=' after a key in a key/value pair", N_("a key has no = after it")),
        (r"Expected (?P<char>.+)", N_("{char} was expected here")),
        (r"Unterminated string", N_("a text in quotes is not closed")),
        (r"Unclosed inline table", N_("a table written on one line is not closed")),
        (r"Unclosed array", N_("a list is not closed with ]")),
        (r"Invalid value", N_("a value is not valid (text goes in quotes)")),
        (
            r"Invalid statement",
            N_("a line is neither key = value nor a [heading]"),
        ),
        (
            r"Invalid initial character for a key part",
            N_("a key begins with a character keys cannot hold"),
        ),
        (r"Invalid hex value", N_("an escape sequence holds an invalid hexadecimal number")),
        (r"Invalid date or datetime", N_("a date or time is not valid")),
        (
            r"Escaped character is not a Unicode scalar value",
            N_("an escape sequence names no character"),
        ),
    )
)


def _key(written: str) -> str:
    """Return a key as a checklist writes it: ('items', 'weight') -> items.weight."""
    try:
        parts = ast.literal_eval(written)
    except (ValueError, SyntaxError):
        return written
    if isinstance(parts, tuple) and all(isinstance(p, str) for p in parts):
        return ".".join(parts)
    # a tab or another invisible character stays as Python writes it: '\t'
    return parts if isinstance(parts, str) and parts.isprintable() else written


def toml_reason(message: str, _: Translate) -> str:
    """Return tomllib's `message` (its position already taken off) in the user's words."""
    for pattern, msgid in _REASONS:
        match = pattern.fullmatch(message)
        if match:
            # every named part is a key or a character, said as the checklist writes it, quoted
            fields = {name: f"\u201c{_key(part)}\u201d" for name, part in match.groupdict().items()}
            return _(msgid).format(**fields)
    return message
