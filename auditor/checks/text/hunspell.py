"""Hunspell dictionaries read from the system: through pyenchant, or spylls for loose .aff/.dic files.

Nothing here ships a dictionary. The Italian one (hunspell-it) is GPL-3 and the app is not, so
it is only ever read where the user's system already has it: Linux packages, LibreOffice's own
dictionaries on Windows and macOS, a folder named by AUDITOR_HUNSPELL_PATH. When none is found
the text check falls back to its bundled word lists (see spelling.py).

AUDITOR_HUNSPELL=off switches Hunspell off (the fallback is tested and measured that way).
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Iterable
from functools import cache
from pathlib import Path

log = logging.getLogger(__name__)

CODES = {"it": ("it_IT", "it_CH"), "en": ("en_US", "en_GB", "en_CA", "en_AU")}


def _candidate_dirs() -> list[Path]:
    """Return the folders where Hunspell .aff/.dic pairs usually live, the user's first."""
    dirs = [Path(p) for p in os.environ.get("AUDITOR_HUNSPELL_PATH", "").split(os.pathsep) if p]
    dirs += [
        Path("/usr/share/hunspell"),
        Path("/usr/share/myspell"),
        Path("/usr/share/myspell/dicts"),
        Path("/usr/local/share/hunspell"),
        Path("/opt/homebrew/share/hunspell"),
        Path.home() / "Library" / "Spelling",
        Path("/Library/Spelling"),
        Path.home() / ".local" / "share" / "hunspell",
    ]
    # LibreOffice bundles both dictionaries as extensions; reading them costs one listdir each.
    office = [
        Path("/Applications/LibreOffice.app/Contents/Resources/extensions"),
        Path("/usr/lib/libreoffice/share/extensions"),
        Path("/opt/libreoffice/share/extensions"),
    ]
    if sys.platform == "win32":
        for root in (os.environ.get("PROGRAMFILES"), os.environ.get("PROGRAMFILES(X86)")):
            if root:
                office.append(Path(root) / "LibreOffice" / "share" / "extensions")
    for base in office:
        dirs += [base / "dict-it", base / "dict-en"]
    return dirs


def find_files(lang: str, dirs: Iterable[Path] | None = None) -> Path | None:
    """Return the .aff path of the language's dictionary (its .dic beside it), or None."""
    for folder in dirs if dirs is not None else _candidate_dirs():
        for code in CODES.get(lang, ()):
            aff = folder / f"{code}.aff"
            try:
                if aff.is_file() and aff.with_suffix(".dic").is_file():
                    return aff
            except OSError:  # an unreadable network folder must not break the check
                continue
    return None


class HunspellDictionary:
    """One Hunspell dictionary: `check` a word, `suggest` corrections."""

    backend = ""
    source = ""
    slow = False

    def check(self, word: str) -> bool:  # pragma: no cover - interface
        """Return True when the dictionary accepts the word as written."""
        raise NotImplementedError

    def suggest(self, word: str) -> list[str]:  # pragma: no cover - interface
        """Return Hunspell's suggestions, best first."""
        raise NotImplementedError


class _Enchant(HunspellDictionary):
    backend = "pyenchant"

    def __init__(self, code: str) -> None:
        import enchant

        broker = enchant.Broker()
        broker.set_ordering(code, "hunspell,myspell")  # Aspell's lists differ: Hunspell only
        self._dict = broker.request_dict(code)
        self.source = f"{code} via {self._dict.provider.name}"

    def check(self, word: str) -> bool:
        try:
            return bool(self._dict.check(word))
        except (ValueError, UnicodeError):
            return False

    def suggest(self, word: str) -> list[str]:
        try:
            return list(self._dict.suggest(word))
        except (ValueError, UnicodeError):
            return []


class _Spylls(HunspellDictionary):
    backend = "spylls"
    slow = True  # pure Python: ~0.3 ms a lookup, up to a second a suggestion

    def __init__(self, aff: Path) -> None:
        from spylls.hunspell import Dictionary

        self._dict = Dictionary.from_files(str(aff.with_suffix("")))
        self.source = str(aff.with_suffix(".dic"))

    def check(self, word: str) -> bool:
        try:
            return bool(self._dict.lookup(word))
        except Exception:  # spylls raises on odd input; an unknown word is the safe answer
            return False

    def suggest(self, word: str) -> list[str]:
        try:
            return list(self._dict.suggest(word))
        except Exception:
            return []


def disabled() -> bool:
    """Return True when AUDITOR_HUNSPELL=off asks for the bundled lists only."""
    return os.environ.get("AUDITOR_HUNSPELL", "").strip().lower() in ("off", "0", "no", "false")


@cache
def dictionary(lang: str) -> HunspellDictionary | None:
    """Return the system's Hunspell dictionary of a language, loaded once, or None."""
    if disabled():
        return None
    started = time.perf_counter()
    loaded = _load(lang)
    if loaded is None:
        log.info("no Hunspell dictionary for %s: the bundled word lists are used", lang)
    else:
        log.debug(
            "Hunspell %s: %s in %.0f ms",
            lang,
            loaded.source,
            (time.perf_counter() - started) * 1000,
        )
    return loaded


def _load(lang: str) -> HunspellDictionary | None:
    try:
        import enchant

        for code in CODES.get(lang, ()):
            if enchant.dict_exists(code):
                found: HunspellDictionary = _Enchant(code)
                if "hunspell" in found.source.lower() or "myspell" in found.source.lower():
                    return found
    except Exception as exc:  # no libenchant (ImportError) or a broken provider
        log.debug("pyenchant unavailable: %s", exc)
    aff = find_files(lang)
    if aff is not None:
        try:
            return _Spylls(aff)
        except Exception as exc:
            log.warning("Hunspell dictionary %s unreadable: %s", aff, exc)
    return None
