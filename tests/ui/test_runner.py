"""The checklist runner, driven by the keyboard like an auditor would, checked against the store."""

from __future__ import annotations

from PySide6.QtCore import Qt

from auditor.model import NA, AuditStatus, VisitStatus
from tests.ui.conftest import audit_with_builtin, visit_id_of
from ui.audit.view import AuditView
from ui.runner.items_model import STATE_ROLE
from ui.runner.pane import RunnerPane


def values(store, visit_id):
    return {item_id: answer.value for item_id, answer in store.answers.for_visit(visit_id).items()}


def open_runner(qtbot, ctx, audit_id) -> RunnerPane:
    runner = RunnerPane(ctx)
    qtbot.addWidget(runner)
    runner.set_audit(audit_id)
    runner.show()
    with qtbot.waitActive(runner):  # shortcuts only reach an active window
        runner.activateWindow()
    runner.item_view.setFocus()
    return runner


def test_answer_a_visit_with_the_keyboard_only(qtbot, ctx, store, audit_id):
    runner = open_runner(qtbot, ctx, audit_id)
    visit_id = visit_id_of(store, audit_id)
    qtbot.keyClick(runner.item_view, Qt.Key.Key_Y)  # answered: yes
    qtbot.keyClick(runner.item_view, Qt.Key.Key_Return)
    qtbot.keyClick(runner.item_view, Qt.Key.Key_4)  # tone: 4 of 5
    qtbot.keyClick(runner.item_view, Qt.Key.Key_PageDown)
    qtbot.keyClick(runner.item_view, Qt.Key.Key_2)  # greeting: second option
    qtbot.keyClick(runner.item_view, Qt.Key.Key_Down)
    qtbot.keyClick(runner.item_view, Qt.Key.Key_A)  # wait: not applicable
    assert values(store, visit_id) == {
        "answered": "yes",
        "tone": 4,
        "greeting": "company",
        "wait": NA,
    }
    assert (
        store.audits.get(audit_id).status == AuditStatus.IN_PROGRESS
    )  # the first answer starts it
    assert "audit 83" in runner.header.scores.text()  # (3*1 + 2*0.75 + 1*0.5) / 6 = 83.3
    qtbot.keyClick(runner.item_view, Qt.Key.Key_Up)
    assert runner.index == 2
    qtbot.keyClick(runner.item_view, Qt.Key.Key_PageUp)
    assert runner.index == 1


def test_letters_typed_in_the_note_stay_in_the_note(qtbot, ctx, store, audit_id):
    runner = open_runner(qtbot, ctx, audit_id)
    visit_id = visit_id_of(store, audit_id)
    qtbot.keyClick(runner.item_view, Qt.Key.Key_N)
    runner.item_view.note.setFocus()
    qtbot.keyClicks(runner.item_view.note, "Nobody answered")
    runner.item_view.note_saver.flush()
    answer = store.answers.get(visit_id, "answered")
    assert (answer.value, answer.note) == ("no", "Nobody answered")
    qtbot.keyClick(runner.item_view.note, Qt.Key.Key_Escape)  # back to the answer keys
    qtbot.keyClick(runner.item_view, Qt.Key.Key_Y)
    assert store.answers.get(visit_id, "answered").value == "yes"


def test_the_note_is_saved_after_a_short_pause_without_leaving_the_field(
    qtbot, ctx, store, audit_id
):
    runner = open_runner(qtbot, ctx, audit_id)
    visit_id = visit_id_of(store, audit_id)
    runner.item_view.note.setFocus()
    qtbot.keyClicks(runner.item_view.note, "Rang twelve times")
    qtbot.waitUntil(lambda: store.answers.get(visit_id, "answered") is not None, timeout=3000)
    assert store.answers.get(visit_id, "answered").note == "Rang twelve times"


def test_undo_puts_back_the_previous_answer(qtbot, ctx, store, audit_id):
    runner = open_runner(qtbot, ctx, audit_id)
    visit_id = visit_id_of(store, audit_id)
    qtbot.keyClick(runner.item_view, Qt.Key.Key_Y)
    qtbot.keyClick(runner.item_view, Qt.Key.Key_N)
    assert store.answers.get(visit_id, "answered").value == "no"
    ctx.editor.undo()
    assert store.answers.get(visit_id, "answered").value == "yes"
    ctx.editor.undo()
    assert store.answers.get(visit_id, "answered") is None
    assert runner.item_view.answer_widget.button("yes").isChecked() is False


def test_next_unanswered_jumps_over_answered_items(qtbot, ctx, store, audit_id):
    runner = open_runner(qtbot, ctx, audit_id)
    qtbot.keyClick(runner.item_view, Qt.Key.Key_Y)
    runner.go_to(2)
    qtbot.keyClick(runner.item_view, Qt.Key.Key_1)
    runner.go_to(0)
    qtbot.keyClick(runner.item_view, Qt.Key.Key_U)
    assert runner.index == 1
    qtbot.keyClick(runner.item_view, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert runner.index == 3  # the timer item; the text item is optional


def test_a_failed_item_shows_what_it_requires_and_completion_is_refused(
    qtbot, ctx, store, audit_id, monkeypatch
):
    runner = open_runner(qtbot, ctx, audit_id)
    visit_id = visit_id_of(store, audit_id)
    for key in (
        Qt.Key.Key_N,
        Qt.Key.Key_Return,
        Qt.Key.Key_3,
        Qt.Key.Key_Return,
        Qt.Key.Key_1,
        Qt.Key.Key_Return,
        Qt.Key.Key_A,
    ):
        qtbot.keyClick(runner.item_view, key)
    runner.go_to(0)
    assert runner.item_view.requirement.isVisible()
    assert "needs a note" in runner.item_view.requirement.text()
    assert "needs evidence" in runner.item_view.requirement.text()
    runner.go_to(3)
    qtbot.keyClick(runner.item_view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert store.audits.visit(visit_id).status == VisitStatus.IN_PROGRESS
    assert runner.index == 0  # refused, and taken to the first thing to fix
    assert runner.missing_panel.isVisible()
    listing = runner.missing_panel.list
    assert listing.height() < 3 * listing.sizeHintForRow(0) + 10  # two lines, no empty block
    assert runner.missing_panel.messages() == [
        "\u26a0 Item 1 failed and needs a note: Did anyone answer?",
        "\u26a0 Item 1 failed and needs evidence: Did anyone answer?",
    ]
    runner.go_to(3)
    runner.missing_panel.list.setCurrentRow(1)
    qtbot.mouseClick(
        runner.missing_panel.list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=runner.missing_panel.list.visualItemRect(runner.missing_panel.list.item(1)).center(),
    )
    assert runner.index == 0  # jumped to the item


def test_customer_metrics_close_the_touchpoint(qtbot, ctx, store, audit_id):
    runner = open_runner(qtbot, ctx, audit_id)
    visit_id = visit_id_of(store, audit_id)
    runner.go_to(5)
    page = runner.metrics_page
    assert runner.pages.currentWidget() is page
    qtbot.mouseClick(page.buttons["nps"][9], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.buttons["csat"][4], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.buttons["ces"][6], Qt.MouseButton.LeftButton)
    visit = store.audits.visit(visit_id)
    assert (visit.nps, visit.csat, visit.ces) == (9, 4, 6)
    qtbot.mouseClick(page.buttons["csat"][4], Qt.MouseButton.LeftButton)  # a second click clears
    assert store.audits.visit(visit_id).csat is None
    ctx.editor.undo()
    assert store.audits.visit(visit_id).csat == 4


def test_the_stopwatch_times_a_timer_item(qtbot, ctx, store, audit_id):
    runner = open_runner(qtbot, ctx, audit_id)
    visit_id = visit_id_of(store, audit_id)
    runner.go_to(3)
    qtbot.keyClick(runner.item_view, Qt.Key.Key_T)
    assert runner.item_view.answer_widget.stopwatch.running
    qtbot.wait(250)
    qtbot.keyClick(runner.item_view, Qt.Key.Key_T)
    seconds = store.answers.get(visit_id, "wait").value
    assert isinstance(seconds, float) and 0.1 <= seconds < 30


def test_text_items_are_saved_as_typed(qtbot, ctx, store, audit_id):
    runner = open_runner(qtbot, ctx, audit_id)
    visit_id = visit_id_of(store, audit_id)
    runner.go_to(4)
    editor = runner.item_view.answer_widget.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "Music on hold was loud")
    runner.go_to(0)  # changing item saves at once
    assert store.answers.get(visit_id, "remarks").value == "Music on hold was loud"


def test_complete_the_visit_once_evidence_and_note_are_there(
    qtbot, ctx, store, audit_id, monkeypatch
):
    from tests.auditor.imagefactory import photo_jpeg

    view = AuditView(ctx)
    qtbot.addWidget(view)
    view.set_audit(audit_id)
    view.show()
    with qtbot.waitActive(view):
        view.activateWindow()
    runner = view.runner
    visit_id = visit_id_of(store, audit_id)
    runner.item_view.setFocus()
    for key in (
        Qt.Key.Key_N,
        Qt.Key.Key_Return,
        Qt.Key.Key_3,
        Qt.Key.Key_Return,
        Qt.Key.Key_1,
        Qt.Key.Key_Return,
        Qt.Key.Key_A,
    ):
        qtbot.keyClick(runner.item_view, key)
    runner.go_to(0)
    runner.item_view.note.setFocus()
    qtbot.keyClicks(runner.item_view.note, "Twelve rings, no answer")
    runner.item_view.setFocus()  # focus-out saves the note
    from ui.evidence.importer import Incoming

    runner.item_view.strip.importer.import_images(
        [Incoming(photo_jpeg(), "call.jpg", "file")], runner.item_view.strip.scope
    )
    assert not runner.item_view.requirement.isVisible()
    qtbot.mouseClick(runner.header.complete_button, Qt.MouseButton.LeftButton)
    assert store.audits.visit(visit_id).status == VisitStatus.COMPLETED
    assert runner.header.reopen_button.isVisible()
    qtbot.keyClick(runner.item_view, Qt.Key.Key_Y)  # a completed visit does not change by accident
    assert store.answers.get(visit_id, "answered").value == "no"


def test_an_audit_without_touchpoints_says_so(qtbot, ctx, store):
    from auditor.model import Audit, Client

    client = store.clients.add(Client(name="Empty Ltd"))
    audit = store.audits.create(Audit(client_id=client.id, title="Nothing planned"), [])
    runner = open_runner(qtbot, ctx, audit.id)
    assert runner.empty.isVisible() and not runner.splitter.isVisible()
    assert runner.model.rowCount() == 0


def test_item_rows_wrap_to_the_list_width_and_are_never_cut(qtbot, ctx, store):
    # The real website checklist: its questions run to two or three lines in a narrow list.
    runner = open_runner(qtbot, ctx, audit_with_builtin(store, "website.toml"))
    runner.resize(1400, 700)
    listing = runner.item_list
    font_metrics = listing.fontMetrics()

    def rows() -> list[tuple[str, int, int]]:
        qtbot.wait(20)  # the list lays its rows out again on the next turn of the event loop
        return [
            (
                runner.model.index(row).data(),
                listing.visualRect(runner.model.index(row)).width(),
                listing.visualRect(runner.model.index(row)).height(),
            )
            for row in range(runner.model.rowCount())
        ]

    runner.splitter.setSizes([900, 500])
    wide = rows()
    runner.splitter.setSizes([300, 1100])
    narrow = rows()
    assert [w for _, w, _ in narrow] == [listing.viewport().width() - 4] * len(narrow)
    assert max(h for _, _, h in wide) < max(h for _, _, h in narrow)  # a long question wraps
    for text, width, height in narrow:
        needed = font_metrics.boundingRect(
            0, 0, width - 36, 10_000, Qt.TextFlag.TextWordWrap, text
        ).height()
        assert needed <= height, text  # every line of the question is there, none elided


def test_the_item_list_shows_each_state_in_its_colour(qtbot, ctx, store, audit_id):
    runner = open_runner(qtbot, ctx, audit_id)
    for key in (Qt.Key.Key_Y, Qt.Key.Key_4, Qt.Key.Key_2, Qt.Key.Key_A):  # yes, 4/5, 2nd, N/A
        qtbot.keyClick(runner.item_view, key)
        qtbot.keyClick(runner.item_view, Qt.Key.Key_Return)
    states = [runner.model.index(row).data(STATE_ROLE) for row in range(5)]
    assert states == ["answered", "partial", "partial", "na", "open"]
    tips = [runner.model.index(row).data(Qt.ItemDataRole.ToolTipRole) for row in range(2)]
    assert tips == ["answered \u00b7 critical \u00b7 moment of truth", "partly met"]


def test_answer_keys_on_the_metrics_page_change_no_item(qtbot, ctx, store, audit_id):
    runner = open_runner(qtbot, ctx, audit_id)
    visit_id = visit_id_of(store, audit_id)
    runner.go_to(4)  # the last item, then the metrics page behind it
    qtbot.keyClick(runner.item_view, Qt.Key.Key_Return)
    assert runner.pages.currentWidget() is runner.metrics_page
    for key in (Qt.Key.Key_N, Qt.Key.Key_Y, Qt.Key.Key_7, Qt.Key.Key_A):
        qtbot.keyClick(runner.metrics_page, key)
    assert values(store, visit_id) == {}


def test_next_unanswered_goes_on_to_the_next_visit_then_says_all_is_answered(
    qtbot, ctx, store, audit_id
):
    from auditor.checklists import parse_template
    from auditor.model import Visit
    from tests.auditor.conftest import MINI_TEMPLATE

    template = parse_template(MINI_TEMPLATE, "mini.toml")
    second = Visit(
        audit_id=audit_id,
        kind=template.touchpoint,
        template_id=template.id,
        template_version=template.version,
        title="Second call",
    )
    store.audits.add_visit(second, template)
    runner = open_runner(qtbot, ctx, audit_id)
    first = visit_id_of(store, audit_id)
    for item_id, value in (("answered", "yes"), ("tone", 4), ("greeting", "full"), ("wait", 30)):
        store.answers.set(first, item_id, value)
    runner.show_visit(0, "wait")
    qtbot.keyClick(runner.item_view, Qt.Key.Key_U)
    assert (runner.session.visit.id, runner.index) == (second.id, 0)
    for item_id, value in (("answered", "yes"), ("tone", 4), ("greeting", "full"), ("wait", 30)):
        store.answers.set(second.id, item_id, value)
    messages = []
    ctx.events.message_requested.connect(messages.append)
    qtbot.keyClick(runner.item_view, Qt.Key.Key_U)
    assert messages == ["Every item of this audit has an answer."]


def test_tab_leaves_the_note_instead_of_typing_into_it(qtbot, ctx, store, audit_id):
    runner = open_runner(qtbot, ctx, audit_id)
    note = runner.item_view.note
    note.setFocus()
    qtbot.keyClicks(note, "Slow")
    qtbot.keyClick(note, Qt.Key.Key_Tab)
    assert note.toPlainText() == "Slow" and not note.hasFocus()


def test_leaving_a_running_stopwatch_keeps_its_time_as_the_answer(qtbot, ctx, store, audit_id):
    runner = open_runner(qtbot, ctx, audit_id)
    visit_id = visit_id_of(store, audit_id)
    runner.go_to(3)
    qtbot.keyClick(runner.item_view, Qt.Key.Key_T)
    qtbot.wait(200)
    qtbot.keyClick(runner.item_view, Qt.Key.Key_PageUp)  # away while it runs
    assert runner.index == 2
    seconds = store.answers.get(visit_id, "wait").value
    assert isinstance(seconds, float) and 0.1 <= seconds < 30
    assert values(store, visit_id) == {"wait": seconds}  # and nowhere else


def test_typing_a_number_on_a_number_item_answers_it(qtbot, ctx, store, audit_id):
    runner = open_runner(qtbot, ctx, audit_id)
    visit_id = visit_id_of(store, audit_id)
    runner.go_to(3)
    qtbot.keyClick(runner.item_view, Qt.Key.Key_1)
    spin = runner.item_view.answer_widget.spin
    assert spin.hasFocus()
    qtbot.keyClicks(spin, "2.5")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert values(store, visit_id) == {"wait": 12.5}
    assert runner.index == 4  # Enter saved it and moved on


def test_a_key_the_item_cannot_take_changes_nothing_and_says_why(qtbot, ctx, store, audit_id):
    runner = open_runner(qtbot, ctx, audit_id)
    visit_id = visit_id_of(store, audit_id)
    said: list[str] = []
    ctx.events.message_requested.connect(said.append)
    runner.go_to(1)  # tone: a 1-5 scale
    qtbot.keyClick(runner.item_view, Qt.Key.Key_7)
    qtbot.keyClick(runner.item_view, Qt.Key.Key_Y)
    assert values(store, visit_id) == {}
    assert said == [
        "7 is not an answer to this item: it takes 1 to 5, or A.",
        "Y is not an answer to this item: it takes 1 to 5, or A.",
    ]
    assert store.history.for_audit(audit_id) == []


def test_a_value_the_item_cannot_take_is_refused_on_the_window_path(qtbot, ctx, store, audit_id):
    runner = open_runner(qtbot, ctx, audit_id)
    visit_id = visit_id_of(store, audit_id)
    said: list[str] = []
    ctx.events.message_requested.connect(said.append)
    for item_id, value in (("tone", 7), ("tone", 2.5), ("answered", "maybe"), ("greeting", "x")):
        runner.answer(item_id, value)
    assert values(store, visit_id) == {}
    assert len(said) == 4
    assert said[0].startswith("audit “Test journey”") and "item tone: 7 is not a valid" in said[0]
    assert not ctx.editor.can_undo()


def test_undo_and_redo_take_an_answer_back_and_forth(qtbot, ctx, store, audit_id):
    runner = open_runner(qtbot, ctx, audit_id)
    visit_id = visit_id_of(store, audit_id)
    qtbot.keyClick(runner.item_view, Qt.Key.Key_N)
    ctx.editor.undo()
    assert values(store, visit_id) == {}
    ctx.editor.redo()
    assert values(store, visit_id) == {"answered": "no"}
    assert runner.item_view.answer_widget.button("no").isChecked()
    entries = [(e.action, e.old, e.new, e.via) for e in store.history.for_audit(audit_id)]
    assert entries == [
        ("answer", None, "no", ""),
        ("status", "draft", "in_progress", ""),
        ("clear", "no", None, "undo"),
        ("status", "in_progress", "draft", "undo"),
        ("answer", None, "no", "redo"),
        ("status", "draft", "in_progress", "redo"),
    ]
