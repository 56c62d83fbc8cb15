"""Phrases a speller must judge whole: English sentences in Italian text and Italian ones in
English text, Italian names in English text, Latin and English phrases."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Sequence

from auditor.checks.text.context import pairs
from auditor.checks.text.engine import speller
from auditor.checks.text.lexicon import STOPWORDS
from auditor.checks.text.tokenize import Word

# An English sentence inside Italian text (an untranslated paragraph, a quoted message): at least
# this many English-only stopwords, and at least three times as many as the Italian-only ones.
ENGLISH_SENTENCE_MIN = 3


_ONLY_EN = STOPWORDS["en"] - STOPWORDS["it"]
_ONLY_IT = STOPWORDS["it"] - STOPWORDS["en"]
# "a" is the English article and the Italian preposition ("continuava a prendersi cura", "aperti
# a pranzo e a cena, a due passi dal mare"): it tells neither language, so it makes no sentence
# English in Italian text nor keeps one from being Italian in English text
_ONLY_EN_NOT_IT = _ONLY_EN - {"a"}


def sentences(words: Sequence[Word]) -> Iterator[list[Word]]:
    """Yield the words of each sentence (a word that starts one opens the next)."""
    sentence: list[Word] = []
    for w in words:
        if w.sentence_start and sentence:
            yield sentence
            sentence = []
        sentence.append(w)
    if sentence:
        yield sentence


def english_sentences(words: Sequence[Word]) -> list[tuple[int, int]]:
    """Return the (start, end) offsets of the English sentences of an Italian text's words."""
    found: list[tuple[int, int]] = []
    for sentence in sentences(words):
        en = sum(1 for s in sentence if s.lower in _ONLY_EN_NOT_IT)
        it = sum(1 for s in sentence if s.lower in _ONLY_IT)
        if en >= ENGLISH_SENTENCE_MIN and en >= 3 * it:
            found.append((sentence[0].start, sentence[-1].end))
    return found


# An Italian line left in English text (a notice on an English page: "Aperta durante gli orari
# delle funzioni religiose", or a story told in Italian only). Such lines are often short, so two
# Italian-only stopwords suffice when no English-only one stands beside them and two thirds or
# more of the words that tell the languages apart are Italian words English does not know, two
# at least. Words both languages know (era, solo, vita, pasta) and names inside the sentence
# (Adelaide, Giardino) tell neither. A menu's "Spaghetti alla carbonara con guanciale" is English
# words joined by Italian ones, not a sentence left in Italian.
ITALIAN_SENTENCE_MIN = 2
ITALIAN_WORDS_MIN = 2


def italian_sentences(
    words: Sequence[Word], english: Callable[[Word], bool], italian: Callable[[Word], bool]
) -> list[tuple[int, int]]:
    """Return the (start, end) offsets of the Italian sentences of an English text's words."""
    return [
        (sentence[0].start, sentence[-1].end)
        for sentence in sentences(words)
        if reads_italian(sentence, english, italian)
    ]


def reads_italian(
    words: Sequence[Word], english: Callable[[Word], bool], italian: Callable[[Word], bool]
) -> bool:
    """Return True when words of English text read as Italian: a sentence, or a quotation."""
    it = sum(1 for s in words if s.lower in _ONLY_IT)
    if it < ITALIAN_SENTENCE_MIN or any(s.lower in _ONLY_EN_NOT_IT for s in words):
        return False
    telling = foreign = 0
    for s in words:
        if s.lower in _ONLY_IT or len(s.text) < 2:
            continue
        if s.text[0].isupper() and not s.sentence_start:
            continue  # a name inside the sentence (Adelaide, Giardino)
        en, itn = english(s), italian(s)
        if not (en and itn):  # era, solo, pasta: both languages' words
            telling += 1
            foreign += itn and not en
    return foreign >= ITALIAN_WORDS_MIN and foreign * 3 >= telling * 2


# What may stand between two sentences of one passage: spaces, line breaks and the first one's
# closing punctuation
_BETWEEN_SENTENCES = re.compile(r"[\s.!?;:…»”\"')\]]*")


def passages(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int, int]]:
    """Join sentences in the other language that follow one another into passages: return
    (start, end, sentences) for each, so an untranslated paragraph or story is one note."""
    out: list[tuple[int, int, int]] = []
    for a, b in spans:
        if out and _BETWEEN_SENTENCES.fullmatch(text, out[-1][1], a):
            out[-1] = (out[-1][0], b, out[-1][2] + 1)
        else:
            out.append((a, b, 1))
    return out


# Italian names in English text keep their particles and elisions in lower case ("Santa Maria
# delle Grazie", "Leonardo da Vinci", "Castiglione d'Orcia", "l'Etruria"), open a sentence with
# an Italian word as often as not ("Isola Comacina is...", "Conca Verde offers..."), and are
# checked when they open one ("Olbia is the main port"): the Italian dictionary knows them.
_NAME_PARTICLES = frozenset(
    (
        *("di", "da", "del", "della", "delle", "dei", "degli", "dello", "alla", "alle", "dal"),
        *("dalla", "il", "sul", "sulla"),  # Sotto il Monte, Limone sul Garda
        # the other articled prepositions: Trento allo Scrigno, Hotel ai Pini, Trattoria agli
        # Amici. Not "e": "Sales e Marketing" is the Italianism an auditor reads English for
        *("al", "allo", "ai", "agli", "dallo", "dai", "dagli", "dalle", "nel", "nello"),
        *("nella", "nei", "negli", "nelle", "sullo", "sui", "sugli", "sulle"),
    )
)
_ELIDED_NAME = re.compile(r"(?:d|l|dell|dall|all|nell|sull)['’][A-ZÀ-Ý]")


def _italian_name(word: str) -> bool:
    """Return True for a name the Italian dictionary knows only capitalised (Olbia, not olbia)."""
    hun = speller("it").hun
    return hun is not None and hun.check(word) and not hun.check(word.lower())


def italian_name_part(words: list[Word], i: int, text: str) -> bool:
    """Return True when a word of English text is part of an Italian name: a name the Italian
    dictionary knows, a particle between two capitalised words, an elision before a capital, or
    a capitalised word the Italian dictionary knows opening a name of two capitalised words."""
    w = words[i]
    if _ELIDED_NAME.match(w.text):
        return True
    before = words[i - 1] if i > 0 else None
    after = words[i + 1] if i + 1 < len(words) else None

    def capitalised_beside(x: Word | None, left: Word, right: Word) -> bool:
        # x is left or right: a capitalised word one space from the other
        return x is not None and x.text[0].isupper() and text[left.end : right.start] == " "

    if w.text[:1].isupper() and w.text[1:].islower() and _italian_name(w.text):
        return True  # Gallura, Olbia, Caprera: names the Italian dictionary knows capitalised
    if after is None or not capitalised_beside(after, w, after):
        return False
    if w.lower in _NAME_PARTICLES:
        # capitalised, it opens the name ("Il Borro", "Della Robbia", "Il LVIGI is a wine")
        return w.text[0].isupper() or (before is not None and capitalised_beside(before, before, w))
    return w.text[0].isupper() and w.text[1:].islower() and speller("it").known(w.lower)


# An Italian word of English text whose first COGNATE_HEAD letters begin a common English word
# (pyspellchecker's count of COGNATE_MIN_FREQ: the ~47,000 commoner words) is an Italianism of a
# writer who meant the English word (installate: installation, configurate: configure,
# anniversario: anniversary), a typo to correct; 12 of 17 such codespell rows, and 3 of the
# tuning sets' 35 lone Italian words (culatello, rifugio, cappello are not such words).
COGNATE_HEAD = 7
COGNATE_MIN_FREQ = 100


@functools.cache
def _english_heads() -> frozenset[str]:
    en = speller("en")
    known = en.hun.check if en.hun is not None else en.lex.known
    return frozenset(
        w[:COGNATE_HEAD]
        for w, n in en.lex.frequency.items()
        if n >= COGNATE_MIN_FREQ and len(w) >= COGNATE_HEAD and known(w)
    )


def english_cognate(word: str) -> bool:
    """Return True when a lowercase word begins as a common English word does (installate)."""
    return len(word) >= COGNATE_HEAD and word[:COGNATE_HEAD] in _english_heads()


def italian_name_and(words: list[Word], i: int, text: str) -> bool:
    """Return True when an "e" of English text joins two capitalised words of Italian, one space
    from it on each side: a name kept in Italian ("Scienze e Tecnologie", "Consulenza e Risorse
    Srl"). Beside an English word it is still Italian's "e" for "and" ("Sales e Marketing")."""
    if i == 0 or i + 1 >= len(words):
        return False
    before, w, after = words[i - 1], words[i], words[i + 1]
    if text[before.end : w.start] != " " or text[w.end : after.start] != " ":
        return False
    return _capitalised_italian(before) and _capitalised_italian(after)


def _capitalised_italian(w: Word) -> bool:
    """Return True for a capitalised word of Italian's own dictionary that English lacks."""
    if not (w.text[:1].isupper() and w.text[1:].islower() and w.text.isalpha()):
        return False
    return speller("it").own_word(w.lower, w.text) and not speller("en").core_accepts(
        w.lower, w.text
    )


# An English phrase inside Italian text ("robust linear regression", "formato eps (encapsulated
# postscript)"): words joined by single spaces that English knows, this many of them words of
# ENGLISH_RUN_WORD letters or more that the Italian dictionary lacks. A lone English word stays
# checked ("error" for "errore" is the commonest slip of all), and so do short ones: a slip of a
# short Italian word is often a short English one ("fie system", "home cal", "dell prim'ordine").
ENGLISH_RUN_MIN = 2
ENGLISH_RUN_WORD = 5


def english_runs(
    words: Sequence[Word],
    text: str,
    english: Callable[[Word], bool],
    italian: Callable[[Word], bool],
) -> frozenset[int]:
    """Return the starts of the words of an Italian text that stand in an English phrase."""

    def member(w: Word) -> bool:
        # An Italian elision ("dell'ordine") is Italian whatever English makes of its letters.
        return len(w.text) > 1 and w.text[-1] not in "'’" and english(w)

    def foreign(w: Word) -> bool:
        return sum(ch.isalpha() for ch in w.text) >= ENGLISH_RUN_WORD and not italian(w)

    return frozenset(
        r.start
        for run in _spaced_runs(words, text, member)
        if sum(1 for r in run if foreign(r)) >= ENGLISH_RUN_MIN
        for r in run
    )


def _spaced_runs(
    words: Sequence[Word], text: str, member: Callable[[Word], bool]
) -> Iterator[list[Word]]:
    """Yield the runs of member words one space apart inside one sentence: the phrases of the
    other language that english_runs and italian_runs weigh."""
    run: list[Word] = []
    for w in words:
        joined = bool(run) and text[run[-1].end : w.start] == " " and not w.sentence_start
        belongs = member(w)
        if belongs and (joined or not run):
            run.append(w)
            continue
        if run:
            yield run
        run = [w] if belongs else []
    if run:
        yield run


# Italian words inside English text that are no sentence: a dish, a place or a shop named in
# Italian ("lobster alla catalana", "lessons at parco delle cascine", "the "alla speranza"
# tavern"). Words joined by single spaces that the Italian dictionary knows, this many of them
# words English lacks: one note for the phrase, not a "typo?" a word. A lone Italian word stays
# checked ("partecipate" is the Italianism an auditor reads English copy for), and so does a
# run that holds a word Italian does not know.
ITALIAN_RUN_MIN = 2


def italian_runs(
    words: Sequence[Word],
    text: str,
    english: Callable[[Word], bool],
    italian: Callable[[Word], bool],
) -> list[tuple[int, int]]:
    """Return the (start, end) offsets of the Italian phrases of an English text's words,
    without the words both languages know at their ends ("in", "come")."""
    found: list[tuple[int, int]] = []

    def member(w: Word) -> bool:
        # "e" joins a phrase ("nomi singoli e collettivi") but neither ends nor makes one
        return (len(w.text) > 1 or w.text == "e") and italian(w)

    def edge(w: Word) -> bool:
        return w.text == "e" or english(w)

    for run in _spaced_runs(words, text, member):
        while run and edge(run[-1]):
            run.pop()
        while run and edge(run[0]):
            run.pop(0)
        if sum(1 for r in run if len(r.text) > 1 and not english(r)) >= ITALIAN_RUN_MIN:
            found.append((run[0].start, run[-1].end))
    return found


# Phrases whose words a speller lacks alone, accepted only beside their partner (Latin locutions
# are latin.py's). English: Italian directions and dishes Merriam-Webster lists. Italian: English
# compounds Italian uses as they are (Treccani and Zingarelli list them as loans), where one word
# alone would be a slip for an Italian word (list/lista, page/pagina): a lone "list" or "page" in
# Italian stays flagged. Italian also writes "social" as a plural noun
# after a plural article, preposition or possessive ("sui nostri social", Treccani's "social"):
# elsewhere "social" is a slip for "sociale" or "sociali" ("il contratto social") and is flagged.
_SOCIAL_BEFORE = [
    "i",
    "dei",
    "ai",
    "dai",
    "nei",
    "sui",
    "coi",
    "tra",
    "fra",
    "nostri",
    "vostri",
    "suoi",
    "tuoi",
    "miei",
    "propri",
]
PHRASES = {
    "en": frozenset(
        [
            # Italian directions English scores and their manuals write (Merriam-Webster lists
            # them): "da" and "dal" alone stay checked
            ("da", "capo"),
            ("dal", "segno"),
            ("opera", "seria"),
            ("opera", "buffa"),
            ("al", "dente"),  # the kitchen's, as menus write it
        ]
    ),
    "it": frozenset(
        [
            ("mailing", "list"),
            ("home", "page"),
            ("open", "source"),
            ("call", "center"),
            ("low", "cost"),  # Treccani's locution: "un volo low cost", "prezzi low-cost"
            ("help", "desk"),
            ("customer", "care"),
            ("front", "office"),
            ("back", "office"),
            ("port", "forwarding"),
            ("social", "network"),
            ("social", "media"),
            ("nordic", "walking"),
            ("on", "line"),  # Treccani's locution beside "online" ("è on line il sito")
            # Treccani's locutions of shared transport ("car" and "bike" alone stay checked)
            ("car", "sharing"),
            ("car", "pooling"),
            ("bike", "sharing"),
            ("drag", "and"),  # drag and drop, Treccani's locution ("drop" is a loanword)
            # the gods, with the accent Treccani gives to tell them from the preposition "dei":
            # only after their article ("alcuni dèi file" is still a slip)
            *((article, "dèi") for article in ("gli", "degli", "agli", "dagli", "negli", "sugli")),
            *((before, "social") for before in _SOCIAL_BEFORE),
            # and after the plural nouns it qualifies as Treccani's invariable adjective
            *((noun, "social") for noun in ("pagine", "canali", "profili", "piattaforme")),
        ]
    ),
}


def in_phrase(words: list[Word], i: int, text: str, lang: str) -> bool:
    """Return True when the word and a neighbour joined by a space or hyphen form a phrase."""
    phrases = PHRASES.get(lang, frozenset())
    w = words[i]
    before = words[i - 1] if i > 0 else None
    if before and text[before.end : w.start] in (" ", "-") and (before.lower, w.lower) in phrases:
        return True
    if i + 1 < len(words) and text[w.end : words[i + 1].start] in (" ", "-"):
        return (w.lower, words[i + 1].lower) in phrases
    return False


# Italian's masculine articles and articulated prepositions, singular and plural: an English
# loanword takes them ("compilare il form", "nel form"), a feminine Italian noun never does.
_MASCULINE_BEFORE = frozenset(
    [
        "il",
        "lo",
        "i",
        "gli",
        "un",
        "uno",
        "del",
        "dello",
        "dei",
        "degli",
        "al",
        "allo",
        "ai",
        "agli",
        "dal",
        "dallo",
        "dai",
        "dagli",
        "nel",
        "nello",
        "nei",
        "negli",
        "sul",
        "sullo",
        "sui",
        "sugli",
        "col",
        "coi",
    ]
)


def masculine_loanword(words: list[Word], i: int, text: str) -> bool:
    """Return True for an English loanword after a masculine article, when only a feminine
    Italian noun makes it a likely slip: "il form", "il relativo form", "i form" (forma,
    forme); "la form" and "una list" stay flagged, and so does "il camp" (campo is masculine)."""
    w = words[i]
    shadows = speller("it").loanword_shadows(w.lower)
    if not shadows or w.lower + "a" not in shadows:
        return False
    if any(s not in (w.lower + "a", w.lower + "e") for s in shadows):
        return False
    # the article just before, or before one masculine adjective ("il relativo form")
    for back in (1, 2):
        j = i - back
        if j < 0 or not text[words[j].end : words[j + 1].start].isspace():
            return False
        if words[j].lower in _MASCULINE_BEFORE:
            return True
        if not words[j].lower.endswith(("o", "i")) or not words[j].text.islower():
            return False
    return False


# An English compound inside Italian prose keeps English's order, modifier first: "content
# management", "document management", "mission-critical". Its first word alone would be the
# commonest slip of all, an Italian word missing its last letter (contento, documento,
# missione), so it is accepted only when the next word, joined by a space or a hyphen, makes a
# pair English writes often (context.py's word-pair counts) and is English: a word Italian
# lacks ("mission-critical") or a loanword of ENGLISH_COMPOUND_LETTERS letters or more
# ("management"), never a short word both languages write ("il camp in montagna" is campo).
# The first word must be that long too: a short one is as often an article or preposition
# left short ("Torna all home" is alla, "dell'") as a compound's head. "un document
# ufficiale", "la mission aziendale" and "un error software" stay flagged.
ENGLISH_COMPOUND_LETTERS = 5


def english_compound(words: list[Word], i: int, text: str) -> bool:
    """Return True for a shadowed English word (content, mission) heading an English compound
    of Italian prose: "content management", "mission-critical"."""
    if i + 1 >= len(words):
        return False
    it = speller("it")
    w, after = words[i], words[i + 1]
    if (
        len(w.text) < ENGLISH_COMPOUND_LETTERS
        or text[w.end : after.start] not in (" ", "-")
        or after.sentence_start
        or not after.text.islower()
        or not it.loanword_shadows(w.lower)
        or not it.english_word(after.lower)
    ):
        return False
    if it.own_word(after.lower) and not (
        len(after.text) >= ENGLISH_COMPOUND_LETTERS and it.is_loanword(after.lower)
    ):
        return False
    counts = pairs("en")
    return counts is not None and counts.affinity(w.lower, after.lower) > 0
