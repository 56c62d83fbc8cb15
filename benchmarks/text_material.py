"""Real text for measuring the spelling engine, in two sets chosen by audience before measuring.

**User-facing** (closest to what an auditor checks: prose written for ordinary people): the
Debian packages of USER_PACKAGES, fetched with `apt-get download` and unpacked with
`dpkg-deb -x` (nothing installed): the message catalogues of desktop programs for end users
(mail, browser, files, photos, music, video, calendar, maps, calculator, games, the screen
reader), their user help (Mallard pages, English originals and Italian translations), GNOME's
desktop help and LibreOffice's help. Left out by the same rule, before any figure was seen:
GNOME's system-admin guide, LibreOffice's Basic programming help (`sbasic`) and name lists
(time zones).

**Developer and system tools**: every catalogue installed on this machine that is not in the
first set (apt, git, binutils, coreutils, PostgreSQL, systemd, GTK's properties...), name lists
(iso_*, xkeyboard) left out.

Each set is split by a hash of a unit's name (a catalogue, a help page) into a tuning half and a
held-out half. Both halves have now been looked at while tuning: they are all tuning material.

**Fresh held-out** (rule written down on 4 December, before its first figure was seen; measured
once with the engine as it stood, once with the final engine, never looked at in between):
the end-user programs of the *other* desktops and a few desktop programs the first set lacks,
FRESH_PACKAGES: KDE (Dolphin, Okular, Gwenview, Elisa, KCalc, Konqueror, KMail, Ark, Spectacle,
KCharSelect, KWrite), Xfce (Thunar, Mousepad, Ristretto, Parole, Screenshooter, Catfish,
notifications), MATE (Caja, Pluma, Atril, Eye of MATE, Engrampa, the calculator, the MATE user
guide), GNOME Boxes, Polari, Transmission, Pidgin, HexChat and VLC's catalogues. Used: every
Italian catalogue they ship (msgstr Italian, msgid English), their Mallard help (English
originals, Italian translations, untranslated paragraphs left out), MATE's DocBook help (the same
elements left out as in KDE's, legal notices too) and KDE's help as rendered
by KDE (`index.cache.bz2`, English and Italian; keys and shortcuts, commands, file names, code,
options and screens left out, as in the Mallard pages). Left out by the same rule: a catalogue
whose domain is in either earlier set, name lists (NOT_PROSE). Not split: all of it is held-out.
The same caps per catalogue and help document as above. Real misspellings for it: codespell's
rows (same filter) never measured before, i.e. not among the 600 + 600 sampled for the earlier
halves, 600 of them drawn with another seed.
Nothing here is imported by the check itself.
"""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
import zlib
from collections.abc import Iterator
from pathlib import Path

from benchmarks.text_readers import docbook_paragraphs, mallard_paragraphs

log = logging.getLogger(__name__)

CACHE = Path.home() / ".cache" / "auditor-text-material"
INSTALLED = Path("/usr/share/locale/it/LC_MESSAGES")

# Chosen by audience (a person using a desktop for mail, documents, photos, music and games),
# written down before the first measurement; every catalogue and help page they hold is used.
USER_PACKAGES = [
    "gnome-user-docs",
    "libreoffice-help-it",
    "libreoffice-help-en-us",
    "evince-common",
    "gedit-common",
    "totem-common",
    "rhythmbox-data",
    "gnome-calculator",
    "gnome-clocks",
    "gnome-weather",
    "gnome-maps",
    "gnome-contacts",
    "gnome-calendar",
    "shotwell-common",
    "nautilus-data",
    "file-roller",
    "cheese-common",
    "simple-scan",
    "evolution-common",
    "gnome-software-common",
    "baobab",
    "gnome-characters",
    "gnome-font-viewer",
    "gnome-music",
    "gnome-photos",
    "epiphany-browser-data",
    "eog",
    "gnome-sound-recorder",
    "gnome-text-editor",
    "gnome-initial-setup",
    "gnome-control-center-data",
    "yelp",
    "gnome-mines",
    "gnome-sudoku",
    "aisleriot",
    "four-in-a-row",
    "gnome-chess",
    "quadrapassel",
    "lightsoff",
    "swell-foop",
    "tali",
    "iagno",
    "hitori",
    "gnome-mahjongg",
    "gnome-klotski",
    "gnome-robots",
    "gnome-tetravex",
    "gnome-taquin",
    "gnome-nibbles",
    "five-or-more",
    "gnome-2048",
    "orca",
]
# The fresh held-out set (see the module's docstring), written down before it was measured.
FRESH_PACKAGES = [
    "dolphin",
    "okular",
    "gwenview",
    "elisa",
    "kcalc",
    "konqueror",
    "kmail",
    "ark",
    "kde-spectacle",
    "kcharselect",
    "kwrite",
    "thunar-data",
    "mousepad",
    "ristretto",
    "parole",
    "xfce4-screenshooter",
    "catfish",
    "xfce4-notifyd",
    "caja-common",
    "pluma-common",
    "atril-common",
    "eom-common",
    "engrampa-common",
    "mate-calc",
    "mate-user-guide",
    "gnome-boxes",
    "polari",
    "transmission-common",
    "pidgin-data",
    "hexchat",
    "vlc-l10n",
]
EXCLUDED_HELP = frozenset(["system-admin-guide"])
EXCLUDED_OFFICE = frozenset(["sbasic"])
# Lists of names (countries, languages, keyboard layouts, MIME types, time zones) are not prose.
NOT_PROSE = re.compile(r"^(iso_|xkeyboard|shared-mime|xdg-user|.*timezones)")

WORDS_PER_CATALOGUE = 1500
WORDS_PER_HELP = 6000  # per help document (gnome-help, evince...) and half
WORDS_PER_OFFICE_MODULE = 4000  # per LibreOffice module (swriter, scalc...) and half

_OFFICE_SKIP = (
    "code, pre, kbd, script, .input, .literal, .bascode, .pycode, .acronym, .keycode, .emph-code"
)


def split_of(unit: str) -> str:
    """Return the half a unit belongs to: "tuning" (even name hash) or "held-out"."""
    return "tuning" if zlib.crc32(unit.encode()) % 2 == 0 else "held-out"


def fetch(root: Path = CACHE) -> Path:
    """Download and unpack the user-facing packages once; return the folder of the set."""
    return _fetch_set(
        root,
        "user",
        "",
        USER_PACKAGES,
        {"help": ("help", ("C", "it")), "libreoffice": ("libreoffice/help", ("it", "en-US"))},
    )


def fetch_fresh(root: Path = CACHE) -> Path:
    """Download and unpack the fresh held-out packages once; return the folder of the set."""
    return _fetch_set(
        root,
        "fresh",
        "fresh-",
        FRESH_PACKAGES,
        {"help": ("help", ("C", "it")), "kde": ("doc/HTML", ("en", "it"))},
    )


def _fetch_set(
    root: Path,
    name: str,
    prefix: str,
    packages: list[str],
    documents: dict[str, tuple[str, tuple[str, ...]]],
) -> Path:
    """Download and unpack a set's packages once into `root/name`: the Italian catalogues in
    mo/, and for each folder of `documents` the languages of a folder under usr/share.

    The .deb files stay in `root/<prefix>debs` for the next run; what is unpacked is not kept.
    """
    folder = root / name
    if (folder / "mo").is_dir():
        return folder
    if shutil.which("apt-get") is None or shutil.which("dpkg-deb") is None:
        raise RuntimeError(f"the {name} set needs apt-get and dpkg-deb (Debian)")
    unpacked = root / f"{prefix}unpacked"
    share = _unpack(root / f"{prefix}debs", packages, unpacked)
    folder.mkdir(parents=True, exist_ok=True)
    (share / "locale" / "it" / "LC_MESSAGES").rename(folder / "mo")
    for into, (source, langs) in documents.items():
        (folder / into).mkdir(exist_ok=True)
        for lang in langs:
            (share / source / lang).rename(folder / into / lang)
    shutil.rmtree(unpacked)
    return folder


def _unpack(debs: Path, packages: list[str], unpacked: Path) -> Path:
    debs.mkdir(parents=True, exist_ok=True)
    subprocess.run(["apt-get", "download", *packages], cwd=debs, check=True)
    for deb in sorted(debs.glob("*.deb")):
        subprocess.run(["dpkg-deb", "-x", str(deb), str(unpacked)], check=True)
    return unpacked / "usr" / "share"


def fresh_catalogues(root: Path = CACHE) -> list[Path]:
    """Return the fresh set's catalogues: domains in neither earlier set, name lists left out."""
    mo = root / "fresh" / "mo"
    if not mo.is_dir():
        return []
    earlier = user_domains(root) | {p.stem for p in INSTALLED.glob("*.mo")}
    return [
        p for p in sorted(mo.glob("*.mo")) if not NOT_PROSE.match(p.name) and p.stem not in earlier
    ]


_KDE_SKIP = (
    "code, pre, kbd, tt, .keycap, .keycombo, .shortcut, .command, .filename, .userinput,"
    " .computeroutput, .option, .parameter, .replaceable, .literal, .programlisting, .screen,"
    " .synopsis, .cmdsynopsis"
)


def docbook_texts(
    lang: str, root: Path = CACHE, material: str = "fresh", folder: str = "help"
) -> Iterator[tuple[str, list[str]]]:
    """Yield (document, paragraphs of one file) of a set's DocBook help (the fresh set's MATE
    help unless named): the legal notice left out, an Italian paragraph equal to its English
    original left out. Nothing for a set without DocBook help."""
    base = root / material / folder
    pages = base / ("it" if lang == "it" else "C")
    if not pages.is_dir():
        return
    for doc in sorted(p for p in pages.iterdir() if p.is_dir()):
        for page in sorted([*doc.glob("*.xml"), *doc.glob("*.docbook")]):
            if page.name == "legal.xml":
                continue
            paragraphs = docbook_paragraphs(page)
            if lang == "it":
                original = set(docbook_paragraphs(base / "C" / doc.name / page.name))
                paragraphs = [p for p in paragraphs if p not in original]
            yield doc.name, paragraphs


def kde_texts(
    lang: str, root: Path = CACHE, material: str = "fresh"
) -> Iterator[tuple[str, list[str]]]:
    """Yield (document, paragraphs) of a set's KDE help (the fresh set's unless named), as KDE
    renders it."""
    import bz2

    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    folder = root / material / "kde" / lang
    if not folder.is_dir():
        return
    for cache in sorted(folder.glob("*/index.cache.bz2")):
        tree = HTMLParser(bz2.decompress(cache.read_bytes()).decode("utf-8", errors="replace"))
        if tree.body is None:
            continue
        for node in tree.body.css(_KDE_SKIP):
            node.decompose()
        paragraphs = []
        for node in tree.body.css("p, h1, h2, h3, h4, td, dt"):
            text = re.sub(r"\s+", " ", node.text(separator=" ")).strip()
            if text:
                paragraphs.append(text)
        yield cache.parent.name, paragraphs


def user_domains(root: Path = CACHE) -> set[str]:
    """Return the catalogue names of the user-facing set (empty before it is fetched)."""
    mo = root / "user" / "mo"
    return {p.stem for p in mo.glob("*.mo")} if mo.is_dir() else set()


def user_catalogues(split: str, root: Path = CACHE) -> list[Path]:
    """Return the user-facing set's catalogues of a half."""
    mo = root / "user" / "mo"
    return [
        p
        for p in sorted(mo.glob("*.mo"))
        if not NOT_PROSE.match(p.name) and split_of(p.stem) == split
    ]


def developer_catalogues(split: str, root: Path = CACHE) -> list[Path]:
    """Return the installed catalogues of a half that are not in the user-facing set."""
    if not INSTALLED.is_dir():
        return []
    users = user_domains(root)
    return [
        p
        for p in sorted(INSTALLED.glob("*.mo"))
        if not NOT_PROSE.match(p.name) and p.stem not in users and split_of(p.stem) == split
    ]


def help_texts(
    split: str, lang: str, root: Path = CACHE, material: str = "user"
) -> Iterator[tuple[str, list[str]]]:
    """Yield (document, paragraphs of one page) of the user help in a half ("all": every page).

    Italian pages keep English paragraphs nobody translated yet: a paragraph that also stands
    in the English original of the page is left out.
    """
    base = root / material / "help"
    folder = base / ("it" if lang == "it" else "C")
    if not folder.is_dir():
        return
    for doc in sorted(p for p in folder.iterdir() if p.is_dir() and p.name not in EXCLUDED_HELP):
        for page in sorted(doc.glob("*.page"), key=lambda p: zlib.crc32(p.name.encode())):
            if split != "all" and split_of(f"{doc.name}/{page.stem}") != split:
                continue
            paragraphs = mallard_paragraphs(page)
            if lang == "it":
                original = set(mallard_paragraphs(base / "C" / doc.name / page.name))
                paragraphs = [p for p in paragraphs if p not in original]
            yield doc.name, paragraphs


def office_texts(split: str, lang: str, root: Path = CACHE) -> Iterator[tuple[str, list[str]]]:
    """Yield (module, paragraphs of one page) of LibreOffice's help in a half."""
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    folder = root / "user" / "libreoffice" / ("it" if lang == "it" else "en-US") / "text"
    if not folder.is_dir():
        return
    pages = sorted(folder.rglob("*.html"), key=lambda p: zlib.crc32(str(p).encode()))
    for page in pages:
        rel = page.relative_to(folder)
        module = rel.parts[0]
        if module in EXCLUDED_OFFICE or split_of(str(rel)) != split:
            continue
        tree = HTMLParser(page.read_text("utf-8", errors="replace"))
        area = tree.css_first("#DisplayArea")
        if area is None:
            continue
        for node in area.css(_OFFICE_SKIP):
            node.decompose()
        paragraphs = []
        for node in area.css("p, h1, h2, h3, h4, h5, h6"):
            text = re.sub(r"\s+", " ", node.text(separator=" ")).strip()
            if text:
                paragraphs.append(text)
        yield module, paragraphs
