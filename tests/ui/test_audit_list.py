"""The audits list model: a thin, well-behaved adapter over auditor.service.summaries."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from auditor.model import AuditStatus, AuditSummary
from auditor.service import summaries
from ui.audits.model import ID_ROLE, AuditFilterModel, AuditListModel
from ui.audits.pane import AuditListPane

ROWS = [
    AuditSummary(
        "a1",
        "Hotel Bellavista",
        "Booking journey",
        date(2026, 11, 9),
        AuditStatus.IN_PROGRESS,
        40.0,
        72.5,
        True,
    ),
    AuditSummary(
        "a2",
        "Caldaie Rossi",
        "Boiler service",
        date(2026, 10, 1),
        AuditStatus.DELIVERED,
        100.0,
        91.0,
        False,
    ),
    AuditSummary("a3", "Clinica Sole", "First visit", None, AuditStatus.DRAFT, 0.0, None, False),
]


def column(proxy, number):
    return [proxy.index(row, number).data() for row in range(proxy.rowCount())]


def test_the_model_passes_the_model_tester(qtmodeltester):
    model = AuditListModel(lambda s: s, "en")
    model.set_summaries(ROWS)
    qtmodeltester.check(model)
    proxy = AuditFilterModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)


def test_rows_show_every_field():
    model = AuditListModel(lambda s: s, "en")
    model.set_summaries(ROWS)
    assert [model.index(0, c).data() for c in range(7)] == [
        "Hotel Bellavista",
        "Booking journey",
        "2026-11-09",
        "in progress",
        "40%",
        "72.5",
        "\u26a0 critical failure",
    ]
    assert [model.index(2, c).data() for c in range(7)] == [
        "Clinica Sole",
        "First visit",
        "",
        "draft",
        "0%",
        "",
        "",
    ]
    assert model.index(1, 0).data(ID_ROLE) == "a2"


def test_italian_rows_write_scores_with_a_decimal_comma_and_dates_day_first():
    from auditor.i18n import translator

    model = AuditListModel(translator("it"), "it")
    model.set_summaries(ROWS)
    assert [model.index(row, 5).data() for row in range(3)] == ["72,5", "91,0", ""]
    assert [model.index(row, 2).data() for row in range(3)] == ["09/11/2026", "01/10/2026", ""]


def test_sorting_uses_values_not_text():
    model = AuditListModel(lambda s: s, "en")
    model.set_summaries(ROWS)
    proxy = AuditFilterModel()
    proxy.setSourceModel(model)
    proxy.sort(AuditListModel.SCORE, Qt.SortOrder.DescendingOrder)
    assert column(proxy, AuditListModel.SCORE) == ["91.0", "72.5", ""]
    proxy.sort(AuditListModel.DATE, Qt.SortOrder.AscendingOrder)
    assert column(proxy, AuditListModel.CLIENT) == [
        "Clinica Sole",
        "Caldaie Rossi",
        "Hotel Bellavista",
    ]


def test_search_matches_every_word_in_any_column():
    model = AuditListModel(lambda s: s, "en")
    model.set_summaries(ROWS)
    proxy = AuditFilterModel()
    proxy.setSourceModel(model)
    proxy.set_search("delivered")
    assert column(proxy, AuditListModel.CLIENT) == ["Caldaie Rossi"]
    proxy.set_search("hotel journey")
    assert column(proxy, AuditListModel.CLIENT) == ["Hotel Bellavista"]
    proxy.set_search("")
    assert proxy.rowCount() == 3


def test_the_pane_lists_the_store_and_opens_on_enter(qtbot, ctx, store, audit_id):
    pane = AuditListPane(ctx)
    qtbot.addWidget(pane)
    pane.show()
    assert pane.model.rowCount() == len(summaries(store)) == 1
    qtbot.keyClicks(pane.search, "nothing like this")
    assert pane.proxy.rowCount() == 0
    pane.search.clear()
    pane.table.setCurrentIndex(pane.proxy.index(0, 1))
    with qtbot.waitSignal(pane.open_requested) as blocker:
        qtbot.keyClick(pane.table, Qt.Key.Key_Return)
    assert blocker.args == [audit_id]
