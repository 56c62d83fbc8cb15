"""Acronyms written in lower case: "il pdf", "the url", "una sim".

An acronym in small letters is spelt right and cased wrong, the detail a customer text is read
for ("Le alleghiamo il pdf"). Hunspell knows many acronyms only in capitals, so the spelling rule
used to call "pdf" a typo and offer the nearest words (per, pec, od). A listed acronym written in
lower case (or opening a sentence as "Pdf") is now a `capitalization` finding that offers the
capitals first, and after them the words one slip away ("url": URL, urla, urlo), in case the
writer slipped on one. When a common word is one slip away, the writer more likely slipped on it
("erp" for "per", "cpu" for "cup"): that stays a `spelling` finding, the acronym offered after
the two nearest words. A lowercase acronym opening a sentence gets the sentence's own finding,
with the capitals as its fix ("pdf allegato": PDF). Capitalised mid-sentence ("the Pdf") it is
read as a name, as any capitalised word there is.

The list holds acronyms of customer, web and office text in Italian and English (the rule only
sees words the speller does not know: led, cap, pin and ram are words and never reach it). UI
and UX are left out: "ui" is far likelier "qui" or "cui" with a letter dropped, and with them
listed the right fix of three generated Italian slips fell out of the first three.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from auditor.checks.text.engine import Speller

# A lowercase acronym one slip from a word this common is read as a slip on the word, the
# acronym offered third ("erp": ero, era, ERP; "cpu": cup, cups, CPU). Measured: with no
# such line, 6 Italian generated slips over every set became acronym notes (ui for qui and cui,
# erp for per, iso for disco); at 20,000 (pyspellchecker's counts) none, and "url" (urla: 10,833)
# and "pdf" are still acronyms. (An English one, iva for via, is why IVA is Italian only.)
COMMON_SLIP = 20_000

ACRONYMS = frozenset(
    [
        "PDF",
        "URL",
        "URI",
        "HTML",
        "HTTP",
        "HTTPS",
        "WWW",
        "CSV",
        "XML",
        "JSON",
        "JPG",
        "JPEG",
        "PNG",
        "SVG",
        "GIF",
        "RSS",
        "CSS",
        "CPU",
        "GPU",
        "RAM",
        "USB",
        "SSD",
        "HDD",
        "DVD",
        "CD",
        "PC",
        "TV",
        "SMS",
        "MMS",
        "GPS",
        "LCD",
        "NFC",
        "QR",
        "SIM",
        "DPI",
        "FAQ",
        "IBAN",
        "BIC",
        "ATM",
        "API",
        "SDK",
        "IRC",
        "DNS",
        "VPN",
        "LAN",
        "WLAN",
        "FTP",
        "SSH",
        "SSL",
        "TLS",
        "SEO",
        "CEO",
        "CRM",
        "ERP",
        "ISBN",
        "ISO",
        "GB",
        "MB",
        "KB",
        "TB",
    ]
)
# Italian public and tax acronyms: in English text "iva" is likelier "via" slipped.
ITALIAN_ACRONYMS = frozenset(["IVA", "PEC", "SPID", "ISEE", "INPS", "IMU"])


def acronym(word: str, lang: str) -> str | None:
    """Return the acronym a word writes in small letters ("pdf", "Pdf": "PDF"), or None."""
    if not (word.islower() or word.istitle()):
        return None
    upper = word.upper()
    if upper in ACRONYMS or (lang == "it" and upper in ITALIAN_ACRONYMS):
        return upper
    return None


def slip_on_common_word(low: str, near: list[str], sp: Speller) -> bool:
    """Return True when a common word (COMMON_SLIP or more) is one slip from the lowercase word:
    a letter too many ("sim" for "si") or a slip the suggestions found ("erp" for "per")."""
    drops = {low[:i] + low[i + 1 :] for i in range(len(low))}
    words = [d for d in drops if sp.known(d)] + [s.lower() for s in near]
    return any(sp.lex.freq(w) >= COMMON_SLIP for w in words)
