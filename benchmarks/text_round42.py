"""The forty-second held-out text set (issue 17, forty-second round), by a rule written first.

The rule, written on 7 December 2026 at 02:47 UTC (`date -u` read 02:46:34 just before it was
written) before any figure of our engine on the set was seen, before any of its descriptions was
downloaded or read, Italian or English, and before any of its words was counted, and never to be
measured by the session that wrote it: by a later session. The session that wrote it had read the
forty-first set's rule, code and tests, the twenty-second's and fourth's rule and code, the start
of the twenty-third's and tenth's rules, benchmarks/text_material.py, the wiring of the earlier
sets (benchmarks/text_measure.py, benchmarks/bench_text_accuracy.py, the forty-first set's
commit), the tests that list the sets, and the comment lines of the word lists under
resources/dictionaries (none names Debian's package descriptions or their translations; no word
list of auditor/ or resources/ was derived from them: `grep -rni "ddtp\\|Translation-it\\|
description-md5\\|package description"` over auditor, resources, tools, docs and the benchmarks
found nothing), and measured none of them. Of the source it had seen, before the rule: the HTTP
status and sizes of the URLs below (`curl -sI`), and Debian's signed index of the suite,
`dists/bookworm/InRelease` (151,075 bytes, sha256 77737fa4b34f2693e982cc9ee35736816c35a7778fc2d
326cc1bbf5b301fe1aa, its two signatures checked good with gpgv against the
debian-archive-keyring: the Debian Archive Automatic Signing Key (13/trixie) and the Debian
Stable Release Key (12/bookworm)), of which only its header fields (Origin and Label Debian,
Suite oldstable, Version 12.15, Codename bookworm, Date Sat, 11 Jul 2026 10:16:37 UTC) and its
lines for the three files named below (their md5, sha256 and sizes) were shown. Nothing of any
package description, nor of the Packages index, nor of this machine's apt lists, was read.
snapshot.debian.org and archive.debian.org gave no answer from this machine and are not used.
After it was written the three files are to be downloaded, checked against the pinned hashes, a
few descriptions read through the reader to check it, the words counted and bare Hunspell, the
reference, run on them through pyenchant; never our engine. What was found is told below, with
its time.

- A new kind of source, where every earlier set was a program's catalogues or help, a book or an
  organisation's web copy: the descriptions of Debian's packages, the English written by each
  package's maintainers, the Italian by the Debian Description Translation Project's volunteers
  (DDTP: translated and reviewed by others before release), as the archive ships them for the
  package managers and software centres that show them to the person choosing what to install.
  No earlier set used them (`grep -rn "Translation-\\|ddtp\\|DDTP"` over benchmarks and auditor
  found nothing before this file). ONE suite and area: Debian 12 "bookworm" (oldstable, its last
  point release 12.15 of 11 July 2026, whose files should no longer change), area `main`:
  1. http://deb.debian.org/debian/dists/bookworm/main/i18n/Translation-it.bz2 (5,291,861 bytes,
     sha256 f01a5f14992838ff8140da6e025c514c900c4f55d3169d5ef1710ed2deee2bde): the Italian
     descriptions (fields Package, Description-md5, Description-it);
  2. http://deb.debian.org/debian/dists/bookworm/main/i18n/Translation-en.xz (6,107,304 bytes,
     sha256 a3d4a0bfd8e9242810b0885eda7c1a6e05dac15b333ddbaab03ba56f2dfa4bf0): the English
     originals (Package, Description-md5, Description-en). The brief named Translation-en.bz2:
     it answers 404 (the archive ships the English file as .xz only), so the .xz is taken;
  3. http://deb.debian.org/debian/dists/bookworm/main/binary-amd64/Packages.xz (8,790,396
     bytes, sha256 9e0b5aabb2465b3d2e7a7fe27f9913846277833f7a2826e7767acccff5b588c5): the index
     of the binary packages (amd64 and `all`), read only for each package's Package, Source,
     Section and Description-md5 fields (its own Description field is not read).
  The hashes pinned are those the signed InRelease gives; a file downloaded or cached whose
  sha256 differs is refused with a message saying so, never read. The files are downloaded over
  HTTP once into the cache (~/.cache/auditor-text-material/round42) and kept there.
  Said as weaknesses, before reading: the English is written by each package's maintainer (many
  of them not native speakers), terse and technical, nearer a product catalogue's entries than a
  business's copy; DDTP's Italian is a volunteer's, reviewed by other volunteers, of varying age
  (the Description-md5 guarantees it translates the very English shipped, not when it was
  made), and keeps English words of computing; Debian's packages' descriptions are not what a
  mystery-shopper auditor reads for a client, but they are published prose, paired, in the two
  languages, whose writers no one here knows.
- Which descriptions, decided before reading, by the audience closest to an ordinary person's:
  a binary package of the Packages index whose Section (area main, so without a `contrib/` or
  `non-free/` prefix) is one of games, graphics, sound, video, web, mail, news, text, editors or
  education (the programs a person installs to play, draw, edit photos, listen, watch, browse,
  read mail and feeds, write and study; Debian has no office section: LibreOffice's programs and
  the word processors are in editors). Every other section is left out (libraries, libdevel,
  devel, doc, fonts, localization, admin, net, utils, science, the languages' sections and the
  rest: what developers and administrators install, or not a program). Left out too, by name:
  a name ending in -dev, -doc, -dbg, -dbgsym, -data or -common (development files,
  documentation, debugging symbols, a program's data or shared files, whose descriptions repeat
  the program's); a name beginning with fonts-, ttf-, otf- or xfonts- (fonts); a name beginning
  with lib and ending in a digit (a shared library's name in a chosen section; other names
  beginning with lib, such as LibreOffice's, LibreCAD's or libretro's, are programs and stay);
  and a transitional or dummy package (its English synopsis holding "transitional" or "dummy",
  any case: the archive's convention for them). Left out, finally, every package built from a
  source package that built a package an earlier text set named (the user and fresh sets'
  USER_PACKAGES and FRESH_PACKAGES, the fourth to twenty-third sets' package lists) or one of
  the programs the eighth and tenth rounds used as extra tuning material (Pidgin, HexChat,
  Polari, KMail, Akregator, KAddressBook, Shotwell, gThumb, GNOME Software, Calendar, Contacts,
  Aptitude; MATE Terminal, LXTerminal, Sakura, Timeshift, Vinagre, Kup, GNOME Console,
  Terminology, X2Go Client, luckyBackup, QTerminal, LXQt sudo, Yakuake; named in
  EARLIER_TUNING), the source read from the Packages index's Source field (without its version;
  the package's own name when there is none): the engine was tuned after those programs'
  catalogues and manuals were measured, and the sessions that wrote the twenty-second and
  twenty-third sets read some of their English synopses through apt's index. Not left out for
  that: packages whose programs no set took (the developer set's catalogues are of admin,
  utils, vcs and such, sections not chosen).
- Pairing: a description is taken only when the Packages index gives its package with its
  Description-md5, Translation-en holds a record of that package with the same Description-md5
  and Translation-it one with the same Description-md5 too: only pairs where both exist, the
  Italian translating the very English shipped. A description shared by several packages (the
  same Description-md5) is taken once, under the first of them in the order below. A
  description whose Italian (synopsis and long description) is identical to its English is left
  out whole.
- Reading a description, decided before reading: its synopsis (the first line, what every
  package list shows) is a text of its own; its long description is read as Debian Policy
  (5.6.13) gives it: a line beginning with one space is wrapped text, joined to the lines before
  it into a paragraph; a line " ." ends a paragraph; a line beginning with two or more spaces is
  shown verbatim and is left out (commands, code, examples, tables, layouts), but for lists: a
  line whose text (at any indentation) begins with a bullet (`*`, `-`, `+`, `o`, `•`, or a
  number followed by `.` or `)`) and a space starts a list item, a text of its own, the bullet
  left out, and the verbatim lines after it, more indented than its bullet, continue it, as a
  line of one space does. URLs and e-mail addresses are taken out; a line holding nothing but
  one (alone, or after a label ending in a colon, such as "Homepage:") is left out whole. A word
  that is the name of a binary package of the Packages index and holds a character other than
  a lowercase letter (a hyphen, a digit, a plus or a dot: "gimp-data", "python3", "g++") is
  taken out; a package name of plain letters stays (it may be a word, or a program's name, and
  is judged as the earlier sets' names are). An Italian text equal to a text of its English
  original (left untranslated) is left out, and that English text likewise; an Italian text
  written in English (benchmarks/text_round6.in_english) is left out. A text repeated in the
  set, in its language, is taken once (the first time, in the order below). A description that
  is left with no text in either language is not taken.
- Order and caps: the descriptions are taken in a fixed mixed order, by zlib.crc32 of the
  package's name (ties by name), so that any cap samples every chosen section. Per
  description, at most 200 words a language (WORDS_PER_DESCRIPTION): its texts in their order
  (the synopsis first), each taken while fewer than 200 words of it are taken (the one crossing
  the cap taken whole; words split at white space); the benchmark's `_capped` applies the same
  cap to each description (its own cleaning, a text of fewer than three words dropped). In all,
  descriptions are taken until both languages hold at least 15,000 words (WORDS_PER_LANGUAGE,
  counted as for the per-description cap), the same descriptions in both languages; if the
  chosen sections hold fewer, the set is what they hold, said below, and no section is added.
  How many Italian descriptions the file holds, and how many fall in the chosen sections, is not
  known before the download; a few thousand are expected, the cap to bind. As loaded (after
  `_capped`'s cleaning) some 13,000 to 16,000 words a language are expected; whatever it comes
  to, no description, section or cap is changed after the count.
- The words are counted as the sixteenth to forty-first sets' were: as loaded, and as judged by
  a plain split of the session's own (runs of letters, an elision kept joined to the word it
  stands before; words of one letter, all-capital words, words with an inner capital and
  capitalised words inside a sentence left out; not the engine's tokenizer), and bare
  Hunspell's unknown words per 100 on them (pyenchant, it_IT and en_US), the reference, the only
  figure seen; run through pyenchant, not through bench_text_accuracy's `--mode bare`.
- Run without and with the client's brand names (round42_names). Decided in the rule: "Debian",
  and, for each description taken, its package's name as its own English texts write it when
  they write it with a capital (the first whole-word, any-case match of the package's name in
  them that is not all lowercase: "GIMP" for gimp, say): the programs' names as their
  descriptions write them, what the list of a catalogue's products would hold. Chosen by this
  mechanical rule, not by reading the text; a package whose English texts write its name only in
  lowercase, or not at all, adds nothing.
- Real English misspellings: 600 of codespell's rows never sampled before (not among those drawn
  for the earlier sets, the forty-first's included), drawn with another seed (1243: 1205 plus
  the set's place in text_measure.LATER_SETS, where it is to follow the forty-first set; it
  follows from that order). The generated slips are drawn, as for every set, from this set's
  own texts.
- Adjudication, as in the seventh to forty-first sets: after the single measurement, a false
  alarm that is a misspelling in the published text itself may be listed in
  benchmarks/text_round42_errors.txt (a line per occurrence: word, TAB, `it` or `en`, TAB, the
  sentence it stands in; read by bench_text_accuracy.listed_errors; written by the measuring
  session, not by the one that wrote this rule) and counted apart as an error found in the
  published text. A word counts as such only when no Italian or English dictionary has it and
  its sentence shows the writer's slip; the names of programs, packages, libraries, commands,
  files, formats, protocols, projects, firms, people, places and languages, jargon (of software,
  Debian's packaging, the desktop, games and their genres, worlds and units, music, audio and
  video, codecs, graphics and their formats, the web, mail and news, text formats and
  typesetting, editors, and of the subjects taught), acronyms, foreign words (English words of
  computing in Italian text, Italian, Latin or other words in English text) and anything
  doubtful stay false alarms. Both figures are always reported: raw (every alarm) and net
  (alarms less the listed errors, a listed word subtracted at most as many times as it was
  flagged).

What was found (addendum of 7 December 2026, written at about 02:54 UTC; the three files
downloaded at 02:48 UTC, the reader and the selection run at 02:48 to 02:49, a few descriptions
read through the reader at 02:49, the words counted and bare Hunspell run at 02:50; nothing of
the rule's source, sections, exclusions, pairing, reading, caps or names changed after):

- The three files' sha256 are the pinned ones, as the signed InRelease gave them. The reader and
  the selection needed no change. The Packages index holds 63,436 binary packages,
  Translation-en 63,956 descriptions, Translation-it 49,700 (49,229 of them with the md5 the
  index gives their package; none identical to its English). The earlier sets and the tuning
  programs name 623 binary packages (their sources left out). The descriptions the rule chooses
  and pairs: 4,181 (text 919, games 775, sound 726, graphics 586, web 402, mail 312, editors
  245, video 179, news 21, education 16), some 298,000 Italian and 272,000 English words before
  repeats and caps: the cap binds, as expected. Taken: the first 252 in the rule's order (none
  passed over for want of text; sound 56, text 48, games 42, graphics 40, mail 21, editors 20,
  web 16, video 8, education 1, news none), 827 Italian and 829 English texts, 16,293 and 15,033
  words by the reader's count (the English reached 15,000 with the 252nd). One description
  reached the cap of 200 words. Among the taken, 21 Italian texts equal to their English were
  left out with them; none was left out as written in English.
- Read to check the reader: three descriptions drawn at random (tesseract-ocr-kaz,
  pipewire-jack, namazu2-index-tools), as the files have them and as read, and the texts
  holding `<`, `>`, `{`, `}`, `/`, `@`, `|`, a backslash, a replacement character, "http" or
  "www." listed (54 Italian, 60 English: slashes in prose, "client/server", "POP3/IMAP",
  "H.264/MPEG-4", "fax<->posta", a git command in quotes, "5558888@fax"; `_capped`'s cleaning
  takes most of these tokens out). Two effects of the rule seen, said and not changed: a package
  name taken out leaves a gap ("file di lingua di per il kazako", of "di tesseract-ocr per");
  and one Italian wrapped line beginning with the word "o" ("o farne il dump.") was read as a
  bullet, its sentence split in two texts and the "o" dropped (one text of 827; the two other
  wrapped lines read as bullets, "+ Dynamic taxonomies", are bullets).
- A weakness of the rule, seen after it and not mended: 47 of the 252 descriptions (1,817
  Italian and 1,767 English words by the reader's count, about 11 per cent) are language packs
  described by one template per language (19 of tesseract-ocr's language files, 16 FreeDict
  dictionaries, five hunspell, three hyphen, two aspell and one myspell dictionaries, three
  festvox voices): their paragraphs differ by a language's name, so the repeat rule does not
  catch them, and their words recur ("Tesseract" 19 times in the Italian, 20 in the English,
  "dictd" 16). The rule named no such exclusion; they stay.
- As loaded (the benchmark's `_capped`, at 200 words a description, the cleaning copied from
  text_measure.clean into a counting script so as not to import the engine; counted at 02:50
  UTC): 16,172 Italian words in 806 texts and 14,888 English words in 801 texts, of the 252
  descriptions: within the 10,000 to 20,000 the brief asked for; the Italian a little above the
  rule's estimate of 13,000 to 16,000, said here, nothing changed for it.
- The words judged, split by the sixteenth set's plain rule, 13,528 Italian and 12,953 English.
  Bare Hunspell's figures on them, the reference (pyenchant, it_IT and en_US; the only ones
  seen): Italian 6.07 unknown words per 100 (821), English 4.26 (552), far above every web-copy
  set's and above the twenty-second set's books (2.64 and 1.44): the descriptions are dense with
  programs' names written in lowercase ("dict", "dictd", "hunspell", "ispell", "emacs",
  "notmuch", "postfix"), English words of computing left in the Italian ("plugin" 35, "tag",
  "toolkit", "frontend", "backend", "shell", "panning", "sidechain"), the trade's Italian
  coinages ("metapacchetto" 8, "multigiocatore" 6, "macroblocchi", "multitraccia", "sparatutto",
  "ricampionamento"), English terms left in parentheses ("Optical" 19), formats ("pnm", "wav",
  "jpeg") and, in the English, "metapackage", "gameplay", "emacsen" and British spellings.
  Recall and top three, which need the benchmark's planted errors, were not computed: the
  benchmark was not run on the set. Seen in passing, in bare Hunspell's list of unknown words,
  and left for the measuring session's adjudication like any other (nothing of the engine was
  changed for them, nor was the engine run): "Mpedgemux" in the Italian (the program's
  description writes Mpegdemux); "frecuency", "coordiantes", "percieved", "incured",
  "informationa", "hilighting" and "drawars" in the English.
- Names for the "+names" run, as the rule gives them: 60, "Debian" and 59 programs' names
  (among them, as the mechanical rule has them, "Sl" for sl, "VM" for vm, "Chai", "Ample").

Measured once, by a later round (not the session that wrote this rule), at its start, before
anything is changed, and never before.
"""

from __future__ import annotations

import bz2
import functools
import hashlib
import importlib
import logging
import lzma
import re
import urllib.request
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from benchmarks.text_material import CACHE
from benchmarks.text_round6 import in_english

log = logging.getLogger(__name__)

# The three files the rule names, as the cache keeps them: (URL, the sha256 Debian's signed
# InRelease of bookworm 12.15, 11 July 2026, gives for it).
_BASE = "http://deb.debian.org/debian/dists/bookworm/main/"
FILES = {
    "Translation-it.bz2": (
        _BASE + "i18n/Translation-it.bz2",
        "f01a5f14992838ff8140da6e025c514c900c4f55d3169d5ef1710ed2deee2bde",
    ),
    "Translation-en.xz": (
        _BASE + "i18n/Translation-en.xz",
        "a3d4a0bfd8e9242810b0885eda7c1a6e05dac15b333ddbaab03ba56f2dfa4bf0",
    ),
    "Packages.xz": (
        _BASE + "binary-amd64/Packages.xz",
        "9e0b5aabb2465b3d2e7a7fe27f9913846277833f7a2826e7767acccff5b588c5",
    ),
}
# Debian's sections of the programs an ordinary person installs (area main).
SECTIONS = frozenset(
    ["games", "graphics", "sound", "video", "web", "mail", "news", "text", "editors", "education"]
)
WORDS_PER_DESCRIPTION = 200  # per description and language
WORDS_PER_LANGUAGE = 15000  # descriptions are taken until both languages hold this many
# The programs the eighth and tenth rounds used as extra tuning material (binary packages).
EARLIER_TUNING = (
    "pidgin",
    "hexchat",
    "polari",
    "kmail",
    "akregator",
    "kaddressbook",
    "shotwell",
    "gthumb",
    "gnome-software",
    "gnome-calendar",
    "gnome-contacts",
    "aptitude",
    "mate-terminal",
    "lxterminal",
    "sakura",
    "timeshift",
    "vinagre",
    "kup-backup",
    "gnome-console",
    "terminology",
    "x2goclient",
    "luckybackup",
    "qterminal",
    "lxqt-sudo",
    "yakuake",
)
# The modules whose package lists name the earlier sets' packages, and the lists' names.
_EARLIER_LISTS = (
    ("benchmarks.text_material", "USER_PACKAGES"),
    ("benchmarks.text_material", "FRESH_PACKAGES"),
    *((f"benchmarks.text_round{n}", f"ROUND{n}_PACKAGES") for n in range(4, 24)),
)
SUBJECT = "Debian"

_LEFT_OUT_SUFFIX = re.compile(r"-(?:dev|doc|dbg|dbgsym|data|common)$")
_FONTS = re.compile(r"^(?:fonts|ttf|otf|xfonts)-")
_LIBRARY = re.compile(r"^lib.*\d$")
_TRANSITIONAL = re.compile(r"transitional|dummy", re.IGNORECASE)


# ---------------------------------------------------------------------------------------------
# The download: once, into the cache, each file checked against the rule's sha256.


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _download(url: str, path: Path) -> None:
    """Write the body of `url` at `path` (plain HTTP, as Debian's mirrors serve the archive)."""
    with urllib.request.urlopen(url, timeout=120) as answer, path.open("wb") as out:
        for block in iter(lambda: answer.read(1 << 20), b""):
            out.write(block)


def fetch_round42(root: Path = CACHE, get: Callable[[str, Path], None] = _download) -> Path:
    """Download the set's three files once into `root/round42`; return the folder.

    A file whose sha256 is not the rule's is refused: a download is deleted and a cached copy is
    left for the user to delete; either stops the run with a RuntimeError saying which file.
    """
    folder = root / "round42"
    folder.mkdir(parents=True, exist_ok=True)
    for name, (url, want) in FILES.items():
        path = folder / name
        if path.is_file():
            got = _sha256(path)
            if got != want:
                raise RuntimeError(
                    f"round42: the cached {path} has sha256 {got}, not the rule's {want}: it is "
                    "not read (delete it to download it again; benchmarks/text_round42.py)"
                )
            continue
        part = path.with_name(name + ".part")
        log.info("round42: downloading %s", url)
        get(url, part)
        got = _sha256(part)
        if got != want:
            part.unlink()
            raise RuntimeError(
                f"round42: {url} has sha256 {got}, not the rule's {want}: Debian has changed the "
                "file, and the set cannot be built from it (benchmarks/text_round42.py)"
            )
        part.rename(path)
    return folder


# ---------------------------------------------------------------------------------------------
# The archive's files: deb822 records, a field's continuation lines kept as they are.


def _open(path: Path):
    opener = {".bz2": bz2.open, ".xz": lzma.open}.get(path.suffix, open)
    return opener(path, "rt", encoding="utf-8")


def records(lines: Iterable[str], fields: frozenset[str]) -> Iterator[dict[str, str]]:
    """Yield the records of a deb822 file, with only the named fields; a field's continuation
    lines follow its first line after a newline, their leading spaces kept."""
    record: dict[str, str] = {}
    key = ""
    for line in lines:
        line = line.rstrip("\n")
        if not line.strip():
            if record:
                yield record
            record, key = {}, ""
        elif line[0] in " \t":
            if key in record:
                record[key] += "\n" + line.expandtabs(8)
        else:
            key, _, value = line.partition(":")
            if key in fields:
                record[key] = value.strip()
    if record:
        yield record


def packages_index(path: Path) -> dict[str, tuple[str, str, str]]:
    """Return the Packages index's packages: name -> (source, section, Description-md5); the
    source without its version, the package's own name when the index gives none."""
    out: dict[str, tuple[str, str, str]] = {}
    with _open(path) as lines:
        for rec in records(lines, frozenset(["Package", "Source", "Section", "Description-md5"])):
            name = rec.get("Package", "")
            source = rec.get("Source", "").split(" ")[0] or name
            out.setdefault(name, (source, rec.get("Section", ""), rec.get("Description-md5", "")))
    return out


def translations(path: Path, lang: str) -> dict[tuple[str, str], str]:
    """Return a Translation file's descriptions: (package, Description-md5) -> the description,
    its synopsis on the first line and its long description's lines as the file has them."""
    field = f"Description-{lang}"
    out: dict[tuple[str, str], str] = {}
    with _open(path) as lines:
        for rec in records(lines, frozenset(["Package", "Description-md5", field])):
            if field in rec:
                out[(rec.get("Package", ""), rec.get("Description-md5", ""))] = rec[field]
    return out


# ---------------------------------------------------------------------------------------------
# Reading a description (Debian Policy 5.6.13): the synopsis, the paragraphs of wrapped lines,
# the list items; verbatim lines, URLs and the package names that are no words left out.

_BULLET = re.compile(r"(?:[*+\u2022o-]|\d+[.)])\s+")
_URL = re.compile(r"(?:\b(?:https?|ftp)://|\bwww\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
_URL_LINE = re.compile(
    r"(?:[^\W\d_][^:]{0,40}:\s*)?[<(]?(?:" + _URL.pattern + r")[>)]?[.,;]?", re.IGNORECASE
)
_PACKAGE_TOKEN = re.compile(r"(?<![\w+.-])[a-z0-9][a-z0-9+.-]*[a-z0-9+]")


def description_texts(description: str, package_names: frozenset[str] = frozenset()) -> list[str]:
    """Return a description's texts: its synopsis, then its paragraphs and list items in order.

    A line of one leading space is wrapped text; " ." ends a paragraph; a line of two or more
    spaces is verbatim and left out, but for a list item (a bullet, then a space) and the lines
    more indented than its bullet that follow it. URLs and e-mail addresses are taken out, a line
    holding nothing but one (after a label, maybe) dropped whole; a word that is a package's
    name (`package_names`) holding a hyphen, digit, plus or dot is taken out.
    """
    first, *rest = description.split("\n")
    blocks: list[list[str]] = [[first.strip()]]
    current: list[str] | None = None
    item_indent: int | None = None

    def close() -> None:
        nonlocal current, item_indent
        if current:
            blocks.append(current)
        current, item_indent = None, None

    for raw in rest:
        line = raw.expandtabs(8)
        body = line.strip()
        indent = len(line) - len(line.lstrip(" "))
        if not body or (body == "." and indent <= 1):
            close()
            continue
        if _URL_LINE.fullmatch(body):
            continue
        bullet = _BULLET.match(body)
        if bullet and len(body) > bullet.end():
            close()
            current, item_indent = [body[bullet.end() :]], indent
        elif indent <= 1:
            current = [*(current or []), body]
        elif item_indent is not None and indent > item_indent and current is not None:
            current.append(body)
        else:  # verbatim: code, commands, tables, layouts
            close()
    close()
    out = []
    for block in blocks:
        text = _URL.sub(" ", " ".join(block))
        text = _PACKAGE_TOKEN.sub(
            lambda m: " " if m.group() in package_names and not m.group().isalpha() else m.group(),
            text,
        )
        text = re.sub(r"\s+", " ", text).strip()
        if text:
            out.append(text)
    return out


def paired_texts(
    italian: str, english: str, package_names: frozenset[str] = frozenset()
) -> tuple[list[str], list[str]]:
    """Return a description's Italian and English texts: an Italian text equal to a text of
    its English original is left out with that English text, one written in English too; a
    description whose Italian is its English gives nothing."""
    if italian.strip() == english.strip():
        return [], []
    it_texts = description_texts(italian, package_names)
    en_texts = description_texts(english, package_names)
    shared = set(it_texts) & set(en_texts)
    it_texts = [t for t in it_texts if t not in shared and not in_english(t)]
    en_texts = [t for t in en_texts if t not in shared]
    return it_texts, en_texts


# ---------------------------------------------------------------------------------------------
# Which descriptions, in which order, and the caps.


def earlier_packages() -> frozenset[str]:
    """Return the binary packages the earlier text sets named, and the tuning programs'."""
    names = set(EARLIER_TUNING)
    for module, attribute in _EARLIER_LISTS:
        names.update(getattr(importlib.import_module(module), attribute))
    return frozenset(names)


def eligible(name: str, section: str) -> bool:
    """Return whether a package's section and name are the rule's (its synopsis and source are
    judged apart)."""
    return (
        section in SECTIONS
        and not _LEFT_OUT_SUFFIX.search(name)
        and not _FONTS.match(name)
        and not _LIBRARY.match(name)
    )


def _order(name: str) -> tuple[int, str]:
    return zlib.crc32(name.encode("utf-8")), name


def candidates(
    folder: Path, earlier: frozenset[str] | None = None
) -> Iterator[tuple[str, str, str]]:
    """Yield (package, Italian description, English description) of every description the rule
    chooses and pairs, in the rule's order (zlib.crc32 of the package's name), each once."""
    index = packages_index(folder / "Packages.xz")
    italian = translations(folder / "Translation-it.bz2", "it")
    english = translations(folder / "Translation-en.xz", "en")
    earlier = earlier_packages() if earlier is None else earlier
    left_sources = {index[name][0] if name in index else name for name in earlier}
    seen_md5: set[str] = set()
    for name in sorted(index, key=_order):
        source, section, md5 = index[name]
        if not md5 or md5 in seen_md5 or not eligible(name, section) or source in left_sources:
            continue
        it_desc, en_desc = italian.get((name, md5)), english.get((name, md5))
        if it_desc is None or en_desc is None:
            continue
        if _TRANSITIONAL.search(en_desc.split("\n", 1)[0]):
            continue
        seen_md5.add(md5)
        yield name, it_desc, en_desc


def _words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def capped_description(texts: list[str]) -> list[str]:
    """Return a description's texts in order, each taken while fewer than the cap's words are."""
    out: list[str] = []
    taken = 0
    for text in texts:
        if taken >= WORDS_PER_DESCRIPTION:
            break
        out.append(text)
        taken += len(text.split())
    return out


@functools.cache
def taken_descriptions(
    folder: Path, earlier: frozenset[str] | None = None
) -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    """Return (package, Italian texts, English texts) of the descriptions the set takes, in the
    rule's order, until both languages hold WORDS_PER_LANGUAGE words: a text already taken (in
    its language) is not taken again, each description is capped, and one left without text in
    either language is not taken."""
    names = frozenset(packages_index(folder / "Packages.xz"))
    seen: dict[str, set[str]] = {"it": set(), "en": set()}
    totals = {"it": 0, "en": 0}
    out = []
    for name, it_desc, en_desc in candidates(folder, earlier):
        if min(totals.values()) >= WORDS_PER_LANGUAGE:
            break
        it_texts, en_texts = paired_texts(it_desc, en_desc, names)
        it_texts = capped_description(
            list(dict.fromkeys(t for t in it_texts if t not in seen["it"]))
        )
        en_texts = capped_description(
            list(dict.fromkeys(t for t in en_texts if t not in seen["en"]))
        )
        if not it_texts or not en_texts:
            continue
        for lang, texts in (("it", it_texts), ("en", en_texts)):
            seen[lang].update(texts)
            totals[lang] += _words(texts)
        out.append((name, tuple(it_texts), tuple(en_texts)))
    return tuple(out)


def round42_texts(lang: str, root: Path = CACHE) -> Iterator[tuple[str, list[str]]]:
    """Yield (package, its description's texts) of the descriptions the set takes, in order."""
    for name, italian, english in taken_descriptions(fetch_round42(root)):
        yield name, list(italian if lang == "it" else english)


def program_name(package: str, english: Iterable[str]) -> str | None:
    """Return a package's name as its English texts first write it with a capital, if they do."""
    pattern = re.compile(rf"(?<![\w+.-]){re.escape(package)}(?![\w+-])", re.IGNORECASE)
    for text in english:
        for match in pattern.finditer(text):
            if match.group() != match.group().lower():
                return match.group()
    return None


def names_of(descriptions: Iterable[tuple[str, Iterable[str], Iterable[str]]]) -> list[str]:
    """Return "Debian" and the programs' names of the descriptions taken (program_name)."""
    names = {SUBJECT}
    for package, _italian, english in descriptions:
        name = program_name(package, english)
        if name:
            names.add(name)
    return sorted(names)


def round42_names(root: Path = CACHE) -> list[str]:
    """Return the client's brand names for the second measure: "Debian", and each taken
    description's package name as its English texts write it with a capital."""
    return names_of(taken_descriptions(fetch_round42(root)))
