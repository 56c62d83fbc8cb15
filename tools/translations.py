"""Compile the gettext catalogs: resources/translations/<lang>/*.po -> <lang>/auditor.mo.

The app reads the compiled .mo with the standard library's gettext (about 1 ms at start-up, where
parsing the .po files took about 20); the .po files stay the source that translators edit. Run
`python tools/translations.py` after editing a .po; tests/auditor/test_i18n.py fails while a
compiled catalog is out of date.
"""

from __future__ import annotations

import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
MO_NAME = "auditor.mo"


def source_catalog(lang: str) -> dict[str, str]:
    """Return msgid -> msgstr for every finished entry of a language's .po files, merged."""
    entries: dict[str, str] = {}
    for po_file in sorted((FOLDER / lang).glob("*.po")):
        for entry in polib.pofile(str(po_file)):
            if entry.msgstr and not entry.obsolete and "fuzzy" not in entry.flags:
                entries[entry.msgid] = entry.msgstr
    return entries


def compile_language(lang: str) -> Path:
    """Write the language's merged .mo file and return its path."""
    merged = polib.POFile()
    merged.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": lang}
    for msgid, msgstr in sorted(source_catalog(lang).items()):
        merged.append(polib.POEntry(msgid=msgid, msgstr=msgstr))
    target = FOLDER / lang / MO_NAME
    merged.save_as_mofile(str(target))
    return target


def main() -> int:
    """Compile every language folder."""
    for folder in sorted(p for p in FOLDER.iterdir() if p.is_dir()):
        print(compile_language(folder.name).relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
