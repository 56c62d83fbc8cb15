"""Text typed by users, made safe to show on one line: no control characters, folded, clipped."""

from __future__ import annotations

import logging
import re

log = logging.getLogger(__name__)

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def clean(text: str | None) -> str:
    """Return the text with line ends unified and control characters (never printable) removed."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL.sub("", text)


def clip(text: str | None, limit: int = 160) -> str:
    """Return the text on one line, cut to `limit` characters with an ellipsis."""
    text = " ".join(clean(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
