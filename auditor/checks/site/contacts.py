"""Find phone numbers, e-mail addresses and the VAT number (P.IVA) written in a page's text."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

log = logging.getLogger(__name__)

# A run of digit groups with an optional international prefix: "+39 02 1234 5678", "(0521) 123456".
_PHONE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)\d{1,3}[\s.\-]?)?(?:\(\+?\d{1,4}\)[\s.\-]?)?\d{2,5}(?:[\s.\-/]?\d{2,5}){1,4}(?![\w])"
)
# Keywords that say the number after them is a phone number, or that it is not one.
_PHONE_WORDS = re.compile(
    r"\b(?:tel|telefono|telefonico|phone|cell|cellulare|mobile|chiamaci|chiama|call|"
    r"numero verde|whatsapp|ph|t)\b\.?\s*[:.]?",
    re.I,
)
_NOT_PHONE_WORDS = re.compile(
    r"\b(?:fax|p\.?\s*iva|partita iva|c\.?\s*f|codice fiscale|vat|rea|cap|iban|n\.?\s*reg|"
    r"capitale sociale|cod)\b",
    re.I,
)
_DATE_OR_TIME = re.compile(
    r"^\d{1,2}[./\-]\d{1,2}(?:[./\-]\d{2,4})?$|^\d{1,2}[.:]\d{2}(?:\s*-\s*\d{1,2}[.:]\d{2})?$"
)
# Italian shapes that need no keyword: landline 0x with a separator, mobile 3xx, toll free 800/803.
_ITALIAN_SHAPE = re.compile(
    r"^(?:0\d{1,3}[\s./\-]\d{4,8}|3\d{2}[\s.]?\d{3}[\s.]?\d{3,4}|80[03][\s.]?\d{3}[\s.]?\d{3})$"
)
_EMAIL = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.([A-Za-z]{2,24})\b"
)
_FILE_TLDS = frozenset({"png", "jpg", "jpeg", "gif", "webp", "svg", "avif", "css", "js"})
_VAT = re.compile(
    r"(?:partita\s*i\.?\s*v\.?\s*a\.?|p\.?\s*i\.?\s*v\.?\s*a\.?|vat(?:\s*(?:number|no|nr|n|id|reg))?)"
    r"[^\d\n]{0,30}?(?:IT\s?)?(\d{11})(?!\d)",
    re.I,
)


@dataclass(frozen=True)
class Match:
    """A number or address found in a text: its normalised value and where it stands."""

    value: str
    start: int
    end: int
    text: str = ""  # as written on the page


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def phone_numbers(text: str) -> list[Match]:
    """Return the phone numbers written in text (value = digits, + kept for international)."""
    found: list[Match] = []
    for m in _PHONE.finditer(text):
        raw = m.group(0).strip()
        digits = _digits(raw)
        if not 6 <= len(digits) <= 13 or _DATE_OR_TIME.match(raw):
            continue
        before = text[max(0, m.start() - 30) : m.start()]
        words = list(_PHONE_WORDS.finditer(before))
        negatives = list(_NOT_PHONE_WORDS.finditer(before))
        # The nearest keyword decides: "Tel 02 1 - Fax 02 2" keeps the first number only.
        last_yes = words[-1].end() if words else -1
        last_no = negatives[-1].end() if negatives else -1
        if last_no > last_yes:
            continue
        international = raw.startswith(("+", "00", "(+"))
        if last_yes >= 0 or international or _ITALIAN_SHAPE.match(raw):
            value = ("+" if raw.startswith(("+", "(+")) else "") + digits
            found.append(Match(value, m.start(), m.end(), raw))
    return found


def emails(text: str) -> list[Match]:
    """Return the e-mail addresses written in text (lower-cased), not file names (logo@2x.png)."""
    return [
        Match(m.group(0).lower(), m.start(), m.end(), m.group(0))
        for m in _EMAIL.finditer(text)
        if m.group(1).lower() not in _FILE_TLDS
    ]


def vat_numbers(text: str) -> list[str]:
    """Return the 11-digit numbers written after P.IVA, Partita IVA or VAT."""
    return [m.group(1) for m in _VAT.finditer(text)]


def vat_checksum_ok(number: str) -> bool:
    """Return True when an Italian VAT number's last digit is its check digit (Luhn-like)."""
    if len(number) != 11 or not number.isdigit():
        return False
    total = 0
    for i, char in enumerate(number[:10]):
        digit = int(char)
        if i % 2:  # every second digit is doubled, 9 taken off when over 9
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return (10 - total % 10) % 10 == int(number[10])
