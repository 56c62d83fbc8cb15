"""The History tab: every change as people read it, loaded only when shown and when it concerns it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

import ui.history.pane as pane_module
from auditor.commands import CompleteVisit, SetAnswer
from tests.ui.conftest import make_ctx, visit_id_of
from ui.context import AppContext
from ui.history.model import HistoryModel
from ui.history.pane import HistoryPane

CALL = "1. Call to reception"


def table(pane: HistoryPane) -> list[list[str]]:
    """Return the texts the table shows, row by row, column by column."""
    model = pane.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def headers(model: HistoryModel) -> list[str]:
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def shown_pane(qtbot, ctx: AppContext, audit_id: str) -> HistoryPane:
    ctx.editor.actor = "Anna"
    ctx.editor.device = "laptop-anna"
    pane = HistoryPane(ctx)
    qtbot.addWidget(pane)
    pane.resize(1200, 500)
    pane.show()
    pane.set_audit(audit_id)
    return pane


def complete_with_a_late_change(ctx: AppContext, visit_id: str) -> None:
    for item_id, value in (("answered", "yes"), ("tone", 4), ("greeting", "full"), ("wait", 9)):
        ctx.run(SetAnswer(visit_id, item_id, value))
    ctx.run(CompleteVisit(visit_id))
    ctx.run(SetAnswer(visit_id, "tone", 2, note="Flat voice after all"))


def test_each_change_is_a_row_in_english(qtbot, ctx, store, audit_id):
    visit_id = visit_id_of(store, audit_id)
    pane = shown_pane(qtbot, ctx, audit_id)
    assert table(pane) == []
    assert pane.summary.text() == "Changes: 0"
    complete_with_a_late_change(ctx, visit_id)
    when = [row.when for row in pane.model.rows()]
    who = ["Anna", "laptop-anna"]
    assert headers(pane.model) == [
        "When", "Who", "Device", "Touchpoint", "Item", "What", "Before", "After",
    ]  # fmt: skip
    assert table(pane) == [
        [when[0], *who, CALL, "1. Did anyone answer?", "Answer", "", "Yes"],
        [when[1], *who, "", "", "Status: in progress", "draft", "in progress"],
        [when[2], *who, CALL, "2. Tone of voice", "Answer", "", "4/5"],
        [when[3], *who, CALL, "3. Greeting", "Answer", "", "Company and name"],
        [when[4], *who, CALL, "4. Seconds before answer", "Answer", "", "9 s (\u2264 15 s)"],
        [when[5], *who, CALL, "", "Visit completed", "", ""],
        [when[6], *who, CALL, "2. Tone of voice", "Answer", "4/5", "2/5"],
        [when[7], *who, CALL, "2. Tone of voice", "Note", "", "Flat voice after all"],
    ]
    entries = store.history.for_audit(audit_id)
    assert when == [f"{e.at.astimezone():%Y-%m-%d %H:%M}" for e in entries]
    assert pane.summary.text() == "Changes: 8"
    # Undo is a change too, marked as such, and the newest row stays in view.
    ctx.editor.undo()
    late = pane.model.rows()[-1].when
    assert table(pane)[8:] == [
        [late, *who, CALL, "2. Tone of voice", "Answer (undo)", "2/5", "4/5"],
        [late, *who, CALL, "2. Tone of voice", "Note (undo)", "Flat voice after all", ""],
    ]
    bar = pane.table.verticalScrollBar()
    assert bar.value() == bar.maximum()


def test_each_change_is_a_row_in_italian(qtbot, store, audit_id):
    ctx = make_ctx(store, "it")
    visit_id = visit_id_of(store, audit_id)
    pane = shown_pane(qtbot, ctx, audit_id)
    complete_with_a_late_change(ctx, visit_id)
    when = [row.when for row in pane.model.rows()]
    who = ["Anna", "laptop-anna"]
    assert headers(pane.model) == [
        "Quando", "Chi", "Dispositivo", "Punto di contatto", "Voce", "Cosa", "Prima", "Dopo",
    ]  # fmt: skip
    assert table(pane) == [
        [when[0], *who, CALL, "1. Ha risposto qualcuno?", "Risposta", "", "Sì"],
        [when[1], *who, "", "", "Stato: in corso", "bozza", "in corso"],
        [when[2], *who, CALL, "2. Tono di voce", "Risposta", "", "4/5"],
        [when[3], *who, CALL, "3. Saluto", "Risposta", "", "Azienda e nome"],
        [
            when[4],
            *who,
            CALL,
            "4. Secondi prima della risposta",
            "Risposta",
            "",
            "9 s (\u2264 15 s)",
        ],
        [when[5], *who, CALL, "", "Visita completata", "", ""],
        [when[6], *who, CALL, "2. Tono di voce", "Risposta", "4/5", "2/5"],
        [when[7], *who, CALL, "2. Tono di voce", "Nota", "", "Flat voice after all"],
    ]
    entries = store.history.for_audit(audit_id)
    assert when == [f"{e.at.astimezone():%d/%m/%Y %H:%M}" for e in entries]
    assert pane.summary.text() == "Modifiche: 8"


def test_a_hidden_pane_reads_nothing_until_it_is_shown(qtbot, ctx, store, audit_id, monkeypatch):
    reads: list[str] = []
    real = pane_module.history_rows

    def counted(store_, audit_id_, lang):
        reads.append(audit_id_)
        return real(store_, audit_id_, lang)

    monkeypatch.setattr(pane_module, "history_rows", counted)
    visit_id = visit_id_of(store, audit_id)
    pane = HistoryPane(ctx)
    qtbot.addWidget(pane)
    pane.set_audit(audit_id)
    for value in (1, 2, 3, 4, 5):  # the auditor at work in the runner, the History tab hidden
        ctx.run(SetAnswer(visit_id, "tone", value))
    assert (reads, pane.model.rowCount()) == ([], 0)
    pane.show()
    assert (reads, pane.model.rowCount()) == ([audit_id], 6)  # 5 answers, 1 status
    ctx.run(SetAnswer(visit_id, "tone", 1))  # shown: the new change appears at once
    assert (reads, pane.model.rowCount()) == ([audit_id, audit_id], 7)
    pane.hide()
    ctx.run(SetAnswer(visit_id, "tone", 2))
    pane.show()
    pane.show()  # shown again without a change in between: nothing to read
    assert (reads, pane.model.rowCount()) == ([audit_id] * 3, 8)


def test_changes_to_another_audit_are_ignored(qtbot, ctx, store, audit_id, monkeypatch):
    from tests.ui.conftest import audit_with_builtin

    other = audit_with_builtin(store, "phone.toml")
    shown_pane(qtbot, ctx, audit_id)
    reads: list[str] = []
    monkeypatch.setattr(pane_module, "history_rows", lambda *args: reads.append(args[1]) or [])
    first = store.audits.template(
        store.audits.visits(other)[0].template_id, store.audits.visits(other)[0].template_version
    ).items[0]
    ctx.run(SetAnswer(visit_id_of(store, other), first.id, "yes"))
    assert reads == []


def test_filter_by_text_and_changes_after_completion_from_the_keyboard(qtbot, ctx, store, audit_id):
    visit_id = visit_id_of(store, audit_id)
    pane = shown_pane(qtbot, ctx, audit_id)
    complete_with_a_late_change(ctx, visit_id)
    with qtbot.waitActive(pane):  # shortcuts only reach an active window
        pane.activateWindow()
    pane.table.setFocus()
    qtbot.keyClick(pane.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is pane.filter
    qtbot.keyClicks(pane.filter, "tone")
    assert [(r[4], r[6], r[7]) for r in table(pane)] == [
        ("2. Tone of voice", "", "4/5"),
        ("2. Tone of voice", "4/5", "2/5"),
        ("2. Tone of voice", "", "Flat voice after all"),
    ]
    assert pane.summary.text() == "Changes shown: 3 of 8"
    qtbot.keyClick(pane.filter, Qt.Key.Key_Escape)
    assert (pane.filter.text(), pane.model.rowCount()) == ("", 8)
    pane.late_only.setChecked(True)
    assert [(r[4], r[5]) for r in table(pane)] == [
        ("2. Tone of voice", "Answer"),
        ("2. Tone of voice", "Note"),
    ]
    qtbot.keyClicks(pane.filter, "FLAT")  # any case, any column
    assert [(r[5], r[7]) for r in table(pane)] == [("Note", "Flat voice after all")]
    assert pane.summary.text() == "Changes shown: 1 of 8"


def test_tooltips_give_the_full_text_escaped(qtbot, ctx, store, audit_id):
    visit_id = visit_id_of(store, audit_id)
    note = "<b>Rude</b> & slow. " + "The receptionist kept me waiting. " * 10
    pane = shown_pane(qtbot, ctx, audit_id)
    ctx.run(SetAnswer(visit_id, "remarks", note))
    row = table(pane)[0]  # the answer (then the audit starts: a status row)
    assert row[7].endswith("\u2026") and len(row[7]) <= 80
    tip = pane.model.index(0, HistoryModel.AFTER).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;Rude&lt;/b&gt; &amp; slow." in tip and "<b>Rude" not in tip
    assert tip.count("The receptionist kept me waiting.") == 10


def test_copy_puts_the_selected_rows_on_the_clipboard(qtbot, ctx, store, audit_id):
    visit_id = visit_id_of(store, audit_id)
    pane = shown_pane(qtbot, ctx, audit_id)
    ctx.run(SetAnswer(visit_id, "tone", 3))
    with qtbot.waitActive(pane):
        pane.activateWindow()
    pane.table.setFocus()
    pane.table.selectRow(0)
    qtbot.keyClick(pane.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    when = pane.model.row_at(0).when
    assert QApplication.clipboard().text() == "\t".join(
        [when, "Anna", "laptop-anna", CALL, "2. Tone of voice", "Answer", "", "3/5"]
    )


def test_another_audit_replaces_the_rows_and_none_empties_them(qtbot, ctx, store, audit_id):
    visit_id = visit_id_of(store, audit_id)
    pane = shown_pane(qtbot, ctx, audit_id)
    ctx.run(SetAnswer(visit_id, "tone", 3))
    assert pane.model.rowCount() == 2
    pane.set_audit(None)
    assert (table(pane), pane.summary.text()) == ([], "Changes: 0")
