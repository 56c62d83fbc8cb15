"""A thin table model over an audit's history rows (auditor.audit_history), filtered in place."""

from __future__ import annotations

import html
import logging
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from auditor.audit_history import HistoryRow
from auditor.i18n import Translate

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
TOOLTIP_LIMIT = 2000  # a 200,000-character note would make a tooltip the size of the screen

# The HistoryRow fields each column shows, and the full text its tooltip shows.
SHOWN = ("when", "who", "device", "touchpoint", "item", "what", "before", "after")
FULL = ("when", "who", "device", "touchpoint", "item_full", "what", "before_full", "after_full")


def tooltip(text: str) -> str:
    """Return text as a tooltip that wraps (rich text) and shows it literally (escaped)."""
    if len(text) > TOOLTIP_LIMIT:
        text = text[: TOOLTIP_LIMIT - 1] + "\u2026"
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


class HistoryModel(QAbstractTableModel):
    """One row per change, oldest first: When, Who, Device, Touchpoint, Item, What, Before, After."""

    WHEN, WHO, DEVICE, TOUCHPOINT, ITEM, WHAT, BEFORE, AFTER = range(8)

    def __init__(self, tr: Translate, parent: Any = None):
        super().__init__(parent)
        _ = tr
        self._headers = [
            _("When"),
            _("Who"),
            _("Device"),
            _("Touchpoint"),
            _("Item"),
            _("What"),
            _("Before"),
            _("After"),
        ]
        self._all: list[HistoryRow] = []
        self._rows: list[HistoryRow] = []  # the rows the filter lets through
        self._text = ""
        self._after_completion_only = False
        self._haystacks: list[str] | None = None  # lower-cased row texts, made on the first filter

    # --- contents -------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[HistoryRow]) -> None:
        """Replace the rows (one reset: 10,000 rows cost one pass of the filter, no per-row calls)."""
        self.beginResetModel()
        self._all = list(rows)
        self._haystacks = None
        self._rows = self._filtered()
        self.endResetModel()

    def set_filter(self, text: str, after_completion_only: bool) -> None:
        """Show only the rows containing `text` (any column, any case), and maybe only late ones."""
        text = text.strip().casefold()
        if (text, after_completion_only) == (self._text, self._after_completion_only):
            return
        self.beginResetModel()
        self._text, self._after_completion_only = text, after_completion_only
        self._rows = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[HistoryRow]:
        late = self._after_completion_only
        if not self._text:
            return [r for r in self._all if r.after_completion] if late else list(self._all)
        if self._haystacks is None:
            # Made once per load, on the first search: typing more letters only scans them.
            self._haystacks = [
                "\n".join(getattr(r, name) for name in FULL).casefold() for r in self._all
            ]
        needle = self._text
        return [
            r
            for r, hay in zip(self._all, self._haystacks, strict=True)
            if needle in hay and (r.after_completion or not late)
        ]

    def rows(self) -> list[HistoryRow]:
        """Return the rows shown, oldest first."""
        return list(self._rows)

    def total(self) -> int:
        """Return how many rows the history holds, shown or not."""
        return len(self._all)

    def row_at(self, row: int) -> HistoryRow:
        """Return the history row shown at `row`."""
        return self._rows[row]

    # --- Qt --------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(SHOWN)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return getattr(row, SHOWN[index.column()])
        if role == Qt.ItemDataRole.ToolTipRole:
            text = getattr(row, FULL[index.column()])
            return tooltip(text) if text else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None
