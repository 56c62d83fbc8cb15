"""Italian words the system's Hunspell dictionary lacks although it knows what they are made of.

Hunspell it_IT knows giroconto but not giroconti, disconnettere but not disconnette, sparare and
tutto but not sparatutto. These rules accept such words from the parts the dictionary knows;
the engine applies the compound and diminutive rules only when no known word is one slip away.
"""

from __future__ import annotations

from collections.abc import Callable

# Forms Hunspell's Italian dictionary lacks although it knows the word they come from: the
# plural of a singular it knows (giroconto -> giroconti) and the forms of an infinitive it
# knows (disconnettere -> disconnette). A slip that lands on such an ending makes another form
# of the same word, which no spelling checker can call wrong, so these need no slip guard.
_PLURALS = (("i", ("o", "e")), ("che", ("ca",)), ("ghe", ("ga",)), ("chi", ("co",)))
# Before a plain -i only: archivio -> archivi, never archivii; bianco -> bianchi, never bianci.
# The -che, -ghe, -chi plurals keep their stem's i (decodifica -> decodifiche, amica -> amiche).
_NOT_PLURAL = ("i", "c", "g")
# The future and the conditional (disconnetterà, disconnetterebbe) as software messages write
# them: what a program will do, or would.
_FUTURE = ("erà", "eranno", "erebbe", "erebbero")
_FUTURE_IRE = ("irà", "iranno", "irebbe", "irebbero")
_CONJUGATED = (
    ("are", ("a", "ano", "ato", "ata", "ati", "ate", "ando", "ava", "avano", "iamo", *_FUTURE)),
    # -ete beside -ate and -ite: the voi form a shop's text uses (possedete; the dictionary has
    # possedere but not it)
    (
        "ere",
        ("e", "ete", "ono", "uto", "uta", "uti", "ute", "endo", "eva", "evano", "iamo", *_FUTURE),
    ),
    (
        "ire",
        ("e", "ono", "ito", "ita", "iti", "ite", "endo", "isce", "iscono", "iamo", *_FUTURE_IRE),
    ),
)
_MIN_GAP_STEM = 4
# Sedere's future and conditional are written in "sie-" beside "se-" (Treccani: "sederò o
# siederò", "sederei o siederei"), and so are its compounds' (possiederà, soprassiederebbe);
# Hunspell it_IT has only the "se-" forms. Presiedere and risiedere are other verbs, "sie-"
# throughout, which the dictionary has.
_SIEDER_ENDINGS = frozenset(
    ["ò", "ai", "à", "emo", "ete", "anno", "ei", "esti", "ebbe", "emmo", "este", "ebbero"]
)


def dictionary_gap_known(word: str, known: Callable[[str], bool]) -> bool:
    """Return True for a plural or a verb form of a word Hunspell knows (giroconti, disconnette)."""
    for ending, singulars in _PLURALS:
        stem = word[: -len(ending)]
        if not word.endswith(ending) or len(stem) < _MIN_GAP_STEM:
            continue
        if ending == "i" and stem.endswith(_NOT_PLURAL):
            continue
        for singular in (stem + s for s in singulars):
            # crete is creta's plural and assicurare a verb: neither is a singular in -e
            if singular.endswith(("are", "ere", "ire")) or (
                singular.endswith("e") and known(stem + "a")
            ):
                continue
            if known(singular):
                return True
    for infinitive, forms in _CONJUGATED:
        for form in forms:
            stem = word[: -len(form)]
            if word.endswith(form) and len(stem) >= _MIN_GAP_STEM and known(stem + infinitive):
                return True
    at = word.find("sieder")
    if at >= 0 and word[at + 6 :] in _SIEDER_ENDINGS and known(word[:at] + "sedere"):
        return True
    return _imperative_with_pronoun(word, known)


# The compounds of tenere and venire take their imperative with a pronoun as the simple verb
# does (tienilo: mantienilo, ottienine, sostienili; vienimi: sovvienimi), but Hunspell's Italian
# dictionary builds those only on the old stem ("mantenilo") and so offered it for the modern
# form; an advertisement's "Ottienilo subito" was flagged.
_IMPERATIVE_BASES = (("tieni", "tenere"), ("vieni", "venire"))


def _imperative_with_pronoun(word: str, known: Callable[[str], bool]) -> bool:
    """Return True for a known compound of tenere or venire whose imperative carries a pronoun
    the simple verb's imperative takes (mantienilo: mantenere is known, and tienilo)."""
    for base, infinitive in _IMPERATIVE_BASES:
        at = word.find(base, 1)
        if at < 0 or len(word) == at + len(base):
            continue  # mantieni alone is the dictionary's own
        head, tail = word[:at], word[at:]
        if known(head + infinitive) and known(tail):
            return True
    return False


# Verb + noun compounds, the verb in its imperative form (sparatutto, salvaschermo,
# apriscatole): Italian makes new ones freely for tools and games. Both halves must be words
# of four letters or more, the second of five (varia + dico is no compound); the caller checks
# that no known word is one slip away, so a slip inside a word is not read as two words joined.
_MIN_HALF = 4
_MIN_TAIL = 5


def compound_known(word: str, known: Callable[[str], bool]) -> bool:
    """Return True for a verb (imperative) + word compound of two known words (sparatutto)."""
    for cut in range(_MIN_HALF, len(word) - _MIN_TAIL + 1):
        head, tail = word[:cut], word[cut:]
        if head[-1] == "a":
            verb = known(head[:-1] + "are")
        elif head[-1] == "i":
            verb = known(head[:-1] + "ere") or known(head[:-1] + "ire")
        else:
            continue
        if verb and known(tail):
            return True
    return False


# Diminutives of a known noun (casella -> casellina, finestra -> finestrella); the caller
# checks that no known word is one slip away.
_DIMINUTIVES = ("ina", "ine", "ino", "ini", "etta", "ette", "etto", "etti", "ella", "elle")


def diminutive_known(word: str, known: Callable[[str], bool]) -> bool:
    """Return True for a diminutive of a noun Hunspell knows (casellina)."""
    for suffix in _DIMINUTIVES:
        stem = word[: -len(suffix)]
        if (
            word.endswith(suffix)
            and len(stem) >= _MIN_GAP_STEM
            and any(known(stem + v) for v in "aoe")
        ):
            return True
    return False


# Absolute superlatives of a known adjective (ameno -> amenissime, ricco -> ricchissimi): Italian
# forms one from nearly any adjective, and a guest house's or a winery's copy reaches for rare
# ones ("amenissime colline") that Hunspell lacks although it knows the adjective. The caller
# checks that no known word is one slip away.
_SUPERLATIVES = ("issimo", "issima", "issimi", "issime")


def superlative_known(word: str, known: Callable[[str], bool]) -> bool:
    """Return True for an absolute superlative of an adjective Hunspell knows (amenissime)."""
    if not word.endswith(_SUPERLATIVES):
        return False
    stem = word[:-6]
    if len(stem) < 3:
        return False
    if stem.endswith(("ch", "gh")):
        stem = stem[:-1]  # ricchissimo: ricco, larghissima: largo
    return known(stem + "o") or known(stem + "e")


# Inclusive Italian writes a gender-neutral ending with a schwa, "ə" (its plural "ɜ"), or an
# asterisk in place of the vowel: "Carə collegə", "Lɜ studentɜ selezionatɜ", "l* student*".
# Universities and associations write so on purpose; such a word is the word its ending stands
# for. The asterisk is read only right after the word and not when another opens it: "*parola*"
# and "**attenzion**" are emphasis, and a slip inside stays a slip (the caller gives the
# characters before and after the word).
_SCHWAS = ("ə", "ɜ")


def inclusive_known(word: str, before: str, after: str, known: Callable[[str], bool]) -> bool:
    """Return True for a known word with an inclusive ending: studentɜ, allievə, student*."""
    if word.endswith(_SCHWAS):
        stem = word[:-1]
    elif after == "*" and before != "*":
        stem = word
    else:
        return False
    return bool(stem) and any(known(stem + v) for v in "oaie")
