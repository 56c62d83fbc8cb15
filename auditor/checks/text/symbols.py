"""Words that are symbols where they stand: key names, units, abbreviations after a number,
mathematical functions. Each is accepted only as it is written as a symbol ("Premi Ctrl+C",
"96 ppi", "cos(x)"), so the same letters in prose ("esc", "poi ppi") are still checked; only
the long names of functions (arccos, arsinh), which no word is one slip from, stand anywhere.
"""

from __future__ import annotations

import re

from auditor.checks.text.tokenize import ABBREVIATIONS, Word, previous_token
from auditor.checks.text.units import CLOCK, si_symbol

# Keyboard key names as product help and support replies write them (Premi Cmd+C, Maiusc, Canc).
# Accepted capitalised (a key's label) or beside a "+" (ctrl+c); "esc", "canc" alone in
# lowercase stay checked, as they are one slip from esce, cane.
KEY_NAMES = frozenset(
    [
        "cmd",
        "ctrl",
        "alt",
        "altgr",
        "shift",
        "esc",
        "tab",
        "fn",
        "opt",
        "del",
        "ins",
        "canc",
        "maiusc",
        "bksp",
        "backspace",
        "pgup",
        "pgdn",
        "super",
        "meta",
    ]
)
# Units of measurement as written after a number (96 ppi, 30 fps, 2,4 GHz written ghz, 48 khz):
# standard symbols, lowercase in running text; alone ("poi ppi") they are still checked.
UNITS = frozenset(
    [
        "ppi",
        "dpi",
        "lpi",
        "fps",
        "bpm",
        "kbps",
        "mbps",
        "gbps",
        "kb",
        "mb",
        "gb",
        "tb",
        "hz",
        "khz",
        "mhz",
        "ghz",
        "mah",
        "kwh",
        "rpm",
        "px",
        "pt",
        "ms",
        "db",
        # a timetable's, a recipe's and a listing's, as they are written in practice ("50 min
        # da Santa Teresa", "4 dl milk", "300 mt dal mare", "1,5 lt")
        "min",
        "mins",
        "hr",
        "hrs",
        "mt",
        "lt",
        "dl",
        "cl",
        # pieces, as a list of ingredients or a price list counts them ("12 pcs", "6 pz")
        "pcs",
        "pz",
        # a room's or a flat's surface and an engine's power, as listings and spec sheets write
        # them ("28 sqm", "sqm 24", "60 mq", "88 hp")
        "sqm",
        "mq",
        "hp",
        # the tonne, which the SI accepts beside its own units ("lamiere da 2 t"); m, l and s are
        # the SI's own (si_symbol)
        "t",
    ]
)
# Weekdays abbreviated as opening hours write them, capitalised: beside another day or an hour
# ("Sab e Dom 10-13", "Lun, Mer e Ven 9-12", "Sat 9-13"). Alone ("Sab ha chiamato") still checked.
_DAYS = "lun|mar|mer|gio|ven|sab|dom|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
_DAY_NEXT = re.compile(
    rf"(?:\s*[-–/,&]\s*|\s+(?:e|ed|and|to|a|al)\s+)(?:{_DAYS})\b|\.?:?\s*\d", re.IGNORECASE
)
_DAY_BEFORE = re.compile(
    rf"\b(?:{_DAYS})\.?(?:\s*[-–/,&]\s*|\s+(?:e|ed|and|to|a|al)\s+)$", re.IGNORECASE
)
_DAY_SET = frozenset(_DAYS.split("|"))
# Months abbreviated as price lists and seasons write them, capitalised, beside another month
# ("Ott - Apr", "Giu/Lug", "Oct to Apr"). Alone ("Ott ha chiamato") still checked.
_MONTHS = "gen|feb|mar|apr|mag|giu|lug|ago|set|ott|nov|dic|jan|jun|jul|aug|sep|sept|oct|dec"
_MONTH_NEXT = re.compile(rf"\.?(?:\s*[-–/,&]\s*|\s+(?:e|ed|and|to|a)\s+)(?:{_MONTHS})\b", re.I)
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?(?:\s*[-–/,&]\s*|\s+(?:e|ed|and|to|a)\s+)$", re.I)
_MONTH_SET = frozenset(_MONTHS.split("|"))
# Names of mathematical functions (ISO 80000-2, with the forms Italian and British texts use)
# long enough that no common word is one slip from them; the short ones (sin, cos, tan, ln,
# sinh, tanh: "tanh" is "than" swapped) are accepted only as a formula writes them, "cos(x)".
MATH_FUNCTIONS = frozenset(
    [
        "arcsin",
        "arccos",
        "arctan",
        "arccot",
        "arcsec",
        "arccsc",
        "arccosec",
        "arcsen",
        "arctg",
        "arcsinh",
        "arccosh",
        "arctanh",
        "arccoth",
        "arcsech",
        "arccsch",
        "arccosech",
        "arcsenh",
        "arsinh",
        "arcosh",
        "artanh",
        "arcoth",
        "arsech",
        "arcsch",
        "cosec",
        "cosech",
        "sqrt",
    ]
)
# A number, or a template's place for one ("%1 ms", "%d KB", "{0} px": messages and mail-merge
# templates are checked before the numbers are filled in).
# A size given as numbers joined by an x counts as one ("128x128 px", "30×40 cm", "1920x1080
# pixel"): the unit after it measures each side.
_NUMBER = re.compile(
    r"\d+(?:[.,]\d+)*(?:[x×]\d+(?:[.,]\d+)*)*|%\d+|%[-+0#]*\d*(?:\.\d+)?[dfgiu]|\{\d*\}"
)
_OPENERS = "([«“\"'"
# Italian writes a height or a quantity with its unit first ("quota mt. 1420", "kg 1"), as
# mountain signs and price lists do
_UNIT_FIRST = re.compile(r"\.? ?\d")
# What may follow a unit that closes a phrase: the text's or line's end, a bracket, a stop
_UNIT_CLOSE = ("", "\n", ")", "]", ",", ".", ";", ":")
# A function written in a formula: the name glued to brackets that hold nothing or short terms
# ("sin(x)", "arccos(x)", "ln( )", "f(x, y)", "glm()"). Not a plural's "(s)" or "(es)", nor a
# word's worth of letters ("parolla(nota)": prose missing a space, still checked).
_CALL = re.compile(r"\((?!e?s\))\s*(?:[\w.+\-*/^]{1,3}(?:\s*,\s*[\w.+\-*/^]{1,3})*)?\s*\)")
# A command named with its manual's section, the rest of its hyphenated name between
# ("dpkg-source(1)", "debconf-set-selections(1)"): "dpkg" is a command there, not a word.
_MAN_PAGE_TAIL = re.compile(r"(?:-[\w.+]+)+\([1-9][a-z]{0,3}\)")
# An XML element's prefix, glued by a colon to its CamelCase name ("cac:OrderLine",
# "cbc:LineID"): a namespace of a schema, not a word. Prose missing a space after a colon
# ("nota:Questo") has a single capital.
_QUALIFIED_NAME = re.compile(r":[A-Z][a-z0-9]+[A-Z]")


# e.g. and i.e. written without their stops, as Oxford gives them ("eg", "ie"), before the
# colon, comma or stop that follows such an abbreviation: alone, "eg" stays a slip of egg or leg.
_LATIN_SHORT = frozenset(("eg", "ie"))
_LATIN_SHORT_AFTER = frozenset(".,:")


def symbol(w: Word, text: str) -> bool:
    """Return True when a word stands in the text as a symbol, not as a word to spell."""
    low = w.lower
    if _is_key(w, text) or low in MATH_FUNCTIONS:
        return True  # Cmd, Maiusc+Canc; arccos, arsinh in a formula or a list of functions
    if _unit_or_abbreviation(w, text):
        return True
    if _schedule_day(w, text):
        return True  # "Sab e Dom 10-13": a weekday as opening hours abbreviate it
    if _season_month(w, text):
        return True  # "Ott - Apr": a month as a price list's seasons abbreviate it
    if _CALL.match(text, w.end):
        return True  # sin(x), glm( ): a function's name in a formula, not a word
    if _MAN_PAGE_TAIL.match(text, w.end):
        return True  # dpkg-source(1): the head of a command named with its manual's section
    if _QUALIFIED_NAME.match(text, w.end):
        return True  # cac:OrderLine: the prefix of an XML element's name
    # "(eg: libraries)", "eg., acquisto": e.g. without its stops, as Oxford gives it
    return low in _LATIN_SHORT and text[w.end : w.end + 1] in _LATIN_SHORT_AFTER


def _unit(w: Word) -> bool:
    return w.lower in UNITS or si_symbol(w.text)


def _token_before(text: str, start: int) -> str:
    return previous_token(text, start).lstrip(_OPENERS)


def unit_after_number(w: Word, text: str) -> bool:
    """Return True for a unit's symbol after its number or size ("4x24 m", "2 l", "10 kΩ"): the
    one-letter ones (m, l, s, t) are otherwise read as an elision missing its apostrophe."""
    return _unit(w) and _NUMBER.fullmatch(_token_before(text, w.start)) is not None


def _unit_or_abbreviation(w: Word, text: str) -> bool:
    """Return True for a unit or an abbreviation where one stands: after a number, and a unit
    before one, in brackets, or closing a phrase after "in"."""
    low = w.lower
    unit = _unit(w)
    if not (unit or low in ABBREVIATIONS):
        return False
    before = _token_before(text, w.start)
    if _NUMBER.fullmatch(before):
        return True  # "12 ott 2024", "consegna in 5 gg", "96 ppi", "10 kΩ": after a number
    if not unit:
        return False
    if low in ("am", "pm") and CLOCK.fullmatch(before):
        return True  # "2:35 pm", "11:46:30 am": a clock's time of day
    if _UNIT_FIRST.match(text, w.end):
        return True  # "Rifugio Nordio (mt. 1420)", "farina kg 1": a unit before its number
    if before.lower() == "in" and text[w.end : w.end + 1] in _UNIT_CLOSE:
        # "Timeout in ms", "(in ms)", "measured in hPa.": the unit a quantity is given in,
        # closing its phrase ("in ds to the market" is prose, still checked)
        return True
    # "in punti per pollice (dpi)", "i nanometri (nm)": the symbol named after its unit
    return text[w.start - 1 : w.start] == "(" and text[w.end : w.end + 1] == ")"


def _beside_its_like(
    w: Word, text: str, names: frozenset[str], after: re.Pattern[str], before: re.Pattern[str]
) -> bool:
    """Return True for a capitalised abbreviation of `names` that `after` matches right after it
    or `before` right before it (another of its kind: "Sab e Dom", "Ott - Apr")."""
    if w.lower not in names or not w.text[0].isupper():
        return False
    return bool(after.match(text, w.end) or before.search(text, max(0, w.start - 12), w.start))


def _schedule_day(w: Word, text: str) -> bool:
    """Return True for a capitalised weekday abbreviation beside another day or an hour."""
    return _beside_its_like(w, text, _DAY_SET, _DAY_NEXT, _DAY_BEFORE)


def _season_month(w: Word, text: str) -> bool:
    """Return True for a capitalised month abbreviation beside another month."""
    return _beside_its_like(w, text, _MONTH_SET, _MONTH_NEXT, _MONTH_BEFORE)


def _is_key(w: Word, text: str) -> bool:
    """Return True for a key name written as a key: capitalised, or joined to another by "+"."""
    if w.lower not in KEY_NAMES:
        return False
    return w.text[0].isupper() or "+" in text[max(0, w.start - 1) : w.end + 1]
