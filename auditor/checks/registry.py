"""The automated checks a checklist item may name in its `check` field, with what each does.

A parity test checks that every id a template names is listed here and that each entry is
described in both languages and backed by a real implementation module.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CheckSpec:
    """Describe one automated helper an item can point at."""

    id: str
    module: str  # the auditor.checks module that implements it
    rules: tuple[str, ...]  # rule ids or metrics of that module it relies on
    description: dict[str, str]


_SPECS = (
    CheckSpec(
        "text",
        "auditor.checks.text",
        (
            "spelling",
            "brand_name",
            "capitalization",
            "double_space",
            "repeated_word",
            "accent",
            "punctuation_spacing",
            "formality_mix",
            "shouting",
        ),
        {
            "en": "Checks a written reply (e-mail, chat, web copy) for typos, capitals, accents, "
            "brand spelling, tu/Lei mixing and readability.",
            "it": "Controlla un testo scritto (e-mail, chat, testi del sito): refusi, maiuscole, "
            "accenti, nome del marchio, tu e Lei mescolati, leggibilità.",
        },
    ),
    CheckSpec(
        "image",
        "auditor.checks.image",
        ("blurry", "low_resolution", "over_compressed", "noisy"),
        {
            "en": "Measures an image's sharpness, noise, resolution and JPEG compression.",
            "it": "Misura nitidezza, rumore, risoluzione e compressione JPEG di un'immagine.",
        },
    ),
    CheckSpec(
        "site.contact_page",
        "auditor.checks.site",
        ("missing_contact_page", "contact_not_in_navigation"),
        {
            "en": "Finds the contact page and whether the menu links to it.",
            "it": "Trova la pagina dei contatti e verifica se è nel menu.",
        },
    ),
    CheckSpec(
        "site.clickable_contacts",
        "auditor.checks.site",
        ("phone_not_clickable",),
        {
            "en": "Checks that phone numbers and e-mail addresses are clickable links.",
            "it": "Verifica che numeri di telefono e indirizzi e-mail siano link cliccabili.",
        },
    ),
    CheckSpec(
        "site.privacy_policy",
        "auditor.checks.site",
        ("missing_privacy_policy",),
        {
            "en": "Looks for the privacy and cookie policy links.",
            "it": "Cerca i link all'informativa privacy e alla cookie policy.",
        },
    ),
    CheckSpec(
        "site.vat_number",
        "auditor.checks.site",
        ("missing_vat_number",),
        {
            "en": "Looks for the VAT number (P.IVA) an Italian company must show.",
            "it": "Cerca la partita IVA che un'azienda italiana deve indicare sul sito.",
        },
    ),
    CheckSpec(
        "site.broken_links",
        "auditor.checks.site",
        ("broken_link",),
        {
            "en": "Follows the site's links (a bounded, polite crawl) and reports broken ones.",
            "it": "Segue i link del sito (con limiti e senza sovraccaricarlo) e segnala quelli rotti.",
        },
    ),
    CheckSpec(
        "site.images",
        "auditor.checks.site",
        ("image_without_alt", "low_resolution_image"),
        {
            "en": "Finds images without alternative text and images shown larger than they are.",
            "it": "Trova immagini senza testo alternativo e immagini mostrate più grandi del reale.",
        },
    ),
    CheckSpec(
        "call.time_to_answer",
        "auditor.checks.call",
        ("time_to_answer",),
        {
            "en": "Call stopwatch: seconds from dialling to a person answering.",
            "it": "Cronometro della chiamata: secondi dalla composizione alla risposta.",
        },
    ),
    CheckSpec(
        "call.rings",
        "auditor.checks.call",
        ("rings",),
        {
            "en": "Call stopwatch: rings before answer (one ring every 5 s in Italy, configurable).",
            "it": "Cronometro della chiamata: squilli prima della risposta (uno ogni 5 s in Italia).",
        },
    ),
    CheckSpec(
        "call.longest_hold",
        "auditor.checks.call",
        ("longest_hold",),
        {
            "en": "Call stopwatch: the longest time on hold, in seconds.",
            "it": "Cronometro della chiamata: l'attesa più lunga, in secondi.",
        },
    ),
    CheckSpec(
        "call.holds",
        "auditor.checks.call",
        ("holds",),
        {
            "en": "Call stopwatch: how many times the caller was put on hold.",
            "it": "Cronometro della chiamata: quante volte il cliente è stato messo in attesa.",
        },
    ),
    CheckSpec(
        "call.duration",
        "auditor.checks.call",
        ("total_duration",),
        {
            "en": "Call stopwatch: total length of the call.",
            "it": "Cronometro della chiamata: durata totale della telefonata.",
        },
    ),
    CheckSpec(
        "reply.business_hours",
        "auditor.checks.reply",
        ("reply_hours",),
        {
            "en": "Reply time in business hours (weekends and Italian holidays excluded).",
            "it": "Tempo di risposta in ore lavorative (esclusi weekend e festività italiane).",
        },
    ),
)

CHECKS: dict[str, CheckSpec] = {spec.id: spec for spec in _SPECS}


def get_check(check_id: str) -> CheckSpec:
    """Return the spec of a check id, or raise KeyError naming the known ids."""
    try:
        return CHECKS[check_id]
    except KeyError:
        raise KeyError(f"unknown check {check_id!r}; known: {', '.join(sorted(CHECKS))}") from None
