"""A client's name written with dots, as a web address is (PGDay.IT, Booking.com, Subito.it):
the word splitter reads such a token as a domain, or keeps only its head, so a slip inside it
was never compared with the name. Read whole, it is; an address written as addresses are
(all in small letters, with its scheme, after an "@") is left alone."""

from __future__ import annotations

import pytest

from auditor.checks.text import check_text


def _brand_findings(text: str, lang: str, brands: tuple[str, ...]) -> list[tuple[str, str]]:
    return [
        (f.excerpt, f.suggestions[0])
        for f in check_text(text, lang=lang, brands=brands).findings
        if f.rule == "brand_name"
    ]


@pytest.mark.parametrize(
    ("text", "slip"),
    [
        ("Welcome to PGDay.IY, the Italian PostgreSQL day.", "PGDay.IY"),  # the tail
        ("Welcome to PGDey.IT, the Italian PostgreSQL day.", "PGDey.IT"),  # the head
        ("Book your seat at Pgday.It today.", "Pgday.It"),  # written otherwise
    ],
)
def test_a_slip_in_a_dotted_name_is_the_name_misspelt(text, slip):
    assert _brand_findings(text, "en", ("PGDay.IT",)) == [(slip, "PGDay.IT")]


def test_the_same_in_italian_for_a_shop_and_a_marketplace():
    text = "Prenota su Bookng.com, poi vendi l'usato su Subbito.it."
    assert _brand_findings(text, "it", ("Booking.com", "Subito.it")) == [
        ("Bookng.com", "Booking.com"),
        ("Subbito.it", "Subito.it"),
    ]


def test_the_name_and_its_addresses_as_written_raise_nothing():
    text = (
        "PGDay.IT is back: see pgday.it, https://www.pgdey.it/programme or write to "
        "info@pgdey.it; the slides are in talk.pdf."
    )
    assert _brand_findings(text, "en", ("PGDay.IT",)) == []


def test_another_address_is_no_slip_of_the_name():
    # the dotted part another altogether, not one slip: booking.de is another site
    text = "Prenota su booking.de o su Booking.it se sei in Italia."
    assert _brand_findings(text, "it", ("Booking.com",)) == []


def test_a_name_without_dots_is_not_read_in_addresses():
    text = "Scrivi a hotelbelavista.it per prenotare."
    assert _brand_findings(text, "it", ("Hotel Bellavista",)) == []


# Noticed beside the dotted names: "i.e." read as the pronoun "i" written small.


def _capitals(text: str) -> list[str]:
    findings = check_text(text, lang="en").findings
    return [f.excerpt for f in findings if f.rule == "capitalization"]


def test_i_e_is_the_abbreviation_not_the_pronoun_written_small():
    assert _capitals("See the offers, i.e. the rooms with a view.") == []
    assert _capitals("The rooms (i.e the suites) are booked.") == []


def test_the_pronoun_written_small_is_still_found():
    assert _capitals("We booked the rooms and i think they are lovely.") == ["i"]
