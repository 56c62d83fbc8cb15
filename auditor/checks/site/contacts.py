"""Find phone numbers (phonenumbers), e-mail addresses and company numbers (python-stdnum) in text.

Phone numbers are found and validated with Google's libphonenumber rules (the `phonenumbers`
port): "chiamaci allo 06 1234 5678", "+39 02 1234 5678" and "(0521) 123456" are all numbers,
whatever the spacing, while prices, dates, postcodes and opening hours are not. VAT numbers and
tax codes are validated with python-stdnum: the Italian P.IVA (office code and check digit), the
codice fiscale, and any EU VAT number written with its country prefix (DE136695976, FR40303265045).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from urllib.parse import unquote

import phonenumbers
from phonenumbers import Leniency, PhoneNumberFormat, PhoneNumberMatcher
from stdnum import luhn
from stdnum.eu import vat as eu_vat
from stdnum.exceptions import InvalidChecksum, ValidationError
from stdnum.it import codicefiscale, iva

log = logging.getLogger(__name__)

DEFAULT_REGIONS = ("IT",)  # an Italian desk: national numbers are read as Italian first
# Keywords that say the number after them is not a phone number (nearest keyword decides).
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
# libphonenumber accepts "09.00-18.00" as an Italian number: times and dates are left out here.
_DATE_OR_TIME = re.compile(
    r"^\d{1,2}[./\-]\d{1,2}(?:[./\-]\d{2,4})?$"
    r"|^\d{1,2}[.:]\d{2}(?:\s*[-\u2013]\s*\d{1,2}[.:]\d{2})?$"
)
# Six digits close together: a block without them holds no phone number (skips the slow matcher).
_MAYBE_PHONE = re.compile(r"\d(?:[^\d\n]{0,3}\d){5}")
_EMAIL = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.([A-Za-z]{2,24})\b"
)
_FILE_TLDS = frozenset({"png", "jpg", "jpeg", "gif", "webp", "svg", "avif", "css", "js"})
# An Italian label, then an 11-digit P.IVA (or company codice fiscale), IT prefix optional.
# The number is found first and the label looked for just before it: scanning a long page for
# the label's many spellings at every position took milliseconds.
_ELEVEN = re.compile(r"(?<!\d)(\d{11})(?!\d)")
_VAT_LABEL = re.compile(
    r"(?:partita\s*i\.?\s*v\.?\s*a\.?|p\.?\s*i\.?\s*v\.?\s*a\.?|vat(?:\s*(?:number|no|nr|n|id|reg))?"
    r"|c\.\s?f\.|codice\s+fiscale|cod\.\s*fisc\.)"
    r"[^\d\n]{0,30}?(?:IT\s?)?$",
    re.I,
)
_LABEL_WINDOW = 50
# A personal codice fiscale (sole traders): 16 characters, omocodia letters allowed.
_TAX_CODE = re.compile(
    r"\b([A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z])\b"
)
# An EU VAT number written with its country prefix (Greece is EL, Northern Ireland XI).
_EU_VAT = re.compile(
    r"(?<![A-Za-z0-9])([A-Z]{2})[ \-]?([0-9A-Z](?:[0-9A-Z]|[ .\-](?=[0-9A-Z])){7,15})"
)
_EU_CODES = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "CY",
        "CZ",
        "DE",
        "DK",
        "EE",
        "EL",
        "ES",
        "FI",
        "FR",
        "HR",
        "HU",
        "IE",
        "IT",
        "LT",
        "LU",
        "LV",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SE",
        "SI",
        "SK",
        "XI",
    ]
)
_NEXT_WORD = re.compile(r"[ .\-](?=[A-Z]{2,}\b)")  # "FR4030 REA PR-12": the number ends at REA
# Labels that say the prefixed number after them is a VAT number (so a wrong one is reported).
_EU_LABEL = re.compile(
    r"(?:vat|iva|p\.?\s*iva|ust-?id(?:nr)?|umsatzsteuer|tva|btw|nif|cif|moms|dic|dph|"
    r"afm|ddv|pvm|pvn|k[mö]s|alv|nipc|nip)\W{0,12}$",
    re.I,
)


@dataclass(frozen=True)
class Match:
    """A number or address found in a text: its normalised value and where it stands."""

    value: str
    start: int
    end: int
    text: str = ""  # as written on the page
    key: str = ""  # phones: the national significant number, to compare with tel: links
    e164: str = ""  # phones: +<country><number>, as a tel: link should say


@dataclass(frozen=True)
class CompanyId:
    """A VAT number or tax code written on a page, and what python-stdnum says of it."""

    value: str  # Italian numbers bare (01234560348), other EU numbers with their prefix
    kind: str  # "vat" | "tax_code"
    valid: bool
    problem: str = ""  # "" | "checksum" | "format"


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def regions_for(lang: str, host: str = "") -> tuple[str, ...]:
    """Return the regions national numbers are read in: Italy, then the page's own country."""
    regions = list(DEFAULT_REGIONS)
    _, _, country = lang.partition("-")
    if not country and host.rsplit(".", 1)[-1].isalpha():
        country = host.rsplit(".", 1)[-1]
    country = {"uk": "GB"}.get(country.lower(), country.upper())
    if len(country) == 2 and country not in regions:
        regions.append(country)
    return tuple(regions)


def _not_a_phone(text: str, start: int, raw: str) -> bool:
    if _DATE_OR_TIME.match(raw) or not 6 <= len(_digits(raw)) <= 15:
        return True
    before = text[max(0, start - 30) : start]
    words = list(_PHONE_WORDS.finditer(before))
    negatives = list(_NOT_PHONE_WORDS.finditer(before))
    # The nearest keyword decides: "Tel 02 1 - Fax 02 2" keeps the first number only.
    last_yes = words[-1].end() if words else -1
    last_no = negatives[-1].end() if negatives else -1
    return last_no > last_yes


def phone_numbers(text: str, regions: tuple[str, ...] = DEFAULT_REGIONS) -> list[Match]:
    """Return the valid phone numbers written in text (value = digits, + kept for international).

    National numbers are read in each region in turn (Italy first); a span found once is kept.
    """
    if not _MAYBE_PHONE.search(text):
        return []
    found: list[Match] = []
    for region in regions:
        for m in PhoneNumberMatcher(text, region, leniency=Leniency.VALID):
            if any(m.start < f.end and f.start < m.end for f in found):
                continue
            raw = m.raw_string.strip()
            if _not_a_phone(text, m.start, raw):
                continue
            value = ("+" if raw.startswith(("+", "(+")) else "") + _digits(raw)
            found.append(
                Match(
                    value,
                    m.start,
                    m.end,
                    raw,
                    key=phonenumbers.national_significant_number(m.number),
                    e164=phonenumbers.format_number(m.number, PhoneNumberFormat.E164),
                )
            )
    return sorted(found, key=lambda f: f.start)


def tel_key(href: str, regions: tuple[str, ...] = DEFAULT_REGIONS) -> str:
    """Return the national significant number a tel: link dials ("" when it has no digits).

    "tel:+39-02-1234-5678", "tel:0212345678" and "tel:0039 02 1234 5678" give the same key,
    which is how a written number and its link are matched.
    """
    number = unquote(href).split(":", 1)[-1].split(";")[0].strip()
    for region in regions:
        try:
            parsed = phonenumbers.parse(number, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_possible_number(parsed):
            return phonenumbers.national_significant_number(parsed)
    return _digits(number)


def emails(text: str) -> list[Match]:
    """Return the e-mail addresses written in text (lower-cased), not file names (logo@2x.png)."""
    return [
        Match(m.group(0).lower(), m.start(), m.end(), m.group(0))
        for m in _EMAIL.finditer(text)
        if m.group(1).lower() not in _FILE_TLDS
    ]


def _judge_vat(number: str) -> CompanyId:
    italian = not number[:2].isalpha()
    if italian and len(number) == 11 and number.isdigit() and not luhn.is_valid(number):
        return CompanyId(number, "vat", False, "checksum")  # a mistyped digit, whatever the office
    try:
        if italian:
            value = iva.validate(number)
        else:
            value = eu_vat.validate(number)
            value = value[2:] if value.startswith("IT") else value
        return CompanyId(value, "vat", True)
    except InvalidChecksum:
        return CompanyId(number, "vat", False, "checksum")
    except ValidationError:
        return CompanyId(number, "vat", False, "format")


def _eu_candidates(text: str) -> list[tuple[int, int, str, bool]]:
    """Return (start, end, compact number, labelled) for prefixed EU VAT numbers in text."""
    found = []
    position = 0
    while (m := _EU_VAT.search(text, position)) is not None:
        # "VAT DE136695976": "VA" is no country, but "DE" three letters on is: search on from
        # the next character, not after the whole match.
        position = m.start() + 1
        if m.group(1) not in _EU_CODES or sum(c.isdigit() for c in m.group(2)) < 6:
            continue
        position = m.end()
        labelled = bool(_EU_LABEL.search(text[max(0, m.start() - 40) : m.start()]))
        body = m.group(2)
        # The pattern may run into the next word ("DE136695976 REA"): shorten to a valid number.
        cut = [i for i, c in enumerate(body) if c in " .-"] + [len(body)]
        chosen = None
        for end in sorted(cut, reverse=True):
            candidate = eu_vat.compact(m.group(1) + body[:end])
            if eu_vat.is_valid(candidate):
                chosen = (m.start(), m.start(2) + end, candidate)
                break
        if chosen is None and labelled:
            written = _NEXT_WORD.split(body)[0]
            chosen = (m.start(), m.start(2) + len(written), eu_vat.compact(m.group(1) + written))
        if chosen is not None:
            found.append((*chosen, labelled))
    return found


def company_ids(text: str) -> list[CompanyId]:
    """Return the VAT numbers and tax codes written in text, each judged by python-stdnum.

    Counted: an 11-digit number after P.IVA / Partita IVA / VAT / C.F.; an EU VAT number with its
    country prefix that validates (or that follows a VAT label, so a mistyped one is reported);
    a 16-character personal codice fiscale.
    """
    found: list[CompanyId] = []
    spans: list[tuple[int, int]] = []
    for m in _ELEVEN.finditer(text):
        if _VAT_LABEL.search(text[max(0, m.start() - _LABEL_WINDOW) : m.start()]):
            spans.append(m.span(1))
            found.append(_judge_vat(m.group(1)))
    for start, end, number, _labelled in _eu_candidates(text):
        if any(start <= s < end or s <= start < e for s, e in spans):
            continue
        spans.append((start, end))
        found.append(_judge_vat(number))
    for m in _TAX_CODE.finditer(text):
        try:
            found.append(CompanyId(codicefiscale.validate(m.group(1)), "tax_code", True))
        except InvalidChecksum:
            found.append(CompanyId(m.group(1), "tax_code", False, "checksum"))
        except ValidationError:
            found.append(CompanyId(m.group(1), "tax_code", False, "format"))
    return found


def vat_numbers(text: str) -> list[str]:
    """Return the VAT numbers written in text (Italian ones bare, other EU ones prefixed)."""
    seen: list[str] = []
    for item in company_ids(text):
        if item.kind == "vat" and item.value not in seen:
            seen.append(item.value)
    return seen


def vat_checksum_ok(number: str) -> bool:
    """Return True when a VAT number is valid (python-stdnum: format, office code, check digit)."""
    return bool(number) and _judge_vat(number).valid


def vat_problem(number: str) -> str:
    """Return why a VAT number fails: "checksum" (a mistyped digit) or "format" ("" if valid)."""
    return _judge_vat(number).problem if number else "format"
