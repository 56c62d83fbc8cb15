"""The programme in the window: locations, the programme view, wave audits, duplicate, export."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from auditor.commands import AddClient
from auditor.model import Client
from tests.ui.conftest import make_ctx
from tests.ui.programme_helpers import small_programme
from ui.locations.dialogs import LocationDialog, LocationsDialog
from ui.mainwindow.window import MainWindow
from ui.programme import view as view_module
from ui.programme.controller import ProgrammeController
from ui.programme.duplicate import DuplicateAuditDialog
from ui.programme.league import DOWN, UP
from ui.programme.view import ProgrammeView
from ui.programme.wave_audits import NEW_WAVE, WaveAuditsDialog
from ui.widgets import messages


@pytest.fixture
def shown_errors(monkeypatch) -> list[tuple[str, str]]:
    """Collect the error boxes the window shows instead of blocking on them."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "error", lambda _parent, title, text: shown.append((title, text)))
    return shown


def client_id_of(ctx, name: str = "Caffè Aurora") -> str:
    ctx.run(AddClient(Client(name=name)))
    return next(c.id for c in ctx.store.clients.all() if c.name == name)


def column_texts(view: ProgrammeView, key: str) -> list[str]:
    column = view.model.column_of(key)
    return [view.model.index(r, column).data() for r in range(view.model.rowCount())]


# --- locations ---------------------------------------------------------------------------------


def test_locations_are_added_and_edited_through_the_dialog(qtbot, ctx, store):
    client_id = client_id_of(ctx)
    listing = LocationsDialog(ctx, client_id)
    qtbot.addWidget(listing)
    assert listing.table.rowCount() == 0 and listing.count.text() == "No locations yet."

    dialog = LocationDialog(ctx, client_id, parent=listing)
    qtbot.keyClicks(dialog.name, "Verona Porta Nuova")
    qtbot.keyClicks(dialog.code, "VR-012")
    qtbot.keyClicks(dialog.address, "Corso Porta Nuova 12")
    qtbot.keyClicks(dialog.city, "Verona")
    qtbot.keyClicks(dialog.region, "Veneto")
    dialog.channel.setCurrentIndex(dialog.channel.findData("phone"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted

    [stored] = store.locations.for_client(client_id)
    assert (stored.name, stored.code, stored.address, stored.city, stored.region) == (
        "Verona Porta Nuova",
        "VR-012",
        "Corso Porta Nuova 12",
        "Verona",
        "Veneto",
    )
    assert str(stored.channel) == "phone" and stored.active
    # The list follows the store through the change event.
    assert listing.table.rowCount() == 1
    assert [listing.table.item(0, c).text() for c in (0, 1, 5, 6)] == [
        "Verona Porta Nuova",
        "VR-012",
        "Phone",
        "yes",
    ]

    edit = LocationDialog(ctx, client_id, stored, parent=listing)
    assert edit.windowTitle() == "Edit location" and edit.name.text() == "Verona Porta Nuova"
    edit.active.setChecked(False)
    edit.city.clear()
    qtbot.keyClicks(edit.city, "Verona VR")
    qtbot.mouseClick(edit.ok_button, Qt.MouseButton.LeftButton)
    [edited] = store.locations.for_client(client_id)
    assert (edited.city, edited.active) == ("Verona VR", False)
    assert listing.table.item(0, 6).text() == "no"

    # A location needs a name: said in the dialog, nothing stored.
    empty = LocationDialog(ctx, client_id, parent=listing)
    qtbot.mouseClick(empty.ok_button, Qt.MouseButton.LeftButton)
    assert empty.error.isVisibleTo(empty) and "needs a name" in empty.error.text()
    assert len(store.locations.for_client(client_id)) == 1

    ctx.editor.undo()  # the edit
    ctx.editor.undo()  # the addition
    assert store.locations.for_client(client_id) == []
    assert listing.table.rowCount() == 0


def test_a_csv_with_a_bad_cell_is_refused_naming_the_cell_and_nothing_is_stored(
    qtbot, ctx, store, tmp_path, shown_errors
):
    client_id = client_id_of(ctx)
    listing = LocationsDialog(ctx, client_id)
    qtbot.addWidget(listing)
    bad = tmp_path / "negozi.csv"
    bad.write_text(
        "nome,codice,città,regione,canale\n"
        "Milano Centro,MI-01,Milano,Lombardia,store\n"
        "Torino Porta Susa,TO-02,Torino,Piemonte,shop\n",
        "utf-8",
    )
    assert listing.import_path(bad) == 0
    [(title, text)] = shown_errors
    assert title == "Locations not imported"
    assert "negozi.csv" in text and "E3" in text and "shop" in text
    assert store.locations.for_client(client_id) == []
    assert listing.table.rowCount() == 0

    good = tmp_path / "good.csv"
    good.write_text(
        "name,code,city,region,channel\n"
        "Milano Centro,MI-01,Milano,Lombardia,store\n"
        "Torino Porta Susa,TO-02,Torino,Piemonte,web\n",
        "utf-8",
    )
    assert listing.import_path(good) == 2
    assert sorted(loc.name for loc in store.locations.for_client(client_id)) == [
        "Milano Centro",
        "Torino Porta Susa",
    ]
    assert listing.table.rowCount() == 2 and listing.count.text() == "2 locations"


# --- the programme view ------------------------------------------------------------------------


def test_the_programme_view_ranks_compares_sorts_filters_and_opens(qtbot, store, settings):
    made = small_programme(store)
    ctx = make_ctx(store)
    window = MainWindow(ctx, settings)
    qtbot.addWidget(window)
    window.show()
    window.show_programme(made.client_id)
    view = window.programme_view
    assert window.pages.currentWidget() is view
    # The latest wave is shown, best first; changes against the first wave with their arrows.
    assert view.wave.currentText() == "Q2 2026"
    assert column_texts(view, "location") == [
        "Milano Centro",
        "Roma Termini",
        "Verona Porta Nuova",
        "Napoli Web",
    ]
    assert column_texts(view, "rank") == ["1", "2", "3", "4"]
    assert column_texts(view, "overall") == ["100.0", "92.9", "71.4", "35.7"]
    assert column_texts(view, "change") == [
        "\u25cf 0.0",
        f"{UP} +50.0",
        f"{DOWN} \u221214.3",
        f"{DOWN} \u221235.7",
    ]
    assert column_texts(view, "critical")[3].endswith("critical failure")
    assert view.chain_label.text() == "Chain average: 75.0"
    assert view.trend.labels == ["Q1 2026", "Q2 2026"]
    assert list(view.trend.series[0].values) == [75.0, 75.0]

    # Sorting by a column: the model's own sort, empty values last.
    overall = view.model.column_of("overall")
    view.table.horizontalHeader().setSortIndicator(overall, Qt.SortOrder.AscendingOrder)
    assert column_texts(view, "location")[0] == "Napoli Web"
    change = view.model.column_of("change")
    view.table.sortByColumn(change, Qt.SortOrder.DescendingOrder)
    assert column_texts(view, "location")[:2] == ["Roma Termini", "Milano Centro"]

    # The first wave: no change yet.
    view.wave.setCurrentIndex(view.wave.findText("Q1 2026"))
    assert column_texts(view, "change") == ["", "", "", ""]

    # Filter by region: ranks and the chain average are those of the region's locations.
    view.wave.setCurrentIndex(view.wave.findText("Q2 2026"))
    view.set_filters(region="Nord")
    assert view.region.currentText() == "Nord"
    assert sorted(zip(column_texts(view, "rank"), column_texts(view, "location"), strict=True)) == [
        ("1", "Milano Centro"),
        ("2", "Verona Porta Nuova"),
    ]
    assert view.chain_label.text() == "Chain average: 85.7"
    view.set_filters(region="Nord", channel="web")
    assert column_texts(view, "location") == []
    view.set_filters(channel="web")
    assert column_texts(view, "location") == ["Napoli Web"]
    view.set_filters()
    assert view.model.rowCount() == 4

    # The heatmap: items by locations, the fail rates in words under it.
    view.tabs.setCurrentIndex(1)
    heat = view.heatmap.data
    assert [row.label for row in heat.rows][:1] == ["Phone call \u00b7 Did anyone answer?"]
    napoli = [name for _id, name in heat.columns].index("Napoli Web")
    assert heat.rates[(0, napoli)] == 1.0
    assert heat.rows[0].chain == 0.25
    view.heatmap.setFocus()
    qtbot.keyClick(view.heatmap, Qt.Key.Key_Right)
    assert "Did anyone answer?" in view.heat_line.text() and "failed" in view.heat_line.text()
    view.tabs.setCurrentIndex(0)

    # Enter on a row opens its audit; back returns to the programme.
    view.table.setFocus()
    row = column_texts(view, "location").index("Roma Termini")
    view.table.setCurrentIndex(view.model.index(row, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    if window.pages.currentWidget() is view:  # styles that do not activate on Enter
        view.table.doubleClicked.emit(view.model.index(row, 0))
    assert window.pages.currentWidget() is window.audit_view
    assert window.audit_view.audit_id == made.audits[("Roma Termini", 1)]
    window.audit_view.back_requested.emit()
    assert window.pages.currentWidget() is view


def test_the_programme_follows_answers_typed_in_the_window(qtbot, store):
    made = small_programme(store)
    ctx = make_ctx(store)
    view = ProgrammeView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.choose(made.client_id)
    assert column_texts(view, "location")[-1] == "Napoli Web"
    from auditor.commands import SetAnswer

    [visit] = store.audits.visits(made.audits[("Napoli Web", 1)])
    ctx.run(SetAnswer(visit.id, "answered", "yes"))
    ctx.run(SetAnswer(visit.id, "tone", 5))

    def napoli_rank() -> str:
        return column_texts(view, "rank")[column_texts(view, "location").index("Napoli Web")]

    qtbot.waitUntil(lambda: napoli_rank() == "1", timeout=3000)  # tied with Milano at 100


def test_the_programme_is_computed_off_the_gui_thread(qtbot, store, monkeypatch):
    from ui.tasks import TaskRunner

    made = small_programme(store)
    ctx = make_ctx(store)
    ctx.tasks = TaskRunner()
    seen = []
    real = view_module.compute

    def spy(*args, **kwargs):
        import threading

        seen.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(view_module, "compute", spy)
    view = ProgrammeView(ctx)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.ready, timeout=5000):
        view.choose(made.client_id)
        assert view.busy.isVisibleTo(view)  # the page says it is working
    assert seen == [False]
    assert view.model.rowCount() == 4 and not view.busy.isVisibleTo(view)
    ctx.tasks.wait()


# --- new wave audits, duplicate ------------------------------------------------------------------


def test_new_wave_audits_are_created_in_one_step_and_undone_in_one(qtbot, store):
    made = small_programme(store)
    ctx = make_ctx(store)
    before = len(store.audits.all())
    dialog = WaveAuditsDialog(ctx, made.client_id)
    qtbot.addWidget(dialog)
    assert dialog.wave.currentData() == NEW_WAVE and dialog.label.text() == "Wave 3"
    dialog.label.setText("Q3 2026")
    # Leave one location out.
    row = next(
        r
        for r in range(dialog.locations.count())
        if dialog.locations.item(r).text().startswith("Napoli")
    )
    dialog.locations.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.chosen.text() == "3 locations chosen"
    qtbot.keyClicks(dialog.auditor, "Giulia")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    wave = store.waves.find(made.client_id, "Q3 2026")
    assert wave is not None
    new = [a for a in store.audits.all() if a.wave_id == wave.id]
    assert len(new) == 3 and sorted(dialog.created) == sorted(a.id for a in new)
    assert {a.auditor for a in new} == {"Giulia"}
    assert made.locations["Napoli Web"] not in {a.location_id for a in new}
    assert ctx.editor.undo_label() == "New wave audits"

    ctx.editor.undo()
    assert len(store.audits.all()) == before
    assert store.waves.find(made.client_id, "Q3 2026") is None
    ctx.editor.redo()
    assert len(store.audits.all()) == before + 3


def test_an_existing_wave_gets_the_audits_it_misses_and_says_when_none(qtbot, store):
    made = small_programme(store)
    ctx = make_ctx(store)
    dialog = WaveAuditsDialog(ctx, made.client_id, made.waves[0])
    qtbot.addWidget(dialog)
    assert dialog.wave.currentData() == made.waves[0] and not dialog.new_wave.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "already has its audit" in dialog.error.text()


def test_duplicate_an_audit_to_another_wave_from_the_list(qtbot, store, settings, monkeypatch):
    made = small_programme(store)
    ctx = make_ctx(store)
    source = made.audits[("Milano Centro", 1)]
    dialog = DuplicateAuditDialog(ctx, source)
    qtbot.addWidget(dialog)
    assert dialog.location.currentData() == made.locations["Milano Centro"]
    dialog.location.setCurrentIndex(dialog.location.findData(made.locations["Roma Termini"]))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    copy = store.audits.get(dialog.created)
    assert copy.title == "Milano Centro - Q2 2026 (copy)"
    assert copy.location_id == made.locations["Roma Termini"] and copy.wave_id is None
    assert [v.template_id for v in store.audits.visits(copy.id)] == ["mini"]
    assert store.answers.for_visit(store.audits.visits(copy.id)[0].id) == {}

    # From the window: the audits list's context menu asks the window, which opens the copy.
    window = MainWindow(ctx, settings)
    qtbot.addWidget(window)
    opened = []

    class Accepting:
        def __init__(self, _ctx, audit_id, _parent):
            self.created = f"copy-of-{audit_id}"

        def exec(self):
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr("ui.programme.duplicate.DuplicateAuditDialog", Accepting)
    monkeypatch.setattr(window, "open_audit", opened.append)
    window.programme.open_requested.disconnect()
    window.programme.open_requested.connect(window.open_audit)
    window.audits.duplicate_requested.emit(source)
    assert opened == [f"copy-of-{source}"]


# --- export ------------------------------------------------------------------------------------


def test_export_writes_tables_openpyxl_reads(qtbot, store, tmp_path):
    made = small_programme(store)
    ctx = make_ctx(store)
    controller = ProgrammeController(ctx, None)  # type: ignore[arg-type]
    statuses = []
    controller.status.connect(statuses.append)
    controller.export_to(made.client_id, None, "xlsx", tmp_path / "aurora", "en")
    [path] = controller.exported
    assert path == tmp_path / "aurora.xlsx"
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["audits", "answers", "findings"]
    audits = list(book["audits"].iter_rows(values_only=True))
    assert len(audits) == 1 + 8
    header = audits[0]
    overall = header.index("overall")
    assert all(isinstance(row[overall], float | int) for row in audits[1:])
    assert statuses[-1] == "Exported: aurora.xlsx"

    controller.export_to(made.client_id, made.waves[1], "csv", tmp_path / "q2.csv", "it")
    names = sorted(p.name for p in controller.exported)
    assert names == ["q2-answers.csv", "q2-audits.csv", "q2-findings.csv"]
    assert len((tmp_path / "q2-audits.csv").read_text("utf-8-sig").splitlines()) == 1 + 4


# --- languages, small screens, keyboard --------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "it"])
def test_the_programme_window_speaks_both_languages(qtbot, store, lang):
    made = small_programme(store)
    ctx = make_ctx(store, lang)
    view = ProgrammeView(ctx)
    qtbot.addWidget(view)
    view.choose(made.client_id)
    heading = view.model.headerData(view.model.column_of("overall"), Qt.Orientation.Horizontal)
    assert heading == {"en": "Overall", "it": "Complessivo"}[lang]
    for dialog in (
        WaveAuditsDialog(ctx, made.client_id),
        DuplicateAuditDialog(ctx, made.audits[("Milano Centro", 0)]),
        LocationsDialog(ctx, made.client_id),
    ):
        qtbot.addWidget(dialog)
        assert (
            dialog.windowTitle()
            == {
                "en": {
                    WaveAuditsDialog: "New wave audits",
                    DuplicateAuditDialog: "Duplicate audit",
                    LocationsDialog: "Clients and locations",
                },
                "it": {
                    WaveAuditsDialog: "Nuovi audit dell'ondata",
                    DuplicateAuditDialog: "Duplica audit",
                    LocationsDialog: "Clienti e punti vendita",
                },
            }[lang][type(dialog)]
        )
    if lang == "it":
        assert view.chain_label.text() == "Media della catena: 75,0"


@pytest.mark.parametrize("lang", ["en", "it"])
def test_the_programme_view_and_its_dialogs_fit_1024_by_700(qtbot, store, settings, lang):
    from tests.ui.test_small_screens import SIZE, squeezed
    from ui.widgets.theme import STYLE_SHEET

    qtbot_app = __import__("PySide6.QtWidgets", fromlist=["QApplication"]).QApplication.instance()
    qtbot_app.setStyleSheet(STYLE_SHEET)
    try:
        made = small_programme(store)
        window = MainWindow(make_ctx(store, lang), settings)
        qtbot.addWidget(window)
        window.resize(*SIZE)
        window.show()
        qtbot.waitExposed(window)
        window.show_programme(made.client_id)
        view = window.programme_view
        for tab in (0, 1):
            view.tabs.setCurrentIndex(tab)
            qtbot.wait(20)
            hint = view.minimumSizeHint()
            assert hint.width() <= SIZE[0] and hint.height() <= SIZE[1] - 60, (tab, hint)
            assert (window.width(), window.height()) == SIZE
            assert squeezed(view) == [], tab
        ctx = window.context
        for dialog in (
            WaveAuditsDialog(ctx, made.client_id, parent=window),
            DuplicateAuditDialog(ctx, made.audits[("Milano Centro", 0)], window),
            LocationsDialog(ctx, made.client_id, window),
            LocationDialog(ctx, made.client_id, parent=window),
        ):
            dialog.show()
            qtbot.waitExposed(dialog)
            hint = dialog.minimumSizeHint()
            assert hint.width() <= SIZE[0] and hint.height() <= SIZE[1], (type(dialog), hint)
            dialog.resize(min(dialog.width(), SIZE[0]), min(dialog.height(), SIZE[1]))
            qtbot.wait(10)
            assert squeezed(dialog) == [], type(dialog)
            dialog.close()
    finally:
        qtbot_app.setStyleSheet("")


def test_the_programme_view_works_from_the_keyboard(qtbot, store, settings):
    made = small_programme(store)
    window = MainWindow(make_ctx(store), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitActive(window):  # shortcuts reach the active window only
        window.activateWindow()
    window.actions["programme"].trigger()  # Ctrl+Shift+P
    view = window.programme_view
    assert window.pages.currentWidget() is view
    assert window.actions["programme"].shortcut().toString() == "Ctrl+Shift+P"
    view.choose(made.client_id)
    # Tab order: client, wave, region, channel, the tabs, the table.
    view.client.setFocus()
    order = [view.client]
    for _ in range(5):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        order.append(window.focusWidget())
    tabs = view.tabs.tabBar()
    assert order == [view.client, view.wave, view.region, view.channel, tabs, view.table]
    # Down then Enter opens the second row's audit; Escape on the page goes back to the list.
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    second = view.model.index(view.table.currentIndex().row(), 0).data(Qt.ItemDataRole.UserRole + 1)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    if window.pages.currentWidget() is view:  # platforms whose style does not activate on Enter
        view.table.activated.emit(view.table.currentIndex())
    assert window.audit_view.audit_id == second
    window.show_programme()
    qtbot.keyClick(view.table, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.audits
