"""Every fault of an XLSForm is reported at once, at its exact sheet and cell, and nothing imported."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.checklists import TemplateError
from auditor.forms import CellProblem, read_xlsform
from auditor.i18n import set_user_language
from tests.auditor.forms.workbooks import IT, SURVEY_HEAD, YES_NO, question, workbook


def problems(path: Path) -> list[str]:
    """Return the problems read_xlsform reports, as `SHEET!CELL: message` lines."""
    with pytest.raises(TemplateError) as caught:
        read_xlsform(path)
    assert all(isinstance(p, CellProblem) for p in caught.value.problems)
    return [str(p).removeprefix(f"{path}:") for p in caught.value.problems]


def survey(*rows: list[object]) -> list[list[object]]:
    return [SURVEY_HEAD, *rows]


def test_unknown_type(tmp_path: Path) -> None:
    path = workbook(tmp_path / "f.xlsx", survey(question("a"), question("b", kind="selct_one yn")))
    assert problems(path) == ['survey!A3: unknown type "selct_one"']


def test_unsupported_type_says_what_is_supported(tmp_path: Path) -> None:
    path = workbook(tmp_path / "f.xlsx", survey(question("a"), question("when", kind="date")))
    assert problems(path) == [
        'survey!A3: type "date" is not supported by the audit desk (supported: select_one LIST, '
        "select_multiple LIST, integer, decimal, text, image, note, begin group, end group)"
    ]


def test_list_missing_from_choices(tmp_path: Path) -> None:
    path = workbook(tmp_path / "f.xlsx", survey(question("a", kind="select_one moods")))
    assert problems(path) == ["survey!A2: list 'moods' is not in the choices sheet"]


def test_duplicate_name(tmp_path: Path) -> None:
    path = workbook(tmp_path / "f.xlsx", survey(question("a"), question("b"), question("a")))
    assert problems(path) == ["survey!B4: duplicate name 'a' (first in row 2)"]


def test_duplicate_choice_name(tmp_path: Path) -> None:
    choices = [*YES_NO, ["mood", "ok", "Bene", "Fine", 1], ["mood", "ok", "Male", "Bad", 0]]
    path = workbook(tmp_path / "f.xlsx", survey(question("a", kind="select_one mood")), choices)
    assert problems(path) == ["choices!B6: duplicate name 'ok' in list 'mood' (first in row 5)"]


def test_a_name_that_is_not_an_id(tmp_path: Path) -> None:
    path = workbook(tmp_path / "f.xlsx", survey(question("Q1")))
    assert problems(path) == [
        "survey!B2: name 'Q1' must be lowercase letters, digits, '_', '.', '-'"
    ]


def test_relevant_naming_an_unknown_field(tmp_path: Path) -> None:
    path = workbook(tmp_path / "f.xlsx", survey(question("a"), question("b", "${nope} = 'yes'")))
    assert problems(path) == ["survey!E3: the condition names 'nope', which is not an item"]


def test_relevant_naming_a_later_field(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "f.xlsx", survey(question("a", "${b} = 'yes'"), question("b"), question("c"))
    )
    assert problems(path) == [
        "survey!E2: the condition names 'b', which comes later in the checklist"
    ]


def test_relevant_forming_a_cycle(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "f.xlsx",
        survey(
            question("a", "${c} = 'yes'"),
            question("b", "${a} = 'no'"),
            question("c", "${b} = 'no'"),
        ),
    )
    assert problems(path) == [
        "survey!E2: the condition names 'c', whose own condition depends on 'a': a cycle"
    ]


def test_relevant_naming_its_own_item(tmp_path: Path) -> None:
    path = workbook(tmp_path / "f.xlsx", survey(question("a", "${a} = 'yes'")))
    assert problems(path) == ["survey!E2: the condition names its own item 'a'"]


def test_relevant_that_cannot_be_read(tmp_path: Path) -> None:
    path = workbook(tmp_path / "f.xlsx", survey(question("a"), question("b", "${a} == 'yes'")))
    assert problems(path) == [
        "survey!E3: cannot read the condition at character 7: expected a field, text or a "
        "number, found '='"
    ]


def test_a_group_condition_is_checked_at_the_group(tmp_path: Path) -> None:
    rows = survey(
        question("a"),
        ["begin group", "g", "Gruppo", "Group", "${later} = 'yes'"],
        question("b"),
        question("later"),
        ["end group"],
    )
    assert problems(workbook(tmp_path / "f.xlsx", rows)) == [
        "survey!E3: the group's condition names 'later', which comes later in the checklist",
        "survey!E3: the group's condition names 'later', which is inside the group",
    ]


def test_non_numeric_weight_points_and_threshold(tmp_path: Path) -> None:
    head = [*SURVEY_HEAD, "weight", "threshold"]
    rows = [
        head,
        [*question("a"), "heavy", None],
        [*question("wait", kind="integer"), 2, "thirty"],
        [*question("mood", kind="select_one mood"), None, None],
    ]
    choices = [*YES_NO, ["mood", "ok", "Bene", "Fine", "lots"], ["mood", "bad", "Male", "Bad", 0]]
    assert problems(workbook(tmp_path / "f.xlsx", rows, choices)) == [
        "choices!E5: points of 'ok' must be a number, not 'lots'",
        "survey!F2: weight must be a number, not 'heavy'",
        "survey!G3: threshold must be a number, not 'thirty'",
    ]


def test_a_number_without_threshold_and_a_negative_weight(tmp_path: Path) -> None:
    rows = [[*SURVEY_HEAD, "weight"], [*question("wait", kind="decimal"), -1]]
    assert problems(workbook(tmp_path / "f.xlsx", rows)) == [
        "survey!F2: weight must be greater than 0, not -1",
        "survey!A2: 'wait' is a number: it needs a threshold to pass (the threshold column)",
    ]


def test_an_empty_label_in_a_declared_language(tmp_path: Path) -> None:
    rows = survey(question("a"), ["select_one yn", "b", "Domanda b", "  ", None])
    assert problems(workbook(tmp_path / "f.xlsx", rows)) == [
        "survey!D3: the label of 'b' is empty in English (en)"
    ]


def test_a_missing_language_column_is_reported_once(tmp_path: Path) -> None:
    rows = [["type", "name", IT], ["select_one yn", "a", "A"], ["select_one yn", "b", "B"]]
    choices = [["list_name", "name", IT], ["yn", "yes", "Sì"], ["yn", "no", "No"]]
    assert problems(workbook(tmp_path / "f.xlsx", rows, choices)) == [
        "choices!C1: no English label column: add 'label::English (en)'",
        "survey!C1: no English label column: add 'label::English (en)'",
    ]


def test_a_group_not_closed_and_an_end_without_begin(tmp_path: Path) -> None:
    rows = survey(
        ["end group"],
        ["begin group", "g", "Gruppo", "Group"],
        question("a"),
    )
    assert problems(workbook(tmp_path / "f.xlsx", rows)) == [
        "survey!A2: 'end group' without a matching begin",
        "survey!A3: group 'g' is not closed (no 'end group')",
    ]


def test_a_repeat_is_refused(tmp_path: Path) -> None:
    rows = survey(["begin_repeat", "rooms", "Stanze", "Rooms"], question("a"), ["end_repeat"])
    assert problems(workbook(tmp_path / "f.xlsx", rows)) == [
        "survey!A2: repeats are not supported: an audit answers each item once (use a group, "
        "or one item per occurrence)"
    ]


def test_a_select_one_with_no_points_is_refused(tmp_path: Path) -> None:
    choices = [*YES_NO, ["mood", "ok", "Bene", "Fine"], ["mood", "bad", "Male", "Bad"]]
    rows = survey(question("mood", kind="select_one mood"))
    assert problems(workbook(tmp_path / "f.xlsx", rows, choices)) == [
        "survey!A2: no choice of list 'mood' is worth points: a select_one is scored by the "
        "choices' points column"
    ]


def test_the_touchpoint_is_required(tmp_path: Path) -> None:
    settings = [["form_id", "version"], ["f", "1"]]
    assert problems(workbook(tmp_path / "f.xlsx", survey(question("a")), None, settings)) == [
        "settings!C1: no touchpoint: add a touchpoint column (website, phone, email, shop, "
        "technician, social)"
    ]


def test_the_template_rules_are_reported_at_the_item_row(tmp_path: Path) -> None:
    # An unknown automated check is caught by the TOML validator, then placed at its cell.
    rows = [[*SURVEY_HEAD, "check"], question("a"), [*question("b"), "call.ring"]]
    found = problems(workbook(tmp_path / "f.xlsx", rows))
    assert len(found) == 1
    assert found[0].startswith("survey!F3: item 'b': check 'call.ring' is not a known automated")


def test_every_problem_is_reported_at_once_with_the_file(tmp_path: Path) -> None:
    rows = survey(
        question("a"),
        question("a"),
        question("c", kind="selct_one yn"),
        question("d", "${zz} = 1"),
        ["begin repeat", "r", "R", "R"],
        ["end repeat"],
    )
    path = workbook(tmp_path / "form.xlsx", rows)
    with pytest.raises(TemplateError) as caught:
        read_xlsform(path)
    assert [str(p) for p in caught.value.problems] == [
        f"{path}:survey!B3: duplicate name 'a' (first in row 2)",
        f'{path}:survey!A4: unknown type "selct_one"',
        f"{path}:survey!A6: repeats are not supported: an audit answers each item once (use a "
        "group, or one item per occurrence)",
    ]


def test_files_that_are_not_workbooks(tmp_path: Path) -> None:
    csv = tmp_path / "survey.csv"
    csv.write_text("type,name\n")
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip")
    for path, message in (
        (csv, "an XLSForm must be an .xlsx workbook (save it as .xlsx)"),
        (broken, "not a readable .xlsx workbook"),
        (tmp_path / "missing.xlsx", "no such file"),
    ):
        with pytest.raises(TemplateError) as caught:
            read_xlsform(path)
        assert [str(p) for p in caught.value.problems] == [f"{path}:0: {message}"]


def test_an_italian_window_reads_the_problems_in_italian(tmp_path: Path) -> None:
    # The agency imports the client's questionnaire in its window's language; the column names
    # and the cells quoted stay as the workbook has them.
    set_user_language("it")
    rows = [
        [*SURVEY_HEAD, "weight"],
        [*question("wait", kind="decimal"), -1],
        [*question("b", kind="selct_one yn"), None],
        ["select_one yn", "c", "Domanda c", "  ", None, None],
    ]
    assert problems(workbook(tmp_path / "f.xlsx", rows)) == [
        "survey!F2: weight deve essere maggiore di 0, non -1",
        "survey!A2: 'wait' è un numero: serve una soglia per superarlo (la colonna threshold)",
        'survey!A3: tipo "selct_one" sconosciuto',
        "survey!D4: l'etichetta di 'c': manca il testo nella colonna English (en)",
    ]
    only_italian = [["type", "name", IT], ["select_one yn", "a", "A"]]
    choices = [["list_name", "name", IT], ["yn", "yes", "Sì"], ["yn", "no", "No"]]
    assert problems(workbook(tmp_path / "g.xlsx", only_italian, choices))[0] == (
        "choices!C1: manca la colonna label in inglese: aggiungi 'label::English (en)'"
    )
