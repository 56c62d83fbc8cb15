"""The runner with conditional items and a select_multiple item, driven by the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt

from auditor.commands import SetAnswer
from auditor.model import NA, VisitStatus
from tests.auditor.conditional import conditional_visit
from tests.ui.test_runner import open_runner, values
from ui.runner.items_model import STATE_ROLE

NOT_ASKED = " \u2014 not asked (condition)"


def rows(runner) -> list[tuple[str, str, bool]]:
    """Return each item row as the auditor sees it: text, state, and whether it can be chosen."""
    model = runner.model
    result = []
    for row in range(model.metrics_row()):
        index = model.index(row)
        enabled = bool(model.flags(index) & Qt.ItemFlag.ItemIsEnabled)
        result.append((model.data(index), model.data(index, STATE_ROLE), enabled))
    return result


def key(qtbot, runner, *keys: Qt.Key) -> None:
    for pressed in keys:
        qtbot.keyClick(runner.item_view, pressed)


def test_items_show_and_hide_as_answers_change_and_navigation_skips_them(qtbot, ctx, store):
    visit = conditional_visit(store)
    runner = open_runner(qtbot, ctx, visit.audit_id)
    assert runner.index == 0
    assert rows(runner) == [
        ("1. Greeted within 10 seconds?", "open", True),
        ("2. Did they apologise for the wait?" + NOT_ASKED, "hidden", False),
        ("3. What did they offer?" + NOT_ASKED, "hidden", False),
        ("4. Describe the entrance", "open", True),
        ("5. Background music", "open", True),
    ]
    key(qtbot, runner, Qt.Key.Key_Return)  # b and c are not asked: on to d
    assert runner.index == 3
    key(qtbot, runner, Qt.Key.Key_PageUp)
    assert runner.index == 0
    key(qtbot, runner, Qt.Key.Key_N, Qt.Key.Key_Return)  # a = no shows b
    assert runner.index == 1
    key(qtbot, runner, Qt.Key.Key_Y, Qt.Key.Key_Down)  # b = yes shows c
    assert runner.index == 2
    assert [state for _text, state, _enabled in rows(runner)] == [
        "failed",
        "answered",
        "open",
        "open",
        "open",
    ]
    key(qtbot, runner, Qt.Key.Key_1, Qt.Key.Key_2)
    assert values(store, visit.id) == {"a": "no", "b": "yes", "c": ["seat", "drink"]}
    # back to a: yes hides b and c, whose answers stay in the store
    key(qtbot, runner, Qt.Key.Key_PageUp, Qt.Key.Key_Up)
    assert runner.index == 0
    key(qtbot, runner, Qt.Key.Key_Y)
    assert values(store, visit.id) == {"a": "yes", "b": "yes", "c": ["seat", "drink"]}
    assert [state for _text, state, _enabled in rows(runner)] == [
        "answered",
        "hidden",
        "hidden",
        "open",
        "open",
    ]
    key(qtbot, runner, Qt.Key.Key_PageDown)
    assert runner.index == 3
    key(qtbot, runner, Qt.Key.Key_Left)
    assert runner.index == 0
    # only a is scored now, and three items are asked
    assert runner.header.scores.text() == "Visit score 100.0 \u00b7 audit 100.0 \u00b7 1/3 answered"
    # Complete visit asks only for d; U goes there too
    key(qtbot, runner, Qt.Key.Key_U)
    assert runner.index == 3
    runner.go_to(0)
    qtbot.keyClick(runner.item_view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert runner.missing_panel.messages() == [
        "\u26a0 Item 4 is not answered: Describe the entrance"
    ]
    assert runner.index == 3
    ctx.run(SetAnswer(visit.id, "d", "Dusty door"))
    qtbot.keyClick(runner.item_view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert store.audits.visit(visit.id).status == VisitStatus.COMPLETED


def test_the_item_on_screen_moves_on_when_an_undo_hides_it(qtbot, ctx, store):
    visit = conditional_visit(store)
    runner = open_runner(qtbot, ctx, visit.audit_id)
    key(qtbot, runner, Qt.Key.Key_N, Qt.Key.Key_Return, Qt.Key.Key_Y, Qt.Key.Key_Return)
    assert runner.index == 2
    ctx.run(SetAnswer(visit.id, "a", "yes"))  # from elsewhere (the command line, a sync)
    assert runner.index == 3
    assert runner.item_view.question.text() == "Describe the entrance"


def test_select_multiple_keys_toggle_options_and_record_the_whole_list(qtbot, ctx, store):
    visit = conditional_visit(store)
    ctx.run(SetAnswer(visit.id, "a", "no"))
    ctx.run(SetAnswer(visit.id, "b", "yes"))
    runner = open_runner(qtbot, ctx, visit.audit_id)
    runner.go_to_item("c")
    widget = runner.item_view.answer_widget

    def checked() -> list[str]:
        return [v for v in ("seat", "drink", "leaflet", NA) if widget.button(v).isChecked()]

    key(qtbot, runner, Qt.Key.Key_3, Qt.Key.Key_1)
    assert values(store, visit.id)["c"] == ["seat", "leaflet"]
    assert checked() == ["seat", "leaflet"]
    assert rows(runner)[2][1] == "partial"  # 2 of 3 points: partly met
    key(qtbot, runner, Qt.Key.Key_1)  # untick seat
    assert values(store, visit.id)["c"] == ["leaflet"]
    assert rows(runner)[2][1] == "failed"  # 0 points
    key(qtbot, runner, Qt.Key.Key_3)  # nothing ticked: the answer is cleared
    assert "c" not in {k for k, v in values(store, visit.id).items() if v is not None}
    assert checked() == []
    assert rows(runner)[2][1] == "open"
    key(qtbot, runner, Qt.Key.Key_A)
    assert values(store, visit.id)["c"] == NA
    assert checked() == [NA]
    key(qtbot, runner, Qt.Key.Key_2)  # an option after N/A starts a new list
    assert values(store, visit.id)["c"] == ["drink"]
    qtbot.mouseClick(widget.button("seat"), Qt.MouseButton.LeftButton)
    assert values(store, visit.id)["c"] == ["seat", "drink"]
    assert checked() == ["seat", "drink"]
    assert widget.button("seat").text() == "A seat   1"
    messages: list[str] = []
    ctx.events.message_requested.connect(messages.append)
    key(qtbot, runner, Qt.Key.Key_5)
    assert messages == [
        "5 is not an answer to this item: it takes 1 to 3 to tick or untick options, or A."
    ]
