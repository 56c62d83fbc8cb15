"""Every user-facing string in the code has its Italian translation, with the same placeholders."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from auditor.i18n import catalog, pick, translator
from tools.translations import source_catalog

ROOT = Path(__file__).resolve().parents[2]
FIELD = re.compile(r"\{[a-zA-Z_][a-zA-Z0-9_]*\}")


def marked_strings() -> dict[str, str]:
    """Return each literal passed to _() or N_() in auditor/ and ui/, with where it was found."""
    found: dict[str, str] = {}
    for package in ("auditor", "ui"):
        for path in sorted((ROOT / package).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text("utf-8"))):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id in ("_", "N_")
                    and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)
                ):
                    found.setdefault(node.args[0].value, f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def test_every_marked_string_is_translated_to_italian():
    italian = catalog("it")
    missing = [
        f"{where}: {text!r}" for text, where in marked_strings().items() if text not in italian
    ]
    assert missing == []


def test_the_compiled_catalog_matches_the_po_files():
    # The app reads auditor.mo; a .po edited without `python tools/translations.py` fails here.
    assert catalog("it") == source_catalog("it")


def test_placeholders_survive_translation():
    wrong = [
        msgid
        for msgid, msgstr in catalog("it").items()
        if sorted(FIELD.findall(msgid)) != sorted(FIELD.findall(msgstr))
    ]
    assert wrong == []


def test_translator_and_pick():
    assert translator("en")("Anything") == "Anything"
    assert pick({"it": "Ciao", "en": "Hello"}, "it") == "Ciao"
    assert pick({"en": "Hello"}, "it") == "Hello"
