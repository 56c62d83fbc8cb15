"""Edit one template: header, sections and items, live checks as the import does, undo, preview.

Edits before saving are the editor's own state, not workspace changes, so undo is a QUndoStack of
whole-template snapshots local to the editor (templates are small). Saving goes through the core:
the editor emits `save_requested(Template)` and whoever hosts it runs the command.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from auditor.i18n import Translate, pick
from auditor.model import Template, TouchpointKind
from ui.templates import editing, labels
from ui.templates.editing import Selection
from ui.templates.item_form import ItemForm, SectionForm, _pair
from ui.templates.tree import TemplateTree
from ui.templates.undo import Snapshot, UndoKeys
from ui.templates.validation import Problem, problems

log = logging.getLogger(__name__)

Validate = Callable[[Template], list[Problem]]


class TemplateEditor(QWidget):
    """The whole editor of one template, keyboard first."""

    save_requested = Signal(object)  # Template, valid as the import reads it
    close_requested = Signal()
    preview_shown = Signal(object)  # the preview dialog (tests drive it)

    def __init__(
        self, tr: Translate, lang: str, validate: Validate = problems, parent: QWidget | None = None
    ):
        super().__init__(parent)
        _ = self.tr_ = tr
        self.lang = lang
        self.validate = validate
        self.template: Template | None = None
        self.problems: list[Problem] = []
        self.editable_id = True
        self.undo_stack = QUndoStack(self)

        self.template_id = QLineEdit()
        self.version = QLabel()
        self.version.setProperty("role", "muted")
        self.version.setToolTip(_("Saving makes a new version"))
        self.touchpoint = QComboBox()
        for value, name in labels.touchpoints(_).items():
            self.touchpoint.addItem(name, value)
        self.title_it, self.title_en = QLineEdit(), QLineEdit()
        self.description_it, self.description_en = QLineEdit(), QLineEdit()
        top = QHBoxLayout()
        top.addWidget(self.template_id, 2)
        top.addWidget(QLabel(_("Version")))
        top.addWidget(self.version)
        top.addSpacing(12)
        top.addWidget(QLabel(_("Touchpoint")))
        top.addWidget(self.touchpoint, 1)
        header = QFormLayout()
        header.addRow(_("Template &id"), top)
        header.addRow(_("Tit&le"), _pair(tr, self.title_it, self.title_en))
        header.addRow(_("&Description"), _pair(tr, self.description_it, self.description_en))
        for field, row in ((self.template_id, 0), (self.title_it, 1), (self.description_it, 2)):
            label = header.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            if isinstance(label, QLabel):
                label.setBuddy(field)

        self.tree = TemplateTree(tr, lang)
        self.problem_list = QListWidget()
        self.problem_list.setAccessibleName(_("Problems"))
        self.problem_list.setMaximumHeight(96)
        self.problem_list.setWordWrap(True)
        self.item_form = ItemForm(tr, lang)
        self.section_form = SectionForm(tr)
        self.nothing = QLabel(_("Choose a section or an item, or add one."))
        self.nothing.setProperty("role", "muted")
        self.forms = QStackedWidget()
        for page in (self.nothing, self.item_form, self.section_form):
            self.forms.addWidget(page)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.forms)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.actions_by_name: dict[str, QAction] = {}
        buttons = QHBoxLayout()
        for name, text, keys in (
            ("add_section", _("Add section"), "Ctrl+Shift+Return"),
            ("add_item", _("Add item"), "Ctrl+Return"),
            ("remove", _("Remove"), "Ctrl+Delete"),
            ("move_up", _("Move up"), "Alt+Up"),
            ("move_down", _("Move down"), "Alt+Down"),
        ):
            button = self._button(self._action(name, text, keys))
            if name.startswith("move"):  # arrows: the five buttons fit above the tree in Italian
                button.setText("\u2191" if name == "move_up" else "\u2193")
                button.setAccessibleName(text)
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(buttons)
        column.addWidget(self.tree, 1)
        self.problem_title = QLabel()
        column.addWidget(self.problem_title)
        column.addWidget(self.problem_list)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([420, 600])

        self.status = QLabel()
        self.status.setProperty("role", "muted")
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        undo = self._action("undo", _("Undo"), "")
        redo = self._action("redo", _("Redo"), "")
        for name, text, keys in (
            ("preview", _("Preview"), "Ctrl+P"),
            ("save", _("Save"), "Ctrl+S"),
            ("close", _("Close"), "Escape"),
        ):
            self._action(name, text, keys)
        for name in ("undo", "redo", "preview", "save", "close"):
            bottom.addWidget(self._button(self.actions_by_name[name]))
        undo.setToolTip(_("Undo") + " (Ctrl+Z)")
        redo.setToolTip(_("Redo") + " (Ctrl+Shift+Z)")

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self._connect()
        # Ctrl+Z must undo the editor's steps wherever the focus is, before a field's own undo
        # or the window's Undo (a workspace change) can take it.
        self.undo_keys = UndoKeys(self.undo_stack, self)
        for child in self.findChildren(QWidget):
            child.installEventFilter(self.undo_keys)
        self.setTabOrder(self.description_en, self.tree)

    def _action(self, name: str, text: str, keys: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if keys:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(
                f"{text} ({QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)})"
            )
        self.addAction(action)
        self.actions_by_name[name] = action
        return action

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton(action.text())
        button.setToolTip(action.toolTip())
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(action.trigger)
        action.enabledChanged.connect(button.setEnabled)
        return button

    def _connect(self) -> None:
        a = self.actions_by_name
        _ = self.tr_
        a["add_section"].triggered.connect(self.add_section)
        a["add_item"].triggered.connect(self.add_item)
        a["remove"].triggered.connect(self.remove)
        a["move_up"].triggered.connect(lambda: self.move(-1))
        a["move_down"].triggered.connect(lambda: self.move(+1))
        a["undo"].triggered.connect(self.undo_stack.undo)
        a["redo"].triggered.connect(self.undo_stack.redo)
        a["preview"].triggered.connect(self.preview)
        a["save"].triggered.connect(self.save)
        a["close"].triggered.connect(self.close_requested.emit)
        self.undo_stack.canUndoChanged.connect(a["undo"].setEnabled)
        self.undo_stack.canRedoChanged.connect(a["redo"].setEnabled)
        a["undo"].setEnabled(False)
        a["redo"].setEnabled(False)
        self.tree.selection_changed.connect(self._selected)
        self.tree.arranged.connect(self._arranged)
        self.item_form.edited.connect(self._item_edited)
        self.section_form.edited.connect(self._section_edited)
        self.problem_list.itemActivated.connect(
            lambda row: self.tree.select(row.data(Qt.ItemDataRole.UserRole))
        )
        self.template_id.textEdited.connect(lambda t: self._header(_("Edit id"), id=t.strip()))
        self.touchpoint.activated.connect(
            lambda _i: self._header(
                _("Edit touchpoint"), touchpoint=TouchpointKind(self.touchpoint.currentData())
            )
        )
        for key, it, en in (
            ("title", self.title_it, self.title_en),
            ("description", self.description_it, self.description_en),
        ):
            for field in (it, en):
                field.textEdited.connect(
                    lambda _t, k=key, a=it, b=en: self._header(
                        _("Edit title") if k == "title" else _("Edit description"),
                        **{k: {"it": a.text(), "en": b.text()}},
                    )
                )

    # --- the template shown ----------------------------------------------------------------

    def set_template(self, template: Template, *, new: bool) -> None:
        """Start editing a template (`new`: never saved, so its id can still change)."""
        self.editable_id = new
        self.template_id.setReadOnly(not new)
        self.undo_stack.clear()
        self.undo_stack.setClean()
        grouped = editing.grouped(template)
        first: Selection = ("item", 0) if grouped.items else None
        self.display(grouped, first, reload_form=True)
        self.status.setText("")

    def display(self, template: Template, selection: Selection, *, reload_form: bool) -> None:
        """Show a state of the template: header, tree, problems, and the selected form."""
        self.template = template
        self.problems = self.validate(template)
        self.tree.show_template(template, self.problems, selection)
        self._show_problems()
        if reload_form:
            self._header_fields(template)
            self._selected(self.tree.selection())
        else:
            self._form_problems(self.tree.selection())

    def _header_fields(self, template: Template) -> None:
        for field, text in (
            (self.template_id, template.id),
            (self.title_it, template.title.get("it", "")),
            (self.title_en, template.title.get("en", "")),
            (self.description_it, template.description.get("it", "")),
            (self.description_en, template.description.get("en", "")),
        ):
            if field.text() != text:
                field.setText(text)
        self.version.setText(template.version)
        self.touchpoint.setCurrentIndex(self.touchpoint.findData(template.touchpoint.value))

    def _show_problems(self) -> None:
        _ = self.tr_
        self.problem_list.clear()
        for problem in self.problems:
            row = QListWidgetItem("\u26a0 " + problem.message)
            row.setData(Qt.ItemDataRole.UserRole, problem.target)
            self.problem_list.addItem(row)
        count = len(self.problems)
        self.problem_title.setText(
            _("No problems: the import accepts this template")
            if count == 0
            else _("Problems to solve before saving: {count}").format(count=count)
        )
        self.problem_title.setProperty("role", "muted" if count == 0 else "critical")
        self.problem_title.style().polish(self.problem_title)
        self.actions_by_name["save"].setEnabled(True)  # refused with a reason, never silently

    def messages_for(self, target: Selection) -> list[str]:
        """Return the problems of one item or section (None: the template's own)."""
        return [p.message for p in self.problems if p.target == target]

    def _selected(self, selection: Selection) -> None:
        template = self.template
        if template is None or selection is None:
            self.forms.setCurrentWidget(self.nothing)
            return
        kind, index = selection
        if kind == "item":
            self.item_form.load(
                template.items[index], list(template.items[:index]), self.messages_for(selection)
            )
            self.forms.setCurrentWidget(self.item_form)
        else:
            self.section_form.load(template.sections[index], self.messages_for(selection))
            self.forms.setCurrentWidget(self.section_form)

    def _form_problems(self, selection: Selection) -> None:
        if selection is None:
            return
        if selection[0] == "item":
            self.item_form.show_problems(self.messages_for(selection))
        else:
            self.section_form.load(
                self.template.sections[selection[1]], self.messages_for(selection)
            )

    # --- edits -----------------------------------------------------------------------------

    def _edit(
        self, template: Template, text: str, after: Selection = None, merge: str = ""
    ) -> None:
        if self.template is None or template == self.template:
            return
        before = self.tree.selection()
        self.undo_stack.push(
            Snapshot(
                self, (self.template, before), (template, after if after else before), text, merge
            )
        )

    def _header(self, text: str, **changes: object) -> None:
        if self.template is not None:
            merge = "header:" + ",".join(changes)
            self._edit(editing.set_template(self.template, **changes), text, merge=merge)

    def _item_edited(self, changes: dict, key: str) -> None:
        _ = self.tr_
        selection = self.tree.selection()
        if self.template is None or selection is None or selection[0] != "item":
            return
        updated = editing.set_item(self.template, selection[1], **changes)
        self._edit(updated, _("Edit item"), merge=f"item:{selection[1]}:{key}")
        if key in ("type", "options"):
            self._selected(self.tree.selection())  # rows shown depend on the type

    def _section_edited(self, changes: dict, key: str) -> None:
        _ = self.tr_
        selection = self.tree.selection()
        if self.template is None or selection is None or selection[0] != "section":
            return
        updated = editing.set_section(self.template, selection[1], **changes)
        self._edit(updated, _("Edit section"), merge=f"section:{selection[1]}:{key}")

    def add_item(self) -> None:
        """Add an item after the current one and start typing its question."""
        _ = self.tr_
        if self.template is None:
            return
        template, index = editing.add_item(self.template, self.tree.selection())
        self._edit(template, _("Add item"), ("item", index))
        self.item_form.question_en.setFocus() if self.lang == "en" else self.item_form.question_it.setFocus()

    def add_section(self) -> None:
        """Add a section after the current one and start typing its title."""
        _ = self.tr_
        if self.template is None:
            return
        template, index = editing.add_section(self.template, self.tree.selection())
        self._edit(template, _("Add section"), ("section", index))
        field = self.section_form.title_en if self.lang == "en" else self.section_form.title_it
        field.setFocus()

    def remove(self) -> None:
        """Remove the current item, or the current section with its items (Ctrl+Z brings it back)."""
        _ = self.tr_
        if self.template is None:
            return
        template, after = editing.remove(self.template, self.tree.selection())
        self._edit(template, _("Remove"), after)
        self.tree.setFocus()

    def move(self, delta: int) -> None:
        """Move the current item or section up (-1) or down (+1)."""
        _ = self.tr_
        if self.template is None:
            return
        template, after = editing.move(self.template, self.tree.selection(), delta)
        self._edit(template, _("Move"), after)

    def _arranged(self, order: list[tuple[int | None, list[int]]] | None) -> None:
        _ = self.tr_
        if self.template is None:
            return
        selection = self.tree.selection()
        moved = self._moved_key(selection, order) if order is not None else None
        if order is None:  # a drop the template cannot take: show it as it was
            self.display(self.template, selection, reload_form=False)
            return
        arranged = editing.grouped(editing.arrange(self.template, order))
        if arranged == self.template:
            self.display(self.template, selection, reload_form=False)
            return
        self._edit(arranged, _("Move"), moved)

    def _moved_key(
        self, selection: Selection, order: list[tuple[int | None, list[int]]]
    ) -> Selection:
        # Indices change with the order: find where the selected node went.
        if selection is None:
            return None
        kind, old = selection
        if kind == "section":
            sections = [s for s, _items in order if s is not None]
            return ("section", sections.index(old)) if old in sections else None
        flat = [i for _s, items in order for i in items]
        return ("item", flat.index(old)) if old in flat else None

    # --- undo keys, save, preview ----------------------------------------------------------

    @property
    def dirty(self) -> bool:
        """Return True when there are edits not saved yet."""
        return not self.undo_stack.isClean()

    def save(self) -> None:
        """Ask to save the template, or say why it cannot be saved yet."""
        _ = self.tr_
        if self.template is None:
            return
        if self.problems:
            self.status.setText(
                _("Not saved: problems to solve first: {count}").format(count=len(self.problems))
            )
            self.problem_list.setFocus()
            self.problem_list.setCurrentRow(0)
            return
        self.save_requested.emit(self.template)

    def saved(self, template: Template) -> None:
        """Continue from the version just saved."""
        _ = self.tr_
        self.set_template(template, new=False)
        self.status.setText(
            _("Saved as {id} version {version}").format(id=template.id, version=template.version)
        )

    def preview(self) -> QWidget | None:
        """Run the template as the runner would, in a dialog."""
        from ui.templates.preview import PreviewDialog

        if self.template is None:
            return None
        dialog = PreviewDialog(self.template, self.tr_, self.lang, self)
        dialog.open()
        self.preview_shown.emit(dialog)
        return dialog

    def title_text(self) -> str:
        """Return the template's title in the window's language."""
        return pick(self.template.title, self.lang) if self.template else ""
