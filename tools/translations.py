"""Compile the gettext catalogs: resources/translations/<lang>/*.po -> <lang>/auditor.mo.

The app reads the compiled .mo with the standard library's gettext (about 1 ms at start-up, where
parsing the .po files took about 20); the .po files stay the source that translators edit. Entries
with a msgctxt and plural entries (msgid_plural, msgstr[n]) are compiled too, with the language's
plural rule in the header. Run `python tools/translations.py` after editing a .po;
tests/auditor/test_i18n.py fails while a compiled catalog is out of date.
"""

from __future__ import annotations

import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
MO_NAME = "auditor.mo"
# The .mo header carries the rule gettext uses to pick a plural form; Italian, like English, has
# one form for 1 and another for every other count (0 included: "0 modifiche").
PLURAL_FORMS = {"it": "nplurals=2; plural=(n != 1);"}
DEFAULT_PLURAL_FORMS = "nplurals=2; plural=(n != 1);"
# How gettext keys an entry with a msgctxt: "context\x04msgid" (auditor.i18n reads it so).
CONTEXT_SEPARATOR = "\x04"


def entries(lang: str) -> list[polib.POEntry]:
    """Return every live (not obsolete) entry of a language's .po files, file by file."""
    found: list[polib.POEntry] = []
    for po_file in sorted((FOLDER / lang).glob("*.po")):
        found += [entry for entry in polib.pofile(str(po_file)) if not entry.obsolete]
    return found


def finished(entry: polib.POEntry) -> bool:
    """Return whether an entry is translated in full and not fuzzy."""
    if "fuzzy" in entry.flags:
        return False
    if entry.msgid_plural:
        return bool(entry.msgstr_plural) and all(entry.msgstr_plural.values())
    return bool(entry.msgstr)


def key(entry: polib.POEntry) -> str:
    """Return the entry's key in a compiled catalog: its msgid, after its context if it has one."""
    return f"{entry.msgctxt}{CONTEXT_SEPARATOR}{entry.msgid}" if entry.msgctxt else entry.msgid


def source_catalog(lang: str) -> dict[str, str]:
    """Return key -> msgstr for every finished singular entry of a language's .po files, merged."""
    return {
        key(entry): entry.msgstr
        for entry in entries(lang)
        if not entry.msgid_plural and finished(entry)
    }


def source_plurals(lang: str) -> dict[str, tuple[str, ...]]:
    """Return key -> plural forms (msgstr[0], msgstr[1]...) for every finished plural entry."""
    return {
        key(entry): tuple(entry.msgstr_plural[i] for i in sorted(entry.msgstr_plural))
        for entry in entries(lang)
        if entry.msgid_plural and finished(entry)
    }


def compile_language(lang: str) -> Path:
    """Write the language's merged .mo file and return its path."""
    return write_mo(entries(lang), lang, FOLDER / lang / MO_NAME)


def write_mo(sources: list[polib.POEntry], lang: str, target: Path) -> Path:
    """Write the finished entries into one .mo file with the language's plural rule; return it."""
    merged = polib.POFile()
    merged.metadata = {
        "Content-Type": "text/plain; charset=UTF-8",
        "Language": lang,
        "Plural-Forms": PLURAL_FORMS.get(lang, DEFAULT_PLURAL_FORMS),
    }
    chosen: dict[str, polib.POEntry] = {}
    for entry in sources:
        if finished(entry):
            chosen[key(entry)] = entry  # a later file wins, as it did when merging msgid -> msgstr
    for _, entry in sorted(chosen.items()):
        merged.append(
            polib.POEntry(
                msgctxt=entry.msgctxt,
                msgid=entry.msgid,
                msgid_plural=entry.msgid_plural,
                msgstr=entry.msgstr,
                msgstr_plural=dict(entry.msgstr_plural),
            )
        )
    merged.save_as_mofile(str(target))
    return target


def main() -> int:
    """Compile every language folder."""
    for folder in sorted(p for p in FOLDER.iterdir() if p.is_dir()):
        print(compile_language(folder.name).relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
