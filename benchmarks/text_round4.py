"""The fourth held-out text set (issue 17, fourth round), chosen by a rule written first.

The rule, written on 4 December 2026 and committed at 18:41 UTC, before any figure of it was seen (the third
set, KDE/Xfce/MATE in benchmarks/text_material.py, had been looked at by then and is tuning
material):

- Documentation and public documents, prose written for people: The Debian Administrator's
  Handbook (Debian package debian-handbook: `html/en-US` and `html/it-IT`), the Debian Reference
  (debian-reference-en, debian-reference-it) and GIMP's user manual (gimp-help-en, gimp-help-it).
  Used: the text of every paragraph and list item; left out, as in the earlier sets, code and
  what is typed or shown by a machine (code, command, filename, literal, userinput,
  computeroutput, keycap, keycombo, option, screen, programlisting, varname, envar, systemitem,
  replaceable, prompt, uri, email, package, classname, function, parameter, `pre`), and an
  Italian paragraph equal to its English original (untranslated).
- Catalogues: every Italian catalogue (msgstr Italian, msgid English) shipped by GIMP
  (gimp-data), Inkscape, Audacity (audacity-data), darktable and Cinnamon (cinnamon-l10n), a
  domain in no earlier set; name lists left out (NOT_PROSE).
- The same caps per catalogue and help document as in the earlier sets.
- The client's names: as an auditor enters the client's brands before checking its texts, the
  measure is run twice, without names and with the `Name=` entries (English and Italian) of the
  `.desktop` files these packages ship given to the engine as the client's brand names. Both
  figures are printed.
- Real English misspellings: codespell's rows (same filter) never measured before, i.e. not among
  the 1,800 sampled for the earlier sets, 600 of them drawn with another seed.

Measured once with the engine as it was before the fourth round's changes ("before") and once at
the end of the round ("after"), never looked at in between. Nothing here is imported by the check.
"""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import zlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from benchmarks.text_material import CACHE, INSTALLED, NOT_PROSE, user_domains

# The packages the rule names, written down before the set was measured.
ROUND4_PACKAGES = [
    "debian-handbook",
    "debian-reference-en",
    "debian-reference-it",
    "gimp-help-en",
    "gimp-help-it",
    "gimp-data",
    "inkscape",
    "audacity-data",
    "darktable",
    "cinnamon-l10n",
]
# Where each manual lies once unpacked (under usr/share), by language.
_MANUALS = {
    "handbook": {"en": "doc/debian-handbook/html/en-US", "it": "doc/debian-handbook/html/it-IT"},
    "gimp": {"en": "gimp/2.0/help/en", "it": "gimp/2.0/help/it"},
}


def unpack_packages(root: Path, name: str, packages: list[str] | tuple[str, ...]) -> Path:
    """Download a set's packages once into `root/<name>-debs`, unpack them afresh into
    `root/<name>-unpacked` and return its usr/share folder."""
    if shutil.which("apt-get") is None or shutil.which("dpkg-deb") is None:
        raise RuntimeError(f"the {name} set needs apt-get and dpkg-deb (Debian)")
    debs = root / f"{name}-debs"
    debs.mkdir(parents=True, exist_ok=True)
    missing = [p for p in packages if not any(debs.glob(f"{p}_*.deb"))]
    if missing:
        subprocess.run(["apt-get", "download", *missing], cwd=debs, check=True)
    unpacked = root / f"{name}-unpacked"
    shutil.rmtree(unpacked, ignore_errors=True)
    for package in packages:
        for deb in sorted(debs.glob(f"{package}_*.deb")):
            subprocess.run(["dpkg-deb", "-x", str(deb), str(unpacked)], check=True)
    return unpacked / "usr" / "share"


def fetch_set(
    root: Path, name: str, packages: Sequence[str], place: Callable[[Path, Path], None]
) -> Path:
    """Download and unpack a set's packages once; return the folder of the set.

    `place(share, staging)` moves what the set reads from the unpacked usr/share into the
    staging folder (its Italian catalogues into `mo/`); the programs' .desktop files are
    copied into `applications/` for their names. The .deb files stay in `root/<name>-debs` (a
    package already there is not downloaded again); what is unpacked and not part of the set is
    not kept, and only a complete set is ever seen as fetched.
    """
    folder = root / name
    if (folder / "mo").is_dir():
        return folder
    share = unpack_packages(root, name, packages)
    staging = root / f"{name}-staging"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    place(share, staging)
    (staging / "applications").mkdir()
    for desktop in sorted(share.rglob("*.desktop")):
        shutil.copy(desktop, staging / "applications" / desktop.name)
    shutil.rmtree(share.parent.parent)  # the unpacked packages
    shutil.rmtree(folder, ignore_errors=True)
    staging.rename(folder)
    return folder


def _place_round4(share: Path, staging: Path) -> None:
    (share / "locale" / "it" / "LC_MESSAGES").rename(staging / "mo")
    for manual, langs in _MANUALS.items():
        (staging / manual).mkdir()
        for lang, source in langs.items():
            (share / source).rename(staging / manual / lang)
    (staging / "reference").mkdir()
    for page in sorted((share / "debian-reference").glob("*.html")):
        page.rename(staging / "reference" / page.name)


def fetch_round4(root: Path = CACHE) -> Path:
    """Download and unpack the fourth set's packages once; return the folder of the set."""
    return fetch_set(root, "round4", ROUND4_PACKAGES, _place_round4)


# What the rule leaves out, as these DocBook-made pages mark it: the element's name as a class
# (`<code class="filename">`, `<span class="command">`, `<em class="replaceable">`), the
# handbook's `pkg` for a package, and the HTML elements for code, keys and typed text.
_SKIPPED_CLASSES = [
    "code",
    "command",
    "filename",
    "literal",
    "userinput",
    "computeroutput",
    "keycap",
    "keycombo",
    "option",
    "screen",
    "programlisting",
    "varname",
    "envar",
    "systemitem",
    "replaceable",
    "prompt",
    "uri",
    "email",
    "package",
    "pkg",
    "classname",
    "function",
    "parameter",
]
_SKIP = ", ".join(["code", "pre", "kbd", "samp", "tt", *(f".{c}" for c in _SKIPPED_CLASSES)])
# Made by the HTML tool, not written as the text's paragraphs: navigation, tables of contents,
# headings and titles of figures and tables, index anchors.
_NOT_TEXT = ".navheader, .navfooter, .docnav, .toc, .list-of-tables, .titlepage, .title, .indexterm"
_BLOCKS = frozenset(
    [
        "p",
        "div",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "table",
        "tr",
        "td",
        "th",
        "pre",
        "blockquote",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "body",
    ]
)


def _inline_text(node) -> str:
    """Return a block's own text: nested blocks are read as blocks of their own."""
    parts = []
    for child in node.iter(include_text=True):
        if child.tag == "-text":
            parts.append(child.text_content or "")
        elif child.tag in _BLOCKS:
            parts.append(" ")
        else:
            parts.append(_inline_text(child))
    return "".join(parts)


def html_paragraphs(path: Path, leave_out: str = "") -> list[str]:
    """Return the text of every paragraph and list item of a DocBook-made HTML page, without
    what the rule leaves out (code, commands, file names, keys, typed and printed text...) nor
    what the CSS selector `leave_out` names (a later set's front matter)."""
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    try:
        tree = HTMLParser(path.read_text("utf-8", errors="replace"))
    except OSError:
        return []
    if tree.body is None:
        return []
    for node in tree.body.css(", ".join(filter(None, (_NOT_TEXT, _SKIP, leave_out)))):
        node.decompose()
    out = []
    for node in tree.body.css("p, div.para, li"):
        text = re.sub(r"\s+", " ", _inline_text(node)).strip()
        if text:
            out.append(text)
    return out


def _pages(manual: str, lang: str, root: Path) -> list[tuple[Path, Path]]:
    """Return (page, its English original) of a manual in a language, in a fixed mixed order."""
    folder = root / "round4"
    if manual == "reference":
        pages = [
            (p, p.with_name(p.name.replace(f".{lang}.html", ".en.html")))
            for p in (folder / "reference").glob(f"*.{lang}.html")
        ]
    else:
        base = folder / manual
        pages = [(p, base / "en" / p.name) for p in (base / lang).glob("*.html")]
    return sorted(pages, key=lambda pair: zlib.crc32(pair[0].name.encode()))


def manual_texts(lang: str, root: Path = CACHE) -> Iterator[tuple[str, list[str]]]:
    """Yield (manual, paragraphs of one page) of the handbook, Debian Reference and GIMP's manual.

    An Italian paragraph that also stands in the English original of its page is left out.
    """
    for manual in ("handbook", "reference", "gimp"):
        for page, original in _pages(manual, lang, root):
            paragraphs = html_paragraphs(page)
            if lang == "it":
                english = set(html_paragraphs(original))
                paragraphs = [p for p in paragraphs if p not in english]
            yield manual, paragraphs


def round4_catalogues(root: Path = CACHE) -> list[Path]:
    """Return the fourth set's Italian catalogues: domains in no earlier set, name lists out."""
    mo = root / "round4" / "mo"
    if not mo.is_dir():
        return []
    fresh = root / "fresh" / "mo"
    earlier = (
        user_domains(root)
        | {p.stem for p in INSTALLED.glob("*.mo")}
        | {p.stem for p in fresh.glob("*.mo")}
    )
    return [
        p for p in sorted(mo.glob("*.mo")) if not NOT_PROSE.match(p.name) and p.stem not in earlier
    ]


def round4_names(root: Path = CACHE) -> list[str]:
    """Return the programs' names (`Name=` and `Name[it]=` of each `.desktop` file's entry):
    the client's brand names for the second measure."""
    return desktop_names(root / "round4" / "applications")


def desktop_names(folder: Path) -> list[str]:
    """Return the `Name=` and `Name[it]=` of every `.desktop` file's entry in a folder."""
    names: set[str] = set()
    for path in sorted(folder.glob("*.desktop")):
        entry = configparser.RawConfigParser(strict=False, interpolation=None)
        entry.optionxform = str  # keys are case-sensitive: Name[it], not name[it]
        try:
            entry.read(path, encoding="utf-8")
        except configparser.Error:
            continue
        if entry.has_section("Desktop Entry"):
            section = entry["Desktop Entry"]
            names.update(v.strip() for k in ("Name", "Name[it]") if (v := section.get(k)))
    return sorted(names)
