"""The template's sections and items as a tree: drag and drop to reorder, problems marked."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from auditor.i18n import Translate, pick
from auditor.model import Template
from ui.templates import labels
from ui.templates.editing import Selection
from ui.templates.validation import Problem

log = logging.getLogger(__name__)

KEY_ROLE = Qt.ItemDataRole.UserRole
PROBLEM = QColor("#b3261e")


class TemplateTree(QTreeWidget):
    """Sections as groups, items inside; a drop reports the new order instead of keeping it."""

    selection_changed = Signal(object)  # Selection
    arranged = Signal(object)  # [(section index or None, [item indices])] in the tree's order

    def __init__(self, tr: Translate, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        _ = tr
        self.tr_ = tr
        self.lang = lang
        self.has_sections = False
        self.setColumnCount(2)
        self.setHeaderLabels([_("Sections and items"), _("Type")])
        self.setColumnWidth(0, 290)
        self.setMinimumWidth(300)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAccessibleName(_("Sections and items"))
        self.currentItemChanged.connect(lambda current, _previous: self._current(current))

    def show_template(self, template: Template, problems: list[Problem], keep: Selection) -> None:
        """Show a template's sections and items, their problems, and select `keep`."""
        _ = self.tr_
        types = labels.answer_types(_)
        concerns: dict[tuple[str, int], list[str]] = {}
        for problem in problems:
            if problem.target is not None:
                concerns.setdefault(problem.target, []).append(problem.message)
        self.blockSignals(True)
        try:
            self.clear()
            self.has_sections = bool(template.sections)
            nodes: dict[str, QTreeWidgetItem] = {}
            flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
            drag = Qt.ItemFlag.ItemIsDragEnabled
            for index, section in enumerate(template.sections):
                title = pick(section.title, self.lang) or f"[{section.id}]"
                node = QTreeWidgetItem(self, [title, ""])
                node.setFlags(flags | drag | Qt.ItemFlag.ItemIsDropEnabled)
                font = node.font(0)
                font.setBold(True)
                node.setFont(0, font)
                self._mark(node, ("section", index), concerns)
                nodes[section.id] = node
            for index, item in enumerate(template.items):
                parent = nodes.get(item.section)
                text = pick(item.question, self.lang) or f"[{item.id}]"
                if item.relevant:
                    text = "\u21b3 " + text  # shown only if: the picker's condition
                node = QTreeWidgetItem([text, types.get(item.type.value, item.type.value)])
                if parent is None:
                    self.insertTopLevelItem(self._unsectioned(), node)
                else:
                    parent.addChild(node)
                node.setFlags(flags | drag)
                self._mark(node, ("item", index), concerns)
            self.expandAll()
            self.select(keep)
        finally:
            self.blockSignals(False)

    def _unsectioned(self) -> int:
        # Items without a section come before the sections, in their order.
        count = 0
        while count < self.topLevelItemCount():
            key = self.topLevelItem(count).data(0, KEY_ROLE)
            if key[0] != "item":
                break
            count += 1
        return count

    def _mark(
        self,
        node: QTreeWidgetItem,
        key: tuple[str, int],
        concerns: dict[tuple[str, int], list[str]],
    ) -> None:
        node.setData(0, KEY_ROLE, key)
        messages = concerns.get(key, [])
        if messages:
            node.setText(0, "\u26a0 " + node.text(0))
            node.setForeground(0, QBrush(PROBLEM))
            node.setToolTip(0, "\n".join(messages))
        else:
            node.setToolTip(0, node.text(0))

    def node(self, key: Selection) -> QTreeWidgetItem | None:
        """Return the node showing an item or section."""
        for node in self._nodes():
            if node.data(0, KEY_ROLE) == key:
                return node
        return None

    def _nodes(self) -> list[QTreeWidgetItem]:
        found = []
        for top in range(self.topLevelItemCount()):
            node = self.topLevelItem(top)
            found.append(node)
            found += [node.child(n) for n in range(node.childCount())]
        return found

    def select(self, key: Selection) -> None:
        """Make an item or section the current one."""
        node = self.node(key)
        if node is not None:
            self.setCurrentItem(node)
            self.scrollToItem(node)

    def selection(self) -> Selection:
        """Return the current item or section."""
        node = self.currentItem()
        return node.data(0, KEY_ROLE) if node is not None else None

    def _current(self, node: QTreeWidgetItem | None) -> None:
        self.selection_changed.emit(node.data(0, KEY_ROLE) if node is not None else None)

    def order(self) -> list[tuple[int | None, list[int]]] | None:
        """Return the order the tree shows, or None when a drop made a shape a template can't have."""
        rows: list[tuple[int | None, list[int]]] = []
        loose: list[int] = []
        for top in range(self.topLevelItemCount()):
            node = self.topLevelItem(top)
            kind, index = node.data(0, KEY_ROLE)
            if kind == "item":
                if self.has_sections or node.childCount():
                    return None  # an item dropped between sections belongs to none of them
                loose.append(index)
                continue
            children = [node.child(n).data(0, KEY_ROLE) for n in range(node.childCount())]
            if any(child[0] != "item" for child in children):
                return None  # a section dropped into another
            rows.append((index, [child[1] for child in children]))
        return ([(None, loose)] if loose else []) + rows

    def dropEvent(self, event: QDropEvent) -> None:
        super().dropEvent(event)
        # Qt moved the nodes; the editor turns that order into an undoable edit and redraws.
        QTimer.singleShot(0, self.commit_order)

    def commit_order(self) -> None:
        """Report the order the tree now shows (after a drop)."""
        self.arranged.emit(self.order())
