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
            "punctuation",
            "formality_mix",
            "shouting",
            "language_mix",
            "italian_in_english",
            "italian_words",
            "other_language",
            "encoding",
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
        ("phone_not_clickable", "email_not_clickable"),
        {
            "en": "Checks that phone numbers and e-mail addresses are clickable links.",
            "it": "Verifica che numeri di telefono e indirizzi e-mail siano link cliccabili.",
        },
    ),
    CheckSpec(
        "site.privacy_policy",
        "auditor.checks.site",
        ("missing_privacy_policy", "missing_cookie_policy"),
        {
            "en": "Looks for the privacy and cookie policy links.",
            "it": "Cerca i link all'informativa privacy e alla cookie policy.",
        },
    ),
    CheckSpec(
        "site.vat_number",
        "auditor.checks.site",
        ("missing_vat_number", "invalid_vat_number", "invalid_tax_code"),
        {
            "en": "Looks for the VAT number (P.IVA) an Italian company must show and checks it "
            "and any tax code (codice fiscale) shown.",
            "it": "Cerca la partita IVA che un'azienda italiana deve indicare sul sito e ne "
            "verifica la validità, come quella del codice fiscale indicato.",
        },
    ),
    CheckSpec(
        "site.broken_links",
        "auditor.checks.site",
        ("broken_link", "soft_404"),
        {
            "en": "Follows the site's links (a bounded, polite crawl) and reports broken ones, "
            "and missing pages the site answers as if they existed.",
            "it": "Segue i link del sito (con limiti e senza sovraccaricarlo) e segnala quelli "
            "rotti e le pagine inesistenti a cui il sito risponde come se esistessero.",
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
        "site.page_head",
        "auditor.checks.site",
        ("missing_title", "missing_meta_description", "missing_favicon"),
        {
            "en": "Checks that pages have a title, the home page a description for search "
            "engines and the site a favicon.",
            "it": "Verifica che le pagine abbiano un titolo, la home una descrizione per i "
            "motori di ricerca e il sito una favicon.",
        },
    ),
    CheckSpec(
        "site.opening_hours",
        "auditor.checks.site",
        ("missing_opening_hours",),
        {
            "en": "Looks for opening hours on the pages checked.",
            "it": "Cerca gli orari di apertura nelle pagine controllate.",
        },
    ),
    CheckSpec(
        "site.contact_form",
        "auditor.checks.site",
        ("contact_form_broken",),
        {
            "en": "Checks that a contact form can be sent: a send button and an address that "
            "answers.",
            "it": "Verifica che il modulo di contatto si possa inviare: un pulsante di invio e "
            "un indirizzo che risponde.",
        },
    ),
    CheckSpec(
        "site.form_labels",
        "auditor.checks.site",
        ("form_without_labels",),
        {
            "en": "Finds form fields without a label (screen readers cannot name them).",
            "it": "Trova i campi dei moduli senza etichetta (i lettori di schermo non sanno "
            "come chiamarli).",
        },
    ),
    CheckSpec(
        "site.https",
        "auditor.checks.site",
        ("http_not_redirected", "mixed_content", "invalid_certificate"),
        {
            "en": "Checks that the site leads visitors to https with a certificate browsers "
            "accept, and that its secure pages load nothing over plain http.",
            "it": "Verifica che il sito porti i visitatori su https con un certificato che i "
            "browser accettano, e che le sue pagine sicure non carichino nulla su http semplice.",
        },
    ),
    CheckSpec(
        "site.page_weight",
        "auditor.checks.site",
        ("heavy_page",),
        {
            "en": "Weighs each page checked (HTML, images, scripts, styles) against a budget "
            "for mobile connections.",
            "it": "Pesa ogni pagina controllata (HTML, immagini, script, stili) rispetto a un "
            "limite pensato per le connessioni mobili.",
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
