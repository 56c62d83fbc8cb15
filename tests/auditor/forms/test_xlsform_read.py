"""Reading XLSForm workbooks: the mapping to a template, the defaults, and notes and groups."""

from __future__ import annotations

from pathlib import Path

from auditor.checklists import parse_template
from auditor.forms import dump_toml, read_xlsform
from auditor.model import (
    AnswerType,
    ChoiceOption,
    Dimension,
    Item,
    Phase,
    Section,
    Template,
    TouchpointKind,
)
from tests.auditor.forms.workbooks import EN, IT, workbook

HEAD = [
    "type", "name", IT, EN, "hint::Italiano (it)", "hint::English (en)", "relevant", "required",
    "weight", "critical", "threshold", "pass_if", "unit", "timer", "scale_max", "on_fail",
    "dimension", "phase", "moment_of_truth",
]  # fmt: skip


def row(**cells: object) -> list[object]:
    """Return a survey row with the named cells filled."""
    names = {"label_it": IT, "label_en": EN, "hint_it": "hint::Italiano (it)"}
    names["hint_en"] = "hint::English (en)"
    return [cells.get(k, cells.get(next((a for a, b in names.items() if b == k), k))) for k in HEAD]


def test_a_kobo_style_form_becomes_a_template(tmp_path: Path) -> None:
    survey = [
        HEAD,
        row(type="start", name="start"),
        row(type="note", name="intro", label_it="Entra come cliente.", label_en="Walk in as a customer."),
        row(type="begin_group", name="welcome", label_it="Accoglienza", label_en="Welcome"),
        row(type="select_one yn", name="greeted", label_it="Salutato?", label_en="Greeted?",
            hint_it="Entro 10 s", hint_en="Within 10 s", critical="yes", weight=3,
            on_fail="note, evidence", moment_of_truth="TRUE", dimension="emotional"),
        row(type="integer", name="wait", label_it="Attesa", label_en="Wait", threshold=30,
            timer="yes", relevant="${greeted} = 'no'", phase="purchase"),
        row(type="end_group"),
        row(type="select_multiple extras", name="extras", label_it="Extra", label_en="Extras",
            required="true()"),
        row(type="integer", name="clean", label_it="Pulizia", label_en="Cleanliness",
            scale_max=4, required="no"),
        row(type="decimal", name="price", label_it="Prezzo", label_en="Price", threshold="9,5",
            pass_if="at_least", unit="€"),
        row(type="image", name="front", label_it="Vetrina", label_en="Window", required="yes"),
        row(type="text", name="remarks", label_it="Note", label_en="Remarks"),
    ]  # fmt: skip
    choices = [
        ["list name", "name", IT, EN, "points"],
        ["yn", "yes", "Sì", "Yes", None],
        ["yn", "no", "No", "No", None],
        ["extras", "water", "Acqua", "Water", 1],
        ["extras", "coffee", "Caffè", "Coffee", 2.5],
    ]
    settings = [
        [
            "form_id",
            "version",
            "form_title::Italiano (it)",
            "form_title::English (en)",
            "touchpoint",
        ],
        ["shop_visit", "2024.1", "Visita al negozio", "Shop visit", "shop"],
    ]
    template = read_xlsform(workbook(tmp_path / "form.xlsx", survey, choices, settings))
    walk_in = {"it": "Entra come cliente.", "en": "Walk in as a customer."}

    def texts(it: str, en: str) -> dict[str, str]:
        return {"it": it, "en": en}

    base = {"dimension": Dimension.FUNCTIONAL, "phase": Phase.ACTIVATION}
    expected = Template(
        id="shop_visit",
        version="2024.1",
        touchpoint=TouchpointKind.SHOP,
        title=texts("Visita al negozio", "Shop visit"),
        description=texts("", ""),
        sections=(Section("welcome", texts("Accoglienza", "Welcome")),),
        items=(
            Item(
                id="greeted",
                question=texts("Salutato?", "Greeted?"),
                guidance={
                    "it": walk_in["it"] + "\n\nEntro 10 s",
                    "en": walk_in["en"] + "\n\nWithin 10 s",
                },
                type=AnswerType.YES_NO,
                dimension=Dimension.EMOTIONAL,
                phase=Phase.ACTIVATION,
                section="welcome",
                weight=3.0,
                critical=True,
                moment_of_truth=True,
                require_note_on_fail=True,
                require_evidence_on_fail=True,
            ),
            Item(
                id="wait",
                question=texts("Attesa", "Wait"),
                guidance=texts("Attesa", "Wait"),
                type=AnswerType.TIMER,
                dimension=Dimension.FUNCTIONAL,
                phase=Phase.PURCHASE,
                section="welcome",
                threshold=30.0,
                unit="s",
                relevant="${greeted} = 'no'",
            ),
            Item(
                id="extras",
                question=texts("Extra", "Extras"),
                guidance=texts("Extra", "Extras"),
                type=AnswerType.SELECT_MULTIPLE,
                options=(
                    ChoiceOption("water", texts("Acqua", "Water"), 1.0),
                    ChoiceOption("coffee", texts("Caffè", "Coffee"), 2.5),
                ),
                required=True,
                **base,
            ),
            Item(
                id="clean",
                question=texts("Pulizia", "Cleanliness"),
                guidance=texts("Pulizia", "Cleanliness"),
                type=AnswerType.SCALE,
                scale_max=4,
                required=False,
                **base,
            ),
            Item(
                id="price",
                question=texts("Prezzo", "Price"),
                guidance=texts("Prezzo", "Price"),
                type=AnswerType.NUMBER,
                threshold=9.5,
                pass_if="at_least",
                unit="€",
                **base,
            ),
            Item(
                id="front",
                question=texts("Vetrina", "Window"),
                guidance=texts("Vetrina", "Window"),
                type=AnswerType.PHOTO,
                required=True,
                **base,
            ),
            Item(
                id="remarks",
                question=texts("Note", "Remarks"),
                guidance=texts("Note", "Remarks"),
                type=AnswerType.TEXT,
                **base,
            ),
        ),
    )
    assert template == expected
    # The template keeps its TOML text, as an audit keeps a template's source.
    assert template.source == dump_toml(template)
    assert parse_template(template.source) == template


def test_a_form_without_languages_uses_its_labels_for_both(tmp_path: Path) -> None:
    survey = [["type", "name", "label", "hint"], ["select_one yn", "ok", "All good?", "Look"]]
    settings = [["form_id", "touchpoint"], ["plain", "phone"]]
    template = read_xlsform(workbook(tmp_path / "Plain Form.xlsx", survey, None, settings))
    assert (template.title, template.version) == ({"it": "plain", "en": "plain"}, "1.0.0")
    assert template.items[0].question == {"it": "All good?", "en": "All good?"}
    assert template.items[0].guidance == {"it": "Look", "en": "Look"}


def test_defaults_come_from_the_file_name_when_settings_say_little(tmp_path: Path) -> None:
    survey = [["type", "name", "label"], ["text", "what", "What?"]]
    settings = [["touchpoint"], ["email"]]
    template = read_xlsform(workbook(tmp_path / "Reply Check.xlsx", survey, [], settings))
    assert (template.id, template.title["en"]) == ("reply_check", "reply_check")


def test_nested_groups_are_flattened_and_their_conditions_combined(tmp_path: Path) -> None:
    survey = [
        ["type", "name", "label", "relevant"],
        ["select_one yn", "visited", "Visited?", None],
        ["begin group", "outer", "Outer", "${visited} = 'yes'"],
        ["select_one yn", "a", "A?", None],
        ["begin group", "inner", "Inner", "${a} = 'no'"],
        ["select_one yn", "b", "B?", "${visited} != 'na'"],
        ["end group", None, None, None],
        ["end group", None, None, None],
        ["note", "bye", "Thanks", None],
    ]
    template = read_xlsform(workbook(tmp_path / "f.xlsx", survey))
    assert [s.id for s in template.sections] == ["outer", "inner"]
    assert [(i.id, i.section, i.relevant) for i in template.items] == [
        ("visited", "", None),
        ("a", "outer", "${visited} = 'yes'"),
        ("b", "inner", "(${visited} = 'yes') and (${a} = 'no') and (${visited} != 'na')"),
    ]
    # A note after the last question is added to its guidance.
    assert template.items[-1].guidance["en"] == "B?\n\nThanks"
