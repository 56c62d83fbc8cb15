"""Recognise what a link or a text is about: contact, privacy, cookies, consent tools, Italian."""

from __future__ import annotations

import logging
import re
import unicodedata

log = logging.getLogger(__name__)

# Contact words from the research (Italian and English), matched as whole words.
CONTACT_PHRASES = (
    "contatti",
    "contatto",
    "contattaci",
    "contattateci",
    "contattarci",
    "scrivici",
    "chiamaci",
    "dove siamo",
    "come raggiungerci",
    "richiedi informazioni",
    "contact",
    "contacts",
    "contact us",
    "get in touch",
    "find us",
    "location",
    "locations",
)
PRIVACY_PHRASES = (
    "privacy",
    "informativa privacy",
    "privacy policy",
    "trattamento dei dati",
    "protezione dei dati",
    "data protection",
    "gdpr",
)
COOKIE_PHRASES = ("cookie", "cookies", "cookie policy", "informativa cookie")
# Consent management tools seen on Italian and European sites (script src or inline code).
CONSENT_TOOLS = {
    "iubenda": "iubenda",
    "cookiebot": "Cookiebot",
    "onetrust": "OneTrust",
    "cookielaw.org": "OneTrust",
    "complianz": "Complianz",
    "cookieyes": "CookieYes",
    "cookie-script": "Cookie-Script",
    "didomi": "Didomi",
    "usercentrics": "Usercentrics",
    "quantcast": "Quantcast Choice",
    "termly": "Termly",
    "cookiefirst": "CookieFirst",
    "klaro": "Klaro",
    "osano": "Osano",
    "tarteaucitron": "tarteaucitron",
}
# Function words that tell Italian from English text (words shared by both are left out).
ITALIAN_WORDS = frozenset(
    [
        "di",
        "il",
        "la",
        "che",
        "per",
        "un",
        "una",
        "non",
        "sono",
        "del",
        "della",
        "delle",
        "dei",
        "degli",
        "con",
        "ci",
        "siamo",
        "nostro",
        "nostra",
        "nostri",
        "alla",
        "alle",
        "al",
        "gli",
        "le",
        "lo",
        "nel",
        "nella",
        "sul",
        "sulla",
        "anche",
        "più",
        "come",
        "questo",
        "questa",
        "chi",
        "dove",
        "ogni",
        "tutti",
        "tutte",
        "servizi",
        "azienda",
        "clienti",
        "contatti",
        "chiamaci",
        "scopri",
    ]
)
ENGLISH_WORDS = frozenset(
    [
        "the",
        "and",
        "of",
        "to",
        "is",
        "for",
        "with",
        "our",
        "we",
        "you",
        "are",
        "this",
        "that",
        "from",
        "your",
        "by",
        "on",
        "at",
        "be",
        "have",
        "it",
        "services",
        "company",
        "customers",
        "about",
        "us",
    ]
)
MAX_LINK_TEXT = 60  # a long anchor is a sentence that mentions a word, not a menu label

_NON_WORD = re.compile(r"[^a-z0-9]+")
_PAGE_EXT = re.compile(r"\.(?:html?|php|aspx?|jsp)$")


def normalise(text: str) -> str:
    """Return text lower-cased, accents removed, and every run of non-letters made one space."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    return _NON_WORD.sub(" ", plain).strip()


def _has_phrase(text: str, phrases: tuple[str, ...]) -> bool:
    padded = f" {text} "
    return any(f" {phrase} " in padded for phrase in phrases)


def slug(path: str) -> str:
    """Return the last non-empty segment of a URL path, extension dropped, as plain words."""
    segments = [s for s in path.split("/") if s]
    if not segments:
        return ""
    return normalise(_PAGE_EXT.sub("", segments[-1].lower()))


def label_matches(labels: list[str], path: str, phrases: tuple[str, ...]) -> bool:
    """Return True when a link's text, aria-label, title, image alt or path names a phrase."""
    for label in labels:
        text = normalise(label)
        if text and len(text) <= MAX_LINK_TEXT and _has_phrase(text, phrases):
            return True
    return bool(path) and _has_phrase(slug(path), phrases)


def contains_word(path: str, word: str) -> bool:
    """Return True when any segment of a URL path contains `word` (privacy-policy, cookie_law)."""
    return word in path.lower()


def consent_tool(sources: list[str]) -> str | None:
    """Return the name of the consent tool a page loads, or None."""
    for source in sources:
        low = source.lower()
        for key, name in CONSENT_TOOLS.items():
            if key in low:
                return name
    return None


def looks_italian(text: str) -> bool:
    """Return True when Italian function words clearly outnumber English ones."""
    words = normalise(text).split()
    italian = sum(w in ITALIAN_WORDS for w in words)
    english = sum(w in ENGLISH_WORDS for w in words)
    return italian >= 5 and italian > 1.5 * english
