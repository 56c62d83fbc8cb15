"""The pieces every "records of a client" dialog shares: the client combo, the list, its keys.

The locations and the waves dialogs are the same shape (a client on top, a list of its records,
Add, Edit and Delete under it): `RecordListDialog` is that shape, and the helpers below are its parts.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from auditor.commands import Change, Command
from auditor.errors import AuditorError
from ui.context import AppContext
from ui.programme.aspects import concerns_locations
from ui.widgets import messages

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


class RecordListDialog(QDialog):
    """A client chosen on top, the list of its records, Add (Ins), Edit (Enter), Delete (Del).

    A subclass builds its own form for Add and Edit and says, through the hooks below, what a row
    shows, how many there are, and which command deletes one. It calls `fill_clients` once its own
    widgets are wired.
    """

    RIGHT_ALIGNED: tuple[int, ...] = ()  # columns of figures

    def __init__(
        self,
        ctx: AppContext,
        title: str,
        headers: Sequence[str],
        list_name: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        _ = ctx.tr
        self.ctx = ctx
        self.setWindowTitle(title)
        self.client = QComboBox()
        self.client.setMinimumWidth(260)
        self.client.setAccessibleName(_("Client"))
        self.table = record_table(headers, list_name)
        self.count = QLabel()
        self.count.setProperty("role", "muted")
        self.add_button = QPushButton(_("&Add..."))
        self.edit_button = QPushButton(_("&Edit..."))
        self.delete_button = QPushButton(_("&Delete"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        # The extras go in before the layout is set, so that Tab meets them in reading order.
        client_row = QHBoxLayout()
        client_label = QLabel(_("&Client"))
        client_label.setBuddy(self.client)
        client_row.addWidget(client_label)
        client_row.addWidget(self.client, 1)
        for widget in self._client_extras():
            client_row.addWidget(widget)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for widget in self._button_extras():
            buttons.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(client_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addLayout(buttons)
        layout.addWidget(close)

        self.client.currentIndexChanged.connect(lambda _i: self.refresh())
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        record_keys(self, self.table, self.add, self.edit, self.delete)
        ctx.events.changed.connect(self._changed)

    # --- hooks -------------------------------------------------------------------------------

    def _client_extras(self) -> Sequence[QWidget]:
        """Widgets after the client combo."""
        return ()

    def _button_extras(self) -> Sequence[QWidget]:
        """Widgets at the right end of the Add, Edit, Delete row."""
        return ()

    def _needs_client(self) -> Sequence[QWidget]:
        """The buttons that do nothing without a chosen client."""
        return (self.add_button,)

    def _rows(self, client_id: str) -> list[tuple[str, Sequence[str]]]:
        """Return the (id, texts) rows of a client's records."""
        raise NotImplementedError

    def _count_text(self, count: int) -> str:
        """Return the line under the list for `count` records (zero included)."""
        raise NotImplementedError

    def _delete_command(self, record_id: str) -> Command:
        """Return the command that deletes a record."""
        raise NotImplementedError

    def _not_deleted_title(self) -> str:
        """Return the title of the message when the core refuses a deletion."""
        raise NotImplementedError

    def add(self) -> None:
        """Add a record to the chosen client."""
        raise NotImplementedError

    def edit(self) -> None:
        """Edit the selected record."""
        raise NotImplementedError

    # --- what is shown -----------------------------------------------------------------------

    def fill_clients(self, select: str | None = None) -> None:
        """List the workspace's clients and choose `select` (or keep the current one)."""
        fill_client_combo(
            self.client, self.ctx.store.clients.all(), select or self.client.currentData()
        )
        self.refresh()

    @property
    def client_id(self) -> str | None:
        """Return the id of the chosen client, if any."""
        return self.client.currentData()

    def refresh(self) -> None:
        """Read the chosen client's records again, keeping the selected row."""
        client_id = self.client_id
        rows = self._rows(client_id) if client_id else []
        show_records(self.table, rows, self.current_id(), right_aligned=self.RIGHT_ALIGNED)
        self.count.setText(self._count_text(len(rows)))
        for button in self._needs_client():
            button.setEnabled(client_id is not None)
        self._selection_changed()

    def _selection_changed(self) -> None:
        chosen = self.current_id() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _changed(self, change: Change) -> None:
        if concerns_locations(change):
            self.fill_clients()

    def current_id(self) -> str | None:
        """Return the id of the selected record, if any."""
        return selected_id(self.table)

    def choose(self, record_id: str) -> None:
        """Select a record's row."""
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(ID_ROLE) == record_id:
                self.table.selectRow(row)

    # --- requests ----------------------------------------------------------------------------

    def delete(self) -> None:
        """Delete the selected record; the core's refusal is shown as it is (Ctrl+Z undoes)."""
        record_id = self.current_id()
        if not record_id:
            return
        try:
            self.ctx.run(self._delete_command(record_id))
        except AuditorError as exc:
            messages.error(self, self._not_deleted_title(), str(exc))
