"""Capitals: a sentence opening in lowercase, Italian months and weekdays written with a capital."""

from __future__ import annotations

import logging
import re

from auditor.checks.base import CheckFinding
from auditor.checks.text.acronyms import acronym
from auditor.checks.text.names import KNOWN_NAMES, known_name
from auditor.checks.text.tokenize import Word, line_start
from auditor.i18n import Translate
from auditor.model import Severity

log = logging.getLogger(__name__)

IT_CALENDAR = frozenset(
    [
        "lunedì",
        "martedì",
        "mercoledì",
        "giovedì",
        "venerdì",
        "sabato",
        "domenica",
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ]
)
EN_CALENDAR = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]  # "may" and "march" are also verbs
)


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def _beside_number(text: str, start: int, end: int) -> bool:
    """Return True for "17 march" or "may 3": the month, not the verb."""
    return bool(
        re.search(r"\d[ \t]+$", text[max(0, start - 4) : start])
        or re.match(r"[ \t]+\d", text[end : end + 3])
    )


def check_capitals(text: str, words: list[Word], lang: str, _: Translate) -> list[CheckFinding]:
    """Return capitalization findings."""
    findings: list[CheckFinding] = []
    for w in words:
        first = w.text[0]
        if w.sentence_start and first.islower() and first.isalpha():
            if KNOWN_NAMES.get(w.lower) == w.text:
                continue  # "iPhone è in offerta": the name as its owner writes it
            # "pdf allegato": PDF, not Pdf; "paypal accettato": PayPal
            fix = acronym(w.text, lang) or known_name(w.text) or _cap(w.text)
            findings.append(
                CheckFinding(
                    "capitalization",
                    Severity.MINOR,
                    _("A sentence starts with a capital: “{fix}”.").format(fix=fix),
                    w.text,
                    w.start,
                    w.end,
                    (fix,),
                )
            )
            continue
        low = w.lower
        if (
            lang == "it"
            and first.isupper()
            and low in IT_CALENDAR
            and not w.sentence_start
            and not line_start(text, w.start)
            and not w.text.isupper()
        ):
            findings.append(
                CheckFinding(
                    "capitalization",
                    Severity.MINOR,
                    _("Months and weekdays take a small letter in Italian: “{fix}”.").format(
                        fix=low
                    ),
                    w.text,
                    w.start,
                    w.end,
                    (low,),
                )
            )
        elif (
            lang == "en"
            and first.islower()
            and (
                low in EN_CALENDAR
                or (w.text == "i" and not w.abbreviation)  # the "i" of "i.e." is no pronoun
                or (low in ("march", "may") and _beside_number(text, w.start, w.end))
            )
        ):
            findings.append(
                CheckFinding(
                    "capitalization",
                    Severity.MINOR,
                    _("“{word}” takes a capital in English.").format(word=w.text),
                    w.text,
                    w.start,
                    w.end,
                    (_cap(w.text),),
                )
            )
    return findings
