"""The text check: spelling, capitals, accents, spacing, brand names, tu/Lei and readability.

`check_text` reads a business e-mail, chat reply or web copy in Italian or English and suggests
findings whose `start`/`end` index the original text (`text[start:end] == excerpt`).
"""

from __future__ import annotations

import bisect
import logging
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import replace

from auditor.checks.base import CheckFinding, CheckResult
from auditor.checks.text.accent import check_accents
from auditor.checks.text.brand import check_brands, name_parts
from auditor.checks.text.capitalization import check_capitals
from auditor.checks.text.encoding import (
    Damage,
    damage_findings,
    find_damage,
    repaired,
    spliced,
)
from auditor.checks.text.formality import check_formality
from auditor.checks.text.lexicon import detect_language
from auditor.checks.text.readability import readability
from auditor.checks.text.rules import (
    double_spaces,
    punctuation,
    punctuation_spacing,
    repeated_words,
    shouting,
)
from auditor.checks.text.spelling import check_spelling, speller
from auditor.checks.text.tokenize import count_sentences, split_words, url_spans
from auditor.i18n import Translate, translator

log = logging.getLogger(__name__)

__all__ = ["RULES", "check_text"]

RULES = (
    "spelling",
    "brand_name",
    "capitalization",
    "double_space",
    "repeated_word",
    "accent",
    "punctuation_spacing",
    "punctuation",
    "formality_mix",
    "shouting",
    "language_mix",
    "italian_in_english",
    "italian_words",
    "other_language",
    "encoding",
)
# When two findings cover the same characters, the more specific one speaks.
_PRECEDENCE = {
    "encoding": -1,
    "brand_name": 0,
    "formality_mix": 1,
    "accent": 2,
    "repeated_word": 3,
    "capitalization": 4,
    "spelling": 5,
}


def check_text(
    text: str,
    *,
    lang: str = "auto",
    brands: Sequence[str] = (),
    accepted_words: Iterable[str] = (),
    target: str = "-",
    messages: str | None = None,
) -> CheckResult:
    """Return the findings and metrics of a text in Italian, English or detected ("auto").

    The findings' messages are in the text's language, or in `messages` ("it", "en") when the
    caller names one: the window names its own, so that an Italian auditor's findings on an
    English page read in Italian, in the window and in the report.
    """
    if text.startswith(BOM):  # a file saved "with BOM": checked without it, offsets still into text
        result = check_text(
            text[1:],
            lang=lang,
            brands=brands,
            accepted_words=accepted_words,
            target=target,
            messages=messages,
        )
        return replace(result, findings=[_shifted(f, 1) for f in result.findings])
    composed = _composed(text)
    if composed is None:
        return _check(text, lang, brands, accepted_words, target, messages)
    # Decomposed accents (a + U+0300, as some Mac mail and PDF copies have them) are checked as the
    # composed letters they show, and every finding is mapped back onto the text as given.
    nfc, boundaries = composed
    result = _check(nfc, lang, brands, accepted_words, target, messages)
    return replace(result, findings=[_mapped(f, boundaries, text) for f in result.findings])


BOM = "\ufeff"


def _shifted(finding: CheckFinding, by: int) -> CheckFinding:
    if finding.start is None or finding.end is None:
        return finding
    return replace(finding, start=finding.start + by, end=finding.end + by)


def _composed(text: str) -> tuple[str, list[tuple[int, int]]] | None:
    """Return the text in NFC with its (composed, original) cluster boundaries; None if already NFC."""
    if unicodedata.is_normalized("NFC", text):
        return None
    clusters, i = [], 0
    while i < len(text):
        j = i + 1
        while j < len(text) and unicodedata.combining(text[j]):
            j += 1
        piece = unicodedata.normalize("NFC", text[i:j])
        if j - i > 1 or piece != text[i:j]:  # a mark kept apart still maps back whole
            clusters.append((i, j, piece))
        i = j
    nfc, boundaries = spliced(text, clusters)
    if nfc != unicodedata.normalize("NFC", text):  # composition across clusters (rare scripts)
        return None
    return nfc, boundaries


def _mapped(finding: CheckFinding, boundaries: list[tuple[int, int]], text: str) -> CheckFinding:
    """Return a finding on a rewritten text moved onto the text as given."""
    if finding.start is None or finding.end is None:
        return finding
    start, end = _back(boundaries, finding.start, finding.end)
    return replace(finding, start=start, end=end, excerpt=text[start:end])


def _back(boundaries: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """Return composed offsets as offsets into the original, widened to whole clusters."""
    keys = [b[0] for b in boundaries]
    first = boundaries[bisect.bisect_right(keys, start) - 1][1]
    last = boundaries[min(bisect.bisect_left(keys, end), len(boundaries) - 1)][1]
    return first, last


# Each language's dictionary, for telling the language of a text with no stopword to tell it
_DICTIONARIES = {
    "it": lambda word: speller("it").known(word),
    "en": lambda word: speller("en").known(word),
}


def _check(
    text: str,
    lang: str,
    brands: Sequence[str],
    accepted_words: Iterable[str],
    target: str,
    messages: str | None = None,
    repair: bool = True,
) -> CheckResult:
    skip = url_spans(text)
    if lang not in ("it", "en"):
        probe = split_words(text, "en", skip)
        lang = detect_language([w.lower for w in probe], _DICTIONARIES)
    _ = translator(messages if messages in ("it", "en") else lang)
    sp = speller(lang)
    damages = find_damage(text, lang, sp.known, skip, sp.lex.freq) if repair else []
    if damages:
        return _check_repaired(text, damages, lang, brands, accepted_words, target, messages, _)
    words = split_words(text, lang, skip)
    brand_list = [b for b in brands if b and b.strip()]
    accepted = frozenset(
        [w.strip().lower().replace("’", "'") for w in accepted_words if w.strip()]
        + [part.lower() for b in brand_list for part in name_parts(b)]
    )
    findings: list[CheckFinding] = []
    findings += check_brands(
        text, words, brand_list, sp.accepts, _, sp.one_slip_from_known, sp.in_use
    )
    if lang == "it":
        findings += check_formality(text, _)
        findings += check_accents(text, _)
    findings += repeated_words(text, _)
    findings += check_capitals(text, words, lang, _)
    findings += check_spelling(words, lang, accepted, _, text, brand_list)
    findings += double_spaces(text, _)
    findings += punctuation_spacing(text, skip, _)
    findings += punctuation(text, skip, _)
    findings += shouting(text, frozenset(b.upper() for b in brand_list), _)
    findings = _resolve_overlaps(findings)
    sentences = count_sentences(text)
    plain = [w.text for w in words]
    score, index = readability(plain, sentences, lang)
    metrics = {
        "lang": lang,
        "words": len(plain),
        "sentences": sentences,
        "readability": score,
        "readability_index": index,
    }
    log.debug("text check %s: %d findings, %s", target, len(findings), metrics)
    return CheckResult(check="text", target=target, findings=findings, metrics=metrics)


# Rules about a word or the characters around it: the encoding's finding on a garbled word
# speaks for them there. Rules about a sentence or the whole text keep their findings.
_WORD_RULES = frozenset(
    [*_PRECEDENCE, "double_space", "punctuation_spacing", "punctuation", "shouting"]
)


def _check_repaired(
    text: str,
    damages: list[Damage],
    lang: str,
    brands: Sequence[str],
    accepted_words: Iterable[str],
    target: str,
    messages: str | None,
    _: Translate,
) -> CheckResult:
    """Check the text as it was meant to read, its garbled words put back, and map the findings
    back onto the text as given, each garbled word told once by the encoding rule."""
    fixed, boundaries = repaired(text, damages)
    result = _check(fixed, lang, brands, accepted_words, target, messages, repair=False)
    findings = damage_findings(damages, text, _)
    for found in result.findings:
        f = _mapped(found, boundaries, text)
        start, end = f.start, f.end
        if (
            f.rule in _WORD_RULES
            and start is not None
            and end is not None
            and any(d.start < end and start < d.end for d in damages)
        ):
            continue
        findings.append(f)
    findings.sort(key=lambda f: (f.start or 0, f.end or 0, f.rule))
    return replace(result, findings=findings)


def _resolve_overlaps(findings: list[CheckFinding]) -> list[CheckFinding]:
    ranked = sorted(findings, key=lambda f: (_PRECEDENCE.get(f.rule, 9), f.start or 0))
    kept: list[CheckFinding] = []
    for f in ranked:
        if f.rule in _PRECEDENCE and any(
            k.rule in _PRECEDENCE and k.rule != f.rule and k.start < f.end and f.start < k.end  # type: ignore[operator]
            for k in kept
        ):
            continue
        if any(k.rule == f.rule and k.start == f.start for k in kept):
            continue
        kept.append(f)
    return sorted(kept, key=lambda f: (f.start or 0, f.end or 0, f.rule))
