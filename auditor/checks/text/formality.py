"""Tu and Lei in one Italian text: the customer is addressed both informally and formally."""

from __future__ import annotations

import logging
import re

from auditor.checks.base import CheckFinding
from auditor.i18n import Translate
from auditor.model import Severity

log = logging.getLogger(__name__)

# Only forms bound to a verb or unambiguous pronouns count: "la" and "le" are also articles,
# "sei" is also six, "suo" also means his.
TU = re.compile(
    r"\b(?:[Tt]i(?= [^\W\d_]+)|[Tt]uo|[Tt]ua|[Tt]uoi|[Tt]ue|[Pp]uoi|[Hh]ai|[Vv]uoi|[Dd]evi|"
    r"[Pp]otresti|[Vv]orresti|[Ff]ammi|[Ss]crivici|[Cc]ontattaci|[Cc]hiamaci|"
    r"[Ff]acci(?= sapere)|[Nn]on esitare|[Ss]criverti|[Cc]ontattarti|[Aa]iutarti|[Ii]nviarti|"
    r"[Rr]isponderti|[Rr]ingraziarti|[Oo]ffrirti|"
    r"[Aa]ggiornarti|[Ii]nformarti|[Rr]icontattarti|[Aa]ccoglierti|[Vv]ederti|[Ss]entirti|"
    r"(?:a|per|con|da|di) te|"
    # the future and conditional of tu (riceverai, potresti), imperatives with a clitic
    r"[Pp]otrai|[Vv]orrai|[Dd]ovrai|[Aa]vrai|[Ss]arai|[Ss]aprai|[Vv]edrai|[Vv]errai|[Aa]ndrai|"
    r"[^\W\d_]{2,}(?:erai|irai)|[^\W\d_]{3,}resti|"
    r"[Ss]crivimi|[Cc]ontattami|[Cc]hiamami|[Ii]nviami|[Rr]icordati|[Ii]scriviti|[Ss]copri|"
    r"[Cc]licca|[Rr]ispondimi|[Dd]immi|[Ff]ai(?= sapere)|[Ff]atti(?= sentire)|"
    r"[^\W\d_]{4,}(?:ar|er|ir)ti(?<!concerti)(?<!scoperti)(?<!sofferti)(?<!ricoperti))\b"
)
LEI = re.compile(
    r"(?:(?<=[\w,] )(?:Lei|Suo|Sua|Suoi|Sue)\b|"
    r"\b[Ll][ae](?= (?:ringrazi|confermiam|informiam|invitiam|preghiam|contatter|invier|aspettiam|"
    r"auguriam|comunichiam|ricordiam|chiediam|scriviam|segnaliam|ricontatter|richiamer|inviam|"
    r"proponiam|consigliam|garantiam|assicuriam|trasmettiam|allegh|rispondiam)\w*)|"
    r"\b[Nn]on esiti\b|\b[Cc]i contatti\b|\b[Cc]i scriva\b|\b[Cc]i chiami\b|\b[Cc]i faccia\b|"
    r"\b[Ss]i rivolga\b|\b[Ss]i senta\b|\b[Mm]i dica\b|\b[Vv]oglia\b|"
    r"\b\w+(?:ar|er|ir)(?:La|Le)\b)"
)
_LEI_OPENERS = re.compile(r"(?:^|[.!?:]\s+|\n\s*)$")


def _markers(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    found = []
    for m in pattern.finditer(text):
        # a capital La/Le/Suo opening a sentence is just a capital, not the courtesy form
        if (
            m.group()[:1].isupper()
            and m.group() in ("La", "Le", "Lei", "Suo", "Sua", "Suoi", "Sue")
            and _LEI_OPENERS.search(text[max(0, m.start() - 3) : m.start()])
        ):
            continue
        found.append(m)
    return found


def check_formality(text: str, _: Translate) -> list[CheckFinding]:
    """Return a major finding for each mark of the minority register when tu and Lei are mixed."""
    tu = _markers(TU, text)
    lei = _markers(LEI, text)
    if not tu or not lei:
        return []
    # Flag the rarer register; on a tie, the informal one (a business text defaults to Lei).
    minority, message = (
        (lei, _("Formal “{word}” (Lei) in a text that otherwise says tu: pick one register."))
        if len(lei) < len(tu)
        else (tu, _("Informal “{word}” (tu) in a text that otherwise says Lei: pick one register."))
    )
    return [
        CheckFinding(
            "formality_mix",
            Severity.MAJOR,
            message.format(word=m.group()),
            m.group(),
            m.start(),
            m.end(),
        )
        for m in minority
    ]
