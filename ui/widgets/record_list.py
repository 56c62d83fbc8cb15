"""The pieces every "records of a client" dialog shares: the client combo, the list, its keys.

The locations and the waves dialogs are the same shape (a client on top, a list of its records,
Add, Edit and Delete under it); these helpers keep them alike without a common base class.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def record_table(headers: Sequence[str], name: str) -> QTableWidget:
    """Return a read-only, one-row-at-a-time list whose first column takes the spare width."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setShowGrid(False)
    table.setTabKeyNavigation(False)  # Tab leaves the list for the buttons
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table


def show_records(
    table: QTableWidget,
    rows: Sequence[tuple[str, Sequence[str]]],
    selected: str | None,
    right_aligned: Iterable[int] = (),
) -> None:
    """Show (id, texts) rows, keeping the row of `selected` chosen (else the first)."""
    right = set(right_aligned)
    table.setRowCount(len(rows))
    chosen = False
    for row, (record_id, texts) in enumerate(rows):
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setData(ID_ROLE, record_id)
            if column in right:
                item.setTextAlignment(_RIGHT)
            table.setItem(row, column, item)
        if record_id == selected:
            table.selectRow(row)
            chosen = True
    if not chosen and rows:
        table.selectRow(0)


def selected_id(table: QTableWidget) -> str | None:
    """Return the id of the list's current row, if any."""
    item = table.item(table.currentRow(), 0) if table.rowCount() else None
    return item.data(ID_ROLE) if item is not None else None


class _EnterEdits(QObject):
    """Enter on the list edits its row, and goes no further.

    The list leaves Enter to its dialog once it has emitted `activated`, and the dialog then
    clicks its default button (Add, the first one): one keypress opened two forms.
    """

    def __init__(self, table: QTableWidget, edit: Callable[[], None]):
        super().__init__(table)
        self._edit = edit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self._edit()
            return True
        return False


def record_keys(
    dialog: QWidget,
    table: QTableWidget,
    add: Callable[[], None],
    edit: Callable[[], None],
    delete: Callable[[], None],
) -> None:
    """Bind Ins (anywhere in the dialog) to `add`, Enter and a double click on a row to `edit`,
    and Del (in the list) to `delete`."""
    QShortcut(QKeySequence(Qt.Key.Key_Insert), dialog, add)
    QShortcut(QKeySequence.StandardKey.Delete, table, delete)
    table.installEventFilter(_EnterEdits(table, edit))
    table.doubleClicked.connect(lambda _index: edit())


def fill_client_combo(combo: QComboBox, clients: Iterable[object], select: str | None) -> None:
    """List clients (name, id) in a combo, choosing `select` (else the first), without signals."""
    combo.blockSignals(True)
    combo.clear()
    for client in clients:
        combo.addItem(client.name, client.id)  # type: ignore[attr-defined]
    combo.setCurrentIndex(max(combo.findData(select), 0) if select else 0)
    combo.blockSignals(False)
