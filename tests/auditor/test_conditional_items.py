"""Conditional items (relevant), required and select_multiple: the template, answers and scores."""

from __future__ import annotations

import pytest

from auditor.answertypes import InvalidAnswer, is_required, kind_of
from auditor.checklists import TemplateError, parse_template
from auditor.model import NA, AnswerType
from auditor.scoring import hidden, score_audit, score_visit
from tests.auditor.conditional import CONDITIONAL_TEMPLATE, conditional_template


def line_of(text: str, needle: str) -> int:
    """Return the 1-based line of the first line holding `needle`."""
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


def problems(text: str) -> list[str]:
    with pytest.raises(TemplateError) as caught:
        parse_template(text, "cond.toml")
    return [str(p) for p in caught.value.problems]


# --- the TOML format ----------------------------------------------------------------------


def test_relevant_required_and_select_multiple_are_read():
    template = conditional_template()
    assert [(i.id, i.type, i.relevant, i.required) for i in template.items] == [
        ("a", AnswerType.YES_NO, None, None),
        ("b", AnswerType.YES_NO, "${a} = 'no'", None),
        ("c", AnswerType.SELECT_MULTIPLE, "${b} = 'yes'", None),
        ("d", AnswerType.TEXT, None, True),
        ("e", AnswerType.SCALE, None, False),
    ]
    assert [(o.id, o.label["en"], o.points) for o in template.item("c").options] == [
        ("seat", "A seat", 2),
        ("drink", "A drink", 1),
        ("leaflet", "A leaflet", 0),
    ]


B_CONDITION = "relevant = \"${a} = 'no'\""


@pytest.mark.parametrize(
    ("condition", "reason"),
    [
        (
            "${a} = = 'no'",
            "cannot read the condition at character 8: expected a field, text or a number, "
            "found '='",
        ),
        (
            "${a} = 'no' and",
            "cannot read the condition at character 16: the condition ends too early",
        ),
        ("${greting} = 'no'", "the condition names 'greting', which is not an item"),
        ("${b} = 'no'", "the condition names its own item 'b'"),
        ("${c} = 'no'", "the condition names 'c', which comes later in the checklist"),
    ],
)
def test_every_condition_problem_is_reported_on_the_line_of_relevant(condition, reason):
    text = CONDITIONAL_TEMPLATE.replace(B_CONDITION, f'relevant = "{condition}"')
    assert problems(text) == [f"cond.toml:{line_of(text, condition)}: item 'b': {reason}"]


@pytest.mark.parametrize(
    ("condition", "reason"),
    [
        (
            "${a} = = 'no'",
            "impossibile leggere la condizione al carattere 8: serviva un campo, un testo o un "
            "numero, c'è '='",
        ),
        (
            "${a} = 'no' and",
            "impossibile leggere la condizione al carattere 16: la condizione finisce troppo presto",
        ),
        ("${greting} = 'no'", "la condizione nomina 'greting', che non è una voce"),
        ("${b} = 'no'", "la condizione nomina la sua stessa voce 'b'"),
        ("${c} = 'no'", "la condizione nomina 'c', che viene dopo nella checklist"),
    ],
)
def test_a_condition_problem_is_said_in_the_users_language(condition, reason):
    from auditor.i18n import set_user_language

    set_user_language("it")
    text = CONDITIONAL_TEMPLATE.replace(B_CONDITION, f'relevant = "{condition}"')
    assert problems(text) == [f"cond.toml:{line_of(text, condition)}: voce 'b': {reason}"]


def test_relevant_and_required_of_the_wrong_type_are_refused_on_their_line():
    text = CONDITIONAL_TEMPLATE.replace(B_CONDITION, "relevant = 3").replace(
        "required = true", 'required = "yes"'
    )
    assert problems(text) == [
        f"cond.toml:{line_of(text, 'relevant = 3')}: item 'b': relevant must be a condition "
        "such as \"${greeting} = 'no'\"",
        f"cond.toml:{line_of(text, 'required = ')}: item 'd': required must be true or false, "
        "not 'yes'",
    ]


def test_a_select_multiple_item_needs_options_like_a_choice():
    start = CONDITIONAL_TEMPLATE.index("options = [")
    end = CONDITIONAL_TEMPLATE.index("]\n", CONDITIONAL_TEMPLATE.index("leaflet")) + 2
    text = CONDITIONAL_TEMPLATE[:start] + CONDITIONAL_TEMPLATE[end:]
    header = line_of(text, 'id = "c"') - 1  # no options key: the line of the item's [[items]]
    assert problems(text) == [
        f"cond.toml:{header}: item 'c': a select_multiple item needs at least two options"
    ]


# --- the select_multiple answer type --------------------------------------------------------

ITEM = conditional_template().item("c")
KIND = kind_of(ITEM)


def test_select_multiple_values_are_stored_in_option_order():
    assert KIND.validate(ITEM, ["drink", "seat"]) == ["seat", "drink"]
    assert KIND.validate(ITEM, ["leaflet"]) == ["leaflet"]
    assert KIND.validate(ITEM, NA) == NA
    assert KIND.validate(ITEM, None) is None


@pytest.mark.parametrize(
    "value",
    [[], ["seat", "seat"], ["seat", "sofa"], "seat", 2, [2], {"seat": True}, ["na"]],
    ids=["empty", "duplicate", "unknown", "not-a-list", "number", "number-in-list", "dict", "na"],
)
def test_select_multiple_refuses_what_is_not_a_list_of_distinct_known_ids(value):
    with pytest.raises(InvalidAnswer) as caught:
        KIND.validate(ITEM, value)
    assert "(the item takes one or more of seat, drink, leaflet (separated by commas), or na)" in (
        str(caught.value)
    )


def test_select_multiple_parses_ids_or_positions_separated_by_commas_or_spaces():
    assert KIND.parse(ITEM, "drink, seat") == ["seat", "drink"]
    assert KIND.parse(ITEM, "3 1") == ["seat", "leaflet"]
    assert KIND.parse(ITEM, "2,leaflet") == ["drink", "leaflet"]
    assert KIND.parse(ITEM, "n/a") == NA
    for typed in ("", "4", "seat seat", "sofa"):
        with pytest.raises(InvalidAnswer):
            KIND.parse(ITEM, typed)


def test_select_multiple_scores_chosen_points_over_all_positive_points():
    assert KIND.earned(ITEM, ["seat", "drink"]) == 1.0
    assert KIND.earned(ITEM, ["seat", "drink", "leaflet"]) == 1.0
    assert KIND.earned(ITEM, ["seat"]) == pytest.approx(2 / 3)
    assert KIND.earned(ITEM, ["drink"]) == pytest.approx(1 / 3)
    assert KIND.earned(ITEM, ["leaflet"]) == 0.0
    assert KIND.earned(ITEM, NA) is None
    assert KIND.earned(ITEM, ["sofa"]) is None  # not a value the item takes: not counted


def test_select_multiple_is_shown_as_its_labels():
    assert KIND.format(ITEM, ["seat", "leaflet"], "en") == "A seat, A leaflet"
    assert KIND.format(ITEM, ["seat", "leaflet"], "it") == "Una sedia, Un volantino"
    assert KIND.format(ITEM, NA, "en") == "N/A"
    assert KIND.encode(["seat", "drink"]) == '["seat", "drink"]'
    assert KIND.decode('["seat", "drink"]') == ["seat", "drink"]


def test_required_follows_the_template_then_the_answer_type():
    template = conditional_template()
    assert {i.id: is_required(i) for i in template.items} == {
        "a": True,
        "b": True,
        "c": True,
        "d": True,  # text, but required = true
        "e": False,  # scale, but required = false
    }


# --- hidden items in scoring -----------------------------------------------------------------


def scores(values: dict) -> tuple[float | None, float]:
    visit = score_visit("v", conditional_template(), values)
    return visit.score, visit.completion


def test_items_show_two_levels_deep():
    template = conditional_template()
    assert hidden(template, {}) == {"b", "c"}
    assert hidden(template, {"a": "yes"}) == {"b", "c"}
    assert hidden(template, {"a": "no"}) == {"c"}
    assert hidden(template, {"a": "no", "b": "no"}) == {"c"}
    assert hidden(template, {"a": "no", "b": "yes"}) == set()
    # b's answer is kept while a hides it; c reads a hidden b as unanswered and hides too
    assert hidden(template, {"a": "yes", "b": "yes", "c": ["seat"]}) == {"b", "c"}


def test_hidden_items_count_in_neither_score_nor_completion():
    # nothing answered: a and d are due (e is optional); b and c are not asked
    assert scores({}) == (None, 0.0)
    # a = no shows b: a, b, d due, one answered, a earns 0
    assert scores({"a": "no"}) == (0.0, pytest.approx(100 / 3))
    full = {"a": "no", "b": "yes", "c": ["seat"], "d": "Dusty door"}
    # (0 x 1 + 1 x 1 + 2/3 x 2) / (1 + 1 + 2) = 7/12
    assert scores(full) == (pytest.approx(700 / 12), 100.0)
    # a = yes hides b and c: their kept answers are ignored
    assert scores({**full, "a": "yes"}) == (100.0, 100.0)
    # and count again when they show again
    assert scores({**full, "a": "no"}) == (pytest.approx(700 / 12), 100.0)


def test_an_optional_item_scores_once_answered_and_a_required_text_is_due():
    assert scores({"a": "yes"}) == (100.0, 50.0)  # d (required text) is still due
    assert scores({"a": "yes", "d": "Clean"}) == (100.0, 100.0)
    # e (required = false) counts in completion and score once answered: scale 1 of 5 earns 0
    assert scores({"a": "yes", "d": "Clean", "e": 1}) == (50.0, 100.0)


def test_the_audit_score_skips_hidden_items_of_each_visit():
    template = conditional_template()
    audit = score_audit(
        [
            ("v1", template, {"a": "yes", "b": "no", "d": "x"}, 1.0),
            ("v2", template, {"a": "no", "b": "no", "d": "x"}, 1.0),
        ]
    )
    assert (audit.overall, audit.completion) == (50.0, 100.0)
    assert [(v.score, v.completion) for v in audit.visits] == [(100.0, 100.0), (0.0, 100.0)]
    assert {k: (s.score, s.completion) for k, s in audit.dimensions.items()} == {
        "emotional": (pytest.approx(100 / 3), 100.0),
        "functional": (None, 100.0),
    }
