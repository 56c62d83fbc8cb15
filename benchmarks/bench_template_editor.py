"""The template editor opening a 400-item template: tree, forms and validation, first paint."""

from __future__ import annotations

import os
import time

from benchmarks.bench_forms import big_template
from benchmarks.common import median_ms, row

BUDGET_MS = 300.0


def run() -> list[dict]:
    """Return the editor's opening time against a bare tree of as many rows painted."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QTreeWidget, QTreeWidgetItem

    from auditor.i18n import translator
    from ui.templates.editor import TemplateEditor

    app = QApplication.instance() or QApplication([])
    template = big_template(400)
    editor = TemplateEditor(translator("en"), "en")
    editor.resize(1280, 800)
    editor.show()

    def open_editor() -> None:
        editor.set_template(template, new=False)
        editor.repaint()
        app.processEvents()

    def bare_tree() -> None:
        tree = QTreeWidget()
        tree.resize(600, 800)
        for section in template.sections:
            parent = QTreeWidgetItem(tree, [section.title["en"]])
            for item in template.items:
                if item.section == section.id:
                    QTreeWidgetItem(parent, [item.question["en"], item.type.value])
        tree.expandAll()
        tree.show()
        tree.repaint()
        app.processEvents()
        tree.close()

    start = time.perf_counter()
    open_editor()  # the first opening builds the forms too
    first = (time.perf_counter() - start) * 1000
    opened = median_ms(open_editor, runs=5)
    reference = median_ms(bare_tree, runs=5)
    editor.close()
    return [
        row("template editor: a 400-item template opened (first)", first, BUDGET_MS),
        row(
            "template editor: a 400-item template opened",
            opened,
            BUDGET_MS,
            reference,
            "a bare tree of the same rows painted",
        ),
    ]
