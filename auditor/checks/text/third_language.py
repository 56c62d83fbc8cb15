"""A passage in a third language: a French, Spanish or German title or quotation inside Italian or
English text ("Relatore su «Les défis de l’avocat en l’Europe du XXIème siècle»"). Its words are
neither language's typos: the passage is one note (`other_language`), as an English sentence in
Italian text is.

Without a third dictionary the passage is told by two signs, each of a kind Italian and English
words never show: the third language's function words that neither Italian nor English knows
(les, des, sur, dans; los, por; und, für), and letters Italian and English spelling never writes
(an accent inside a word, as in européen or siècle: Italian accents only a word's last vowel;
ç, ñ, ä, ß). A passage needs a function word, two signs in all and a word neither language knows,
within a few words of one another: a lone "et" (et al.) or one foreign word (soupçon) stays what
the speller makes of it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from auditor.checks.text.foreign import sentences
from auditor.checks.text.tokenize import Word

# Each language's commonest function words, less those Italian or English also write as words
# of their own (qui, mais, pour, d'un; para, pero, hay; die, den, bei, es, im), which tell
# nothing.
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "fr": frozenset(
        [
            *("les", "des", "du", "au", "sur", "et", "dans", "avec", "une", "nos", "vos", "leur"),
            *("leurs", "sont", "pas", "cette", "ces", "ses", "votre", "notre", "très", "où"),
            *("chez", "nous", "vous", "ils", "elles", "été", "être", "aussi", "selon", "vers"),
            *("depuis", "entre", "ou", "comme", "également", "lors", "toute", "toutes", "tous"),
            "qu'il",
        ]
    ),
    "es": frozenset(
        [
            *("los", "las", "el", "y", "por", "muy", "está", "están", "nuestro", "nuestra"),
            *("nuestros", "nuestras", "también", "desde", "hasta", "sus", "cuando", "donde"),
            *("este", "esta", "estos", "estas", "usted", "ustedes", "más", "sobre"),
        ]
    ),
    "de": frozenset(
        [
            *("der", "das", "und", "für", "mit", "von", "zu", "ist", "nicht", "ein", "eine"),
            *("auf", "dem", "zum", "zur", "aus", "auch", "wir", "oder", "wie", "über", "sich"),
            *("werden", "wird", "sind", "dass", "ich", "sie", "noch", "nach", "nur", "unter"),
        ]
    ),
}
LANGUAGES = tuple(FUNCTION_WORDS)
_ALL_FUNCTION = frozenset().union(*FUNCTION_WORDS.values())

# Letters of a foreign word: one Italian and English never write (ç of soupçon, ñ, ä, ß), or an
# accented vowel with a letter after it (européen, siècle: Italian accents only the last vowel).
_FOREIGN_LETTER = re.compile(r"[çœæñäöüß]|[áéíóúàèìòùâêîôûëïÿ](?=\w)", re.I)

# Two signs of the third language at most this many words apart belong to one passage
# ("au coeur de l'Union européenne - De la Convention et"): a title's own names and the words it
# shares with Italian (de, la, plan) stand between them.
GAP_WORDS = 3
_OPENING_QUOTES = frozenset("«\"“‘'(")
_CLOSING_QUOTES = frozenset('»"”’')
# A quotation mark or a spaced dash parts a passage from the words beside it: the quoted title
# is the other language, the sentence around it is not ("Européenne”, nell'ambito delal
# Conferenza"; "Les italiens - intérvista su RAI tre").
_BOUNDARY = re.compile(r'[«»"“”]|\s[-–—]\s')


@dataclass(frozen=True)
class Passage:
    """Where a third language's passage stands, and which language it is."""

    start: int
    end: int
    lang: str  # "fr", "es" or "de"


def third_language_passages(
    words: Sequence[Word], text: str, knows: Callable[[Word], bool]
) -> list[Passage]:
    """Return the passages in French, Spanish or German among a text's words.

    `knows` says whether Italian or English knows a word. A passage never crosses a sentence's
    end, a quotation mark or a spaced dash, and runs from its first sign or unknown word to its
    last (or to the quotation closing a few words after it)."""
    if not any(w.lower in _ALL_FUNCTION for w in words):
        return []  # nearly every text: a passage needs a function word, and none is here
    return [p for sentence in sentences(words) for p in _in_sentence(sentence, text, knows)]


def _in_sentence(sentence: list[Word], text: str, knows: Callable[[Word], bool]) -> list[Passage]:
    languages = [_function_language(w, text) for w in sentence]
    if not any(languages):
        return []  # a passage needs a function word: the speller is not asked
    # each function word, and each other word neither language knows, as (index, the function
    # word's language or "", whether it holds a foreign letter)
    anchors: list[tuple[int, str, bool]] = []
    for i, w in enumerate(sentence):
        lang = languages[i]
        if not lang and (len(w.text) == 1 or knows(w)):
            continue  # à, a lone letter, a word Italian or English knows: no sign
        anchors.append((i, lang, bool(_FOREIGN_LETTER.search(w.text))))
    found: list[Passage] = []
    run: list[tuple[int, str, bool]] = []
    for anchor in anchors:
        if run and (
            anchor[0] - run[-1][0] > GAP_WORDS + 1
            or _BOUNDARY.search(text, sentence[run[-1][0]].end, sentence[anchor[0]].start)
        ):
            found += _passage(run, sentence, text)
            run = []
        run.append(anchor)
    return found + _passage(run, sentence, text)


def _function_language(w: Word, text: str) -> str:
    """Return the language whose function word this is ("" for none): in lower case, or opening
    its sentence or a quotation (Les défis...), never a capitalised name (Las Vegas, Von Trapp)."""
    opens_quote = text[w.start - 1 : w.start] in _OPENING_QUOTES
    if w.text[:1].isupper() and not (w.sentence_start or opens_quote):
        return ""
    return next((lang for lang in LANGUAGES if w.lower in FUNCTION_WORDS[lang]), "")


def _passage(run: list[tuple[int, str, bool]], sentence: list[Word], text: str) -> list[Passage]:
    if not run:
        return []
    # distinct function words: "Van der Waals, Van der Waals" is one sign, a name's particle
    counts = {
        lang: len({sentence[i].lower for i, of, _ in run if of == lang}) for lang in LANGUAGES
    }
    lang = max(LANGUAGES, key=counts.__getitem__)
    function = counts[lang]
    letters = sum(1 for _, of, letter in run if letter and not of)
    # a word neither language knows, in small letters or with a foreign letter: a capitalised
    # one alone (Waals, Charte) may be any name
    others = sum(
        1 for i, of, letter in run if not of and (letter or not sentence[i].text[:1].isupper())
    )
    if function < 1 or function + letters < 2 or others < 1:
        return []
    return [Passage(sentence[run[0][0]].start, _quote_end(run[-1][0], sentence, text), lang)]


def _quote_end(last: int, sentence: list[Word], text: str) -> int:
    """Return where the passage ends: at its last sign, or at the quotation closing a few known
    words after it ("...européennes et nationales de concurrence”": the title's last words are
    its language's too, though English also knows concurrence)."""
    end = sentence[last].end
    for w in sentence[last + 1 : last + 1 + GAP_WORDS]:
        if _BOUNDARY.search(text, end, w.start):
            break
        end = w.end
        if text[end : end + 1] in _CLOSING_QUOTES:
            return end
    return sentence[last].end
