"""Every user-facing string in the code has its Italian translation, with the same placeholders."""

from __future__ import annotations

import ast
import gettext
import re
from pathlib import Path

import polib
import pytest

from auditor.i18n import catalog, context, pick, plural, plural_catalog, translator
from tools.translations import FOLDER, entries, finished, source_catalog, source_plurals, write_mo

ROOT = Path(__file__).resolve().parents[2]
FIELD = re.compile(r"\{[a-zA-Z_][a-zA-Z0-9_]*\}")
# The names the code binds plural(lang) and context(lang) to at a call site.
PLURAL_CALLS, CONTEXT_CALLS = ("ngettext",), ("pgettext",)


def _literals(node: ast.Call, count: int) -> tuple[str, ...] | None:
    """Return the call's first `count` arguments when they are all string literals."""
    args = node.args[:count]
    if len(args) == count and all(
        isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args
    ):
        return tuple(a.value for a in args)  # type: ignore[attr-defined]
    return None


def _calls(package_names: tuple[str, ...] = ("auditor", "ui")):
    """Yield (call node, its function's name, where) for every call to a plain name."""
    for package in package_names:
        for path in sorted((ROOT / package).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text("utf-8"))):
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                    yield node, node.func.id, f"{path.relative_to(ROOT)}:{node.lineno}"


def marked_strings() -> dict[str, str]:
    """Return each literal passed to _() or N_() in auditor/ and ui/, with where it was found."""
    found: dict[str, str] = {}
    for node, name, where in _calls():
        if name in ("_", "N_") and (texts := _literals(node, 1)):
            found.setdefault(texts[0], where)
        elif name in CONTEXT_CALLS and (texts := _literals(node, 2)):
            found.setdefault(f"{texts[0]}\x04{texts[1]}", where)
    return found


def marked_plurals() -> dict[tuple[str, str], str]:
    """Return each (singular, plural) literal pair passed to ngettext, with where it was found."""
    found: dict[tuple[str, str], str] = {}
    for node, name, where in _calls():
        if name in PLURAL_CALLS and (texts := _literals(node, 2)):
            found.setdefault((texts[0], texts[1]), where)
    return found


def test_every_marked_string_is_translated_to_italian():
    italian = catalog("it")
    missing = [
        f"{where}: {text!r}" for text, where in marked_strings().items() if text not in italian
    ]
    assert missing == []


def test_every_counted_string_has_its_italian_plural_forms():
    italian = {e.msgid: e.msgid_plural for e in entries("it") if e.msgid_plural and finished(e)}
    assert marked_plurals(), "the plural call sites were not found: renamed?"
    wrong = [
        f"{where}: {singular!r}"
        for (singular, many), where in marked_plurals().items()
        if italian.get(singular) != many or singular not in plural_catalog("it")
    ]
    assert wrong == []


def test_the_compiled_catalog_matches_the_po_files():
    # The app reads auditor.mo; a .po edited without `python tools/translations.py` fails here.
    assert catalog("it") == source_catalog("it")
    assert plural_catalog("it") == source_plurals("it")


@pytest.mark.parametrize("po_file", sorted(FOLDER.glob("*/*.po")), ids=lambda p: p.name)
def test_every_catalog_entry_is_translated_in_full(po_file):
    # An empty msgstr, a missing plural form or a fuzzy entry would show English (or a stale text).
    lang = po_file.parent.name
    nplurals = 2  # Italian and English: one form for 1, one for every other count
    unfinished = []
    for entry in polib.pofile(str(po_file)):
        if entry.obsolete:
            continue
        forms = len(entry.msgstr_plural) if entry.msgid_plural else nplurals
        if not finished(entry) or forms != nplurals:
            unfinished.append(entry.msgid)
    assert unfinished == [], f"{lang}/{po_file.name}"


def test_placeholders_survive_translation():
    wrong = [
        msgid
        for msgid, msgstr in catalog("it").items()
        if sorted(FIELD.findall(msgid)) != sorted(FIELD.findall(msgstr))
    ]
    for entry in entries("it"):
        if entry.msgid_plural:
            for index, form in entry.msgstr_plural.items():
                source = entry.msgid if index == 0 else entry.msgid_plural
                if sorted(FIELD.findall(source)) != sorted(FIELD.findall(form)):
                    wrong.append(f"{entry.msgid} [{index}]")
    assert wrong == []


def test_a_string_in_two_catalogs_has_one_translation():
    # The merge keeps one msgstr per msgid: two meanings of one English text need a msgctxt.
    seen: dict[str, str] = {}
    clashes = []
    for entry in entries("it"):
        key = f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt else entry.msgid
        if seen.setdefault(key, entry.msgstr) != entry.msgstr:
            clashes.append(entry.msgid)
    assert clashes == []


def test_translator_and_pick():
    assert translator("en")("Anything") == "Anything"
    assert pick({"it": "Ciao", "en": "Hello"}, "it") == "Ciao"
    assert pick({"en": "Hello"}, "it") == "Hello"


def test_plural_picks_the_form_that_fits_the_count():
    one, many = "{count} visit", "{count} visits"
    assert [plural("it")(one, many, n) for n in (0, 1, 2)] == [
        "{count} visite",
        "{count} visita",
        "{count} visite",
    ]
    assert [plural("en")(one, many, n) for n in (0, 1, 2)] == [many, one, many]
    assert plural("it")("no such text", "no such texts", 1) == "no such text"
    assert context("en")("menu", "Open") == "Open"
    with pytest.raises(ValueError):
        plural("fr")


def test_the_compiler_writes_contexts_and_plural_forms(tmp_path):
    sources = [
        polib.POEntry(msgctxt="verb", msgid="Report", msgstr="Segnala"),
        polib.POEntry(msgctxt="noun", msgid="Report", msgstr="Rapporto"),
        polib.POEntry(
            msgid="{count} photo", msgid_plural="{count} photos", msgstr_plural={0: "a", 1: "b"}
        ),
        polib.POEntry(msgid="Fuzzy", msgstr="Sfocato", flags=["fuzzy"]),
        polib.POEntry(msgid="Unfinished", msgid_plural="Unfinished", msgstr_plural={0: "x", 1: ""}),
    ]
    with write_mo(sources, "it", tmp_path / "test.mo").open("rb") as mo_file:
        compiled = gettext.GNUTranslations(mo_file)
    assert compiled.pgettext("verb", "Report") == "Segnala"
    assert compiled.pgettext("noun", "Report") == "Rapporto"
    assert compiled.gettext("Report") == "Report"
    assert [compiled.ngettext("{count} photo", "{count} photos", n) for n in (1, 5)] == ["a", "b"]
    assert compiled.gettext("Fuzzy") == "Fuzzy"
    assert compiled.ngettext("Unfinished", "Unfinished", 1) == "Unfinished"


# What Qt shows: the text argument(s) of these setters and constructors must go through _().
TEXT_SETTERS = {
    "setText", "setToolTip", "setPlaceholderText", "setWindowTitle", "setStatusTip", "setWhatsThis",
    "setTitle", "setLabelText", "setInformativeText", "setDetailedText", "setTabText",
    "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "setHeaderLabels", "setSuffix",
    "setPrefix", "setSpecialValueText", "showMessage", "addItem", "addItems", "addAction",
    "addMenu", "setAccessibleName",
}  # fmt: skip
TEXT_WIDGETS = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QToolButton", "QAction",
    "QMenu", "QCommandLinkButton", "QMessageBox", "QListWidgetItem", "QTableWidgetItem",
    "QTreeWidgetItem", "QStandardItem",
}  # fmt: skip
MESSAGE_BOXES = {"information", "warning", "critical", "question", "about"}  # parent first
FILE_AND_INPUT_DIALOGS = {
    "getText", "getItem", "getInt", "getDouble", "getMultiLineText", "getOpenFileName",
    "getOpenFileNames", "getSaveFileName", "getExistingDirectory",
}  # fmt: skip
# Text that reads the same in every language: key names, units, file patterns, a URL's scheme.
TECHNICAL = re.compile(
    r"\b(Ctrl|Shift|Alt|Meta|Enter|Return|Esc|Tab|Del|PgUp|PgDn|Home|End|px|dB)\b"
    r"|\*\.\w+|\bhttps?://\S*"
)
WORD = re.compile(r"[A-Za-z]*[a-z][A-Za-z]*")
# A literal the check would flag that rightly stays as it is, with the reason.
ALLOWED: dict[str, str] = {}


def _shown_literals(node: ast.expr) -> list[str]:
    """Return the literal text parts of an argument (a branch of `a if c else b`, a `+` part...)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return [v.value for v in node.values if isinstance(v, ast.Constant)]
    if isinstance(node, ast.IfExp):
        return _shown_literals(node.body) + _shown_literals(node.orelse)
    if isinstance(node, ast.BinOp):
        return _shown_literals(node.left) + _shown_literals(node.right)
    if isinstance(node, (ast.List, ast.Tuple)):
        return [text for element in node.elts for text in _shown_literals(element)]
    # "Label {x}".format(x=...) still shows the label.
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "format"
    ):
        return _shown_literals(node.func.value)
    return []  # _("..."), a variable, a call: translated (or not) elsewhere


def _shown_arguments(node: ast.Call) -> list[ast.expr]:
    """Return the arguments of a Qt call that end up on screen as text."""
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    text_keywords = [k.value for k in node.keywords if k.arg in ("text", "title", "toolTip")]
    if name in TEXT_SETTERS or name in TEXT_WIDGETS:
        return list(node.args) + text_keywords
    if name in ("addTab", "insertTab") or name in FILE_AND_INPUT_DIALOGS:
        return list(node.args[1:]) + text_keywords
    if name in MESSAGE_BOXES and getattr(getattr(func, "value", None), "id", "") == "QMessageBox":
        return list(node.args[1:]) + text_keywords
    return []


def needs_translation(text: str) -> bool:
    """Return whether a literal holds words (not only key names, units, patterns or format)."""
    return any(len(word) >= 2 for word in WORD.findall(TECHNICAL.sub(" ", text)))


def unmarked_literals(folder: Path) -> list[str]:
    """Return 'file:line: text' for each shown literal in the folder's code not wrapped in _()."""
    found = []
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            for argument in _shown_arguments(node):
                for text in _shown_literals(argument):
                    if needs_translation(text) and text not in ALLOWED:
                        found.append(f"{path.relative_to(folder)}:{node.lineno}: {text!r}")
    return found


def test_no_text_shown_by_the_interface_is_left_unmarked():
    assert unmarked_literals(ROOT / "ui") == []


def test_the_unmarked_text_check_finds_what_it_should(tmp_path):
    (tmp_path / "sample.py").write_text(
        "QLabel('Visit score')\n"
        "button.setToolTip(_('Undo') + ' (Ctrl+Z)')\n"
        "box.setText(_('Score') if ok else 'none yet')\n"
        "QMessageBox.warning(self, 'Export', _('Failed'))\n"
        "tabs.addTab(page, 'History')\n"
        "field.setPlaceholderText('https://')\n"
        "name.setObjectName('scoreLabel')\n"
        "dialog.getSaveFileName(self, _('Save'), '', 'PDF (*.pdf)')\n"
        "combo.addItem('{:.1f}'.format(x))\n",
        "utf-8",
    )
    texts = [line.split(": ", 1)[1] for line in unmarked_literals(tmp_path)]
    assert texts == ["'Visit score'", "'none yet'", "'Export'", "'History'"]


def test_the_users_language_is_the_windows_when_it_has_one(monkeypatch):
    from auditor.i18n import set_user_language, user_language

    monkeypatch.setenv("AUDITOR_LANG", "en")
    assert user_language() == "en"
    set_user_language("it")
    assert user_language() == "it"
    set_user_language(None)
    assert user_language() == "en"
    with pytest.raises(ValueError):
        set_user_language("fr")
