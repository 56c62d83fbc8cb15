"""The Waves dialog (add, edit, delete a client's waves, undone from the window) and the heatmap's
row order, in the real window with a real workspace."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from auditor.commands import AddClient
from auditor.model import Client
from tests.ui.conftest import make_ctx
from tests.ui.programme_helpers import small_programme
from tests.ui.test_small_screens import SIZE, squeezed
from ui.mainwindow.window import MainWindow
from ui.programme.heat_page import QUESTIONNAIRE, WORST_FIRST
from ui.programme.view import ProgrammeView
from ui.programme.waves import WaveDialog, WavesDialog
from ui.widgets import messages
from ui.widgets.theme import STYLE_SHEET


@pytest.fixture
def shown_errors(monkeypatch) -> list[tuple[str, str]]:
    """Collect the error boxes the dialog shows instead of blocking on them."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "error", lambda _parent, title, text: shown.append((title, text)))
    return shown


@pytest.fixture
def form_answers(monkeypatch) -> list[dict]:
    """Make the wave form, when opened, take the next answers and press OK (no modal loop).

    Each entry holds the label to type and the dates to choose (None: left empty with Del); the
    form as it opened (title, label, from, to) is added to `form_answers.opened`.
    """
    answers: list[dict] = []
    opened.clear()

    def run(dialog: WaveDialog) -> int:
        opened.append(
            (dialog.windowTitle(), dialog.label.text(), dialog.starts.value(), dialog.ends.value())
        )
        answer = answers.pop(0)
        if "label" in answer:
            dialog.label.selectAll()
            dialog.label.setFocus()
            QApplication.processEvents()
            dialog.label.setText(answer["label"])
        for field, key in ((dialog.starts, "starts"), (dialog.ends, "ends")):
            if key in answer:
                if answer[key] is None:
                    QTest.keyClick(field, Qt.Key.Key_Delete)
                else:
                    field.set_value(answer[key])
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(WaveDialog, "exec", run)
    return answers


opened: list[tuple] = []  # the forms form_answers filled, as they opened


def rows(dialog: WavesDialog) -> list[list[str]]:
    table = dialog.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def new_client(ctx, name: str = "Ottica Bellavista") -> str:
    ctx.run(AddClient(Client(name=name)))
    return next(c.id for c in ctx.store.clients.all() if c.name == name)


# --- the Waves dialog -------------------------------------------------------------------------


def test_waves_are_added_edited_and_deleted_from_the_keyboard(qtbot, ctx, store, form_answers):
    client_id = new_client(ctx)
    dialog = WavesDialog(ctx, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.waitActive(dialog):  # shortcuts reach the active window only
        dialog.activateWindow()
    assert dialog.table.rowCount() == 0 and dialog.count.text() == "No waves yet."
    assert not dialog.edit_button.isEnabled() and not dialog.delete_button.isEnabled()

    # Ins: the form of a new wave.
    form_answers.append({"label": "Q1 2026", "starts": date(2026, 1, 5), "ends": date(2026, 3, 31)})
    qtbot.keyClick(dialog.table, Qt.Key.Key_Insert)
    form_answers.append({"label": "Q2 2026", "starts": date(2026, 4, 1), "ends": None})
    dialog.add_button.click()
    stored = store.waves.for_client(client_id)
    assert [(w.label, w.starts_on, w.ends_on) for w in stored] == [
        ("Q1 2026", date(2026, 1, 5), date(2026, 3, 31)),
        ("Q2 2026", date(2026, 4, 1), None),
    ]
    assert stored[0].position < stored[1].position
    # The list follows the store, in programme order, and selects the wave just added.
    assert rows(dialog) == [
        ["Q1 2026", "2026-01-05", "2026-03-31", "0"],
        ["Q2 2026", "2026-04-01", "", "0"],
    ]
    assert dialog.count.text() == "2 waves"
    assert dialog.current_wave() == stored[1].id

    # Enter on the first row: its form, with the label and the dates as stored.
    dialog.table.selectRow(0)
    dialog.table.setFocus()
    form_answers.append({"label": "Spring 2026", "ends": date(2026, 4, 15)})
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    # One form, the row's (Enter does not also press the dialog's first button, Add).
    assert len(opened) == 3 and form_answers == []
    assert opened[0][:2] == ("New wave", "Wave 1")
    assert opened[2] == ("Edit wave", "Q1 2026", date(2026, 1, 5), date(2026, 3, 31))
    edited = store.waves.get(stored[0].id)
    assert (edited.label, edited.starts_on, edited.ends_on) == (
        "Spring 2026",
        date(2026, 1, 5),
        date(2026, 4, 15),
    )
    assert rows(dialog)[0] == ["Spring 2026", "2026-01-05", "2026-04-15", "0"]

    # Del on the list: the selected wave goes.
    dialog.table.selectRow(1)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert [w.label for w in store.waves.for_client(client_id)] == ["Spring 2026"]
    assert rows(dialog) == [["Spring 2026", "2026-01-05", "2026-04-15", "0"]]
    assert dialog.count.text() == "1 wave"


def test_the_form_refuses_what_the_core_refuses_and_stores_nothing(qtbot, ctx, store):
    client_id = new_client(ctx)
    form = WaveDialog(ctx, client_id)
    qtbot.addWidget(form)
    # A new wave is offered a label and this month's dates.
    assert form.label.text() == "Wave 1" and form.starts.value() == date.today()
    form.label.setText("   ")
    form.accept()
    assert form.error.text() == "A wave needs a label." and not form.error.isHidden()
    form.label.setText("Q1")
    form.starts.set_value(date(2026, 3, 1))
    form.ends.set_value(date(2026, 1, 1))
    form.accept()
    assert form.result() != QDialog.DialogCode.Accepted
    assert (
        form.error.text() == "wave \u201cQ1\u201d ends (2026-01-01) before it starts (2026-03-01)"
    )
    assert store.waves.for_client(client_id) == []
    # An edit that changes nothing leaves nothing to undo.
    form.ends.set_value(None)
    form.accept()
    [wave] = store.waves.for_client(client_id)
    assert wave.ends_on is None
    undo_label = ctx.editor.undo_label()
    same = WaveDialog(ctx, client_id, wave)
    qtbot.addWidget(same)
    same.accept()
    assert same.result() == QDialog.DialogCode.Accepted and ctx.editor.undo_label() == undo_label


@pytest.mark.parametrize("lang", ["en", "it"])
def test_a_wave_with_audits_is_not_deleted_and_the_reason_is_shown(
    qtbot, store, lang, shown_errors
):
    made = small_programme(store)
    ctx = make_ctx(store, lang)
    dialog = WavesDialog(ctx, made.client_id)
    qtbot.addWidget(dialog)
    assert [row[0] for row in rows(dialog)] == ["Q1 2026", "Q2 2026"]
    assert [row[3] for row in rows(dialog)] == ["4", "4"]  # the audits of each wave
    dialog.table.selectRow(0)
    dialog.delete_button.click()
    assert shown_errors == [
        {
            "en": (
                "Wave not deleted",
                "wave \u201cQ1 2026\u201d has 4 audits; it cannot be deleted",
            ),
            "it": (
                "Ondata non eliminata",
                "l\u2019ondata \u201cQ1 2026\u201d ha 4 audit; non si può eliminare",
            ),
        }[lang]
    ]
    assert [w.id for w in store.waves.for_client(made.client_id)] == made.waves
    assert len(store.audits.all()) == 8
    assert [row[0] for row in rows(dialog)] == ["Q1 2026", "Q2 2026"]


def test_ctrl_z_in_the_window_undoes_the_dialogs_changes(
    qtbot, store, settings, form_answers, monkeypatch
):
    window = MainWindow(make_ctx(store), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    ctx = window.context
    client_id = new_client(ctx)
    # The menu holds the dialog next to Clients and locations.
    names = [a.objectName() for a in window.actions.menus["programme"].actions()]
    assert names[names.index("locations") + 1] == "waves"
    shown: list[WavesDialog] = []
    monkeypatch.setattr(WavesDialog, "exec", lambda self: shown.append(self) or 0)
    window.actions["waves"].trigger()
    [dialog] = shown
    assert dialog.client_id == client_id
    qtbot.addWidget(dialog)

    form_answers.append({"label": "Q1 2026"})
    form_answers.append({"label": "Q2 2026"})
    dialog.add()
    dialog.add()
    first, second = store.waves.for_client(client_id)
    dialog.table.selectRow(0)
    dialog.delete()
    assert [w.label for w in store.waves.for_client(client_id)] == ["Q2 2026"]
    dialog.close()

    with qtbot.waitActive(window):  # shortcuts reach the active window only
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    # The deleted wave is back, before the other one, as it was.
    assert [w.id for w in store.waves.for_client(client_id)] == [first.id, second.id]
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [w.label for w in store.waves.for_client(client_id)] == ["Q1 2026"]
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.waves.for_client(client_id) == []


# --- the heatmap's order ----------------------------------------------------------------------


def test_the_heatmap_puts_the_chains_worst_items_first_from_the_keyboard(qtbot, store):
    made = small_programme(store)
    view = ProgrammeView(make_ctx(store))
    qtbot.addWidget(view)
    view.resize(1000, 640)
    view.show()
    qtbot.waitExposed(view)
    with qtbot.waitActive(view):
        view.activateWindow()
    view.choose(made.client_id, made.waves[1])
    view.tabs.setCurrentIndex(1)
    page, canvas = view.heat_page, view.heatmap

    def items() -> list[str]:
        return [row.key.rsplit("/", 1)[-1] for row in canvas.data.rows]

    def rate(item: str, location: str) -> float | None:
        row = items().index(item)
        column = next(c for c, (i, _n) in enumerate(canvas.data.columns) if i == location)
        return canvas.data.rates.get((row, column))

    assert page.order.currentData() == QUESTIONNAIRE
    assert items() == ["answered", "tone", "greeting", "wait"]  # as the checklist asks them
    napoli, milano = made.locations["Napoli Web"], made.locations["Milano Centro"]
    assert (rate("answered", napoli), rate("answered", milano)) == (1.0, 0.0)
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Down)  # the current cell: tone, first location
    assert canvas.data.rows[canvas.current[0]].key.endswith("tone")

    # Alt+O reaches the order; Down chooses the chain's worst first.
    qtbot.keyClick(view, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert page.order.hasFocus()
    qtbot.keyClick(page.order, Qt.Key.Key_Down)
    assert page.order.currentData() == WORST_FIRST
    chain = [row.chain for row in canvas.data.rows]
    # Wave 2: tone failed in 2 of 4 visits, answered in 1 (Napoli), the others in none; ties keep
    # the questionnaire's order.
    assert items() == ["tone", "answered", "greeting", "wait"]
    assert chain[1] == 0.25 and chain == sorted(chain, reverse=True)
    # Each rate moved with its item, and the current cell stayed on the same item.
    assert (rate("answered", napoli), rate("answered", milano)) == (1.0, 0.0)
    assert canvas.data.rows[canvas.current[0]].key.endswith("tone")
    assert "Tone of voice" in view.heat_line.text()
    # Tab goes on to the map; another wave keeps the order chosen.
    qtbot.keyClick(page.order, Qt.Key.Key_Tab)
    assert canvas.hasFocus()
    view.choose(made.client_id, made.waves[0])
    assert view.wave_id == made.waves[0] and page.order.currentData() == WORST_FIRST
    chain = [row.chain for row in canvas.data.rows]
    assert len(chain) == 4 and chain == sorted(chain, reverse=True)
    # Wave 1: answered and tone each failed once in four visits; a tie keeps the checklist's order.
    assert chain == [0.25, 0.25, 0.0, 0.0] and items() == ["answered", "tone", "greeting", "wait"]
    page.set_order(QUESTIONNAIRE)
    assert items() == ["answered", "tone", "greeting", "wait"]


# --- languages and small screens --------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "it"])
def test_the_waves_dialog_fits_1024_by_700_in_both_languages(qtbot, store, settings, lang):
    app = QApplication.instance()
    app.setStyleSheet(STYLE_SHEET)
    try:
        made = small_programme(store)
        window = MainWindow(make_ctx(store, lang), settings)
        qtbot.addWidget(window)
        window.resize(*SIZE)
        window.show()
        qtbot.waitExposed(window)
        ctx = window.context
        listing = WavesDialog(ctx, made.client_id, window)
        form = WaveDialog(ctx, made.client_id, store.waves.get(made.waves[0]), window)
        for dialog in (listing, form):
            dialog.show()
            qtbot.waitExposed(dialog)
            hint = dialog.minimumSizeHint()
            assert hint.width() <= SIZE[0] and hint.height() <= SIZE[1], (type(dialog), hint)
            dialog.resize(min(dialog.width(), SIZE[0]), min(dialog.height(), SIZE[1]))
            qtbot.wait(10)
            assert squeezed(dialog) == [], type(dialog)
        expected = {
            "en": ("Waves", ["Wave", "From", "To", "Audits"], "Edit wave", "W&aves..."),
            "it": ("Ondate", ["Ondata", "Dal", "Al", "Audit"], "Modifica ondata", "On&date..."),
        }[lang]
        headers = [
            listing.table.horizontalHeaderItem(c).text() for c in range(listing.table.columnCount())
        ]
        assert (listing.windowTitle(), headers, form.windowTitle()) == expected[:3]
        assert window.actions["waves"].text() == expected[3]
        if lang == "it":
            assert rows(listing)[0][1] == "10/01/2026"  # dates as Italian tables write them
            assert listing.count.text() == "2 ondate"
    finally:
        app.setStyleSheet("")
