"""English words software text makes freely that Hunspell's en_US dictionary lacks, and the
accents of French loanwords that it drops.

Each rule joins words the dictionary knows and that are common (the caller's `known` checks the
frequency too), and the caller accepts the result only when no known word is one slip away, so
a typo is not read as a made word (refreshible stays a slip of refreshable's neighbour).
"""

from __future__ import annotations

from collections.abc import Callable

# -able on a verb: refreshable, seekable, launchable, customizable (customize), capturable.
_MIN_ABLE_STEM = 4

# The combining forms of engineering, which join a word closed as often as with a hyphen
# (thermomechanical, thermo-mechanical; hydroelectric, hydro-electric): spelling.py reads them
# before a hyphen too.
ENGINEERING_FORMS = ("thermo", "electro", "hydro", "aero")
# Prefixes software English joins to a word without a hyphen: subkey, multiline, noninteractive,
# autocomplete, postprocessing, deinterlace; and those forms. (re-, pre- and un- on a participle
# are morphology.en_prefix_known's; un- on a verb is un_verb_known's.)
_PREFIXES = ("sub", "multi", "non", "auto", "post", "de", *ENGINEERING_FORMS)
_MIN_REST = 4

# Closed compounds of interface and file words (listbox, searchbar, filetype, framerate,
# colorspace, mountpoint, codebase, datasheet, chatroom; keyserver, keystore, keyring, harddisk,
# bugtracker since the tenth text set): the second half must be one of these heads, the first a
# common word.
_HEADS = (
    "box",
    "boxes",
    "bar",
    "bars",
    "file",
    "files",
    "type",
    "types",
    "rate",
    "rates",
    "space",
    "spaces",
    "point",
    "points",
    "map",
    "maps",
    "line",
    "lines",
    "list",
    "lists",
    "area",
    "page",
    "pages",
    "tree",
    "key",
    "keys",
    "mark",
    "marks",
    "name",
    "names",
    "path",
    "size",
    "base",
    "sheet",
    "sheets",
    "manager",
    "managers",
    "room",
    "rooms",
    "view",
    "views",
    "text",
    "score",
    "scores",
    "server",
    "servers",
    "store",
    "stores",
    "ring",
    "rings",
    "pair",
    "pairs",
    "disk",
    "disks",
    "tracker",
    "trackers",
    "chain",
    "chains",
    "wallet",
    "wallets",
    "structure",
    "listing",
    "trust",
)
_MIN_HEAD_FIRST = 3


def able_known(word: str, known: Callable[[str], bool]) -> bool:
    """Return True for -able on a known verb (refreshable, customizable, moveable)."""
    if not word.endswith("able"):
        return False
    stem = word[:-4]
    return len(stem) >= _MIN_ABLE_STEM and (known(stem) or known(stem + "e"))


# -ization on a known -ize verb: sanitization, containerization (sanitize, containerize).
_MIN_IZE_STEM = 4


def ization_known(word: str, known: Callable[[str], bool]) -> bool:
    """Return True for the -ization noun of a known -ize verb (sanitization: sanitize)."""
    for ending in ("ization", "izations"):
        if word.endswith(ending):
            stem = word[: -len(ending)]
            return len(stem) >= _MIN_IZE_STEM and known(stem + "ize")
    return False


def _verb(word: str, known: Callable[[str], bool]) -> bool:
    """Return True when the word takes a verb's endings (mark: marked, hide: hiding, flag:
    flagged); an adjective does not (possible: no "possibled")."""
    return any(
        known(form)
        for form in (word + "ed", word + "d", word[:-1] + "ing", word + word[-1:] + "ed")
    )


def un_verb_known(word: str, known: Callable[[str], bool]) -> bool:
    """Return True for un- on a verb, undoing it as software does (unhide, unmark, unpause);
    un- on an adjective stays an error (unpossible)."""
    rest = word[2:]
    return word.startswith("un") and len(rest) >= _MIN_REST and known(rest) and _verb(rest, known)


def en_compound_known(word: str, known: Callable[[str], bool]) -> bool:
    """Return True for a software prefix on a known word (subkey, multiline) or a closed
    compound ending in an interface or file word (listbox, framerate)."""
    for p in _PREFIXES:
        rest = word[len(p) :]
        if not word.startswith(p) or len(rest) < _MIN_REST:
            continue
        # the plural of a prefixed word whose singular is the common one: subcatalogs; not an
        # s typed twice, which the caller's slip guard cannot see (devicess: de + vices + s)
        plural = rest.endswith("s") and not rest.endswith("ss") and len(rest) > _MIN_REST
        if known(rest) or (plural and known(rest[:-1])):
            return True
    for head in _HEADS:
        first = word[: -len(head)]
        if word.endswith(head) and len(first) >= _MIN_HEAD_FIRST and known(first):
            return True
    return False


# English keeps the accents of the words it took from French, and its dictionaries list them with
# and without (façade, sauté, naïve, rôle, crêpe); en_US mostly without. Such a word is the word
# its accents stand on. Not the grave accents: "cafè", "clichè" are the slip of a hand used to
# Italian's "perché" and "caffè", and get their acute accent as the first suggestion. Only on
# words of four letters or more: an Italian word in English text is not English without its
# accent ("né" is not "ne").
_FRENCH_ACCENTS = str.maketrans("éêëçâîïôûü", "eeecaiiouu")
_MIN_ACCENTED = 4


def french_accented_known(word: str, known: Callable[[str], bool]) -> bool:
    """Return True for a known English word written with a French loanword's accents (façade)."""
    plain = word.translate(_FRENCH_ACCENTS)
    return plain != word and len(word) >= _MIN_ACCENTED and known(plain)
