"""Flag unknown words, wrong one-letter words and the real-word errors a dictionary cannot see."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

from auditor.checks.base import CheckFinding
from auditor.checks.text import engine, suggesting
from auditor.checks.text.acronyms import acronym, slip_on_common_word
from auditor.checks.text.brand import name_parts
from auditor.checks.text.en_forms import ENGINEERING_FORMS
from auditor.checks.text.engine import Speller, speller
from auditor.checks.text.foreign import (
    english_compound,
    in_phrase,
    italian_name_and,
    italian_name_part,
    masculine_loanword,
)
from auditor.checks.text.it_forms import inclusive_known
from auditor.checks.text.lexicon import STOPWORDS
from auditor.checks.text.mixed_language import (
    english_knows,
    italian_knows,
    italian_month,
    lone_italian,
    mixed_language,
)
from auditor.checks.text.morphology import DETACHED_PREFIXES
from auditor.checks.text.names import (
    COMMON_FREQ,
    dictionary_name,
    given_name,
    lowercase_name,
    name_first,
    names_in,
    one_slip_count,
    opens_a_name,
)
from auditor.checks.text.one_letter import one_letter, word_finding
from auditor.checks.text.realword import REAL_WORD, used_as_participle
from auditor.checks.text.runtogether import run_together, split_place
from auditor.checks.text.suggest import brand_matches, cost
from auditor.checks.text.symbols import symbol
from auditor.checks.text.titlecase import title_case_starts
from auditor.checks.text.tokenize import Word, closes_quote
from auditor.i18n import Translate
from auditor.model import Severity

log = logging.getLogger(__name__)

__all__ = ["REAL_WORD", "Speller", "check_spelling", "severity_for_spelling", "speller"]

_GRAVE = {"a": "à", "e": "è", "i": "ì", "o": "ò", "u": "ù"}
_MIXED_CASE = re.compile(r".\w*[A-Z]")

# A capitalised sentence opener whose nearest suggestion is further than this is taken for a name
# (Gwenview, Shotwell, Konqueror: about 100 of the tuning sets' alarms). Measured with every
# generated slip and codespell row moved to a sentence start: 2.5 loses none of the English
# slips, 0.04 % of the Italian ones and 1.8 % of the real misspellings (2.0 lost 3.0 %).
NAME_DISTANCE = 2.5
# An English word of Italian prose with no Italian word within NAME_DISTANCE is a loan, not a
# slip: a slip of an Italian word stays within a slip or two of it (thirty-second round). Short
# words are left to the loanword rules ("fat", "mayo" are as often slips).
ENGLISH_LOAN_LETTERS = 7
_POSSESSIVE = re.compile(r"['’]s?$")
# Combining forms English writes only after a hyphen (Oxford's "-seater": a two-seater; the noun
# "-year-old": a class of 25-year-olds)
_COMBINING_TAILS = frozenset(["seater", "seaters", "olds"])
# and the combining forms it writes only before one (Oxford's "eco-", "geo-", "agro-", "agri-":
# eco-leaves, geo-tagged, agri-food; and the engineer's, en_forms.ENGINEERING_FORMS: thermo-
# mechanical steel, hydro-electric power); alone ("an eco") they are still checked
_COMBINING_HEADS = frozenset(["eco", "geo", "agro", "agri", *ENGINEERING_FORMS])
_HYPHEN_WORD = re.compile(r"-[^\W\d_]")
# An apostrophe and a lone s: English's possessive or contraction; Italian elides only before a
# word that begins with a vowel or h
_ENGLISH_S = re.compile(r"s(?!\w)")


def severity_for_spelling() -> Severity:
    """Return the severity of an ordinary typo: a form issue, noticed but not serious."""
    return Severity.MINOR


def _match_case(template: str, word: str) -> str:
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _cut_short(w: Word, text: str) -> bool:
    """Return True when a dot follows the word and, after a space, a lowercase word or a number:
    what follows an abbreviation, never a full stop (at the end of a text the dot is taken for a
    full stop, so a word missing its last letters there is still a slip). A comma, a colon or a
    semicolon right after the dot, or the bracket the word stands in, follow an abbreviation too
    ("Risol.: 300 dpi", "PDF (bassa risol.)"): a full stop is not followed by them."""
    if text[w.end : w.end + 1] != "." or w.chunk not in ("", w.text):
        return False
    after = text[w.end + 1 : w.end + 3]
    if after[:1] in (",", ":", ";"):
        return True
    if after[:1] == ")":
        return text.rfind("(", 0, w.start) > text.rfind(")", 0, w.start)
    return len(after) == 2 and after[0] in " \t" and (after[1].islower() or after[1].isdigit())


def _detached(text: str, w: Word) -> bool:
    """Return True when the word is joined to a following word by a hyphen or a bracket."""
    after = text[w.end : w.end + 2]
    if len(after) < 2 or not after[1].isalpha():
        return False
    return after[0] == "-" or (after[0] == ")" and text[w.start - 1 : w.start] == "(")


# A prefix whose word follows a conjunction or a slash: "pre e post-evento", "pre- and
# post-processing", "pre/post-operatorio", "pre e postvendita".
_SUSPENDED = re.compile(
    r"-?(?:\s*/\s*|\s+(?:e|ed|o|and|or|&)\s+)([^\W\d_]+)(-(?=[^\W\d_]))?", re.IGNORECASE
)


def _suspended(text: str, w: Word, lang: str, sp: Speller) -> bool:
    """Return True when the prefix stands before a conjunction and the prefixed word it shares
    its tail with: another prefix and a hyphen, or a known word opening with a prefix."""
    m = _SUSPENDED.match(text, w.end)
    if m is None:
        return False
    prefixes = DETACHED_PREFIXES[lang]
    other = m.group(1).lower()
    if m.group(2):
        return other in prefixes
    return sp.accepts(other) and any(
        len(p) >= 3 and other.startswith(p) and len(other) > len(p) + 2 for p in prefixes
    )


_BRACKETED_HEAD = re.compile(r"(?<!\w)\(([^\W\d_]{1,3})\)$")


def _bracketed_head(text: str, w: Word, sp: Speller) -> bool:
    """Return True when the word's first letters stand in brackets before it and the whole word
    is known: a menu's access key marked so, or an optional head ("(s)caricare")."""
    head = _BRACKETED_HEAD.search(text, max(0, w.start - 6), w.start)
    return head is not None and sp.accepts(head.group(1).lower() + w.lower)


def _far(low: str, suggestions: tuple[str, ...], lang: str) -> bool:
    """Return True when no suggestion is within NAME_DISTANCE weighted edits (Gwenview)."""
    return all(cost(low, s.lower(), lang) > NAME_DISTANCE for s in suggestions)


# At a sentence start a run-together pair also reads as a name (Shotwell, Mailchimp: shot well,
# mail chimp); it beats the name only when one half is a function word (Thankyou, Alot, Infact).
FUNCTION_FREQ = 5_000_000


def around(words: list[Word], i: int, text: str) -> tuple[str, str]:
    """Return the lowercase words just before and after words[i], each "" unless only spaces
    part it from words[i] (a comma, a full stop or a bracket ends the context)."""
    w = words[i]
    left = words[i - 1] if i > 0 else None
    right = words[i + 1] if i + 1 < len(words) else None
    return (
        left.lower if left is not None and text[left.end : w.start].isspace() else "",
        right.lower if right is not None and text[w.end : right.start].isspace() else "",
    )


def _other_language_knows(w: Word, lang: str) -> bool:
    """Return True when the other language knows a word: an Italian name in an English
    heading, an English word in an Italian one."""
    return italian_knows(w) if lang == "en" else english_knows(w, w.lower)


def check_spelling(
    words: list[Word],
    lang: str,
    accepted: frozenset[str],
    _: Translate,
    text: str = "",
    brands: Sequence[str] = (),
) -> list[CheckFinding]:
    """Return a finding for every unknown word (names, acronyms and accepted words skipped).

    Suggestions: the client's brand names first when one is close, then corrections up to two
    typing slips away (accent fixes and neighbouring keys first, see suggest.py).
    """
    sp = speller(lang)
    sp.slow_suggestions_left = suggesting.SLOW_SUGGESTIONS_PER_CHECK
    real = REAL_WORD[lang]
    brand_words = sorted({part for b in brands for part in name_parts(b)})
    findings: list[CheckFinding] = []
    names: frozenset[str] | None = None
    titled: frozenset[int] | None = None  # the capitalised words of Title Case headings
    lowered_names: frozenset[str] = frozenset()
    mixed = mixed_language(words, lang, text, _)
    english, italian = mixed.english, mixed.italian
    findings += mixed.notes
    for i, w in enumerate(words):
        word = w.text
        low = w.lower
        if w.start in mixed.other:
            continue  # "Les défis de l'avocat": a French title, noted whole, no typos of ours
        if w.start in mixed.latin:
            continue  # pro bono, una tantum: a Latin locution the language writes, whole
        if len(word) == 1:
            if low in accepted:
                continue  # "Add to dictionary" offered on the Italian "e" keeps its promise
            # "Scienze e Tecnologie": an Italian name's "e", not Italian's "e" for "and"
            in_name = lang == "en" and low == "e" and italian_name_and(words, i, text)
            found = one_letter(w, lang, text, _, w.start in italian or in_name)
            if found is not None:
                findings.append(found)
            continue
        if w.abbreviation or low in accepted or low.rstrip("'") in accepted:
            continue
        if symbol(w, text):
            continue  # Ctrl, 96 ppi, 12 ott, arccos, sin(x): a symbol as written, not a word
        if w.chunk != word and "-" in w.chunk and sp.accepts(w.chunk.lower().replace("’", "'")):
            continue  # wi-fi, e-mail, check-in: known as a whole
        if (
            (len(word) <= 3 or (text[w.end : w.end + 1] == "-" and w.chunk.count("-") == 1))
            and "-" in w.chunk
            and sp.accepts(w.chunk.lower().replace("-", ""))
        ):
            # add-ons, socio-political: a short tail or a head whose closed compound is known
            # ("sans-erif" is still a slip for sans-serif, although "sanserif" is a word)
            continue
        if lang == "en" and low in _COMBINING_TAILS and text[w.start - 1 : w.start] == "-":
            continue  # two-seaters, 25-year-olds: a combining form, never written alone
        if lang == "en" and low in _COMBINING_HEADS and _HYPHEN_WORD.match(text, w.end):
            continue  # eco-leaves, agri-food: the head of a compound, its tail checked alone
        if in_phrase(words, i, text, lang):
            continue  # mailing list, home page, al dente: a phrase used whole
        if low in DETACHED_PREFIXES.get(lang, ()) and (
            _detached(text, w) or _suspended(text, w, lang, sp)
        ):
            continue  # pre-caricata, (un)installing, pre e post-evento: a prefix set apart
        if _bracketed_head(text, w, sp):
            continue  # "Barra degli (s)trumenti", "Salva con (n)ome": the access key marked
        if low in real and not (lang == "it" and used_as_participle(low, *around(words, i, text))):
            fix = _match_case(word, real[low])
            message = _("“{word}” is a common mistake: write “{fix}”.").format(word=word, fix=fix)
            findings.append(word_finding("spelling", message, w, (fix,)))
            continue
        if titled is None:
            titled = title_case_starts(
                words, text, STOPWORDS[lang].__contains__, lambda name: given_name(name, lang)
            )
        if word.isupper() or (word[0].isupper() and not w.sentence_start and w.start not in titled):
            continue  # acronyms and names (Hotel, Rossi, IBAN)
        if (
            _MIXED_CASE.match(word)
            and not sp.accepts(low)
            and not (word[0].isupper() and word[1:].islower())
            and not word.islower()
        ):
            continue  # iPhone, WhatsApp; inviarLe is accepted below through its lowercase form
        if sp.core_accepts(low, word):
            continue
        if lang == "it" and masculine_loanword(words, i, text):
            continue  # "compilare il form": the article rules out forma
        if lang == "it" and english_compound(words, i, text):
            continue  # "content management", "mission-critical": English's order, English
        if w.start in titled and _other_language_knows(w, lang):
            continue  # "Welcome To Villa Borgo", "Scopri Il Nostro Wellness": a heading's
        if lang == "it" and inclusive_known(
            low, text[w.start - 1 : w.start], text[w.end : w.end + 1], sp.core_accepts
        ):
            continue  # studentɜ selezionatɜ, l* student*: inclusive Italian, on purpose
        if lang == "en" and italian_name_part(words, i, text):
            continue  # Santa Maria delle Grazie, Castiglione d'Orcia, Isola Comacina
        if (
            lang == "it"
            and low.endswith("'")
            and _ENGLISH_S.match(text, w.end)
            and sp.english_word(low[:-1])
        ):
            continue  # "It’s day one", "Let's go": English quoted in Italian text
        if _cut_short(w, text) and sp.truncates_known(low):
            continue  # "Distanza orizz. oggetto", "Car. di separaz. migliaia": a label cut short
        if (
            low.endswith("'")
            and closes_quote(text, w.start)
            and sp.core_accepts(low[:-1], word[:-1])
        ):
            continue  # 'Collega a un database esistente': a closing quote, not an elision
        if w.start in english and english_knows(w, low):
            continue  # "It can also show the pinning priorities": English, not Italian slips
        if w.start in italian and italian_knows(w):
            continue  # "Aperta durante gli orari delle funzioni": Italian, not English slips
        elided = lang == "it" and text[w.end : w.end + 1] in ("'", "’")
        if elided and sp.core_accepts(low + "'"):
            continue  # "dell' esecuzione": an elision with a stray space, not a misspelt word
        if names is None:
            names = names_in([x for x in words if x.start not in titled])
            lowered_names = frozenset(n.lower() for n in names)
        if word[0].isupper():
            # a sentence opener the text also writes mid-sentence as a name (Shotwell, Orca's):
            # consistent usage is a name, not a typo
            if word in names or _POSSESSIVE.sub("", word) in names:
                continue
        elif low in lowered_names and (w.chunk != word or not lowercase_name(word, sp)):
            # "la lista gramps-announce" beside "Gramps": the name, in a file or address; but a
            # dictionary's name standing alone in lower case ("a milano" beside "Milano") is the
            # same name written two ways, the detail the auditor is there to see
            continue
        accented = (
            _match_case(word, low[:-1] + _GRAVE.get(low[-1], low[-1])) if lang == "it" else ""
        )
        if accented and accented != word and sp.known(accented.lower()):
            message = _("Accent: write “{fix}”, not “{word}”.").format(fix=accented, word=word)
            findings.append(word_finding("accent", message, w, (accented,)))
            continue
        if sp.broad_accepts(low):
            continue  # checked after the accent: the web writes "citta" and "perche" often
        acro = acronym(word, lang)
        near_brands = brand_matches(word, brand_words, lang)
        if word.islower():
            # a brand word that is an ordinary word ("Package" of "Synaptic Package Manager"),
            # near a lowercase slip, is offered as the word it is: "pakage" -> "package"
            near_brands = [b.lower() if sp.listed(b.lower()) else b for b in near_brands]
            near_brands = list(dict.fromkeys(near_brands))
        pair = run_together(low, sp)
        found = [s for s in sp.suggest(low, around=around(words, i, text)) if s not in near_brands]
        if pair:
            # the split first, unless a one-word correction reads likelier ("failled": failed)
            at = split_place(low, pair, found, sp)
            if at is not None:
                found.insert(at, pair)
        if lang == "it" and low.endswith("'"):
            # the writer typed an elision: the elided forms first (del'elenco: dell', then del)
            found.sort(key=lambda s: not s.endswith("'"))
        suggestions = tuple(near_brands) + tuple(_match_case(word, s) for s in found)
        if "’" in word:
            suggestions = tuple(s.replace("'", "’") for s in suggestions)  # dal’ -> dall’
        if acro and not near_brands:
            near = [s for s in suggestions if cost(low, s.lower(), lang) <= engine.ONE_SLIP]
            if slip_on_common_word(low, near, sp):
                # "erp" beside "per", "cpu" beside "cup": likelier a slip on the word; the
                # acronym is offered after the two nearest words
                suggestions = (*suggestions[:2], acro, *suggestions[2:])
            elif w.sentence_start and word.islower():
                continue  # "pdf allegato.": the sentence's capital names it, as PDF
            else:
                # "il pdf": spelt right, cased wrong (acronyms.py); a word one slip away follows,
                # in case the writer slipped on it ("url" beside "urla")
                message = _("“{word}” is an acronym: write “{fix}”.").format(word=word, fix=acro)
                findings.append(word_finding("capitalization", message, w, (acro, *near[:2])))
                continue
        name = "" if near_brands else lowercase_name(word, sp)
        if name and name_first(word, sp, suggestions):
            # "milano", "london": the capital is the fix; the nearest words follow in case the
            # name was a slip of one
            others = tuple(s for s in suggestions if s != name)
            message = _("“{word}”: the name is written “{fix}”.").format(word=word, fix=name)
            findings.append(word_finding("spelling", message, w, (name, *others)[:3]))
            continue
        if name and name not in suggestions[:3]:
            suggestions = (*suggestions[:2], name)  # "locke": locked, locker, or Locke
        suggestions = suggestions[:3]
        one_words = tuple(s for s in suggestions if " " not in s)
        if (
            word[0].isupper()
            and not near_brands
            and not (pair and max(sp.lex.freq(h) for h in pair.split()) >= FUNCTION_FREQ)
            and _far(low, one_words, lang)
        ):
            continue  # a capitalised sentence opener with nothing close is likely a name
        if (
            word[0].isupper()
            and not near_brands
            and opens_a_name(words, i, text, lang, titled)
            and (dictionary_name(word) or one_slip_count(low, one_words, sp) < COMMON_FREQ)
        ):
            # "Abu Dhabi, Mascate", "Bruce Schneier": a name of two words; "Thhe Wesnoth",
            # a common word one slip away, is a slip before a name
            continue
        if (
            lang == "it"
            and not near_brands
            and len(low) >= ENGLISH_LOAN_LETTERS
            and (sp.english_word(low) or (not pair and sp.english_joined(low)))
            and _far(low, one_words, lang)
        ):
            # mentorship, onboarding, mountainbikers: English no Italian word comes near, no
            # slip; two Italian words run together ("primopiano") are offered apart instead
            continue
        month = italian_month(w, text) if lang == "en" else ""
        if month:
            message = _("“{word}” is the Italian month: in English, “{fix}”.").format(
                word=word, fix=month
            )
            findings.append(word_finding("italian_words", message, w, (month,)))
            continue
        if lang == "en" and not near_brands and lone_italian(w, suggestions):
            message = _(
                "This word is in Italian: is it meant to be (a name, a dish), or left untranslated?"
            )
            findings.append(
                CheckFinding("italian_words", Severity.MINOR, message, word, w.start, w.end)
            )
            continue
        message = _("“{word}” is not in the dictionary: a typo?").format(word=word)
        findings.append(word_finding("spelling", message, w, suggestions))
    return findings
