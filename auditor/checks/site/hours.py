"""Find opening hours on a page: Italian or English wording, or schema.org openingHours."""

from __future__ import annotations

import logging
import re

from selectolax.lexbor import LexborHTMLParser

log = logging.getLogger(__name__)

EXCERPT_CHARS = 80
_DAY = (
    r"luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|"
    r"lun|mar|mer|gio|ven|sab|dom|feriali|festivi|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|weekdays|weekends?"
)
_TIME = r"(?:[01]?\d|2[0-4])(?:[.:h][0-5]\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?"
# A range of hours, not of days: "10-20 marzo" is a sale, not a shop's hours.
_MONTH = r"gen|feb|mar|apr|mag|giu|lug|ago|set|ott|nov|dic|jan|may|jun|jul|aug|sep|oct|dec"
_RANGE = (
    rf"{_TIME}\s*(?:-|\u2013|\u2014|to|a|alle|fino alle|until|till)\s*{_TIME}"
    rf"(?!\s*(?:{_MONTH})[a-z]*\b)"
)
# A day or an hours word shortly before a range of hours: "lun-ven 9-18", "Mon-Fri 9am-6pm",
# "dal lunedì al venerdì dalle 9:00 alle 18:00", "Orari di apertura: 9.00 - 18.00". The ranges
# are found first (they start with a digit, which is quick to scan for), then the words before.
_RANGE_ONLY = re.compile(rf"(?<![\d.:,])(?:{_RANGE})(?!\d)", re.I)
_BEFORE = re.compile(
    rf"(?<![\w])(?:{_DAY}|orari|orario|opening hours|open hours|business hours|office hours|"
    r"hours|aperti|aperto|apertura|we are open|open)\.?(?![\w])",
    re.I,
)
_WINDOW = 40
_ALWAYS_OPEN = re.compile(
    r"24\s*ore\s*su\s*24|\bh\s?24\b|24/7|aperti\s+sempre|sempre\s+aperti|open\s+24\s*hours|"
    r"open\s+around\s+the\s+clock",
    re.I,
)


def _excerpt(text: str, start: int, end: int) -> str:
    words = " ".join(text[start:end].split())
    return words if len(words) <= EXCERPT_CHARS else words[: EXCERPT_CHARS - 1] + "\u2026"


def opening_hours_in_text(text: str) -> str | None:
    """Return the opening hours written in a text (an excerpt), or None."""
    for match in _RANGE_ONLY.finditer(text):
        window = text[max(0, match.start() - _WINDOW) : match.start()]
        words = list(_BEFORE.finditer(window))
        if words:
            start = match.start() - len(window) + words[0].start()
            return _excerpt(text, start, match.end())
    always = _ALWAYS_OPEN.search(text) if "24" in text else None
    return _excerpt(text, always.start(), always.end()) if always else None


def opening_hours_in_schema(tree: LexborHTMLParser) -> str | None:
    """Return the schema.org opening hours of a page (microdata or JSON-LD), or None."""
    node = tree.css_first("[itemprop=openingHours], [itemprop=openingHoursSpecification]")
    if node is not None:
        value = node.attributes.get("content") or node.text(separator=" ", strip=True)
        return _excerpt(value or "openingHours", 0, len(value or "openingHours"))
    for script in tree.css('script[type="application/ld+json"]'):
        code = script.text() or ""
        match = re.search(r'"openingHours(?:Specification)?"\s*:\s*("[^"]*"|\[[^\]]*\]?)', code)
        if match:
            return _excerpt(match.group(1).strip('"[]'), 0, len(match.group(1)))
    return None
