"""The side list of the runner: every item with its state, then the customer-metrics page."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from auditor.i18n import Translate, pick
from ui.runner.session import ItemState, VisitSession
from ui.widgets import theme
from ui.widgets.pixmaps import dot_icon

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
STATE_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_COLORS = {
    ItemState.OPEN: theme.OPEN,
    ItemState.ANSWERED: theme.OK,
    ItemState.PARTIAL: theme.WARN,
    ItemState.FAILED: theme.FAIL,
    ItemState.NA: theme.NA,
    ItemState.HIDDEN: theme.OPEN,
}


class ItemListModel(QAbstractListModel):
    """Rows 0..n-1 are the items; the last row is the metrics page."""

    def __init__(self, tr: Translate, lang: str, parent: Any = None):
        super().__init__(parent)
        _ = tr
        self._lang = lang
        self._session: VisitSession | None = None
        self._metrics_text = _("Customer metrics (NPS, CSAT, CES)")
        self._state_text = {
            ItemState.OPEN: _("unanswered"),
            ItemState.ANSWERED: _("answered"),
            ItemState.PARTIAL: _("partly met"),
            ItemState.FAILED: _("failed"),
            ItemState.NA: _("not applicable"),
            ItemState.HIDDEN: _("not asked (condition)"),
        }
        self._critical_text, self._mot_text = _("critical"), _("moment of truth")

    def set_session(self, session: VisitSession | None) -> None:
        """Show the items of a visit."""
        self.beginResetModel()
        self._session = session
        self.endResetModel()

    def refresh(self) -> None:
        """Repaint every row after the answers changed."""
        if self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))

    def metrics_row(self) -> int:
        """Return the row of the metrics page."""
        return len(self._session.items) if self._session else -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if parent.isValid() or self._session is None:
            return 0
        return len(self._session.items) + 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        # A row not asked stays listed (dimmed) so the numbers match the checklist and rows do
        # not jump when an answer hides or shows others; it cannot be selected, so clicks and
        # keys in the list pass it by as navigation does.
        session = self._session
        if session is not None and index.isValid() and session.is_hidden(index.row()):
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        session = self._session
        if session is None or not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row = index.row()
        if row == len(session.items):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._metrics_text
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            if role == Qt.ItemDataRole.DecorationRole:
                done = None not in (session.visit.nps, session.visit.csat, session.visit.ces)
                return dot_icon(theme.ACCENT if done else theme.OPEN)
            return None
        item = session.items[row]
        state = session.state(item)
        if role == Qt.ItemDataRole.DisplayRole:
            marks = ("\u2605 " if item.moment_of_truth else "") + (
                "\u203c " if item.critical else ""
            )
            text = f"{row + 1}. {marks}{pick(item.question, self._lang)}"
            if state == ItemState.HIDDEN:
                text += f" \u2014 {self._state_text[state]}"
            return text
        if state == ItemState.HIDDEN and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        if state == ItemState.HIDDEN and role == Qt.ItemDataRole.ForegroundRole:
            return QColor(theme.NA)
        if role == Qt.ItemDataRole.DecorationRole:
            return dot_icon(STATE_COLORS[state])
        if role == STATE_ROLE:
            return state.value
        if role == Qt.ItemDataRole.ForegroundRole and state == ItemState.FAILED:
            return QColor(theme.FAIL)
        if role == Qt.ItemDataRole.ToolTipRole:
            extra = [
                text
                for flag, text in (
                    (item.critical, self._critical_text),
                    (item.moment_of_truth, self._mot_text),
                )
                if flag
            ]
            return " \u00b7 ".join([self._state_text[state], *extra])
        return None
