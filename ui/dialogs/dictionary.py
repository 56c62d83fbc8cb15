"""The workspace's dictionary: the words the spelling check accepts in every audit.

"Add to dictionary" on a suggestion adds one word as the auditor meets it; here the agency sees
them all, adds a client's words before the first check, imports a list it keeps (one word a
line) and removes a word added by mistake. Every change is a core command (Edit > Undo takes it
back); a word the dictionary cannot take is refused with the core's own message.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from auditor.commands import AcceptWord, Batch, RemoveWord
from auditor.errors import AuditorError
from auditor.i18n import N_, plural
from auditor.words_io import add_words, new_words, read_words
from ui.context import AppContext
from ui.widgets import messages

log = logging.getLogger(__name__)


class DictionaryDialog(QDialog):
    """The accepted words in a list: type and Add (Enter), Remove (Del), Import a list."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        _ = ctx.tr
        self.ctx = ctx
        self.setWindowTitle(_("Dictionary"))
        self.resize(440, 520)
        intro = QLabel(
            _(
                "Words the spelling check accepts in every audit of this workspace: a client's "
                "products, places and trade terms."
            )
        )
        intro.setWordWrap(True)
        self.word = QLineEdit()
        self.word.setPlaceholderText(_("A word to accept, e.g. idromassaggio"))
        self.word.setAccessibleName(_("New word"))
        self.add_button = QPushButton(_("&Add"))
        self.error = QLabel()
        self.error.setProperty("role", "warning")
        self.error.setWordWrap(True)
        self.error.hide()
        self.list = QListWidget()
        self.list.setAccessibleName(_("Accepted words"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.count = QLabel()
        self.count.setProperty("role", "muted")
        self.remove_button = QPushButton(_("&Remove"))
        self.import_button = QPushButton(_("&Import list..."))
        self.import_button.setToolTip(_("A UTF-8 text file, one word a line; # starts a comment"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        entry = QHBoxLayout()
        entry.addWidget(self.word, 1)
        entry.addWidget(self.add_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(entry)
        layout.addWidget(self.error)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(self.add)
        self.word.returnPressed.connect(self.add)
        self.word.textChanged.connect(self._edited)
        self.remove_button.clicked.connect(self.remove)
        self.import_button.clicked.connect(self.import_file)
        self.list.itemSelectionChanged.connect(self._enable)
        self.list.installEventFilter(self)
        self.refresh()
        self.word.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete in the list removes the selected words."""
        if (
            watched is self.list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
        ):
            self.remove()
            return True
        return super().eventFilter(watched, event)

    # --- what is shown ----------------------------------------------------------------------

    def words(self) -> list[str]:
        """Return the words the list shows."""
        return [self.list.item(row).text() for row in range(self.list.count())]

    def refresh(self, select: str | None = None) -> None:
        """Show the workspace's words again (a word just added selected and in view)."""
        _ = self.ctx.tr
        self.list.clear()
        self.list.addItems(sorted(self.ctx.store.profile.accepted_words(), key=str.casefold))
        if select:
            found = self.list.findItems(select, Qt.MatchFlag.MatchExactly)
            if found:
                self.list.setCurrentItem(found[0])
                self.list.scrollToItem(found[0])
        count = self.list.count()
        self.count.setText(
            plural(self.ctx.lang)("{count} word", "{count} words", count).format(count=count)
            if count
            else _("No words yet: the spelling check uses its dictionaries alone.")
        )
        self._enable()

    def _enable(self) -> None:
        self.add_button.setEnabled(bool(self.word.text().strip()))
        self.remove_button.setEnabled(bool(self.list.selectedItems()))

    def _edited(self) -> None:
        self.error.hide()
        self._enable()

    def _problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # --- requests ----------------------------------------------------------------------------

    def add(self) -> None:
        """Accept the word typed (the core refuses one it cannot take, and says why)."""
        word = self.word.text().strip()
        if not word:
            return
        try:
            self.ctx.run(AcceptWord(word))
        except AuditorError as exc:
            self._problem(str(exc))
            return
        self.word.clear()
        self.refresh(select=word)

    def remove(self) -> None:
        """Stop accepting the selected words, in one step."""
        _ = self.ctx.tr
        chosen = [item.text() for item in self.list.selectedItems()]
        if not chosen:
            return
        try:
            self.ctx.run(Batch([RemoveWord(word) for word in chosen], N_("Remove from dictionary")))
        except AuditorError as exc:
            messages.error(self, _("Not removed"), str(exc))
        self.refresh()
        self.list.setFocus()

    def import_file(self) -> None:
        """Ask for a list of words and add them, all or none."""
        from PySide6.QtWidgets import QFileDialog

        _ = self.ctx.tr
        name, _chosen = QFileDialog.getOpenFileName(
            self, _("Import words"), "", _("Text files (*.txt *.dic);;All files (*)")
        )
        if name:
            self.import_path(Path(name))

    def import_path(self, path: Path) -> int:
        """Add the words of a list file; on any problem say where, and add nothing."""
        _ = self.ctx.tr
        try:
            found = read_words(path, self.ctx.lang)
            new = new_words(found, self.ctx.store.profile.accepted_words())
            if new:
                self.ctx.run(add_words(new))
        except AuditorError as exc:
            messages.error(self, _("Words not imported"), str(exc))
            return 0
        self.refresh()
        n_ = plural(self.ctx.lang)
        self.ctx.events.message_requested.emit(
            n_(
                "{count} word added from {name}",
                "{count} words added from {name}",
                len(new),
            ).format(count=len(new), name=path.name)
        )
        return len(new)
