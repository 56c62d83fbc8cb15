"""Turn text typed by users into safe platypus markup, in pieces small enough to flow across pages."""

from __future__ import annotations

import logging
import re
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth

from auditor.plaintext import clean, clip
from auditor.report.fonts import SANS, runs

__all__ = ["chunks", "clean", "clip", "clip_to_width", "fits_cell", "markup"]

log = logging.getLogger(__name__)

CHUNK = 1500  # characters per Paragraph: a long note flows across pages instead of one huge block


def markup(text: str | None) -> str:
    """Return user text as platypus markup: escaped, line breaks kept, each character in a font that has it."""
    parts = []
    for face, run in runs(clean(text)):
        escaped = escape(run).replace("\n", "<br/>")
        parts.append(escaped if face is None else f'<font face="{face}">{escaped}</font>')
    return "".join(parts)


def clip_to_width(text: str | None, width: float, size: float, font: str = SANS) -> str:
    """Return the text clipped (with an ellipsis) so that it fits on one line `width` points wide."""
    shown = clip(text, 300)
    limit = len(shown)
    while limit > 1 and stringWidth(shown, font, size) > width:
        limit = max(1, min(limit - 1, int(limit * width / stringWidth(shown, font, size))))
        shown = clip(text, limit)
    return shown


def fits_cell(text: str | None, chars: int, lines: int) -> bool:
    """Return True when user text is short enough, in characters and in lines, for a table cell."""
    # A table row cannot split across pages: a short text of many line breaks is as tall as a long one.
    text = clean(text)
    return len(text) <= chars and text.count("\n") < lines


def chunks(text: str | None, size: int = CHUNK) -> list[str]:
    """Return the text as paragraphs (at blank lines), each cut at spaces into pieces of about `size`."""
    pieces: list[str] = []
    for block in re.split(r"\n\s*\n", clean(text)):
        block = block.strip("\n")
        while len(block) > size:
            cut = block.rfind(" ", size // 2, size)
            if cut < 0:
                cut = block.find(" ", size)
                if cut < 0:
                    break
            pieces.append(block[:cut])
            block = block[cut + 1 :]
        if block.strip():
            pieces.append(block)
    return pieces
