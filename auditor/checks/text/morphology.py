"""Accept Italian forms a frequency list lacks: verbs with clitics, inflections of known stems."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

log = logging.getLogger(__name__)

# Enclitic pronouns and their combinations, longest first ("glielo" before "lo").
_SINGLE = ("ci", "vi", "la", "lo", "li", "le", "gli", "ne", "si", "mi", "ti")
_COMBINED = tuple(
    f"{head}{tail}"
    for head in ("me", "te", "ce", "ve", "se", "glie")
    for tail in ("lo", "la", "li", "le", "ne")
)
CLITICS = tuple(sorted(_COMBINED + _SINGLE, key=len, reverse=True))

# Inflection families: a word is accepted when swapping its ending for another ending of the
# same family gives a known word (impostare unknown, impostato known). Typos sit mostly inside
# the word, where this never reaches.
_NOMINAL = ("o", "a", "i", "e")
_VERBAL = (
    "are",
    "ere",
    "ire",
    "ato",
    "ata",
    "ati",
    "ate",
    "uto",
    "uta",
    "uti",
    "ute",
    "ito",
    "ita",
    "iti",
    "ite",
    "iamo",
    "amo",
    "ando",
    "endo",
    "ava",
    "avano",
    "eva",
    "evano",
    "erà",
    "eranno",
    "eremo",
    "erebbe",
    "irà",
    "iremo",
    "ano",
    "ono",
    "ino",
    "ante",
    "anti",
    "ente",
    "enti",
    "azione",
    "azioni",
    "amento",
    "amenti",
    "abile",
    "abili",
    "ibile",
    "ibili",
    "mente",
    "ore",
    "ori",
    "rice",
    "rici",
    "ione",
    "ioni",
    "ia",
    "ie",
    "ismo",
    "ista",
    "isti",
    "ità",
    "ezza",
    "ezze",
    "ura",
    "ure",
)
_VERBAL_SORTED = tuple(sorted(_VERBAL, key=len, reverse=True))
MIN_STEM = 4
MIN_EVIDENCE = 100  # a frequency below this may itself be a typo in the subtitle-built list


def _plain(ending: str) -> str:
    return ending.replace("à", "a").replace("è", "e").replace("ì", "i").replace("ò", "o")


def inflection_known(word: str, freq: Callable[[str], int]) -> bool:
    """Return True when another inflection of the word's stem is a common known word."""
    for ending in _VERBAL_SORTED:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            stem = word[: -len(ending)]
            if any(
                freq(stem + other) >= MIN_EVIDENCE
                for other in _VERBAL
                if _plain(other) != _plain(ending)  # qualita is not an inflection of qualità
            ):
                return True
    last = word[-1:]
    if last in _NOMINAL and len(word) - 1 >= MIN_STEM:
        stem = word[:-1]
        if stem[-2:] not in ("ar", "er", "ir"):  # "confermaro" must not pass as "confermare"
            return any(freq(stem + other) >= MIN_EVIDENCE for other in _NOMINAL if other != last)
    return False


# Learned words shared with English: corrosione ~ corrosion, magnesio ~ magnesium.
COGNATES = (
    ("zione", "tion"),
    ("zioni", "tions"),
    ("sione", "sion"),
    ("ione", "ion"),
    ("io", "ium"),
    ("ico", "ic"),
    ("ica", "ic"),
    ("ità", "ity"),
    ("ismo", "ism"),
    ("ista", "ist"),
    ("ale", "al"),
    ("ente", "ent"),
    ("ante", "ant"),
    ("oso", "ous"),
    ("osa", "ous"),
    ("odo", "ode"),
    ("ea", "eous"),
)


def cognate_known(word: str, english: Callable[[str], int]) -> bool:
    """Return True when the word's English cognate is a common English word."""
    return any(
        word.endswith(it) and len(word) - len(it) >= 3 and english(word[: -len(it)] + en) >= 100
        for it, en in COGNATES
    )


# The prefixoids added in the thirty-fourth round (Treccani's macro-, meta-, mini-...: the
# forty-second set's metapacchetto, macroblocchi, a guest guide's minifrigo) make words of more
# slips than the older ones (controlare: contro + lare, minierra: mini + erra, metadatti: meta
# + datti): they count only where the caller also finds no known word one slip away. The
# thirty-ninth round added the combining forms of science and engineering Treccani lists, as
# English's thermo-, electro-, hydro-, aero- (a horse-equipment maker's idropulitrice,
# elettroconduttiva).
GUARDED_PREFIXES = frozenset(
    [
        "elettro",
        "idro",
        "termo",
        "aero",
        "pseudo",
        "contro",
        "macro",
        "ultra",
        "retro",
        "infra",
        "intra",
        "meta",
        "mini",
        "maxi",
        "mega",
        "iper",
        "poli",
    ]
)
_OLDER_PREFIXES = (
    "sopra",
    "sovra",
    "sotto",
    "video",
    "tele",
    "micro",
    "multi",
    "super",
    "extra",
    "inter",
    "anti",
    "semi",
    "auto",
    "post",
    "geo",
    "sub",
    "pre",
    "pro",
    "dis",
    "de",
    "ri",
    "re",
    "s",
)
PREFIXES = (*_OLDER_PREFIXES, *sorted(GUARDED_PREFIXES))


# Short prefixes stick to almost anything a typo makes (sprezzo, riprezzo): they need a verb
# or a verbal noun behind them (ricontattare, sbloccare, disattivazione, desaturazione,
# sublicenziare), and s- a consonant.
SHORT_PREFIXES = frozenset(["s", "ri", "re", "de", "dis", "sub", "pre", "pro"])
LONG_PREFIXES = tuple(p for p in _OLDER_PREFIXES if p not in SHORT_PREFIXES)
_VERBISH = (
    "are",
    "ere",
    "ire",
    "ato",
    "ata",
    "ati",
    "ate",
    "ito",
    "ita",
    "iti",
    "ite",
    "uto",
    "uta",
    "uti",
    "ute",
    "azione",
    "azioni",
    "amento",
    "amenti",
    "ando",
    "endo",
    "erà",
    "irà",
    "iamo",
    # the participles in -tto of scrivere, dire, fare...: disiscritto, ridetto
    "tto",
    "tta",
    "tti",
    "tte",
)


def _verb_form(word: str, accept: Callable[[str], bool]) -> bool:
    """Return True for the present or imperative of a known verb (carica, indicizza, connette)."""
    if word.endswith("a"):
        return accept(word[:-1] + "are")
    if word.endswith("e"):
        return accept(word[:-1] + "ere") or accept(word[:-1] + "ire")
    return False


def _sub_adjective(prefix: str, rest: str) -> bool:
    """Return True for sub- before an -ale adjective of seven letters or more (subregionale)."""
    return prefix == "sub" and len(rest) >= 7 and rest.endswith(("ale", "ali"))


def prefix_known(
    word: str, accept: Callable[[str], bool], long_only: bool = False, slip_checked: bool = True
) -> bool:
    """Return True for a known word behind a productive prefix (ricontatterà, sottomodulo).

    `slip_checked`: the caller rejects a word one slip from a known one, so the guarded
    prefixes count too; `long_only` reads neither the short nor the guarded ones."""
    for p in LONG_PREFIXES if long_only else PREFIXES:
        if not slip_checked and p in GUARDED_PREFIXES:
            continue
        rest = word[len(p) :]
        if not word.startswith(p) or len(rest) < 4:
            continue
        if p in SHORT_PREFIXES and not _sub_adjective(p, rest):
            # a verb's form, its clitics included (riautenticarsi, ricollegarti)
            if len(rest) < 6 or not (
                rest.endswith(_VERBISH) or _verb_form(rest, accept) or clitic_known(rest, accept)
            ):
                continue
            if p == "s" and rest[0] not in "bcdfglmnprtv":
                continue
        if accept(rest):
            return True
    return False


def clitic_known(word: str, accept: Callable[[str], bool]) -> bool:
    """Return True for a verb with enclitic pronouns whose bare form is accepted.

    contattarci -> contattar(e), inviarle -> inviar(e), porle -> por(re),
    ringraziandovi -> ringraziando.
    """
    for clitic in CLITICS:
        if word.endswith(clitic) and len(word) - len(clitic) >= 3:
            stem = word[: -len(clitic)]
            if stem.endswith(("ar", "er", "ir", "or", "ur")) and (
                accept(stem + "e") or accept(stem + "re")
            ):
                return True
            # gerunds and imperatives: ringraziandovi, contattateci, scrivici, dimmi, fallo
            if (
                stem.endswith(("ando", "endo", "ate", "ete", "ite")) or stem[-1] in "aeioàò"
            ) and accept(stem):
                return True
    return False


# British spellings as regular rewrites of the American form Hunspell en_US knows. The -ise and
# -lled rewrites can only hide a slip that itself makes the British word; -our and -ogue also need
# the British form attested in pyspellchecker's English list, so "errour" stays a typo.
_BRITISH_FREE = (
    (re.compile(r"is(e|ed|es|ing|ation|ations|er|ers)$"), r"iz\1"),
    (re.compile(r"ys(e|ed|es|ing)$"), r"yz\1"),
    # travelled, cancelling, fuelled, dialled: a single vowel's l doubled; not after a vowel pair
    # read as one (fail, boil, feel, cool), whose l is never doubled: "failled" is a slip
    (re.compile(r"([aeiou])(?<!ai|ei|oi|ee|ea|oo|oa|ou|au)ll(ed|ing|er|ers)$"), r"\1l\2"),
    (re.compile(r"([^l])lful(ly|ness)?$"), r"\1llful\2"),  # skilful, skilfully, wilfulness
    # the ae and oe of Greek and Latin words of medicine and learning, on these stems only
    # ("raed" stays a slip of red): paediatrician, orthopaedic, haemorrhage, anaesthetist,
    # leukaemia, oesophagus, oestrogen, oedema, foetus, diarrhoea, encyclopaedia, mediaeval,
    # oenologist (a wine estate's)
    (
        re.compile(
            r"(paed|haem|anaes|gynaec|leukaem|anaem|septicaem|ischaem|oesoph|oestr|oedem|foet"
            r"|diarrhoe|dyspnoe|apnoe|mediaev|palaeo|homoeo|oenolog)"
        ),
        lambda m: m.group(1).replace("ae", "e").replace("oe", "e", 1),
    ),
)
_OUR = re.compile(r"our")
_BRITISH_ATTESTED = (
    (_OUR, "or"),  # colour, neighbourhood, favourite
    (re.compile(r"ogue(s)?$"), r"og\1"),  # catalogue, dialogue
)
_BRITISH_FREQ = 100


def british_known(word: str, known: Callable[[str], bool], freq: Callable[[str], int]) -> bool:
    """Return True when a British spelling's American form is known (colour -> color)."""
    if len(word) < 5:
        return False
    for rules, attested in ((_BRITISH_FREE, True), (_BRITISH_ATTESTED, None)):
        for pattern, american in rules:
            other = pattern.sub(american, word, count=1)
            if other == word or not known(other):
                continue
            if attested or freq(word) >= _BRITISH_FREQ:
                return True
            if pattern is _OUR and _our_root_attested(word, known, freq):
                return True
    return False


# What British English writes after an -our root and keeps its u (colourless, flavoured,
# savouriness); before a Latin suffix it drops it as American does (vigorous, laborious,
# humoral), so "vigourous" stays the slip it is.
_OUR_TAILS = frozenset(
    [
        "",
        "s",
        "ed",
        "ing",
        "ings",
        "er",
        "ers",
        "ful",
        "fully",
        "less",
        "lessly",
        "able",
        "ably",
        "ite",
        "ites",
        "hood",
        "ist",
        "ists",
        "y",
        "ily",
        "iness",
    ]
)


def _our_root_attested(word: str, known: Callable[[str], bool], freq: Callable[[str], int]) -> bool:
    """Return True when the word's -our is an attested British root's, written inside a longer
    word the list lacks: discolour, recoloured, flavourless (colour, flavour: their American
    form known). The root ends at the -our, so "tours" (tors) or "hours" never attest; "errour"
    has no root of five letters or more. Thirty-ninth round: a horse-equipment maker's English."""
    end = word.find("our") + 3
    return (
        end >= 3
        and word[end:] in _OUR_TAILS
        and any(
            freq(root) >= _BRITISH_FREQ and known(root[:-3] + "or")
            for root in (word[start:end] for start in range(end - 4))
        )
    )


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Prefixes written apart from their word: "pre-caricata", "pre-press", "(un)installing",
# "un-minimize". Only as a prefix, joined by a hyphen or a closing bracket to the next word.
DETACHED_PREFIXES = {
    "it": frozenset(
        _words(
            "pre post ri re anti multi semi sub super inter intra iper ipo micro macro mini auto bi "
            "tri co de dis extra ex neo pseudo ultra sovra sotto contro infra para tele video simil"
        )
    ),
    "en": frozenset(
        _words(
            "pre post re un non co anti multi semi sub super inter intra over under de dis mis mid "
            "micro macro mini auto bi tri uni ex pro counter cross self meta hyper ultra extra pseudo "
            "quasi neo"
        )
    ),
}


# Italian derivations Hunspell it_IT lacks although it knows the word they come from: verbal
# nouns and adjectives of a known verb (evidenziazione, reindirizzamento, indicizzatore,
# ridimensionabile, delineatura, campionatura) and adverbs of a known adjective (adattativamente).
# A known -azione noun attests its verb even when Hunspell lacks the infinitive (paginazione ->
# paginatore); -izzare verbs come from a known noun or adjective (mosaico -> mosaicizzazione).
# Long suffixes on a stem of five letters or more: a typo rarely lands on a whole suffix.
_DERIVED = (
    (
        _words(
            "azione azioni amento amenti atore atori atrice atrici abile abili atura ature aggio"
        ),
        ("are", "azione"),
    ),
    (
        _words("izione izioni imento imenti itore itori itrice itrici ibile ibili itura iture"),
        ("ire",),
    ),
    (_words("imento imenti itore itori ibile ibili"), ("ere",)),
    # verbs in -izzare made from a noun or adjective Hunspell knows (mosaico -> mosaicizzare),
    # their present too ("Anonimizza dati personali": anonimo)
    (
        _words(
            "izzare izzato izzata izzati izzate izzazione izzazioni izzabile izzatore izza izzano"
        ),
        tuple("oae"),
    ),
    (("mente",), ("",)),
)
_MIN_DERIVED_STEM = 5


def derived_known(word: str, known: Callable[[str], bool]) -> bool:
    """Return True for an Italian derivation of a word Hunspell knows (evidenziazione)."""
    for suffixes, sources in _DERIVED:
        for suffix in suffixes:
            stem = word[: -len(suffix)]
            if not word.endswith(suffix) or len(stem) < _MIN_DERIVED_STEM:
                continue
            if suffix == "mente":
                # adverbs come from the feminine adjective (adattativa-mente) or -le/-re (facil-mente)
                if stem.endswith("a") and known(stem):
                    return True
                if stem.endswith(("l", "r")) and known(stem + "e"):
                    return True
                continue
            if any(known(stem + s) for s in sources):
                return True
    return False


# English re-/pre- on a known word (reindex, preloaded) and un- on a known participle
# (unchecking, untrusted, unencrypted). The rest must be a word of five letters or more, so a slip
# that leaves "un" or "re" before a short word (untill -> un + till) is still caught; un- needs
# -ed/-ing because un- on an adjective is the Italian writer's error (unpossible, uncorrect).
_MIN_EN_REST = 5


def en_prefix_known(word: str, known: Callable[[str], bool]) -> bool:
    """Return True for re-/pre- + a known word or un- + a known participle (untrusted)."""
    for p in ("re", "pre", "un"):
        rest = word[len(p) :]
        if not word.startswith(p) or len(rest) < _MIN_EN_REST:
            continue
        if p == "un" and not rest.endswith(("ed", "ing")):
            continue
        if known(rest):
            return True
    return False
