"""Split a text into words, sentences and skipped spans, keeping offsets into the original."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import cached_property

log = logging.getLogger(__name__)

# A chunk: letters/digits joined by hyphens or apostrophes ("dell'Hotel", "check-in", "B2B").
CHUNK = re.compile(r"\w+(?:[-'’]\w+)*")
# A web address written with its scheme or "www.", up to the next space
_WEB = r"(?:https?://|www\.)\S+"
WEB_ADDRESS = re.compile(_WEB, re.IGNORECASE)
URL = re.compile(
    _WEB
    + r"|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b|\b[\w-]+(?:\.[\w-]+)*\.(?:it|com|eu|net|org|info|biz)\b(?:/\S*)?",
    re.IGNORECASE,
)
# Code-like spans a business text may quote: a file name with a common extension, anything in
# backticks. Only these exact shapes: a word is never skipped for merely looking technical.
_EXTENSIONS = (
    r"(?:pdf|docx?|xlsx?|pptx?|od[tsp]|rtf|txt|csv|jpe?g|png|gif|heic|tiff?|zip|rar|7z"
    r"|mp3|mp4|mov|wav|html?|xml|json|exe|msi|dmg|apk)\b"
)
# A file's name (offerta.pdf), or an extension named alone ("formato .jpeg o .png", "*.csv"):
# a dot no word or dot stands before. Read as a word, ".png" was an acronym in small letters.
FILE_NAME = re.compile(r"(?:\b[\w-]+|(?<![\w.])\*?)\." + _EXTENSIONS, re.IGNORECASE)
BACKTICKS = re.compile(r"`[^`\n]{1,80}`")
SENTENCE_END = re.compile(r"[.!?…]+(?=[\s\"'’”)»]|$)|\n[ \t]*\n")
APOSTROPHES = "'’"
# Abbreviations whose dot does not end a sentence (lowercase, without the dot).
ABBREVIATIONS = frozenset(
    [
        "sig",
        "sigg",
        "sig.ra",
        "sigra",
        "dott",
        "dott.ssa",
        "dottssa",
        "ing",
        "avv",
        "prof",
        "arch",
        "geom",
        "rag",
        "egr",
        "gent",
        "spett",
        "ecc",
        "etc",
        "tel",
        "cell",
        "n",
        "nr",
        "num",
        "es",
        "p",
        "pag",
        "cap",
        "c.a",
        "ca",
        "art",
        "fig",
        "vs",
        "ca.",
        "p.es",
        "al",
        "ore",
        "ufficio",
        "u.s",
        "s.p.a",
        "srl",
        "s.r.l",
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "jr",
        "sr",
        "no",
        "approx",
        "e.g",
        "i.e",
        "a.m",
        "p.m",
        "inc",
        "ltd",
        "co",
        "dept",
        "ref",
        # business Italian: days, months, "giorni", "nostro/vostro riferimento", and the like
        "gg",
        "lun",
        "mer",
        "gio",
        "ven",
        "sab",
        "dom",
        "gen",
        "feb",
        "apr",
        "mag",
        "giu",
        "lug",
        "ago",
        "sett",
        "ott",
        "nov",
        "dic",
        "ns",
        "vs",
        "rif",
        "cfr",
        "pz",
        "tot",
        "cod",
        "prot",
        "fatt",
        "tue",
        "wed",
        "thu",
        "fri",
        "jan",
        "aug",
        "sep",
        "oct",
        "dec",
        # an order's, an invoice's and an address's: ordine, imponibile, sconto, seguenti,
        # pagine, sezione, volume, ufficio, amministrazione, responsabile, frazione, provincia,
        # strada, località, marzo or martedì; English miscellaneous, including, excluding,
        # quantity, pages, hours, corporation, association, boulevard, extension, compare, namely
        "ord",
        "imp",
        "sc",
        "segg",
        # the law's: articoli, seguenti, lettera ("artt. 15 e ss. del GDPR", "lett. a)")
        "artt",
        "ss",
        "lett",
        "pagg",
        "sez",
        "vol",
        "uff",
        "amm",
        "resp",
        "fraz",
        "prov",
        "str",
        "loc",
        "mar",
        "misc",
        "incl",
        "excl",
        "qty",
        "pp",
        "hrs",
        "corp",
        "assn",
        "blvd",
        "ext",
        "cf",
        "viz",
        "jun",
        "jul",
        # Not taken, each also a word that ends a sentence: sat, sun, min, max, ed, sec, ave,
        # par, int, dir.
    ]
)


@dataclass(frozen=True)
class Word:
    """One word of the text: its surface form and where it sits in the original."""

    text: str
    start: int
    end: int
    sentence_start: bool  # first word of a sentence (or of a line after a full stop)
    chunk: str = ""  # the whole hyphenated or elided chunk the word belongs to ("wi-fi")
    abbreviation: bool = False  # followed by a dot and a known abbreviation (sig., dott., ecc.)

    @cached_property
    def lower(self) -> str:
        """Return the lowercase form with typographic apostrophes made plain."""
        return self.text.lower().replace("’", "'")


def url_spans(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) spans of URLs, e-mail addresses, domain names and file names.

    Text in backticks counts too: a quoted command or code is not prose.
    """
    spans = [m.span() for m in URL.finditer(text)]
    if "." in text:
        spans += [m.span() for m in FILE_NAME.finditer(text)]
    if "`" in text:
        spans += [m.span() for m in BACKTICKS.finditer(text)]
    return spans


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Return True when [start, end) overlaps any of the spans."""
    return any(s < end and start < e for s, e in spans)


def previous_token(text: str, pos: int) -> str:
    """Return the non-space run just before pos (without trailing spaces)."""
    i = pos
    while i > 0 and text[i - 1].isspace():
        i -= 1
    j = i
    while j > 0 and not text[j - 1].isspace():
        j -= 1
    return text[j:i]


def is_abbreviation(token: str) -> bool:
    """Return True when a token ending in '.' is an abbreviation rather than a sentence end."""
    if not token.endswith("."):
        return False
    core = token.rstrip(".").lstrip("([\"'«“").lower()
    core = re.split(r"['’]", core)[-1]  # "all'uff.": the elided article is not the abbreviation
    if core in ABBREVIATIONS:
        return True
    # S.p.A., c.a., p.es.: letters joined by dots; single letters (iniziali: "M. Rossi")
    return bool(re.fullmatch(r"(?:\w{1,4}\.)+\w{0,4}", core)) or (len(core) == 1 and core.isalpha())


def starts_sentence(text: str, pos: int) -> bool:
    """Return True when the word at pos opens a sentence (after . ! ? or at the very start)."""
    i = pos - 1
    while i >= 0 and text[i] in " \t\"'«“(":
        i -= 1
    if i < 0:
        return True
    if text[i] == "\n":
        # a new line opens a sentence only after a full stop or a blank line ends the previous one
        j = i - 1
        while j >= 0 and text[j] in " \t\r":
            j -= 1
        if j < 0:
            return True
        if text[j] == "\n":
            k = j - 1
            while k >= 0 and text[k].isspace():
                k -= 1
            return k < 0 or text[k] in ".!?"
        return text[j] in ".!?"
    if text[i] in "!?":
        return True
    if text[i] == ".":
        if i >= 1 and text[i - 1] == ".":  # "..." in a chat often continues the sentence
            return False
        return not is_abbreviation(previous_token(text, i + 1))
    return False


def line_start(text: str, pos: int) -> bool:
    """Return True when only spaces or bullet marks stand between the line start and pos."""
    i = pos - 1
    while i >= 0 and text[i] in " \t-*•\"'«“(":
        i -= 1
    return i < 0 or text[i] == "\n"


def split_words(text: str, lang: str, skip: list[tuple[int, int]]) -> list[Word]:
    """Return the words of the text: elisions split off (dell' + Hotel), URLs and codes left out."""
    words: list[Word] = []
    for m in CHUNK.finditer(text):
        start, end = m.span()
        chunk = m.group()
        if inside(skip, start, end) or any(c.isdigit() or c == "_" for c in chunk):
            continue
        if start > 0 and text[start - 1] == "." and start > 1 and text[start - 2].isalpha():
            continue  # the tail of an abbreviation: Sig.ra, dott.ssa
        for part_start, part_end in _parts(chunk, start, lang):
            piece = text[part_start:part_end]
            abbreviation = text[part_end : part_end + 1] == "." and (
                piece.lower() in ABBREVIATIONS or _heads_abbreviation(text, part_start)
            )
            words.append(
                Word(
                    piece,
                    part_start,
                    part_end,
                    starts_sentence(text, part_start),
                    chunk,
                    abbreviation,
                )
            )
    return words


# Letters joined by dots: "i.e", "s.r.l", "dott.ssa", listed whole in ABBREVIATIONS
_DOTTED_LETTERS = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)+")


def _heads_abbreviation(text: str, start: int) -> bool:
    """Return True when the word at start is the first part of a listed dotted abbreviation: the
    "i" of "i.e.", the "s" of "s.r.l." (the word splitter reads each part apart)."""
    m = _DOTTED_LETTERS.match(text, start)
    return m is not None and m.group().lower() in ABBREVIATIONS


def _parts(chunk: str, offset: int, lang: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = 0
    for piece in re.split(r"(-)", chunk):
        if piece == "-" or not piece:
            pos += len(piece)
            continue
        if lang == "it":
            # dell'Hotel -> dell' + Hotel: the elided article is checked as its own word
            cut = 0
            for k, c in enumerate(piece):
                if c in APOSTROPHES:
                    cut = k + 1
                    break
            if cut and cut < len(piece):
                spans.append((offset + pos, offset + pos + cut))
                spans.append((offset + pos + cut, offset + pos + len(piece)))
                pos += len(piece)
                continue
        spans.append((offset + pos, offset + pos + len(piece)))
        pos += len(piece)
    return spans


def count_sentences(text: str) -> int:
    """Return the number of sentences: runs with a word, ended by . ! ? … or a blank line."""
    count = 0
    last = 0
    for m in SENTENCE_END.finditer(text):
        piece = text[last : m.start()]
        if m.group()[0] == "." and is_abbreviation(previous_token(text, m.end())):
            continue
        if any(c.isalpha() for c in piece):
            count += 1
        last = m.end()
    if any(c.isalpha() for c in text[last:]):
        count += 1
    return count


# A single quote opens after the start, a space or a bracket, before a letter, a digit or a
# sign that starts a label ('Salva con nome', '% CPU'); one closes after a letter, before a
# space, punctuation or the end (nome'). An elision (l'ora) has a letter on both sides and is
# neither.
# A quote may open on a bracket: '(Ri)scrivere l'SQL per ottenere le massime prestazioni'
_OPENING_QUOTE = re.compile(r"(?:^|(?<=[\s(\[«“\"]))['‘](?=[\w%#$€£@&+(\[])")
_CLOSING_QUOTE = re.compile(r"(?<=\w)['’](?=[\s,.;:!?)\]»”]|$)")
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def closes_quote(text: str, pos: int) -> bool:
    """Return True when the word at `pos` stands inside a single quote opened earlier in its
    sentence and not closed yet: its final apostrophe closes the quote ('Mostra tutti gli
    aggiornamenti'), it is no truncation (po') nor an accent written as an apostrophe (piu')."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, pos)]
    opened = list(_OPENING_QUOTE.finditer(text, ends[-1] if ends else 0, pos))
    if not opened:
        return False
    return not _CLOSING_QUOTE.search(text, opened[-1].end(), pos)
