"""Edit > Dictionary: the workspace's accepted words seen, added, removed and imported from the
keyboard, each change through the core (undone by Edit > Undo), in English and Italian."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from auditor.commands import AcceptWord
from auditor.storage import Store
from tests.ui.conftest import make_ctx
from ui.context import AppContext
from ui.dialogs.dictionary import DictionaryDialog


def _dialog(qtbot, ctx: AppContext) -> DictionaryDialog:
    dialog = DictionaryDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_word_typed_and_entered_is_accepted_and_undone(qtbot, ctx: AppContext) -> None:
    dialog = _dialog(qtbot, ctx)
    assert dialog.count.text().startswith("No words yet")
    assert not dialog.add_button.isEnabled() and not dialog.remove_button.isEnabled()
    qtbot.keyClicks(dialog.word, "idromassaggio")
    qtbot.keyClick(dialog.word, Qt.Key.Key_Return)
    assert ctx.store.profile.accepted_words() == ["idromassaggio"]
    assert (dialog.words(), dialog.count.text(), dialog.word.text()) == (
        ["idromassaggio"],
        "1 word",
        "",
    )
    assert dialog.list.currentItem().text() == "idromassaggio"
    ctx.editor.undo()
    assert ctx.store.profile.accepted_words() == []


def test_a_word_the_dictionary_cannot_take_is_refused_with_the_core_s_reason(
    qtbot, ctx: AppContext
) -> None:
    dialog = _dialog(qtbot, ctx)
    qtbot.keyClicks(dialog.word, "Hotel Bellavista")
    qtbot.keyClick(dialog.word, Qt.Key.Key_Return)
    assert ctx.store.profile.accepted_words() == []
    assert dialog.error.isVisible() and "more than one word" in dialog.error.text()
    assert dialog.word.text() == "Hotel Bellavista"  # kept, to be mended
    qtbot.keyClick(dialog.word, Qt.Key.Key_Backspace)
    assert not dialog.error.isVisible()


def test_selected_words_are_removed_with_delete_in_one_step(qtbot, ctx: AppContext) -> None:
    for word in ("Bellavista", "Maremma", "idromassaggio"):
        ctx.run(AcceptWord(word))
    dialog = _dialog(qtbot, ctx)
    assert dialog.words() == ["Bellavista", "idromassaggio", "Maremma"]  # as a reader sorts them
    dialog.list.setFocus()
    dialog.list.item(0).setSelected(True)
    dialog.list.item(2).setSelected(True)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Delete)
    assert ctx.store.profile.accepted_words() == ["idromassaggio"] == dialog.words()
    ctx.editor.undo()
    assert ctx.store.profile.accepted_words() == ["Bellavista", "Maremma", "idromassaggio"]


def test_a_list_is_imported_whole_or_refused_whole(
    qtbot, ctx: AppContext, tmp_path: Path, monkeypatch
) -> None:
    from ui.widgets import messages

    said: list[str] = []
    monkeypatch.setattr(messages, "error", lambda _parent, title, text: said.append(text))
    dialog = _dialog(qtbot, ctx)
    good = tmp_path / "client.txt"
    good.write_text("# Hotel Bellavista\nBellavista\nidromassaggio\n", "utf-8")
    assert dialog.import_path(good) == 2
    assert dialog.words() == ["Bellavista", "idromassaggio"]
    bad = tmp_path / "more.txt"
    bad.write_text("Maremma\nidro massaggio\n", "utf-8")
    assert dialog.import_path(bad) == 0
    assert said and said[0].startswith("more.txt, line 2:")
    assert ctx.store.profile.accepted_words() == ["Bellavista", "idromassaggio"]
    ctx.editor.undo()  # the first import, whole
    assert ctx.store.profile.accepted_words() == []


def test_the_dialog_speaks_italian(qtbot, store: Store) -> None:
    ctx = make_ctx(store, "it")
    ctx.run(AcceptWord("Maremma"))
    dialog = _dialog(qtbot, ctx)
    assert dialog.windowTitle() == "Dizionario"
    assert (dialog.add_button.text(), dialog.remove_button.text()) == ("&Aggiungi", "&Togli")
    assert dialog.count.text() == "1 parola"
    qtbot.keyClicks(dialog.word, "Hotel Bellavista")
    qtbot.keyClick(dialog.word, Qt.Key.Key_Return)
    assert "è più di una parola" in dialog.error.text()


def test_the_edit_menu_opens_it(qtbot, ctx: AppContext, settings, monkeypatch) -> None:
    from tests.ui.test_window import make_window

    window = make_window(qtbot, ctx, settings)
    opened: list[DictionaryDialog] = []
    monkeypatch.setattr(DictionaryDialog, "exec", lambda self: opened.append(self) or 0)
    window.actions["dictionary"].trigger()
    assert len(opened) == 1
    assert window.actions["dictionary"] in window.actions.menus["edit"].actions()
