"""Turn what an automated check suggests into the auditor's decisions: accept (a finding) or dismiss.

Checks never decide: a suggestion becomes a finding only when the auditor accepts it, and a
dismissed one stays dismissed when the check runs again (remembered by its fingerprint). An
accepted suggestion is worded for the client: a title a consultant would write and a description
of what was found and where, never the check's or the rule's internal name.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from typing import Any

from auditor.checks.base import CheckFinding, CheckResult
from auditor.checks.registry import CHECKS
from auditor.checks.text.tokenize import count_sentences
from auditor.i18n import N_, Translate, pick, translator
from auditor.model import Finding, Item, Severity, Template
from auditor.storage import Store

log = logging.getLogger(__name__)

EXCERPT_IN_TITLE = 60  # characters of the flagged text quoted in a title

# What a rule found, as a finding title names it; {where} is where ("in the e-mail"), {excerpt} the text.
_TITLES: dict[str, str] = {
    "spelling": N_("Spelling mistake {where}: «{excerpt}»"),
    "accent": N_("Accent or apostrophe error {where}: «{excerpt}»"),
    "capitalization": N_("Capital letter error {where}: «{excerpt}»"),
    "double_space": N_("Double space {where}"),
    "repeated_word": N_("Repeated word {where}: «{excerpt}»"),
    "punctuation_spacing": N_("Spacing around punctuation {where}: «{excerpt}»"),
    "brand_name": N_("Brand name misspelt {where}: «{excerpt}»"),
    "formality_mix": N_("Formal and informal address mixed {where}"),
    "shouting": N_("Text in capital letters {where}: «{excerpt}»"),
    "language_mix": N_("Sentence in English {where}: «{excerpt}»"),
    "italian_in_english": N_("Sentence in Italian {where}: «{excerpt}»"),
    "italian_words": N_("Italian words {where}: «{excerpt}»"),
    "other_language": N_("Words in another language {where}: «{excerpt}»"),
    "encoding": N_("Character lost to the encoding {where}: «{excerpt}»"),
    "blurry": N_("Blurred photo {where}"),
    "low_resolution": N_("Low-resolution image {where}"),
    "over_compressed": N_("Over-compressed image {where}"),
    "noisy": N_("Grainy image {where}"),
    "missing_contact_page": N_("No contact page on the website"),
    "contact_not_in_navigation": N_("The contact page is not in the website's menu"),
    "phone_not_clickable": N_("Phone number not clickable on the website"),
    "email_not_clickable": N_("E-mail address not clickable on the website"),
    "missing_privacy_policy": N_("No privacy policy on the website"),
    "missing_cookie_policy": N_("No cookie policy on the website"),
    "missing_vat_number": N_("No VAT number on the website"),
    "invalid_vat_number": N_("Invalid VAT number on the website"),
    "broken_link": N_("Broken link on the website"),
    "image_without_alt": N_("Image without alternative text on the website"),
    "low_resolution_image": N_("Image shown larger than its resolution on the website"),
    "missing_title": N_("Page without title on the website"),
    "missing_meta_description": N_("Meta description missing on the website"),
    "missing_favicon": N_("Favicon missing on the website"),
    "missing_opening_hours": N_("Opening hours missing on the website"),
    "form_without_labels": N_("Form fields without labels on the website"),
    "contact_form_broken": N_("Contact form that cannot be sent on the website"),
    "mixed_content": N_("Insecure content on a secure page of the website"),
    # Also when there is no https at all: the title must fit both of the rule's messages.
    "http_not_redirected": N_("Website reachable without https"),
    "invalid_certificate": N_("Security certificate refused by browsers on the website"),
    "heavy_page": N_("Heavy page on the website"),
    "soft_404": N_("Missing page answered as found on the website"),
    "invalid_tax_code": N_("Invalid tax code on the website"),
}
# A note on several sentences in the other language, one passage (foreign.passages)
_PASSAGE_TITLES: dict[str, str] = {
    "language_mix": N_("Passage in English {where}: «{excerpt}»"),
    "italian_in_english": N_("Passage in Italian {where}: «{excerpt}»"),
}
_PLACES: dict[str, str] = {
    "email": N_("in the e-mail"),
    "social": N_("in the social media reply"),
    "website": N_("on the website"),
    "phone": N_("in the written reply"),
    "shop": N_("in the written material"),
    "technician": N_("in the written report"),
}
# Words a rule is about, in both languages: they find the checklist item a suggestion documents
# when the checklist has several items for one check ("accents" for an accent error).
_RULE_WORDS: dict[str, str] = {
    "spelling": "typo typos spelling refusi refuso ortografia",
    "accent": "accents apostrophes accenti apostrofi",
    "capitalization": "capital letters maiuscole",
    "shouting": "capital letters maiuscole",
    "double_space": "typo typos spaces refusi spazi",
    "repeated_word": "typo typos repeated refusi ripetute",
    "punctuation_spacing": "typo typos punctuation refusi punteggiatura",
    "brand_name": "company product names azienda prodotti nome",
    "formality_mix": "register formal informal registro",
    "language_mix": "language english translation lingua inglese traduzione",
    "italian_in_english": "language italian translation lingua italiano traduzione",
    "italian_words": "language italian translation lingua italiano traduzione",
    "other_language": "language translation lingua traduzione",
    "encoding": "typo typos characters accents refusi caratteri accenti",
    # No checklist asks about a page's head: these go to the general remarks on the site.
    "missing_title": "remarks website osservazioni sito",
    "missing_meta_description": "remarks website osservazioni sito",
    "missing_favicon": "remarks website osservazioni sito",
    "missing_opening_hours": "opening hours orari apertura",
    "contact_form_broken": "contact form works modulo contatto funziona",
    "form_without_labels": "form fields modulo campi",
    "http_not_redirected": "secure connection https sicura connessione",
    "mixed_content": "secure connection https sicura connessione",
    "invalid_certificate": "secure connection https sicura connessione",
    "heavy_page": "loads fast phone smartphone secondi seconds",
    "soft_404": "broken links pages rotti pagine",
    "invalid_tax_code": "legal company ragione sociale",
}
_STOP = frozenset(
    [
        "the",
        "and",
        "for",
        "are",
        "was",
        "were",
        "with",
        "this",
        "that",
        "from",
        "your",
        "you",
        "its",
        "del",
        "della",
        "delle",
        "dei",
        "degli",
        "che",
        "con",
        "per",
        "una",
        "uno",
        "non",
        "sono",
        "alla",
        "alle",
        "nel",
        "nella",
        "gli",
        "les",
    ]
)


def pending(
    store: Store, audit_id: str, result: CheckResult | dict[str, Any]
) -> list[CheckFinding]:
    """Return the check's findings the auditor has not dismissed in this audit."""
    findings = (
        result.findings
        if isinstance(result, CheckResult)
        else [from_json(f) for f in result["findings"]]
    )
    dismissed = store.profile.dismissed(audit_id)
    return [f for f in findings if f.fingerprint() not in dismissed]


def from_json(data: dict[str, Any]) -> CheckFinding:
    """Return a CheckFinding from its contract JSON object."""
    return CheckFinding(
        rule=data["rule"],
        severity=Severity(data["severity"]),
        message=data["message"],
        excerpt=data.get("excerpt"),
        start=data.get("start"),
        end=data.get("end"),
        suggestions=tuple(data.get("suggestions", ())),
        url=data.get("url"),
        element=data.get("element"),
    )


def _shown(text: str | None) -> str:
    """Return flagged text fit to quote: one line, trimmed ("" when it is only white space)."""
    words = " ".join((text or "").split())
    return words if len(words) <= EXCERPT_IN_TITLE else words[: EXCERPT_IN_TITLE - 1] + "…"


def place_name(kind: str | None, _: Translate) -> str:
    """Return where a touchpoint's text was read, as a title says it ("in the e-mail")."""
    return _(_PLACES.get(kind or "", N_("in the text checked")))


def finding_title(suggestion: CheckFinding, kind: str | None, lang: str) -> str:
    """Return the title a consultant would give the finding ("Spelling mistake in the e-mail: «x»")."""
    _ = translator(lang)
    template = _TITLES.get(suggestion.rule)
    if suggestion.rule in _PASSAGE_TITLES and count_sentences(suggestion.excerpt or "") > 1:
        template = _PASSAGE_TITLES[suggestion.rule]
    excerpt = _shown(suggestion.excerpt)
    if template is None or ("{excerpt}" in template and not excerpt):
        return " ".join(suggestion.message.split())  # the check's own sentence is client wording
    return _(template).format(where=place_name(kind, _), excerpt=excerpt)


def finding_description(suggestion: CheckFinding, kind: str | None, lang: str) -> str:
    """Return what was found and where, for the client: the remark, the words, the right form, the page."""
    _ = translator(lang)
    parts = [suggestion.message.strip()]
    excerpt = _shown(suggestion.excerpt)
    where = place_name(kind, _)
    if excerpt:
        parts.append(
            _("Found {where}: \u201c{excerpt}\u201d.").format(where=where, excerpt=excerpt)
        )
    fixes = [s for s in suggestion.suggestions if s.strip() and _shown(s) != excerpt]
    if fixes:
        parts.append(_("Correct form: {suggestions}.").format(suggestions=", ".join(fixes)))
    if suggestion.url:
        parts.append(_("Page: {url}").format(url=suggestion.url))
    return "\n".join(p for p in parts if p)


def finding_for(
    audit_id: str,
    check: str,
    suggestion: CheckFinding,
    *,
    lang: str = "en",
    visit_id: str | None = None,
    item_id: str | None = None,
    title: str | None = None,
    evidence_ids: Iterable[str] = (),
    kind: str | None = None,
) -> Finding:
    """Return the finding a suggestion proposes (auditor.commands.AcceptSuggestion stores it).

    `kind` is the kind of touchpoint it was found in (email, website...): the title names it.
    """
    return Finding(
        audit_id=audit_id,
        title=(title or finding_title(suggestion, kind, lang))[:200],
        severity=suggestion.severity,
        description=finding_description(suggestion, kind, lang),
        visit_id=visit_id,
        item_id=item_id,
        source=f"check:{check}",
        evidence_ids=list(evidence_ids),
    )


def _stems(text: str) -> set[str]:
    """Return the words of a text cut to five letters (accents ~ accenti), minus the short ones."""
    return {w[:5] for w in re.findall(r"\w+", text.casefold()) if len(w) >= 4 and w not in _STOP}


def relates(item: Item, check: str, rule: str) -> bool:
    """Return True when the item's automated check is this check or relies on this rule."""
    spec = CHECKS.get(item.check or "")
    return spec is not None and (rule in spec.rules or item.check == check)


def best_item(
    template: Template, check: str, suggestion: CheckFinding, prefer: str | None = None
) -> str | None:
    """Return the checklist item an accepted suggestion most likely documents, or None.

    The items whose `check` is this check (or relies on its rule) come first; among them, and
    among all items when none is, the one whose question shares most words with the suggestion
    and its rule. `prefer` (the item the auditor is on) wins a tie.
    """
    words = _stems(
        " ".join(
            [
                suggestion.message,
                _RULE_WORDS.get(suggestion.rule, ""),
                suggestion.rule.replace("_", " "),
            ]
        )
    )
    best, best_score = None, 0.0
    for item in template.items:
        if item.type.value == "photo":
            continue  # a photo item documents pictures, not a check's remark
        text = " ".join([*item.question.values(), item.id.replace("_", " ")])
        shared = len(words & _stems(text))
        score = (10.0 if relates(item, check, suggestion.rule) else 0.0) + shared
        score += 0.5 if item.id == prefer and score else 0.0
        if score > best_score:
            best, best_score = item.id, score
    return best


def item_choices(template: Template, lang: str) -> list[tuple[str, str]]:
    """Return (item id, "2.3 question") of a checklist's items, for choosing where a finding goes."""
    order = [s.id for s in template.sections]
    counts: dict[str, int] = {}
    rows = []
    for item in template.items:
        section = order.index(item.section) + 1 if item.section in order else len(order) + 1
        counts[item.section] = counts.get(item.section, 0) + 1
        rows.append((item.id, f"{section}.{counts[item.section]} {pick(item.question, lang)}"))
    return rows
