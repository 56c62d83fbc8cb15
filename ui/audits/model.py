"""A thin table model over auditor.service.summaries, sorted and filtered by a proxy."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from auditor.i18n import Translate, score_text, short_date
from auditor.model import AuditSummary
from auditor.workflow import status_label
from ui.widgets import theme

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class AuditListModel(QAbstractTableModel):
    """One row per audit: client, title, date, status, completion, score, critical flag."""

    CLIENT, TITLE, DATE, STATUS, COMPLETION, SCORE, CRITICAL = range(7)

    def __init__(self, tr: Translate, lang: str, parent: Any = None):
        super().__init__(parent)
        _ = tr
        self._lang = lang
        self._rows: list[AuditSummary] = []
        self._headers = [
            _("Client"),
            _("Audit"),
            _("Visit date"),
            _("Status"),
            _("Completion"),
            _("Score"),
            _("Critical"),
        ]
        self._critical_text = _("critical failure")

    def set_summaries(self, rows: list[AuditSummary]) -> None:
        """Replace the rows (the list is small: a reset is simplest and keeps views honest)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def update_summary(self, summary: AuditSummary) -> bool:
        """Replace one audit's row (a change to one audit); False when it is not listed."""
        for row, current in enumerate(self._rows):
            if current.id == summary.id:
                self._rows[row] = summary
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
                return True
        return False

    def summary(self, row: int) -> AuditSummary:
        """Return the audit summary shown in a row."""
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == ID_ROLE:
            return row.id
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == self.CRITICAL
            and row.critical_failure
        ):
            return QColor(theme.CRITICAL)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.COMPLETION, self.SCORE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: AuditSummary, column: int) -> str:
        match column:
            case self.CLIENT:
                return row.client
            case self.TITLE:
                return row.title
            case self.DATE:
                return short_date(row.date, self._lang)
            case self.STATUS:
                return status_label(row.status, self._lang)
            case self.COMPLETION:
                return f"{row.completion:.0f}%"
            case self.SCORE:
                return "" if row.score is None else score_text(row.score, self._lang)
            case self.CRITICAL:
                return f"\u26a0 {self._critical_text}" if row.critical_failure else ""
        return ""

    def _sort_key(self, row: AuditSummary, column: int) -> Any:
        match column:
            case self.DATE:
                return row.date.isoformat() if row.date else ""
            case self.STATUS:
                return list(type(row.status)).index(row.status)
            case self.COMPLETION:
                return row.completion
            case self.SCORE:
                return -1.0 if row.score is None else row.score
            case self.CRITICAL:
                return int(row.critical_failure)
        return self._display(row, column).casefold()


class AuditFilterModel(QSortFilterProxyModel):
    """Sort by typed values and match the search text in client, title or status."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._words: list[str] = []

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        words = self._words
        if not words:
            return True
        model = self.sourceModel()
        text = " ".join(
            str(model.data(model.index(source_row, c, source_parent)) or "")
            for c in range(model.columnCount(source_parent))
        ).casefold()
        return all(word in text for word in words)

    def set_search(self, text: str) -> None:
        """Show only the audits whose row holds every word of `text`."""
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.10
            self.beginFilterChange()
            self._words = text.casefold().split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = text.casefold().split()
            self.invalidateRowsFilter()
