"""The audits list: search field plus a sortable table; Enter or double-click opens an audit."""

from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from auditor.commands import AUDITS, CLIENTS, Change
from auditor.errors import NotFoundError
from auditor.service import summaries, summary
from ui.audits.model import ID_ROLE, AuditFilterModel, AuditListModel
from ui.context import AppContext

log = logging.getLogger(__name__)


class AuditListPane(QWidget):
    """Every audit of the workspace, searchable and sortable."""

    open_requested = Signal(str)  # audit id
    duplicate_requested = Signal(str)  # audit id: the context menu's "Duplicate audit..."
    count_changed = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        _ = ctx.tr
        self.ctx = ctx
        self.model = AuditListModel(ctx.tr, ctx.lang, self)
        self.proxy = AuditFilterModel(self)
        self.proxy.setSourceModel(self.model)

        title = QLabel(_("Audits"))
        title.setProperty("role", "title")
        self.search = QLineEdit()
        self.search.setPlaceholderText(_("Search client, audit or status (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(340)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(36)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AuditListModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.search)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

        self.search.textChanged.connect(self.proxy.set_search)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        # The context menu (right click, the Menu key or Shift+F10) acts on the selected audit.
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        ctx.events.audits_changed.connect(self.refresh)
        ctx.events.changed.connect(self._changed)
        self.refresh()
        self.table.sortByColumn(AuditListModel.DATE, Qt.SortOrder.DescendingOrder)

    def refresh(self) -> None:
        """Reload the rows from the store."""
        self.model.set_summaries(summaries(self.ctx.store))
        self.count_changed.emit(self.model.rowCount())

    def _changed(self, change: Change) -> None:
        # A keypress in one audit re-reads that audit's row only: the cost stays the same with
        # 1 or 500 audits in the workspace.
        if change.concerns(AUDITS, CLIENTS):
            self.refresh()
            return
        for audit_id in change.audits:
            try:
                row = summary(self.ctx.store, audit_id, self.ctx.score(audit_id))
            except NotFoundError:
                self.refresh()
                return
            if not self.model.update_summary(row):
                self.refresh()
                return

    def current_audit(self) -> str | None:
        """Return the id of the selected audit, if any."""
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _context_menu(self, position: QPoint) -> None:
        from PySide6.QtWidgets import QMenu

        _ = self.ctx.tr
        index = self.table.indexAt(position)
        if index.isValid():
            self.table.setCurrentIndex(index)
        audit_id = self.current_audit()
        if not audit_id:
            return
        menu = QMenu(self)
        menu.addAction(_("&Open"), lambda: self.open_requested.emit(audit_id))
        menu.addAction(_("&Duplicate audit..."), lambda: self.duplicate_requested.emit(audit_id))
        menu.exec(self.table.viewport().mapToGlobal(position))

    def _activated(self, index: QModelIndex) -> None:
        audit_id = index.data(ID_ROLE)
        if audit_id:
            self.open_requested.emit(audit_id)
