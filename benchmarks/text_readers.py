"""Readers of help pages for the spelling measurements: Mallard (GNOME) and DocBook (MATE).

Each returns a page's paragraphs of prose, leaving out what is not prose written for readers
(keys, commands, file names, code, options, screens, legal notices).
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree

_MALLARD = "{http://projectmallard.org/1.0/}"

# Mallard inline elements that hold code, commands, files, keys or typed input, not prose.
_MALLARD_SKIP = frozenset(
    _MALLARD + t
    for t in [
        "code",
        "cmd",
        "sys",
        "file",
        "input",
        "output",
        "screen",
        "var",
        "key",
        "keyseq",
        "media",
        "info",
        "synopsis",
    ]
)

_MALLARD_BLOCKS = frozenset(_MALLARD + t for t in ("p", "title", "td", "th"))

_DOCBOOK_SKIP = frozenset(
    [
        "keycap",
        "keycombo",
        "shortcut",
        "command",
        "filename",
        "userinput",
        "computeroutput",
        "option",
        "parameter",
        "replaceable",
        "literal",
        "programlisting",
        "screen",
        "synopsis",
        "cmdsynopsis",
        "code",
        "info",
    ]
)

_DOCBOOK_BLOCKS = frozenset(["para", "title", "entry", "term", "simpara"])


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _docbook_text(node: ElementTree.Element) -> str:
    parts = [node.text or ""]
    for child in node:
        inner = _local(child.tag) not in _DOCBOOK_SKIP | _DOCBOOK_BLOCKS
        parts += [_docbook_text(child) if inner else " ", child.tail or ""]
    return "".join(parts)


def docbook_paragraphs(path: Path) -> list[str]:
    """Return the prose paragraphs of a DocBook file (entities blanked, code and keys left out)."""
    try:
        raw = path.read_text("utf-8", errors="replace")
        raw = re.sub(r"<!DOCTYPE[^\[>]*(\[.*?\])?\s*>", "", raw, flags=re.S)
        raw = re.sub(r"&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)[\w.-]+;", " ", raw)
        root = ElementTree.fromstring(raw)
    except (ElementTree.ParseError, OSError):
        return []
    out = []

    def walk(node: ElementTree.Element) -> None:
        if _local(node.tag) in _DOCBOOK_SKIP:
            return
        if _local(node.tag) in _DOCBOOK_BLOCKS:
            text = re.sub(r"\s+", " ", _docbook_text(node)).strip()
            if text:
                out.append(text)
        for child in node:
            walk(child)

    walk(root)
    return out


def _mallard_text(node: ElementTree.Element) -> str:
    parts = [node.text or ""]
    for child in node:
        if child.tag not in _MALLARD_SKIP and child.tag not in _MALLARD_BLOCKS:
            parts.append(_mallard_text(child))
        else:
            parts.append(" ")
        parts.append(child.tail or "")
    return "".join(parts)


def mallard_paragraphs(path: Path) -> list[str]:
    """Return the prose paragraphs of a Mallard help page (code, keys, credits left out)."""
    try:
        tree = ElementTree.parse(path)
    except (ElementTree.ParseError, OSError):
        return []
    out = []

    def walk(node: ElementTree.Element) -> None:
        if node.tag in _MALLARD_SKIP:
            return
        if node.tag in _MALLARD_BLOCKS:
            text = re.sub(r"\s+", " ", _mallard_text(node)).strip()
            if text:
                out.append(text)
        for child in node:
            walk(child)

    walk(tree.getroot())
    return out
