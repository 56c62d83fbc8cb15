"""The sixteenth held-out text set (issue 17, sixteenth round), chosen by a rule written first.

The rule, written on 5 December 2026 at 11:23 UTC before any figure of our engine on the set
was seen, and never to be measured by the session that wrote it, nor by the next one: by a
later session (only bare Hunspell, the reference, was run on it, through pyenchant, to check
that it loads and to count its words; the package contents were listed, to find the Italian
catalogues and help, the raw size of the catalogues and handbooks estimated to choose how many
kinds to take, and a few messages read to decide on name lists; the fourth to fifteenth sets
were chosen before this one, and the session that wrote this rule measured none of them, only
read their code and rules):

- Domains in no earlier set (the user, developer and fresh sets of benchmarks/text_material.py,
  the fourth to fifteenth sets), in none of the programs used as extra tuning material in the
  eighth round (Pidgin, HexChat, Polari, KMail, Akregator, KAddressBook, Shotwell, gThumb, GNOME
  Software, Calendar and Contacts, Aptitude) and in none of those used so by the session that
  wrote the tenth set's rule (MATE Terminal, LXTerminal, Sakura, Timeshift, Vinagre, Kup, GNOME
  Console, Terminology, X2Go Client, luckyBackup, QTerminal, LXQt sudo, Yakuake). The kinds
  first asked for are all in earlier sets: personal finance and accounting (GnuCash, Grisbi and
  HomeBank, the sixth set; KMyMoney, the seventh), maps and weather (GNOME Maps and Weather, the
  user set, Marble with them), astronomy (KStars and Gpredict, the twelfth) and photography
  (darktable, the fourth set; digiKam, the eighth; Shotwell, the user set and the eighth round's
  tuning; gThumb, that tuning). So the set takes, whole, every kind an earlier set kept for a
  later one and no set has taken since, with every catalogue and help of the programs named,
  and one kind no rule named: text recognition and PDF tools (gImageReader, OCRFeeder, PDF
  Arranger), labels and diagrams (gLabels, Dia, and Umbrello, which draws UML diagrams), screen
  recorders (Kazam, Peek, Byzanz) and travel (KDE Itinerary, which keeps a trip's tickets and
  hotel, restaurant and event bookings, and KTrip, a public transport journey planner), the
  kinds the fifteenth set kept; writing music (Denemo and Frescobaldi, score writers), the kind
  the fourteenth set kept; and type design (FontForge and Birdfont, font editors), the kind no
  rule named, taken so that the set reaches the earlier sets' size and no program's vocabulary
  dominates it. Umbrello and Byzanz were not named by the fifteenth rule but are of its kinds:
  taken, as a kind is taken whole. Umbrello also writes code from its diagrams; its messages and
  handbook are a drawing program's, not the developer set's tools (compilers, version control,
  package managers). The nearest earlier kinds are not these: document viewers (Evince, Okular,
  Atril) show a document, the user set's Simple Scan scans it; these programs read its text and
  rearrange its pages. Screenshot tools (the fresh set's Spectacle and Xfce Screenshooter) take
  still pictures of the screen, these record it. Maps (GNOME Maps) show places, travel
  programs keep bookings and plan journeys. The fifth set's Minuet trains the ear and the
  fourteenth's programs rip and tag music; these write scores. The user set's GNOME Font Viewer
  and Characters and the fresh set's KCharSelect show fonts and characters; these draw them.
- Catalogues (msgstr Italian, msgid English): every Italian catalogue shipped by
  gimagereader-common, ocrfeeder, pdfarranger, glabels-data, dia-common, umbrello-data, kazam,
  peek, byzanz, itinerary, ktrip, denemo-data, frescobaldi, fontforge-common and
  birdfont-common (fifteen, one per program); a domain in no earlier set; name lists left out
  (NAME_LISTS). Frescobaldi keeps its Italian catalogue in its Python package under the
  language's name alone (frescobaldi_app/i18n/it.mo), not under locale/it/LC_MESSAGES: read
  from there and filed under the program's name (`frescobaldi`), as the fifteenth set filed
  Calibre's.
- Documentation: every handbook or help these packages ship in both English and Italian:
  Umbrello's KDE handbook (umbrello-data), as KDE renders it (`index.cache.bz2`), read as the
  third, fifth and seventh to fifteenth sets read KDE's help. The Mallard help of gLabels and
  OCRFeeder (`help/C`) has no Italian translation, nor have Dia's DocBook manual (English,
  German, Basque and French), gImageReader's manual (English, Czech and Russian), Denemo's
  manual (denemo-doc, English) and FontForge's documentation (fontforge-doc, English and an old
  Japanese part): not taken. Frescobaldi's user guide is translated in its catalogue, and read
  there; the other programs ship no help.
- Looked at and not taken: gscan2pdf (a scanner's front end, the user set's Simple Scan kind, as
  the fifteenth rule says), Paperwork, PDF Chain, Lios, YAGF and the PDF Presenter Console (no
  Italian gettext catalogue), vokoscreenNG likewise (no Italian catalogue in its package);
  SimpleScreenRecorder (a Qt `.qm` translation), OBS Studio (its own `.ini` files), LMMS and
  Hydrogen (Qt `.qm`, as the fourteenth rule found) and TuxGuitar (Java `.properties`): not
  gettext catalogues. The libraries KDE Itinerary and KTrip are built on (KPublicTransport,
  KItinerary) are packages of their own, not the programs' (as the eleventh rule left kpmcore
  out). GTick, a metronome, and GNU Solfege are practice
  tools (the fifth set's Minuet kind), not score writers; Xournal++ takes notes on PDF pages
  (notes: the eighth set's kind, where its rule left it out). Thought of and not looked at
  further: painting and drawing pictures (KolourPaint, MyPaint, Krita, Karbon: the fourth set's
  GIMP and Inkscape kind), Skanlite (scanning: the user set's kind), MuseScore and Rosegarden
  (score writers and sequencers whose Italian, as far as known, is not a gettext catalogue),
  slicers for 3D printing (Cura, PrusaSlicer) and CAD (FreeCAD, LibreCAD).
- The same caps per catalogue and help document as in the earlier sets (1,500 words a
  catalogue, 6,000 a help document). The aim, from the raw size estimated before this rule
  was written: 18,000 to 25,000 words a language, as loaded; whatever it comes to, no kind is
  added or dropped after the count. As loaded (counted after the rule above was written, at
  11:24 UTC): 19,962 Italian words (13,873 of catalogues, five of them capped: Denemo's, Dia's,
  FontForge's, Frescobaldi's and Umbrello's; 6,089 of Umbrello's KDE handbook, capped) and
  18,413 English ones (12,377 of catalogues, four capped: Denemo's, FontForge's, Frescobaldi's
  and Umbrello's; 6,036 of the handbook, capped): within the aim. The words judged, split for
  this count by a plain rule of the session's own (runs of letters, an elision kept joined to
  the word it stands before, "dell'elenco", as Hunspell's Italian dictionary takes it; words of
  one letter, all-capital words, words with an inner capital and capitalised words inside a
  sentence left out, as the benchmark leaves names and acronyms out; catalogues loaded as the
  benchmark loads them, with pyenchant's en_US standing for the engine's Hunspell in finding
  the names a translator carried over; not the engine's tokenizer, which was not run), 17,524
  Italian and 15,521 English. Bare Hunspell's figures on them, the reference (pyenchant, it_IT
  and en_US; the only ones seen): Italian 0.96 unknown words per 100 (168), English 1.28 (199).
  Recall and top three, which need the benchmark's planted errors, were not computed: the
  benchmark was not run on the set.
- Run without and with the `Name=` entries of the packages' `.desktop` files as the client's
  brand names; the programs' own packages that carry no catalogue (gimagereader, glabels, dia,
  umbrello, denemo, fontforge, birdfont) are fetched for them only. Only the menu entries
  (usr/share/applications) count, as in the eighth to fifteenth sets: a `.desktop` file
  elsewhere (a plugin's, a template's) is not a program's brand. Byzanz, a command-line
  recorder, has no menu entry.
- Real English misspellings: 600 of codespell's rows never sampled before (not among those
  drawn for the earlier sets, the fifteenth's included), drawn with another seed (1217: 1205
  plus the set's place in text_measure.LATER_SETS, where it is to follow the fifteenth set; it
  follows from that order).
- Adjudication, as in the seventh to fifteenth sets: after the single measurement, a false
  alarm that is a misspelling in the published text itself may be listed in
  benchmarks/text_round16_errors.txt (a line per occurrence: word, TAB, `it` or `en`, TAB, the
  sentence it stands in; read by bench_text_accuracy.listed_errors) and counted apart as an
  error found in the published text. A word counts as such only when no Italian or English
  dictionary has it and its sentence shows the slip; program names, jargon (of text
  recognition and PDF, of printing labels and of diagrams and UML, of video and animated
  pictures and their formats and codecs, of travel, tickets and public transport, of music
  notation and LilyPond, of typography and font formats), foreign words, the names of places,
  operators and stations, of composers, instruments and fonts, and anything doubtful stay
  false alarms. Both figures are always reported: raw (every alarm) and net (alarms less the
  listed errors, a listed word subtracted at most as many times as it was flagged).

Measured once, by a later round (not the next session, nor the session that wrote this rule),
at its end, and never before.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.text_material import CACHE
from benchmarks.text_round4 import desktop_names, fetch_set
from benchmarks.text_round8 import new_catalogues, place_catalogues_and_handbooks

# The packages the rule names, then the programs' own packages, fetched for their .desktop
# names only.
ROUND16_PACKAGES = [
    "gimagereader-common",
    "ocrfeeder",
    "pdfarranger",
    "glabels-data",
    "dia-common",
    "umbrello-data",
    "kazam",
    "peek",
    "byzanz",
    "itinerary",
    "ktrip",
    "denemo-data",
    "frescobaldi",
    "fontforge-common",
    "birdfont-common",
    "gimagereader",
    "glabels",
    "dia",
    "umbrello",
    "denemo",
    "fontforge",
    "birdfont",
]
HANDBOOKS = ("umbrello",)  # in English and Italian
# Frescobaldi keeps its Italian catalogue in its Python package under the language's name (from
# usr): it is filed under the program's name with the other catalogues.
FRESCOBALDI_CATALOGUE = "lib/python3/dist-packages/frescobaldi_app/i18n/it.mo"


def _place_round16(share: Path, staging: Path) -> None:
    italian = share / "locale/it/LC_MESSAGES"
    italian.mkdir(parents=True, exist_ok=True)
    (share.parent / FRESCOBALDI_CATALOGUE).rename(italian / "frescobaldi.mo")
    place_catalogues_and_handbooks(share, staging, HANDBOOKS)


def fetch_round16(root: Path = CACHE) -> Path:
    """Download and unpack the sixteenth set's packages once; return the folder of the set."""
    return fetch_set(root, "round16", ROUND16_PACKAGES, _place_round16)


def round16_catalogues(root: Path = CACHE) -> list[Path]:
    """Return the sixteenth set's Italian catalogues: domains in no earlier set, name lists
    out."""
    return new_catalogues(root, "round16", NAME_LISTS)


# Name lists by the rule, decided from what the catalogues hold before any figure was seen:
# none. FontForge's holds the names of scripts and of languages as a font's ("Arabic (Egypt)",
# "Cyrillic") and of OpenType's tables among its messages, Frescobaldi's the names of
# instruments ("Violin", "Piccolo") and LilyPond's commands, Denemo's LilyPond's objects
# ("StemNeutral"), KDE Itinerary's a country's rules ("People are driving on the left side."):
# messages and labels of a program, not lists of names as KGeography's is.
NAME_LISTS: set[str] = set()


def round16_names(root: Path = CACHE) -> list[str]:
    """Return the programs' names (`Name=` and `Name[it]=` of each `.desktop` file's entry):
    the client's brand names for the second measure."""
    return desktop_names(root / "round16" / "applications")
