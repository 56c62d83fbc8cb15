"""The Templates page: the catalogue's templates, New, Duplicate, Edit, and the editor.

The view reaches the catalogue only through three injected callables (`entries`, `load`,
`save`), so it depends neither on the store nor on the catalogue's own names; the main window
wires `save` to the core's command.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from auditor.errors import AuditorError
from auditor.i18n import pick
from auditor.model import Template
from ui.context import AppContext
from ui.templates import catalogue, labels
from ui.templates.catalogue import Entries, Load, Save, TemplateRow
from ui.templates.editor import TemplateEditor, Validate
from ui.templates.validation import problems
from ui.widgets import messages

log = logging.getLogger(__name__)

ROW_ROLE = Qt.ItemDataRole.UserRole


class TemplatesView(QWidget):
    """List the templates; New, Duplicate and Edit open the editor on the same page."""

    back_requested = Signal()  # Escape on the list: back to where the window was
    template_saved = Signal(str, str)  # id, version

    def __init__(
        self,
        ctx: AppContext,
        *,
        entries: Entries,
        load: Load,
        save: Save,
        validate: Validate = problems,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        _ = ctx.tr
        self.ctx = ctx
        self.entries, self.load, self.save_template = entries, load, save
        self.rows: list[TemplateRow] = []
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels(
            [
                _("Id"),
                _("Version"),
                _("Title"),
                _("Touchpoint"),
                _("Items"),
                _("Client"),
                _("Author"),
            ]
        )
        self.table.setAccessibleName(_("Templates"))
        for column, width in enumerate((150, 70, 280, 130, 50, 120)):
            self.table.setColumnWidth(column, width)
        title = QLabel(_("Checklist templates"))
        title.setProperty("role", "title")
        hint = QLabel(_("Built-in templates are read-only: duplicate one to make it your own."))
        hint.setProperty("role", "muted")
        self.actions_by_name: dict[str, QAction] = {}
        buttons = QHBoxLayout()
        for name, text, keys, slot in (
            ("new", _("New template"), "Ctrl+Shift+N", self.new),
            ("duplicate", _("Duplicate"), "Ctrl+D", self.duplicate),
            ("edit", _("Edit"), "Return", self.edit),
            ("back", _("Back"), "Escape", self.back_requested.emit),
        ):
            action = QAction(text, self)
            action.setObjectName(name)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            keys_text = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
            button = QPushButton(f"{text}   {keys_text}")
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
            self.actions_by_name[name] = action
        buttons.addStretch(1)
        self.list_page = QWidget()
        for action in self.actions_by_name.values():
            self.list_page.addAction(action)
        column = QVBoxLayout(self.list_page)
        column.addWidget(title)
        column.addWidget(hint)
        column.addWidget(self.table, 1)
        column.addLayout(buttons)
        self.editor = TemplateEditor(ctx.tr, ctx.lang, validate)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.list_page)
        self.pages.addWidget(self.editor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.table.itemActivated.connect(lambda _row, _column: self.edit())
        self.editor.save_requested.connect(self._save)
        self.editor.close_requested.connect(self.close_editor)
        self.refresh()

    def refresh(self) -> None:
        """Read the catalogue's templates again."""
        _ = self.ctx.tr
        kinds = labels.touchpoints(_)
        current = self.current_row()
        self.rows = list(self.entries())
        self.table.clear()
        for row in self.rows:
            line = QTreeWidgetItem(
                [
                    row.id,
                    row.version,
                    pick(row.title, self.ctx.lang),
                    kinds.get(row.touchpoint, row.touchpoint),
                    str(row.items),
                    row.client,
                    _("built-in") if row.builtin else row.author,
                ]
            )
            line.setData(0, ROW_ROLE, row)
            line.setTextAlignment(4, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.addTopLevelItem(line)
        wanted = next(
            (
                n
                for n, r in enumerate(self.rows)
                if current and (r.id, r.version) == (current.id, current.version)
            ),
            0,
        )
        if self.rows:
            self.table.setCurrentItem(self.table.topLevelItem(wanted))

    def current_row(self) -> TemplateRow | None:
        """Return the template row selected in the list."""
        line = self.table.currentItem()
        return line.data(0, ROW_ROLE) if line is not None else None

    def select(self, template_id: str, version: str) -> None:
        """Select one version of a template in the list."""
        for n, row in enumerate(self.rows):
            if (row.id, row.version) == (template_id, version):
                self.table.setCurrentItem(self.table.topLevelItem(n))

    def _taken(self) -> list[str]:
        return [row.id for row in self.rows]

    def new(self) -> None:
        """Start a new template from one empty section and item."""
        template = catalogue.new_template(catalogue.unique_id("my_template", self._taken()))
        self._open(template, new=True)
        self.editor.template_id.setFocus()
        self.editor.template_id.selectAll()

    def duplicate(self) -> None:
        """Start a new template from a copy of the selected one (a built-in or any version)."""
        row = self.current_row()
        if row is not None:
            self._open(catalogue.duplicate(self._load(row), self._taken()), new=True)

    def edit(self) -> None:
        """Edit the selected template: saving makes a new version of it."""
        row = self.current_row()
        if row is None:
            return
        if row.builtin:
            # A built-in template is the project's: changing it means making a copy.
            self.duplicate()
            return
        self._open(self._load(row), new=False)

    def _load(self, row: TemplateRow) -> Template:
        return self.load(row.id, row.version)

    def _open(self, template: Template, *, new: bool) -> None:
        self.editor.set_template(template, new=new)
        self.pages.setCurrentWidget(self.editor)
        self.editor.tree.setFocus()

    def close_editor(self) -> None:
        """Go back to the list, asking first when there are edits not saved."""
        _ = self.ctx.tr
        if self.editor.dirty and not messages.confirm(
            self, _("Unsaved template"), _("Close the editor and lose the changes not saved?")
        ):
            return
        self.pages.setCurrentWidget(self.list_page)
        self.table.setFocus()

    def _save(self, template: Template) -> None:
        _ = self.ctx.tr
        try:
            template_id, version = self.save_template(template)
            saved = self.load(template_id, version)
        except AuditorError as exc:
            messages.error(self, _("Template not saved"), str(exc))
            return
        self.refresh()
        self.select(template_id, version)
        self.editor.saved(saved)
        self.template_saved.emit(template_id, version)
        self.ctx.events.message_requested.emit(
            _("Template {id} saved as version {version}").format(id=template_id, version=version)
        )
