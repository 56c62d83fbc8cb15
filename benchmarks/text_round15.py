"""The fifteenth held-out text set (issue 17, fifteenth round), chosen by a rule written first.

The rule, written on 5 December 2026 at 09:29 UTC before any figure of our engine on the set
was seen, and never to be measured by the session that wrote it, nor by the next one: by the
session after next (only bare Hunspell, the reference, was run on it, through pyenchant, to
check that it loads and to count its words; the package contents were listed, to find the
Italian catalogues and help, the raw size of the catalogues and handbooks estimated to choose
how many kinds to take, and a few messages read to decide on name lists; the fourth to
fourteenth sets were chosen before this one, and the session that wrote this rule measured none
of them, only read their code and rules):

- Domains in no earlier set (the user, developer and fresh sets of benchmarks/text_material.py,
  the fourth to fourteenth sets), in none of the programs used as extra tuning material in the
  eighth round (Pidgin, HexChat, Polari, KMail, Akregator, KAddressBook, Shotwell, gThumb, GNOME
  Software, Calendar and Contacts, Aptitude) and in none of those used so by the session that
  wrote the tenth set's rule (MATE Terminal, LXTerminal, Sakura, Timeshift, Vinagre, Kup, GNOME
  Console, Terminology, X2Go Client, luckyBackup, QTerminal, LXQt sudo, Yakuake): three kinds
  of program no set covered, whole, with every catalogue and help of the programs named: books,
  i.e. e-book readers and book and collection managers (Calibre, the e-book library manager
  with its viewer and editor; Foliate and Bookworm, e-book readers; MComix, a reader of comic
  books; Tellico, a manager of collections of books, films, music and the like); recipe
  managers (Gourmand, Gourmet Recipe Manager as Debian now ships it: recipes, shopping lists,
  nutrition); and dictionaries and translation (GNOME Dictionary and Xfce Dictionary, which
  look words up, and Dialect, which translates text). The ninth set's rule kept Foliate for a
  later set (the tenth's: a single program, not a kind); it is taken with its kind. The
  nearest earlier kinds are not these: document viewers (the user set's Evince, the fresh
  set's Okular and Atril) show a document page by page, image viewers (Eye of GNOME, Gwenview,
  Ristretto) a picture, and photo managers (digiKam, Shotwell) and music players keep a library
  of pictures and songs; these programs keep and read books and catalogue collections. Notes
  (the eighth set's Gnote and Zim) keep free text, not recipes; the fifth set's vocabulary
  trainers (Parley, KWordQuiz) teach words, they do not look them up.
- Catalogues (msgstr Italian, msgid English): every Italian catalogue shipped by calibre,
  foliate, bookworm, mcomix, tellico-data, gourmand, gnome-dictionary, xfce4-dict and dialect
  (nine, one per program); a domain in no earlier set; name lists left out (NAME_LISTS).
  MComix and Gourmand keep theirs in their Python packages, read where they lie as the sixth
  set read Deluge's. The eighth set's rule left Calibre out, its Italian not being a gettext
  `.mo` file: it is one, `it/messages.mo`, kept in a zip archive
  (usr/share/calibre/localization/locales.zip), read from there and filed as `calibre`; the
  archive's other Italian catalogue, `it/iso639.mo` (the names of languages), is a name list
  and left out, and the translations of Calibre's web server (content-server/locales.zip, JSON,
  not a gettext catalogue) are not taken.
- Documentation: every handbook or help these packages ship in both English and Italian:
  Tellico's KDE handbook (tellico-doc), as KDE renders it (`index.cache.bz2`), read as the
  third, fifth and seventh to fourteenth sets read KDE's help; and GNOME Dictionary's Mallard
  help (`help/C` and `help/it`), read as the first, third and ninth to eleventh sets read
  Mallard pages (an Italian paragraph equal to its English original left out). Calibre's user
  manual is not in its Debian package; the other programs ship no help.
- Looked at and not taken: FBReader (an e-book reader whose messages are its own XML resources,
  `resources/it.xml`, and whose Italian help is a FictionBook file, `MiniHelp.it.fb2`: forms no
  earlier set read); Sigil (an e-book editor: Qt `.qm` translations, in sigil-data); Peruse
  (KDE's comic book reader), Kookbook and AnyMeal (recipe managers), StarDict and Artha
  (dictionaries): no Italian catalogue; GCstar, Alexandria, Griffith, GNOME Books, Komikku and
  Cozy (not in bookworm). Lokalize, Gtranslator and Poedit edit programs' message catalogues:
  tools of software localisation, not dictionaries or translators of text: not taken. Kinds
  looked at and kept for a later set: text recognition and PDF tools (gImageReader, OCRFeeder,
  PDF Arranger; gscan2pdf, a scanner's front end, is the user set's Simple Scan kind, and
  Paperwork, a document manager that scans, has no Italian catalogue), labels and diagrams
  (gLabels, Dia), screen recorders (Kazam, Peek) and travel (KDE Itinerary). Kinds in earlier
  sets, not looked at further: mail (the user, fresh, seventh and eighth sets) and feeds
  (Akregator, the eighth round's tuning), weather and clocks, maps, scanning and accessibility
  (the user set), printing and personal finance (the sixth set), passwords and encryption (the
  tenth).
- The same caps per catalogue and help document as in the earlier sets: as loaded (counted
  after the rule above was written, at 09:30 UTC), 16,022 Italian words (9,973 of catalogues,
  five of them capped: Calibre's, Foliate's, Gourmand's, MComix's and Tellico's; 6,049 of
  Tellico's KDE handbook, capped; none of GNOME Dictionary's Mallard help, whose Italian pages
  translate the titles only and leave every paragraph in English, as the eleventh set found GNOME
  System Log's) and 16,869 English ones (9,590 of catalogues, 6,042 of Tellico's handbook and
  1,237 of GNOME Dictionary's help). Smaller than the earlier sets (the twelfth's 19,520 and
  18,814 were the smallest): the three kinds are taken whole, and no kind was added after the
  count. The words judged, split for this count by a plain rule of the session's own (runs of
  letters, an elision kept with its apostrophe; words of one letter, all-capital words, words
  with an inner capital and capitalised words inside a sentence left out, as the benchmark
  leaves names and acronyms out; not the engine's tokenizer, which was not run), 13,998 Italian
  and 14,583 English. Bare Hunspell's figures on them, the reference (pyenchant, it_IT and
  en_US; the only ones seen): Italian 1.52 unknown words per 100 (213), English 0.81 (118).
  Recall and top three, which need the benchmark's planted errors, were not computed: the
  benchmark was not run on the set.
- Run without and with the `Name=` entries of the packages' `.desktop` files as the client's
  brand names; the programs' own package that carries no catalogue (tellico) is fetched for it
  only. Only the menu entries (usr/share/applications) count, as in the eighth to fourteenth
  sets: GNOME Dictionary's dictionary sources and Xfce Dictionary's panel plugin are `.desktop`
  files too, but a program's settings and a piece of another program (Xfce's panel), not a
  program's brand.
- Real English misspellings: 600 of codespell's rows never sampled before (not among those
  drawn for the earlier sets, the fourteenth's included), drawn with another seed (1216: 1205
  plus the set's place in text_measure.LATER_SETS; it follows from that order).
- Adjudication, as in the seventh to fourteenth sets: after the single measurement, a false
  alarm that is a misspelling in the published text itself may be listed in
  benchmarks/text_round15_errors.txt (a line per occurrence: word, TAB, `it` or `en`, TAB, the
  sentence it stands in; read by bench_text_accuracy.listed_errors) and counted apart as an
  error found in the published text. A word counts as such only when no Italian or English
  dictionary has it and its sentence shows the slip; program names, jargon (of e-books and
  their formats, of bibliography and cataloguing, of cookery and nutrition, of dictionaries and
  their protocols), foreign words, the names of languages, of authors, works, dishes and
  ingredients, and anything doubtful stay false alarms. Both figures are always reported: raw
  (every alarm) and net (alarms less the listed errors, a listed word subtracted at most as
  many times as it was flagged).

Measured once, by a later round (the session after next), at its end, and never before; never
by the session that wrote this rule.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from benchmarks.text_material import CACHE
from benchmarks.text_round4 import desktop_names, fetch_set
from benchmarks.text_round8 import (
    new_catalogues,
    place_catalogues_and_handbooks,
    place_mallard_help,
)

# The packages the rule names, then the programs' own package, fetched for its .desktop names
# only.
ROUND15_PACKAGES = [
    "calibre",
    "foliate",
    "bookworm",
    "mcomix",
    "tellico-data",
    "tellico-doc",
    "gourmand",
    "gnome-dictionary",
    "xfce4-dict",
    "dialect",
    "tellico",
]
HANDBOOKS = ("tellico",)  # in English and Italian
MALLARD_HELP = ("gnome-dictionary",)  # likewise, in English (C) and Italian
# Calibre keeps its catalogues in a zip archive (under usr/share): its Italian messages are
# filed under the program's name; the archive's `it/iso639.mo`, a name list, is not taken.
CALIBRE_ARCHIVE = "calibre/localization/locales.zip"
CALIBRE_MESSAGES = "it/messages.mo"


def _place_round15(share: Path, staging: Path) -> None:
    italian = share / "locale/it/LC_MESSAGES"
    italian.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(share / CALIBRE_ARCHIVE) as archive:
        (italian / "calibre.mo").write_bytes(archive.read(CALIBRE_MESSAGES))
    place_catalogues_and_handbooks(share, staging, HANDBOOKS)
    place_mallard_help(share, staging, MALLARD_HELP)


def fetch_round15(root: Path = CACHE) -> Path:
    """Download and unpack the fifteenth set's packages once; return the folder of the set."""
    return fetch_set(root, "round15", ROUND15_PACKAGES, _place_round15)


def round15_catalogues(root: Path = CACHE) -> list[Path]:
    """Return the fifteenth set's Italian catalogues: domains in no earlier set, name lists
    out."""
    return new_catalogues(root, "round15", NAME_LISTS)


# Name lists by the rule, decided from what the catalogues hold before any figure was seen:
# none taken (Calibre's `iso639`, the names of languages, is not taken from its archive).
# Dialect's holds the names of the languages it translates among its messages, Tellico's the
# names of the sites it searches ("Amazon (Italy)") and of its fields, Gourmand's the names of
# nutrients and of shopping categories: messages and labels of a program, as the eighth set's
# digiKam held countries and languages, not lists of names as KGeography's is.
NAME_LISTS: set[str] = set()


def round15_names(root: Path = CACHE) -> list[str]:
    """Return the programs' names (`Name=` and `Name[it]=` of each `.desktop` file's entry):
    the client's brand names for the second measure."""
    return desktop_names(root / "round15" / "applications")
