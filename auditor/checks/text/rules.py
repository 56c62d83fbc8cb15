"""Form rules read straight off the characters: spaces, punctuation, repeated words, SHOUTING."""

from __future__ import annotations

import logging
import re

from auditor.checks.base import CheckFinding
from auditor.checks.text.tokenize import inside
from auditor.i18n import Translate
from auditor.model import Severity

log = logging.getLogger(__name__)

DOUBLE_SPACE = re.compile(r"(?<=\S)[ \u00a0]{2,}(?=\S)")
SPACE_BEFORE = re.compile(r"(?<=[^\W_])[ \u00a0]+(?=[,;.!?:](?:\s|$))")
NO_SPACE_AFTER = re.compile(
    r"(?<=[^\W\d_])[,;!?](?=[^\W\d_])|(?<=[^\W\d_]{2})\.(?=[A-ZÀ-Ý](?:[a-zà-ù]|[A-ZÀ-Ý]{2}))"
)
DOTS = re.compile(r"(?<![.\w])\.\.(?!\.)|\.{4,}|(?<=\w)\.\.(?!\.)")
MARKS = re.compile(r"[!?]{2,}")
REPEATED = re.compile(r"\b([^\W\d_]+)(\s+)(\1)\b", re.IGNORECASE)
CAPS_WORD = re.compile(r"\b[A-ZÀ-Ý]{2,}(?:['’][A-ZÀ-Ý]+)?\b")
CAPS_RUN = re.compile(r"\b[A-ZÀ-Ý]+(?:['’][A-ZÀ-Ý]+)?(?:[ \t,]+[A-ZÀ-Ý]+(?:['’][A-ZÀ-Ý]+)?)*\b")
# Reduplications that are good Italian or English.
REDUPLICATIONS = frozenset(
    [
        "piano",
        "così",
        "man",
        "via",
        "pian",
        "quasi",
        "poco",
        "molto",
        "bene",
        "tanto",
        "ora",
        "no",
        "sì",
        "mano",
        "passo",
        "pari",
        "corri",
        "that",
        "had",
        "is",
        "very",
        "bye",
        "ha",
    ]
)
SHOUT_LETTERS = 5  # acronyms rarely reach five capitals (IBAN, ENEL, INPS)


def double_spaces(text: str, _: Translate) -> list[CheckFinding]:
    """Flag two or more spaces between words."""
    return [
        CheckFinding(
            "double_space",
            Severity.MINOR,
            _("Double space between words."),
            m.group(),
            m.start(),
            m.end(),
            (" ",),
        )
        for m in DOUBLE_SPACE.finditer(text)
    ]


def punctuation_spacing(text: str, skip: list[tuple[int, int]], _: Translate) -> list[CheckFinding]:
    """Flag a space before , ; . ! ? : and a missing space after them (URLs skipped)."""
    findings = []
    for m in SPACE_BEFORE.finditer(text):
        mark = text[m.end()]
        findings.append(
            CheckFinding(
                "punctuation_spacing",
                Severity.MINOR,
                _("No space goes before “{mark}”.").format(mark=mark),
                text[m.start() : m.end() + 1],
                m.start(),
                m.end() + 1,
                (mark,),
            )
        )
    for m in NO_SPACE_AFTER.finditer(text):
        if inside(skip, m.start() - 1, m.end() + 1):
            continue
        excerpt = text[m.start() : m.end() + 1]
        findings.append(
            CheckFinding(
                "punctuation_spacing",
                Severity.MINOR,
                _("A space goes after “{mark}”.").format(mark=m.group()),
                excerpt,
                m.start(),
                m.end() + 1,
                (f"{m.group()} {excerpt[-1]}",),
            )
        )
    return findings


def punctuation(text: str, skip: list[tuple[int, int]], _: Translate) -> list[CheckFinding]:
    """Flag two dots (neither full stop nor ellipsis), four or more, and doubled ! or ?."""
    findings = []
    for m in DOTS.finditer(text):
        if not inside(skip, m.start(), m.end()):
            findings.append(
                CheckFinding(
                    "punctuation",
                    Severity.MINOR,
                    _("“{mark}” is neither a full stop nor an ellipsis.").format(mark=m.group()),
                    m.group(),
                    m.start(),
                    m.end(),
                    (".", "..."),
                )
            )
    for m in MARKS.finditer(text):
        findings.append(
            CheckFinding(
                "punctuation",
                Severity.MINOR,
                _("Repeated “{mark}”: one is enough in a business text.").format(mark=m.group()),
                m.group(),
                m.start(),
                m.end(),
                (m.group()[0],),
            )
        )
    return findings


def repeated_words(text: str, _: Translate) -> list[CheckFinding]:
    """Flag a word written twice in a row (piano piano, così così and the like allowed)."""
    findings = []
    for m in REPEATED.finditer(text):
        if m.group(1).lower() in REDUPLICATIONS or "\n\n" in m.group(2):
            continue
        findings.append(
            CheckFinding(
                "repeated_word",
                Severity.MINOR,
                _("“{word}” is written twice.").format(word=m.group(1)),
                m.group(),
                m.start(),
                m.end(),
                (m.group(1),),
            )
        )
    return findings


def shouting(text: str, brands_upper: frozenset[str], _: Translate) -> list[CheckFinding]:
    """Flag words in capitals long enough to read as shouting rather than an acronym."""
    findings = []
    for m in CAPS_RUN.finditer(text):
        word = m.group()
        if word in brands_upper or not any(
            len(w) >= SHOUT_LETTERS and w not in brands_upper for w in CAPS_WORD.findall(word)
        ):
            continue
        findings.append(
            CheckFinding(
                "shouting",
                Severity.MINOR,
                _("“{word}” in capitals reads as shouting.").format(word=word),
                word,
                m.start(),
                m.end(),
                (word[0] + word[1:].lower(),),
            )
        )
    return findings
