"""Translate user-facing text: English source strings, gettext .po catalogs per language.

One toolchain for the whole application (core, reports and the Qt interface): the core stays
Qt-free, so the interface uses these catalogs too instead of Qt Linguist. Each part of the
application keeps its own catalog file under resources/translations/<lang>/<part>.po; all the
files of a language are merged and compiled into <lang>/auditor.mo by tools/translations.py, which
the standard library's gettext reads at start-up.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from datetime import date
from functools import cache

from auditor.resources import resource_path

log = logging.getLogger(__name__)

SUPPORTED_LANGUAGES = ("en", "it")
Translate = Callable[[str], str]


@cache
def catalog(lang: str) -> dict[str, str]:
    """Return msgid -> msgstr for every translated entry of a language."""
    if lang == "en":
        return {}
    import gettext  # on first use, like locale below: both would load before the first paint

    with resource_path("translations", lang, "auditor.mo").open("rb") as mo_file:
        compiled = gettext.GNUTranslations(mo_file)
    # GNUTranslations keeps its table private; copying it once gives a plain dict lookup per string.
    return {k: v for k, v in compiled._catalog.items() if isinstance(k, str) and k}


def translator(lang: str) -> Translate:
    """Return a function that translates an English source string into `lang`."""
    if lang not in SUPPORTED_LANGUAGES:
        raise ValueError(
            f"unsupported language {lang!r} (use one of {', '.join(SUPPORTED_LANGUAGES)})"
        )
    entries = catalog(lang)

    def translate(text: str) -> str:
        return entries.get(text, text)

    return translate


def N_(text: str) -> str:
    """Mark a string for translation where it is defined; it is translated where it is shown."""
    return text


def default_language() -> str:
    """Return the system language if it is supported, else English."""
    for var in ("AUDITOR_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            code = value.split("_")[0].split(".")[0].lower()
            return code if code in SUPPORTED_LANGUAGES else "en"
    import locale

    code = (locale.getlocale()[0] or "en").split("_")[0].lower()
    return code if code in SUPPORTED_LANGUAGES else "en"


def pick(texts: dict[str, str], lang: str) -> str:
    """Return the text of a bilingual field in `lang`, falling back to English then any."""
    return texts.get(lang) or texts.get("en") or next(iter(texts.values()), "")


def decimal_text(text: str, lang: str) -> str:
    """Return a number's text with the language's decimal separator ('73.3', Italian '73,3')."""
    return text.replace(".", ",") if lang == "it" else text


def score_text(value: float | None, lang: str = "en") -> str:
    """Return a score with one decimal, or an en dash when nothing was scorable."""
    return "\u2013" if value is None else decimal_text(f"{value:.1f}", lang)


def short_date(value: date | None, lang: str) -> str:
    """Return a date as the language writes it in a table: 09/11/2026 in Italian, ISO in English."""
    if value is None:
        return ""
    return f"{value:%d/%m/%Y}" if lang == "it" else value.isoformat()
