"""The text check's rules on short texts: what fires, where, and what it suggests."""

from __future__ import annotations

import pytest

from auditor.checks.text import check_text


def flagged(text: str, **options) -> list[tuple[str, str, tuple[str, ...]]]:
    """Return (rule, excerpt, first suggestion) of every finding, checking the offset contract."""
    result = check_text(text, **options)
    assert all(text[f.start : f.end] == f.excerpt for f in result.findings)
    return [(f.rule, f.excerpt, f.suggestions[:1]) for f in result.findings]


def test_italian_accents():
    text = (
        "E' vero, perchè il tecnico arriva tra un pò. Qual'è il problema? Un'altro giorno, nè oggi."
    )
    assert flagged(text, lang="it") == [
        ("accent", "E'", ("È",)),
        ("accent", "perchè", ("perché",)),
        ("accent", "pò", ("po'",)),
        ("accent", "Qual'è", ("Qual è",)),
        ("accent", "Un'altro", ("Un altro",)),
        ("accent", "nè", ("né",)),
    ]


def test_greeting_comma_allows_lowercase_and_abbreviations_do_not_end_sentences():
    text = (
        "Gentile cliente,\nla ringraziamo. Il sig. Rossi e il dott. Bianchi, ecc. arriveranno.\n"
        "grazie."
    )
    assert flagged(text, lang="it") == [("capitalization", "grazie", ("Grazie",))]


def test_clitics_elisions_names_urls_and_codes_are_not_typos():
    text = (
        "Per contattarci, inviarLe il modulo e accoglierla al meglio, comunicarVi l'orario "
        "dell'Hotel: scriva a info@hotel-esempio.it o visiti www.hotel-esempio.it, "
        "codice AB12C, IBAN."
    )
    assert flagged(text, lang="it") == []


def test_real_word_errors_and_typos():
    text = (
        "Avvolte il tecnico arriva tardi, pero la caldaia funziona cosi bene. "
        "La prenotazone è fatta."
    )
    assert flagged(text, lang="it") == [
        ("spelling", "Avvolte", ("A volte",)),
        ("accent", "pero", ("però",)),
        ("accent", "cosi", ("così",)),
        ("spelling", "prenotazone", ("prenotazione",)),
    ]


def test_spacing_punctuation_repetition_and_shouting():
    text = (
        "Grazie  per la richiesta , la la prenotazione è confermata,a presto!! "
        "Il servizio NON FUNZIONA.."
    )
    rules = [(rule, excerpt) for rule, excerpt, _s in flagged(text, lang="it")]
    assert rules == [
        ("double_space", "  "),
        ("punctuation_spacing", " ,"),
        ("repeated_word", "la la"),
        ("punctuation_spacing", ",a"),
        ("punctuation", "!!"),
        ("shouting", "NON FUNZIONA"),
        ("punctuation", ".."),
    ]


def test_reduplications_are_allowed():
    assert flagged("Piano piano sistemiamo tutto, man mano che arrivano i pezzi.", lang="it") == []


def test_months_and_weekdays_take_a_small_letter_mid_sentence():
    assert flagged("Il tecnico passa Lunedì 3 Giugno.", lang="it") == [
        ("capitalization", "Lunedì", ("lunedì",)),
        ("capitalization", "Giugno", ("giugno",)),
    ]


def test_brand_case_spacing_and_misspelling_are_major():
    text = (
        "Benvenuti all'hotel bellavista. Bella Vista vi aspetta; il Belavista è sul mare. "
        "Hotel Bellavista."
    )
    result = check_text(text, lang="it", brands=["Hotel Bellavista", "Bellavista"])
    assert [(f.rule, f.excerpt, f.severity.value) for f in result.findings] == [
        ("brand_name", "hotel bellavista", "major"),
        ("brand_name", "Bella Vista", "major"),
        ("brand_name", "Belavista", "major"),
    ]


def test_tu_and_lei_mixed_flags_the_minority_register():
    text = (
        "Gentile cliente,\nla ringraziamo per la Sua richiesta e Le confermiamo "
        "l'appuntamento. Ti aspettiamo!"
    )
    result = check_text(text, lang="it")
    assert [(f.rule, f.excerpt, f.severity.value) for f in result.findings] == [
        ("formality_mix", "Ti", "major")
    ]
    assert (
        check_text("Ciao Marco, ti confermiamo l'appuntamento. Ti aspettiamo!", lang="it").findings
        == []
    )


def test_brand_and_accepted_words_are_never_typos():
    text = "Il modulo Fatturix e il portale clientiweb sono attivi."
    assert [f.excerpt for f in check_text(text, lang="it").findings] == ["clientiweb"]
    assert check_text(text, lang="it", accepted_words=["ClientiWeb"]).findings == []


def test_metrics_and_language_detection():
    it = check_text("Gentile cliente, la ringraziamo per la richiesta. Le confermiamo la camera.")
    assert it.metrics == {
        "lang": "it",
        "words": 11,
        "sentences": 2,
        "readability": it.metrics["readability"],
        "readability_index": "gulpease",
    }
    assert 40 < it.metrics["readability"] < 90
    en = check_text("Dear guest, thank you for your booking. We look forward to welcoming you.")
    assert (en.metrics["lang"], en.metrics["readability_index"], en.metrics["sentences"]) == (
        "en",
        "flesch_reading_ease",
        2,
    )
    assert check_text("").metrics["words"] == 0


def test_english_rules():
    text = "Dear guest, we will recieve you on monday. i confirm the booking  for June."
    assert flagged(text, lang="en") == [
        ("spelling", "recieve", ("receive",)),
        ("capitalization", "monday", ("Monday",)),
        ("capitalization", "i", ("I",)),
        ("double_space", "  ", (" ",)),
    ]


def test_messages_follow_the_text_language():
    [finding] = check_text("Il tecnico arriva.  Grazie.", lang="it").findings
    assert finding.message == "Doppio spazio tra le parole."
    [finding] = check_text("The technician arrives.  Thanks.", lang="en").findings
    assert finding.message == "Double space between words."


def test_ordinary_words_missing_from_the_small_list_are_known():
    text = (
        "La dottoressa Le proporrà un piano di cura dopo le radiografie; il supplemento per le "
        "escursioni e la franchigia sono indicati nel bancomat del vent'anni di agriturismi."
    )
    assert flagged(text, lang="it") == []


def test_web_misspellings_stay_typos_even_though_the_web_writes_them():
    text = "Ci scusiamo per il disaggio e per il sucesso mancato."
    assert flagged(text, lang="it") == [
        ("spelling", "disaggio", ("disagio",)),
        ("spelling", "sucesso", ("successo",)),
    ]
    assert flagged("We dont have it, but we apreciate it.", lang="en") == [
        ("spelling", "dont", ("don't",)),
        ("spelling", "apreciate", ("appreciate",)),
    ]


def test_missing_apostrophe_after_un_and_missing_space_before_capitals():
    assert flagged("Il tecnico arriva tra un ora.Per urgenze chiami.", lang="it") == [
        ("accent", "un ora", ("un'ora",)),
        ("punctuation_spacing", ".P", (". P",)),
    ]
    assert flagged("Un eccellente servizio, un ulteriore controllo.", lang="it") == []
    [finding] = check_text("Ci vediamo tra un ora.", lang="it").findings
    assert finding.message == "Apostrofo: si scrive “un'ora”, non “un ora”."


def test_business_abbreviations_do_not_end_sentences():
    text = (
        "Il pagamento avverrà entro 30 gg. data fattura. Ufficio aperto dal lun. al ven., "
        "h 9-13.\nNs. rif.: ordine del 3/2/2025 c/o Vs. magazzino, fattura n° 128/2025."
    )
    assert flagged(text, lang="it") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Rif. ord. n. 123 del 5 mar. 2026: imp. 100 euro, sc. 10 %, vedi pagg. 3 e segg.", "it"),
        ("Scrivere all'uff. amm. o al resp. vendite, loc. Ponte, fraz. Santa Maria.", "it"),
        ("Misc. items, incl. VAT, excl. shipping: qty. 3, see pp. 4-6, cf. the ext. 12.", "en"),
    ],
)
def test_order_invoice_and_address_abbreviations_do_not_end_sentences(text, lang):
    assert flagged(text, lang=lang) == []


def test_a_word_that_can_end_a_sentence_still_opens_the_next_with_a_capital():
    found = flagged("We went out in the sun. then we had lunch.", lang="en")
    assert [(rule, excerpt) for rule, excerpt, _fix in found] == [("capitalization", "then")]


def test_gulpease_stays_on_its_zero_to_hundred_scale():
    from auditor.checks.text.readability import gulpease

    assert gulpease(["Sì", "a", "te"], 3) == 100.0  # 89 + (900 - 50) / 3 would be 372
    assert gulpease(["precipitevolissimevolmente"] * 10, 1) == 0.0
    text = "La prenotazione della camera matrimoniale è confermata per il fine settimana"
    assert 0 < gulpease(text.split(), 1) < 100
