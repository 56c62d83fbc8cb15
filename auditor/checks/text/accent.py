"""Italian accents and apostrophes: perchè -> perché, E' -> È, qual'è, un'altro, un ora, pò."""

from __future__ import annotations

import logging
import re

from auditor.checks.base import CheckFinding
from auditor.checks.text.tokenize import closes_quote
from auditor.i18n import Translate
from auditor.model import Severity

log = logging.getLogger(__name__)

_A = "['’]"
CHE_GRAVE = re.compile(
    r"\b(perch|poich|affinch|bench|finch|giacch|sicch|cosicch|nonch|purch|allorch|anzich|fuorch)è\b",
    re.IGNORECASE,
)
NE_SE = re.compile(r"\b([nNsS])è\b")
PO = re.compile(
    r"\b([pP])ò(?!\w)"
    r"|\b([pP])o(?=[ \t]+(?:di|d['’]|più|meno|prima|dopo|troppo|tutto|tardi|presto)\b)"
)
QUAL = re.compile(rf"\b([qQ]ual){_A}(?=(?:è|era|erano|é)\b)")
UN_MASC = re.compile(
    rf"\b([uU]n){_A}(altro|attimo|anno|amico|errore|esempio|ufficio|orario|accordo|aggiornamento|"
    r"appuntamento|intervento|operatore|ordine|articolo|indirizzo|importo|elenco|utente|invito)\b"
)
# "un" before a feminine noun or adjective starting with a vowel needs the apostrophe (un'ora);
# only words that are never masculine, so "un eccellente servizio" stays.
UN_FEM = re.compile(
    r"\b([uU]n) (ora|altra|amica|offerta|occasione|opportunità|esperienza|idea|azienda|"
    r"assistenza|attesa|area|agenzia|email|e-mail|immagine|informazione|iniziativa|opzione|"
    r"unica|ultima|ampia|ottima|auto|ambulanza)\b"
)
E_APOSTROPHE = re.compile(rf"(?<![\w'’])([Ee]){_A}(?=[\s,.;:!?]|$)")
APOSTROPHE_ACCENT = re.compile(
    rf"(?<![\w'’])([^\W\d_]*[^\W\d_][aeiouAEIOU]){_A}(?=[\s,.;:!?)\]]|$)"
)
# Truncations that rightly end in an apostrophe.
TRUNCATIONS = frozenset(["po", "mo", "di", "fa", "da", "sta", "va", "be", "to", "ca", "pie'", "de"])
MISSING = {  # the accent left out altogether: words that do not exist without it (or almost)
    "perche": "perché",
    "poiche": "poiché",
    "affinche": "affinché",
    "nonche": "nonché",
    "piu": "più",
    "puo": "può",
    "gia": "già",
    "cioe": "cioè",
    "pero": "però",
    "cosi": "così",
    "citta": "città",
    "qualita": "qualità",
    "quantita": "quantità",
    "disponibilita": "disponibilità",
    "possibilita": "possibilità",
    "novita": "novità",
    "attivita": "attività",
    "festivita": "festività",
    "societa": "società",
    "verita": "verità",
    "modalita": "modalità",
    "priorita": "priorità",
    "lunedi": "lunedì",
    "martedi": "martedì",
    "mercoledi": "mercoledì",
    "giovedi": "giovedì",
    "venerdi": "venerdì",
    "finche": "finché",
    "benche": "benché",
    "sara": "sarà",
    "potra": "potrà",
    "dovra": "dovrà",
    "verra": "verrà",
    "fara": "farà",
    "arrivera": "arriverà",
}
# Words that are also a verb without the accent (necessita: "il server necessita di un riavvio"):
# the noun only after an article, preposition or determiner ("la necessita di", "per necessita").
NOUN_AFTER = {"necessita": "necessità"}
_DETERMINER = re.compile(
    r"\b(?:la|le|una|della|delle|alla|alle|dalla|dalle|nella|nelle|sulla|sulle|di|per|senza|"
    r"questa|queste|quella|quelle|ogni|qualsiasi|nessuna|alcuna|sua|sue|tua|tue|mia|mie|nostra|"
    r"nostre|vostra|vostre|loro|vera|reale|grande|forte|eventuale|eventuali)\s+$",
    re.IGNORECASE,
)
E_VERB = re.compile(
    r"\b(?:(?<=[Nn]on )e|(?<=\w )e(?= (?:stat[oaie]|liet[oaie]|sempre stat[oa])\b))\b"
    r"|(?<![\w'’])E(?= (?:stat[oaie]|possibile|necessario|necessaria|previsto|prevista|disponibile|"
    r"gradita|gradito|importante|un piacere|nostra cura|sufficiente)\b)"
)


def _fix_apostrophe(word: str) -> str:
    last = word[-1]
    if word.lower().endswith("che") or word.lower() in ("ne", "se"):
        return word[:-1] + "é"  # perché, né, sé: the closed e
    table = {
        "a": "à",
        "e": "è",
        "i": "ì",
        "o": "ò",
        "u": "ù",
        "A": "À",
        "E": "È",
        "I": "Ì",
        "O": "Ò",
        "U": "Ù",
    }
    return word[:-1] + table[last]


def _finding(
    excerpt: str, start: int, fix: str, _: Translate, message: str | None = None
) -> CheckFinding:
    return CheckFinding(
        "accent",
        Severity.MINOR,
        (message or _("Accent: write “{fix}”, not “{word}”.")).format(fix=fix, word=excerpt),
        excerpt,
        start,
        start + len(excerpt),
        (fix,),
    )


def check_accents(text: str, _: Translate) -> list[CheckFinding]:
    """Return accent findings of an Italian text."""
    found: list[CheckFinding] = []
    for m in CHE_GRAVE.finditer(text):
        found.append(_finding(m.group(), m.start(), m.group()[:-1] + "é", _))
    for m in NE_SE.finditer(text):
        found.append(_finding(m.group(), m.start(), m.group(1) + "é", _))
    for m in PO.finditer(text):
        p = m.group(1) or m.group(2)
        found.append(_finding(m.group(), m.start(), p + "o'", _))
    apostrophe = _("Apostrophe: write “{fix}”, not “{word}”.")
    for m in QUAL.finditer(text):
        excerpt = text[m.start() : m.end() + 1]
        fix = m.group(1) + " " + excerpt[-1]
        found.append(_finding(excerpt, m.start(), fix, _, apostrophe))
    for m in UN_MASC.finditer(text):
        fix = f"{m.group(1)} {m.group(2)}"
        found.append(_finding(m.group(), m.start(), fix, _, apostrophe))
    for m in UN_FEM.finditer(text):
        fix = f"{m.group(1)}'{m.group(2)}"
        found.append(_finding(m.group(), m.start(), fix, _, apostrophe))
    for m in E_APOSTROPHE.finditer(text):
        excerpt = m.group()
        found.append(_finding(excerpt, m.start(), "È" if m.group(1) == "E" else "è", _))
    for m in APOSTROPHE_ACCENT.finditer(text):
        word = m.group(1)
        if word.lower() in TRUNCATIONS or len(word) < 2:
            continue
        if m.start() > 0 and text[m.start() - 1] in "'‘":  # a quoted word: 'ciao'
            continue
        if closes_quote(text, m.start()):  # 'Mostra tutti gli aggiornamenti': a closing quote
            continue
        found.append(_finding(m.group(), m.start(), _fix_apostrophe(word), _))
    for m in re.finditer(r"(?<![\w'’])[^\W\d_]+(?![\w'’])", text):
        fix = MISSING.get(m.group().lower())
        if fix:
            if m.group()[0].isupper():
                if fix.endswith("rà"):
                    continue  # Sara, Fara: names
                fix = fix[0].upper() + fix[1:]
            found.append(_finding(m.group(), m.start(), fix, _))
        fix = NOUN_AFTER.get(m.group().lower())
        if fix and _DETERMINER.search(text[max(0, m.start() - 20) : m.start()]):
            if m.group()[0].isupper():
                fix = fix[0].upper() + fix[1:]
            found.append(_finding(m.group(), m.start(), fix, _))
    for m in E_VERB.finditer(text):
        found.append(_finding(m.group(), m.start(), "È" if m.group() == "E" else "è", _))
    return found
