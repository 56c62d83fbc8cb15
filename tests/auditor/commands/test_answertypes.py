"""Answer types: what each item accepts, parses, stores, scores and shows, and what it refuses."""

from __future__ import annotations

import math
from typing import Any

import pytest

from auditor.answertypes import (
    MAX_SECONDS,
    MAX_TEXT,
    PHOTO_ATTACHED,
    InvalidAnswer,
    format_answer,
    kind_of,
    validate,
)
from auditor.model import Item
from tests.auditor.commands.sample import every_template

ITEMS = {item.id: item for item in every_template().items}
REFUSED = "refused"


def typed(value: Any) -> tuple[Any, str]:
    """Return a value with its type's name, so that 3 and 3.0 and True never pass for each other."""
    return value, type(value).__name__


def validated(item_id: str, value: Any) -> tuple[Any, str] | str:
    """Return the stored value (with its type) of a value given to an item, or REFUSED."""
    try:
        return typed(validate(ITEMS[item_id], value))
    except InvalidAnswer:
        return REFUSED


def parsed(item_id: str, text: str) -> tuple[Any, str] | str:
    """Return the value (with its type) the command line makes of a word, or REFUSED."""
    item: Item = ITEMS[item_id]
    try:
        return typed(kind_of(item).parse(item, text))
    except InvalidAnswer:
        return REFUSED


def test_words_of_both_languages_are_parsed_in_the_items_own_terms():
    cases = {
        ("welcome", "sì"): typed("yes"),
        ("welcome", "Sì"): typed("yes"),
        ("welcome", "si"): typed("yes"),
        ("welcome", " yes "): typed("yes"),
        ("welcome", "no"): typed("no"),
        ("welcome", "NO"): typed("no"),
        ("welcome", "na"): typed("na"),
        ("welcome", "n/a"): typed("na"),
        ("welcome", "N/A"): typed("na"),
        ("welcome", "maybe"): REFUSED,
        ("welcome", ""): REFUSED,
        ("tone", "4"): typed(4),
        ("tone", " 1 "): typed(1),
        ("tone", "na"): typed("na"),
        ("tone", "7"): REFUSED,
        ("tone", "0"): REFUSED,
        ("tone", "2.5"): REFUSED,
        ("tone", "sì"): REFUSED,
        ("greeting", "company"): typed("company"),
        ("greeting", "1"): typed("full"),  # by position, as the window's keys 1-9
        ("greeting", "3"): typed("none"),
        ("greeting", "n/a"): typed("na"),
        ("greeting", "4"): REFUSED,
        ("greeting", "0"): REFUSED,
        ("greeting", "maybe"): REFUSED,
        ("staff", "12,5"): typed(12.5),  # the Italian decimal comma
        ("staff", "12.5"): typed(12.5),
        ("staff", "3"): typed(3),
        ("staff", "3.0"): typed(3),
        ("staff", "-2"): typed(-2),
        ("staff", "na"): typed("na"),
        ("staff", "1e13"): REFUSED,
        ("staff", "nan"): REFUSED,
        ("staff", "inf"): REFUSED,
        ("staff", "1.234,5"): REFUSED,
        ("staff", "tre"): REFUSED,
        ("wait", "12,5"): typed(12.5),
        ("wait", "90"): typed(90),
        ("wait", "N/A"): typed("na"),
        ("wait", "-1"): REFUSED,
        ("wait", str(MAX_SECONDS + 1)): REFUSED,
        ("remarks", "na"): typed("na"),  # a text item takes no N/A: the word is the remark
        ("remarks", "n/a"): typed("n/a"),
        ("remarks", "  Sì, gentile  "): typed("  Sì, gentile  "),
        ("remarks", "   "): typed(None),  # an emptied box clears the answer
        ("remarks", "caf\udce9"): REFUSED,
        ("shots", "na"): REFUSED,
        ("shots", "photo"): REFUSED,
    }
    assert {case: parsed(*case) for case in cases} == cases


def test_every_value_an_item_cannot_take_is_refused():
    cases = [
        ("tone", 7),
        ("tone", 6),
        ("tone", 0),
        ("tone", -1),
        ("tone", 2.5),
        ("tone", 3.0),
        ("tone", "3"),
        ("tone", True),
        ("tone", "yes"),
        ("greeting", "maybe"),
        ("greeting", "1"),  # positions are for typing; a stored value is an option id
        ("greeting", 1),
        ("greeting", "FULL"),
        ("greeting", True),
        ("welcome", "maybe"),
        ("welcome", "YES"),
        ("welcome", "sì"),
        ("welcome", 2.5),
        ("welcome", 1),
        ("welcome", True),
        ("welcome", False),
        ("welcome", ""),
        ("staff", math.nan),
        ("staff", math.inf),
        ("staff", -math.inf),
        ("staff", 1e13),
        ("staff", -1e13),
        ("staff", 10**12 + 1),
        ("staff", "3"),
        ("staff", True),
        ("staff", [3]),
        ("wait", -1),
        ("wait", -0.5),
        ("wait", MAX_SECONDS + 1),
        ("wait", math.nan),
        ("wait", "12"),
        ("remarks", 3),
        ("remarks", True),
        ("remarks", "x" * (MAX_TEXT + 1)),
        (
            "remarks",
            "caf\udce9",
        ),  # a byte the command line could not decode: SQLite cannot store it
        ("remarks", ["text"]),
        ("shots", PHOTO_ATTACHED),
        ("shots", "na"),
        ("shots", "yes"),
        ("shots", 1),
        ("shots", True),
        ("shots", ""),
    ]
    assert {(i, repr(v)): validated(i, v) for i, v in cases} == {
        (i, repr(v)): REFUSED for i, v in cases
    }


def test_the_refusal_says_what_the_item_takes():
    messages = []
    for item_id, value in (
        ("tone", 7),
        ("greeting", "maybe"),
        ("welcome", True),
        ("staff", math.inf),
        ("wait", -1),
        ("remarks", 3),
        ("remarks", "caf\udce9"),
        ("shots", "na"),
    ):
        with pytest.raises(InvalidAnswer) as caught:
            validate(ITEMS[item_id], value)
        messages.append(str(caught.value))
    assert messages == [
        "7 is not a valid answer (the item takes a whole number from 1 to 5, or na)",
        "\u201cmaybe\u201d is not a valid answer (the item takes one of full, company, "
        "none, or na)",
        "true is not a valid answer (the item takes yes, no or na)",
        "Infinity is not a valid answer (the item takes a number from -1e+12 to 1e+12, or na)",
        "-1 is not a valid answer (the item takes seconds from 0 to 604800, or na)",
        "3 is not a valid answer (the item takes text of at most 200000 characters)",
        # Quoted with the byte escaped: the message itself must be printable.
        "\u201ccaf\\udce9\u201d is not a valid answer (the item takes text of at most "
        "200000 characters)",
        "\u201cna\u201d is not a valid answer (the item takes a photo attached to it as evidence)",
    ]


def test_values_at_the_limits_are_kept_as_given():
    cases = {
        ("tone", 1): typed(1),
        ("tone", 5): typed(5),
        ("tone", "na"): typed("na"),
        ("greeting", "none"): typed("none"),
        ("welcome", "na"): typed("na"),
        ("staff", 3.0): typed(3.0),  # JSON keeps 3.0 apart from 3: bundles round-trip
        ("staff", 10**12): typed(10**12),
        ("staff", -1e12): typed(-1e12),
        ("staff", 0): typed(0),
        ("wait", 0): typed(0),
        ("wait", MAX_SECONDS): typed(MAX_SECONDS),
        ("wait", 0.25): typed(0.25),
        ("remarks", "na"): typed("na"),
        ("remarks", "x" * MAX_TEXT): typed("x" * MAX_TEXT),
        ("remarks", " \n "): typed(None),
    }
    cases.update({(item_id, None): typed(None) for item_id in ITEMS})
    assert {case: validated(*case) for case in cases} == cases


def test_stored_text_keeps_the_type_of_every_value():
    values = {
        "welcome": "yes",
        "tone": 4,
        "greeting": "company",
        "staff": 3.0,
        "wait": 12.5,
        "remarks": "Perch\u00e9 \u201cno\u201d \U0001f600",
    }
    encoded = {k: kind_of(ITEMS[k]).encode(v) for k, v in values.items()}
    assert encoded == {
        "welcome": '"yes"',
        "tone": "4",
        "greeting": '"company"',
        "staff": "3.0",
        "wait": "12.5",
        "remarks": '"Perch\u00e9 \u201cno\u201d \U0001f600"',
    }
    decoded = {k: typed(kind_of(ITEMS[k]).decode(text)) for k, text in encoded.items()}
    assert decoded == {k: typed(v) for k, v in values.items()}


def test_each_answer_earns_its_share_of_the_points():
    cases = [
        ("welcome", "yes"),
        ("welcome", "no"),
        ("welcome", "na"),
        ("welcome", None),
        ("tone", 1),
        ("tone", 2),
        ("tone", 5),
        ("tone", "na"),
        ("greeting", "full"),
        ("greeting", "company"),
        ("greeting", "none"),
        ("staff", 2),  # at least 2
        ("staff", 1.5),
        ("wait", 60),  # at most 60 s
        ("wait", 60.5),
        ("wait", "na"),
        ("remarks", "very kind"),
        ("remarks", "na"),
        ("shots", PHOTO_ATTACHED),
    ]
    assert {(i, v): kind_of(ITEMS[i]).earned(ITEMS[i], v) for i, v in cases} == {
        ("welcome", "yes"): 1.0,
        ("welcome", "no"): 0.0,
        ("welcome", "na"): None,
        ("welcome", None): None,
        ("tone", 1): 0.0,
        ("tone", 2): 0.25,
        ("tone", 5): 1.0,
        ("tone", "na"): None,
        ("greeting", "full"): 1.0,
        ("greeting", "company"): 0.5,
        ("greeting", "none"): 0.0,
        ("staff", 2): 1.0,
        ("staff", 1.5): 0.0,
        ("wait", 60): 1.0,
        ("wait", 60.5): 0.0,
        ("wait", "na"): None,
        ("remarks", "very kind"): None,
        ("remarks", "na"): None,
        ("shots", PHOTO_ATTACHED): None,
    }


@pytest.mark.parametrize("lang", ["en", "it"])
def test_answers_are_shown_in_the_items_own_terms(lang):
    cases = [
        ("welcome", "yes"),
        ("welcome", "no"),
        ("welcome", "na"),
        ("welcome", None),
        ("tone", 4),
        ("greeting", "company"),
        ("staff", 3),
        ("staff", 2.5),
        ("staff", 1234567),
        ("staff", 1234567.5),
        ("staff", -(10**12)),
        ("wait", 12.5),
        ("wait", 90),
        ("remarks", "Gentile, ma di fretta"),
        ("remarks", "na"),
        ("remarks", ""),
        ("shots", PHOTO_ATTACHED),
        ("shots", None),
    ]
    shown = {(i, v): format_answer(ITEMS[i], v, lang) for i, v in cases}
    italian = lang == "it"
    assert shown == {
        ("welcome", "yes"): "S\u00ec" if italian else "Yes",
        ("welcome", "no"): "No",
        ("welcome", "na"): "N/A",
        ("welcome", None): "",
        ("tone", 4): "4/5",
        ("greeting", "company"): "Solo negozio" if italian else "Shop only",
        ("staff", 3): "3 (\u2265 2)",
        ("staff", 2.5): ("2,5" if italian else "2.5") + " (\u2265 2)",
        ("staff", 1234567): "1234567 (\u2265 2)",
        ("staff", 1234567.5): ("1234567,5" if italian else "1234567.5") + " (\u2265 2)",
        ("staff", -(10**12)): "-1000000000000 (\u2265 2)",
        ("wait", 12.5): ("12,5" if italian else "12.5") + " s (\u2264 60 s)",
        ("wait", 90): "90 s (\u2264 60 s)",
        ("remarks", "Gentile, ma di fretta"): "Gentile, ma di fretta",
        ("remarks", "na"): "na",  # the remark itself, not "N/A": a text item has no N/A
        ("remarks", ""): "",
        ("shots", PHOTO_ATTACHED): "Foto allegata" if italian else "Photo attached",
        ("shots", None): "",
    }
