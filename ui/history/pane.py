"""The audit's History tab: every change, oldest first, who made it, where, and what it was before."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from auditor.audit_history import history_rows
from auditor.commands import Change
from auditor.errors import NotFoundError
from ui.context import AppContext
from ui.history.model import HistoryModel

log = logging.getLogger(__name__)

# Starting widths the auditor can drag; Before and After share what is left.
WIDTHS = {
    HistoryModel.WHEN: 130,
    HistoryModel.WHO: 120,
    HistoryModel.DEVICE: 100,
    HistoryModel.TOUCHPOINT: 170,
    HistoryModel.ITEM: 240,
    HistoryModel.WHAT: 190,
}


class HistoryPane(QWidget):
    """Every change of one audit as a table, with a text filter and 'after completion only'."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        _ = ctx.tr
        self.ctx = ctx
        self.audit_id: str | None = None
        self._stale = False  # the rows no longer match the store; reloaded when next shown
        self._first_load = True  # a new audit opens at its newest change
        self.model = HistoryModel(ctx.tr, self)

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(_("Filter the changes (Ctrl+F)"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setMinimumWidth(300)
        self.late_only = QCheckBox(_("Changes after completion only"))
        self.late_only.setToolTip(
            _("Only the changes made to a touchpoint after its visit was last completed.")
        )
        self.summary = QLabel()
        self.summary.setProperty("role", "muted")
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.table.verticalHeader()
        vertical.hide()
        # Fixed heights: with 10,000 rows the view never measures a row to lay itself out.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 14)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumSectionSize(60)
        for column, width in WIDTHS.items():
            header.resizeSection(column, width)
        for column in (HistoryModel.BEFORE, HistoryModel.AFTER):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

        top = QHBoxLayout()
        top.addWidget(self.filter)
        top.addWidget(self.late_only)
        top.addStretch(1)
        top.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.table)  # the tab opens on the list; Ctrl+F goes to the filter
        QWidget.setTabOrder(self.filter, self.late_only)
        QWidget.setTabOrder(self.late_only, self.table)

        self.filter.textChanged.connect(self._filter_changed)
        self.filter.returnPressed.connect(self.table.setFocus)
        self.late_only.toggled.connect(self._filter_changed)
        find = QShortcut(QKeySequence.StandardKey.Find, self, self._find)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.filter, self.filter.clear)
        clear.setContext(Qt.ShortcutContext.WidgetShortcut)
        copy = QShortcut(QKeySequence.StandardKey.Copy, self.table, self.copy_selection)
        copy.setContext(Qt.ShortcutContext.WidgetShortcut)
        ctx.events.changed.connect(self._changed)
        self._show_summary()

    # --- what the audit view calls ---------------------------------------------------------

    def set_audit(self, audit_id: str | None) -> None:
        """Show an audit's history (read now if the pane is shown, else when it is)."""
        self.audit_id = audit_id
        self._first_load = True
        self.model.set_rows([])  # never show the previous audit's changes, even for a moment
        self._show_summary()
        self._stale = audit_id is not None
        self._reload_if_shown()

    def set_read_only(self, read_only: bool) -> None:
        """Accept the audit view's call: the history is read-only whatever the audit's status."""

    # --- loading ---------------------------------------------------------------------------

    def _changed(self, change: Change) -> None:
        # While the pane is hidden a change costs a flag: typing in the runner reads nothing here.
        if self.audit_id is not None and self.audit_id in change.audits:
            self._stale = True
            self._reload_if_shown()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._reload_if_shown()

    def _reload_if_shown(self) -> None:
        if self._stale and self.isVisible():
            self.reload()

    def reload(self) -> None:
        """Read the audit's history again and show it, staying at the newest change if there."""
        self._stale = False
        bar = self.table.verticalScrollBar()
        at_end = self._first_load or bar.value() >= bar.maximum()
        kept = bar.value()
        rows = []
        if self.audit_id is not None:
            try:
                rows = history_rows(self.ctx.store, self.audit_id, self.ctx.lang)
            except NotFoundError:  # the audit was deleted (an undone creation): nothing to show
                rows = []
        self.model.set_rows(rows)
        self._first_load = False
        if at_end:
            self.table.scrollToBottom()
        else:
            bar.setValue(kept)
        self._show_summary()

    # --- filtering and copying -------------------------------------------------------------

    def _find(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    def _filter_changed(self) -> None:
        self.model.set_filter(self.filter.text(), self.late_only.isChecked())
        self.table.scrollToBottom()
        self._show_summary()

    def _show_summary(self) -> None:
        _ = self.ctx.tr
        shown, total = self.model.rowCount(), self.model.total()
        if shown == total:
            self.summary.setText(_("Changes: {count}").format(count=total))
        else:
            self.summary.setText(
                _("Changes shown: {shown} of {count}").format(shown=shown, count=total)
            )

    def copy_selection(self) -> None:
        """Copy the selected rows as tab-separated text (full texts, for a message or a sheet)."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows:
            return
        lines = []
        for number in rows:
            row = self.model.row_at(number)
            fields = (
                row.when,
                row.who,
                row.device,
                row.touchpoint,
                row.item_full,
                row.what,
                row.before_full,
                row.after_full,
            )
            lines.append("\t".join(" ".join(f.split()) for f in fields))
        QApplication.clipboard().setText("\n".join(lines))
