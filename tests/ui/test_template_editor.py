"""The template editor, driven by the keyboard as an agency's author would, checked on what it saves."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from auditor.checklists import builtin_template, parse_template
from auditor.model import (
    AnswerType,
    ChoiceOption,
    Dimension,
    Item,
    Phase,
    Section,
    Template,
    TouchpointKind,
)
from tests.ui.conftest import make_ctx
from ui.templates.catalogue import MemoryCatalogue
from ui.templates.editor import TemplateEditor
from ui.templates.view import TemplatesView

CTRL, SHIFT, ALT = (
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.ShiftModifier,
    Qt.KeyboardModifier.AltModifier,
)


def open_view(qtbot, ctx) -> tuple[TemplatesView, MemoryCatalogue]:
    catalogue = MemoryCatalogue(author="Giulia", client="Hotel Aurora")
    view = TemplatesView(ctx, entries=catalogue.entries, load=catalogue.load, save=catalogue.save)
    qtbot.addWidget(view)
    view.resize(1024, 700)
    view.show()
    with qtbot.waitActive(view):  # shortcuts only reach an active window
        view.activateWindow()
    view.table.setFocus()
    return view, catalogue


def type_into(qtbot, field, text: str) -> None:
    """Focus a field, select what it holds and type over it."""
    field.setFocus()
    if hasattr(field, "selectAll"):
        field.selectAll()
    qtbot.keyClicks(field, text)


def fill_item(qtbot, editor: TemplateEditor, it: str, en: str, guide_it: str, guide_en: str):
    form = editor.item_form
    for field, text in (
        (form.question_it, it),
        (form.question_en, en),
        (form.guidance_it, guide_it),
        (form.guidance_en, guide_en),
    ):
        type_into(qtbot, field, text)


def choose(qtbot, combo, data) -> None:
    """Pick a combo box entry with the arrow keys, as the keyboard does."""
    combo.setFocus()
    target = combo.findData(data)
    assert target >= 0, data
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def tree_rows(editor: TemplateEditor) -> list[tuple[str, ...]]:
    """Return what the tree shows: (text, type) per node, children indented."""
    rows = []
    tree = editor.tree
    for top in range(tree.topLevelItemCount()):
        node = tree.topLevelItem(top)
        rows.append((node.text(0), node.text(1)))
        rows += [
            ("  " + node.child(n).text(0), node.child(n).text(1)) for n in range(node.childCount())
        ]
    return rows


def item(item_id: str, section: str, **fields) -> Item:
    """Return an item with the editor's defaults for a new item."""
    base = dict(
        id=item_id,
        question={"it": "", "en": ""},
        guidance={"it": "", "en": ""},
        type=AnswerType.YES_NO,
        dimension=Dimension.FUNCTIONAL,
        phase=Phase.ACTIVATION,
        section=section,
    )
    base.update(fields)
    return Item(**base)


def test_new_template_by_keyboard_is_saved_exactly_as_built(qtbot, ctx):
    view, catalogue = open_view(qtbot, ctx)
    qtbot.keyClick(view.table, Qt.Key.Key_N, CTRL | SHIFT)  # New template
    editor = view.editor
    assert view.pages.currentWidget() is editor
    assert QApplication.focusWidget() is editor.template_id
    qtbot.keyClicks(editor.template_id, "agency_call")  # the suggested id is selected: typed over
    choose(qtbot, editor.touchpoint, "phone")
    type_into(qtbot, editor.title_it, "Telefonata")
    type_into(qtbot, editor.title_en, "Phone call")

    # The first section and item come with the new template; give them their texts.
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_Up)  # from item_1 up to its section
    assert editor.tree.selection() == ("section", 0)
    type_into(qtbot, editor.section_form.title_it, "Accoglienza")
    type_into(qtbot, editor.section_form.title_en, "Welcome")
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_Down)
    fill_item(
        qtbot, editor, "Ha risposto?", "Did anyone answer?", "Entro 3 squilli.", "Within 3 rings."
    )

    # A second section with a choice item and a timer item, all by keys.
    qtbot.keyClick(editor.item_form.question_en, Qt.Key.Key_Return, CTRL | SHIFT)  # add section
    assert QApplication.focusWidget() is editor.section_form.title_en
    qtbot.keyClicks(editor.section_form.title_en, "Closing")
    type_into(qtbot, editor.section_form.title_it, "Chiusura")
    qtbot.keyClick(editor.section_form.title_it, Qt.Key.Key_Return, CTRL)  # add item
    assert editor.tree.selection() == ("item", 1)
    assert QApplication.focusWidget() is editor.item_form.question_en
    fill_item(qtbot, editor, "Saluto finale", "Closing words", "Cosa ha detto?", "What was said?")
    choose(qtbot, editor.item_form.type, "choice")
    table = editor.item_form.options.table
    for row, (it, en) in enumerate((("Cordiale", "Warm"), ("Freddo", "Cold"))):
        table.item(row, 1).setText(it)
        table.item(row, 2).setText(en)
    qtbot.keyClick(editor.item_form.question_en, Qt.Key.Key_Return, CTRL)
    fill_item(qtbot, editor, "Durata", "Length of call", "Dal saluto.", "From the greeting.")
    choose(qtbot, editor.item_form.type, "timer")
    type_into(qtbot, editor.item_form.threshold.lineEdit(), "300")
    qtbot.keyClick(editor.item_form.threshold, Qt.Key.Key_Tab)

    assert editor.problems == []
    assert tree_rows(editor) == [
        ("Welcome", ""),
        ("  Did anyone answer?", "Yes / no"),
        ("Closing", ""),
        ("  Closing words", "Choice (one option)"),
        ("  Length of call", "Timer"),
    ]
    qtbot.keyClick(editor.item_form.threshold, Qt.Key.Key_S, CTRL)  # Save
    assert list(catalogue.saved) == [("agency_call", "1.0.0")]
    assert catalogue.saved[("agency_call", "1.0.0")] == Template(
        id="agency_call",
        version="1.0.0",
        touchpoint=TouchpointKind.PHONE,
        title={"it": "Telefonata", "en": "Phone call"},
        description={"it": "", "en": ""},
        sections=(
            Section("main", {"it": "Accoglienza", "en": "Welcome"}),
            Section("section_2", {"it": "Chiusura", "en": "Closing"}),
        ),
        items=(
            item(
                "item_1",
                "main",
                question={"it": "Ha risposto?", "en": "Did anyone answer?"},
                guidance={"it": "Entro 3 squilli.", "en": "Within 3 rings."},
            ),
            item(
                "item_2",
                "section_2",
                type=AnswerType.CHOICE,
                question={"it": "Saluto finale", "en": "Closing words"},
                guidance={"it": "Cosa ha detto?", "en": "What was said?"},
                options=(
                    ChoiceOption("option_1", {"it": "Cordiale", "en": "Warm"}, 1),
                    ChoiceOption("option_2", {"it": "Freddo", "en": "Cold"}, 0),
                ),
            ),
            item(
                "item_3",
                "section_2",
                type=AnswerType.TIMER,
                question={"it": "Durata", "en": "Length of call"},
                guidance={"it": "Dal saluto.", "en": "From the greeting."},
                threshold=300.0,
                unit="s",
            ),
        ),
    )
    # The list shows the new template, the editor continues from the saved version.
    row = view.current_row()
    assert (row.id, row.version, row.items, row.author, row.builtin) == (
        "agency_call",
        "1.0.0",
        3,
        "Giulia",
        False,
    )
    assert editor.template_id.isReadOnly() and not editor.dirty
    assert editor.status.text() == "Saved as agency_call version 1.0.0"


@pytest.fixture
def draft() -> Template:
    """Return a valid three-item template, the third shown only if the first was answered no."""
    return Template(
        id="draft",
        version="1.0.0",
        touchpoint=TouchpointKind.PHONE,
        title={"it": "Bozza", "en": "Draft"},
        description={"it": "", "en": ""},
        sections=(Section("main", {"it": "Principale", "en": "Main"}),),
        items=(
            item(
                "answered",
                "main",
                question={"it": "Risposto?", "en": "Answered?"},
                guidance={"it": "G", "en": "G"},
            ),
            item(
                "tone",
                "main",
                type=AnswerType.SCALE,
                question={"it": "Tono", "en": "Tone"},
                guidance={"it": "G", "en": "G"},
            ),
            item(
                "why",
                "main",
                type=AnswerType.TEXT,
                question={"it": "Perché?", "en": "Why?"},
                guidance={"it": "G", "en": "G"},
                relevant="${answered} = 'no'",
            ),
        ),
    )


def open_editor(qtbot, ctx, template: Template, lang: str = "en") -> TemplateEditor:
    view, _catalogue = open_view(qtbot, ctx if lang == "en" else make_ctx(ctx.store, lang))
    view._open(template, new=True)
    return view.editor


def clear_second_english_question(qtbot, editor: TemplateEditor) -> None:
    """Select the second item and erase its English question, as the keyboard does."""
    editor.tree.select(("item", 1))
    editor.item_form.question_en.setFocus()
    editor.item_form.question_en.selectAll()
    qtbot.keyClick(editor.item_form.question_en, Qt.Key.Key_Backspace)


def test_a_problem_appears_beside_its_item_and_save_waits_for_it(qtbot, ctx, draft):
    editor = open_editor(qtbot, ctx, draft)
    saved = []
    editor.save_requested.connect(saved.append)
    clear_second_english_question(qtbot, editor)
    problem = "item 'tone': question has no English text ('en')"
    assert [p.message for p in editor.problems] == [problem]
    assert editor.item_form.problems.text() == "\u26a0 " + problem
    assert editor.tree.node(("item", 1)).text(0) == "\u26a0 Tono"  # the Italian meanwhile
    assert editor.tree.node(("item", 1)).toolTip(0) == problem
    assert editor.problem_title.text() == "Problems to solve before saving: 1"
    qtbot.keyClick(editor.item_form.question_en, Qt.Key.Key_S, CTRL)
    assert saved == []
    assert editor.status.text() == "Not saved: problems to solve first: 1"

    qtbot.keyClicks(editor.item_form.question_en, "Voice")
    assert editor.problems == []
    assert editor.item_form.problems.isHidden()
    assert editor.tree.node(("item", 1)).text(0) == "Voice"
    qtbot.keyClick(editor.item_form.question_en, Qt.Key.Key_S, CTRL)
    assert saved == [
        dataclasses.replace(
            draft,
            items=(
                draft.items[0],
                dataclasses.replace(draft.items[1], question={"it": "Tono", "en": "Voice"}),
                draft.items[2],
            ),
        )
    ]


def test_an_italian_editor_shows_the_problem_in_italian(qtbot, ctx, draft):
    # The problems are the import's own, read by the core: in the window's language too.
    editor = open_editor(qtbot, ctx, draft, lang="it")
    clear_second_english_question(qtbot, editor)
    problem = "voce 'tone': question: manca il testo inglese ('en')"
    assert [p.message for p in editor.problems] == [problem]
    assert editor.item_form.problems.text() == "\u26a0 " + problem
    assert editor.tree.node(("item", 1)).toolTip(0) == problem


def test_a_condition_naming_a_later_item_is_a_problem(qtbot, ctx, draft):
    editor = open_editor(qtbot, ctx, draft)
    editor.tree.select(("item", 2))
    type_into(qtbot, editor.item_form.condition.text, "${nowhere} = 'yes'")
    assert [p.message for p in editor.problems] == [
        "item 'why': the condition names 'nowhere', which is not an item"
    ]
    editor.tree.select(("item", 0))
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_Down, ALT)
    qtbot.keyClick(editor.tree, Qt.Key.Key_Down, ALT)  # "answered" now comes after "why"
    editor.tree.select(("item", 1))  # "why"
    type_into(qtbot, editor.item_form.condition.text, "${answered} = 'no'")
    assert [p.message for p in editor.problems] == [
        "item 'why': the condition names 'answered', which comes later in the checklist"
    ]


def test_the_show_if_picker_builds_the_expression_from_earlier_items(qtbot, ctx, draft):
    editor = open_editor(qtbot, ctx, draft)
    editor.tree.select(("item", 2))
    picker = editor.item_form.condition
    sources = [picker.source.itemText(n) for n in range(picker.source.count())]
    assert sources == ["(always shown)", "answered \u2014 Answered?", "tone \u2014 Tone"]
    # It reads the condition the item has...
    assert (
        picker.source.currentIndex(),
        picker.operator.currentData(),
        picker.value.currentData(),
    ) == (1, "=", "no")
    # ...and builds another from three choices; the text box shows it.
    choose(qtbot, picker.source, "tone")
    assert [picker.operator.itemText(n) for n in range(picker.operator.count())] == [
        "is",
        "is not",
        "is less than",
        "is at most",
        "is more than",
        "is at least",
    ]
    choose(qtbot, picker.operator, "<=")
    choose(qtbot, picker.value, "2")
    assert picker.text.text() == "${tone} <= 2"
    assert editor.template.items[2].relevant == "${tone} <= 2"
    assert editor.tree.node(("item", 2)).text(0) == "\u21b3 Why?"
    choose(qtbot, picker.source, "")
    assert editor.template.items[2].relevant is None and picker.text.text() == ""
    assert editor.problems == []


def test_reorder_by_keyboard_and_by_drop_then_undo_and_redo(qtbot, ctx, draft):
    editor = open_editor(qtbot, ctx, draft)
    ids = lambda: [i.id for i in editor.template.items]  # noqa: E731
    editor.tree.select(("item", 1))
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_Up, ALT)
    assert ids() == ["tone", "answered", "why"]
    assert editor.tree.selection() == ("item", 0)  # the moved item stays selected
    # A drop: Qt moves the node, the editor turns the tree's order into an undoable edit.
    section = editor.tree.topLevelItem(0)
    section.insertChild(0, section.takeChild(2))
    editor.tree.commit_order()
    assert ids() == ["why", "tone", "answered"]
    qtbot.keyClick(editor.tree, Qt.Key.Key_Z, CTRL)
    assert ids() == ["tone", "answered", "why"]
    qtbot.keyClick(editor.tree, Qt.Key.Key_Z, CTRL)
    assert ids() == ["answered", "tone", "why"]
    qtbot.keyClick(editor.tree, Qt.Key.Key_Z, CTRL | SHIFT)
    assert ids() == ["tone", "answered", "why"]
    assert editor.problems == []


def test_typing_is_one_undo_step_and_ctrl_z_in_a_field_is_the_editors(qtbot, ctx, draft):
    editor = open_editor(qtbot, ctx, draft)
    window_undo = []
    # The window's Undo (workspace changes) shares Ctrl+Z: inside the editor it must not fire.
    from PySide6.QtGui import QAction

    action = QAction(editor.window())
    action.setShortcut("Ctrl+Z")
    action.triggered.connect(lambda: window_undo.append(True))
    editor.window().addAction(action)
    editor.tree.select(("item", 0))
    type_into(qtbot, editor.item_form.question_en, "Did they pick up?")
    qtbot.keyClick(editor.item_form.critical, Qt.Key.Key_Space)
    assert editor.template.items[0].critical is True
    qtbot.keyClick(editor.item_form.question_en, Qt.Key.Key_Z, CTRL)
    assert editor.template.items[0].critical is False
    assert editor.item_form.critical.isChecked() is False
    qtbot.keyClick(editor.item_form.question_en, Qt.Key.Key_Z, CTRL)
    assert editor.template.items[0].question == {"it": "Risposto?", "en": "Answered?"}
    assert editor.item_form.question_en.text() == "Answered?"
    assert not editor.dirty
    qtbot.keyClick(editor.item_form.question_en, Qt.Key.Key_Z, CTRL | SHIFT)
    assert editor.item_form.question_en.text() == "Did they pick up?"
    assert window_undo == []


def test_remove_and_add_section_and_items(qtbot, ctx, draft):
    editor = open_editor(qtbot, ctx, draft)
    editor.tree.select(("item", 1))
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_Delete, CTRL)
    assert [i.id for i in editor.template.items] == ["answered", "why"]
    qtbot.keyClick(editor.tree, Qt.Key.Key_Return, CTRL | SHIFT)
    qtbot.keyClick(editor.section_form.title_en, Qt.Key.Key_Return, CTRL)
    assert [(s.id) for s in editor.template.sections] == ["main", "section_2"]
    assert [(i.id, i.section) for i in editor.template.items] == [
        ("answered", "main"),
        ("why", "main"),
        ("item_3", "section_2"),
    ]
    # Removing a section takes its items; one undo brings both back.
    editor.tree.select(("section", 1))
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_Delete, CTRL)
    assert [s.id for s in editor.template.sections] == ["main"]
    assert [i.id for i in editor.template.items] == ["answered", "why"]
    qtbot.keyClick(editor.tree, Qt.Key.Key_Z, CTRL)
    assert [i.id for i in editor.template.items] == ["answered", "why", "item_3"]


def test_renaming_an_item_keeps_the_conditions_naming_it(qtbot, ctx, draft):
    editor = open_editor(qtbot, ctx, draft)
    editor.tree.select(("item", 0))
    type_into(qtbot, editor.item_form.item_id, "picked_up")
    assert editor.template.items[2].relevant == "${picked_up} = 'no'"
    assert editor.problems == []


def test_duplicate_a_builtin_and_save_it_as_the_agencys(qtbot, ctx):
    view, catalogue = open_view(qtbot, ctx)
    assert [
        (r.id, r.version, r.title["en"], r.touchpoint, r.items, r.builtin) for r in view.rows
    ] == [("mini", "1.0.0", "Test call", "phone", 5, True)]
    qtbot.keyClick(view.table, Qt.Key.Key_D, CTRL)
    editor = view.editor
    mini = builtin_template("mini")
    assert editor.template == dataclasses.replace(mini, id="mini_copy")
    assert editor.template_id.text() == "mini_copy" and editor.version.text() == "1.0.0"
    assert editor.problems == []
    qtbot.keyClick(editor.tree, Qt.Key.Key_S, CTRL)
    assert catalogue.saved == {("mini_copy", "1.0.0"): dataclasses.replace(mini, id="mini_copy")}
    # Editing the saved one and saving again makes its next version.
    type_into(qtbot, editor.title_en, "Agency call")
    qtbot.keyClick(editor.title_en, Qt.Key.Key_S, CTRL)
    assert sorted(catalogue.saved) == [("mini_copy", "1.0.0"), ("mini_copy", "1.0.1")]
    assert catalogue.saved[("mini_copy", "1.0.1")].title == {
        "it": "Telefonata di prova",
        "en": "Agency call",
    }
    assert editor.version.text() == "1.0.1"
    qtbot.keyClick(editor.tree, Qt.Key.Key_Escape)
    assert view.pages.currentWidget() is view.list_page
    assert [(r.id, r.version) for r in view.rows] == [
        ("mini", "1.0.0"),
        ("mini_copy", "1.0.0"),
        ("mini_copy", "1.0.1"),
    ]


def test_the_preview_hides_an_item_whose_condition_fails(qtbot, ctx, draft):
    editor = open_editor(qtbot, ctx, draft)
    shown = []
    editor.preview_shown.connect(shown.append)
    qtbot.keyClick(editor.tree, Qt.Key.Key_P, CTRL)
    (dialog,) = shown
    qtbot.addWidget(dialog)
    # Unanswered, "answered" reads as empty: "why" (shown only if answered no) is hidden.
    assert dialog.hidden() == {"why"}
    assert dialog.position.text() == "Item 1 of 2 \u00b7 Main"
    qtbot.keyClick(dialog, Qt.Key.Key_Y)
    qtbot.keyClick(dialog, Qt.Key.Key_PageDown)
    qtbot.keyClick(dialog, Qt.Key.Key_PageDown)  # past the last shown item: stays there
    assert (dialog.index, dialog.question.text()) == (1, "Tone")
    assert [dialog.items.item(n).text() for n in range(3)] == [
        "Answered?",
        "Tone",
        "Why?  (hidden)",
    ]
    qtbot.keyClick(dialog, Qt.Key.Key_PageUp)
    qtbot.keyClick(dialog, Qt.Key.Key_N)  # answered no: "why" appears
    assert dialog.hidden() == set()
    qtbot.keyClick(dialog, Qt.Key.Key_PageDown)
    qtbot.keyClick(dialog, Qt.Key.Key_PageDown)
    assert (dialog.index, dialog.question.text(), dialog.position.text()) == (
        2,
        "Why?",
        "Item 3 of 3 \u00b7 Main",
    )


def test_the_editor_speaks_italian(qtbot, ctx, draft):
    editor = open_editor(qtbot, ctx, draft, lang="it")
    editor.tree.select(("item", 0))
    names = {name: action.text() for name, action in editor.actions_by_name.items()}
    assert names == {
        "add_section": "Aggiungi sezione",
        "add_item": "Aggiungi domanda",
        "remove": "Rimuovi",
        "move_up": "Sposta su",
        "move_down": "Sposta giù",
        "undo": "Annulla",
        "redo": "Ripeti",
        "preview": "Anteprima",
        "save": "Salva",
        "close": "Chiudi",
    }
    assert editor.tree.node(("item", 1)).text(1) == "Scala"
    assert editor.problem_title.text() == "Nessun problema: l'importazione accetta questo modello"


def test_what_the_editor_checks_is_what_the_import_reads(draft):
    forms = pytest.importorskip("auditor.forms")
    from ui.templates.validation import toml_writer

    assert toml_writer() is forms.dump_toml
    assert parse_template(forms.dump_toml(draft)) == draft
