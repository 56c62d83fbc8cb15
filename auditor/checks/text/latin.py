"""Latin locutions of Italian and English prose (pro bono, inter alia, una tantum, ex novo).

Each is accepted only whole: its words, joined by spaces or hyphens, are neither typos nor
Italian words left in English copy, and a lone "bono" or "novo" stays checked. The lists hold
some ninety of the commonest in business, legal and cultural copy, not a Latin dictionary: for
English, locutions Merriam-Webster gives as entries; for Italian, those of the Treccani
vocabulary and of Italian dictionaries' lists of Latin locutions. A locution only Italian writes
("una tantum", "ex novo", "in primis") is not accepted in English text: there it is an
Italianism the auditor is told of ("one-off", "from scratch", "first of all").
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from auditor.checks.text.tokenize import Word

# written by both languages
_BOTH = """
a fortiori | a posteriori | a priori | ad hoc | ad infinitum | ad interim | ad libitum |
ad absurdum | alma mater | alter ego | bona fide | carpe diem | cum laude | magna cum laude |
summa cum laude | curriculum vitae | de facto | de jure | et cetera | ex cathedra | ex libris |
habeas corpus | honoris causa | in extremis | in memoriam | in situ | in toto | in vitro |
in vivo | ipso facto | lapsus linguae | mea culpa | modus operandi | modus vivendi |
motu proprio | mutatis mutandis | nota bene | persona non grata | post mortem | post partum |
pro forma | pro tempore | quid pro quo | sine die | sine qua non | status quo | sui generis |
urbi et orbi | ex ante | ex post
"""

# English only: Merriam-Webster's entries Italian copy does not write as they are
_EN = """
ad nauseam | ad valorem | bona fides | ex gratia | ex officio | ex post facto | in absentia |
in loco parentis | inter alia | non sequitur | per capita | per se | prima facie | pro bono |
pro rata | terra incognita
"""

# Italian only: locutions of Italian use that English copy does not write
_IT = """
a latere | ad abundantiam | ad personam | ante litteram | brevi manu | conditio sine qua non |
condicio sine qua non | coram populo | de cuius | de iure | de visu | erga omnes | ex aequo |
ex novo | ex nunc | ex tunc | extra moenia | in fieri | in itinere | in nuce | in primis |
intra moenia | ipso iure | lapsus calami | non plus ultra | pro capite | super partes |
una tantum
"""


def _read(block: str) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(p.split()) for p in block.replace("\n", " ").split("|") if p.strip())


LOCUTIONS = {
    "en": _read(_BOTH) | _read(_EN),
    "it": _read(_BOTH) | _read(_IT),
}
# the locutions by their first word, longest first, so "summa cum laude" wins over "cum laude"
_BY_FIRST: dict[str, dict[str, list[tuple[str, ...]]]] = {
    lang: {
        head: sorted((p for p in phrases if p[0] == head), key=len, reverse=True)
        for head in {p[0] for p in phrases}
    }
    for lang, phrases in LOCUTIONS.items()
}


def latin_starts(words: Sequence[Word], text: str, lang: str) -> frozenset[int]:
    """Return the starts of the words of every Latin locution the text writes whole."""
    heads = _BY_FIRST.get(lang, {})
    found: set[int] = set()
    for i, w in enumerate(words):
        for phrase in heads.get(w.lower, ()):
            end = i + len(phrase)
            if end > len(words):
                continue
            run = words[i:end]
            if all(r.lower == p for r, p in zip(run, phrase, strict=True)) and all(
                text[a.end : b.start] in (" ", "-") for a, b in pairwise(run)
            ):
                found.update(r.start for r in run)
                break
    return frozenset(found)
