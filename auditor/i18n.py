"""Translate user-facing text: English source strings, gettext .po catalogs per language.

One toolchain for the whole application (core, reports and the Qt interface): the core stays
Qt-free, so the interface uses these catalogs too instead of Qt Linguist. Each part of the
application keeps its own catalog file under resources/translations/<lang>/<part>.po; all the
files of a language are merged and compiled into <lang>/auditor.mo by tools/translations.py, which
the standard library's gettext reads at start-up.

Counts shown to people go through `plural(lang)` (ngettext: "1 change", "3 changes"; Italian has
nplurals=2; plural=(n != 1)), and a short English word that needs two translations depending on
where it is shown goes through `context(lang)` (pgettext, a msgctxt in the .po).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from auditor.resources import resource_path

if TYPE_CHECKING:
    import gettext

log = logging.getLogger(__name__)

SUPPORTED_LANGUAGES = ("en", "it")
Translate = Callable[[str], str]
# ngettext(singular, plural, n) and pgettext(context, text), bound to one language.
TranslatePlural = Callable[[str, str, int], str]
TranslateContext = Callable[[str, str], str]
# How gettext keys an entry with a msgctxt in a compiled catalog: "context\x04msgid".
CONTEXT_SEPARATOR = "\x04"


def _check(lang: str) -> None:
    if lang not in SUPPORTED_LANGUAGES:
        raise ValueError(
            f"unsupported language {lang!r} (use one of {', '.join(SUPPORTED_LANGUAGES)})"
        )


@cache
def compiled(lang: str) -> gettext.NullTranslations:
    """Return the language's compiled catalog (English: no catalog, English plural rule)."""
    import gettext  # on first use, like locale below: both would load before the first paint

    if lang == "en":
        return gettext.NullTranslations()
    with resource_path("translations", lang, "auditor.mo").open("rb") as mo_file:
        return gettext.GNUTranslations(mo_file)


@cache
def catalog(lang: str) -> dict[str, str]:
    """Return msgid -> msgstr for every translated singular entry ("ctx\x04msgid" with a context)."""
    if lang == "en":
        return {}
    # GNUTranslations keeps its table private; copying it once gives a plain dict lookup per string.
    # Plural entries are keyed (msgid, index) there and are read through plural() instead.
    table = getattr(compiled(lang), "_catalog", {})
    return {k: v for k, v in table.items() if isinstance(k, str) and k}


@cache
def plural_catalog(lang: str) -> dict[str, tuple[str, ...]]:
    """Return msgid -> its translated plural forms, for every plural entry of a language."""
    table = getattr(compiled(lang), "_catalog", {})
    forms: dict[str, list[tuple[int, str]]] = {}
    for key, value in table.items():
        if isinstance(key, tuple):
            forms.setdefault(key[0], []).append((key[1], value))
    return {msgid: tuple(text for _, text in sorted(pairs)) for msgid, pairs in forms.items()}


def translator(lang: str) -> Translate:
    """Return a function that translates an English source string into `lang`."""
    _check(lang)
    entries = catalog(lang)

    def translate(text: str) -> str:
        return entries.get(text, text)

    return translate


def plural(lang: str) -> TranslatePlural:
    """Return ngettext(singular, plural, n) for `lang`: the form that fits the count n."""
    _check(lang)
    return compiled(lang).ngettext


def context(lang: str) -> TranslateContext:
    """Return pgettext(context, text) for `lang`: a translation that depends on where it is shown."""
    _check(lang)
    return compiled(lang).pgettext


def N_(text: str) -> str:
    """Mark a string for translation where it is defined; it is translated where it is shown."""
    return text


# The language the user reads the app in, when a window has one (its workspace's preference);
# None: the system's. Set by the window, read by core code that reports to whoever runs it and is
# given no language (restoring a backup, importing a bundle): one setting for the process.
_user_language: str | None = None


def set_user_language(lang: str | None) -> None:
    """Make `lang` the language of the core's messages to the user (None: the system's)."""
    global _user_language
    if lang is not None:
        _check(lang)
    _user_language = lang


def user_language() -> str:
    """Return the language the user reads the app in: the window's, else the system's."""
    return _user_language or default_language()


def user_translator() -> Translate:
    """Return the translator of the user's language (user_language): for core code that reports
    to whoever runs it and is given no language."""
    return translator(user_language())


def user_says(msgid: str, /, **fields: object) -> str:
    """Return `msgid` (marked N_) in the user's language, filled with `fields`: what core code
    given no language raises for whoever runs it. Without fields the text is left as it is, so
    a reason already worded, braces and all, passes through."""
    said = user_translator()(msgid)
    return said.format(**fields) if fields else said


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
