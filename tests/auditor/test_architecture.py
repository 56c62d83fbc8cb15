"""House rules that keep the layers apart: a Qt-free core, and SQL only in auditor/storage."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SQL = re.compile(
    r"^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|VACUUM|BEGIN|COMMIT)\b", re.I
)


def _modules(package: str) -> list[str]:
    base = ROOT / package
    return sorted(
        ".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        for p in base.rglob("*.py")
        if "_bundled" not in p.parts
    )


def test_the_core_never_loads_qt():
    modules = [m for m in _modules("auditor") if not m.endswith("__main__")]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'ui'))\n"
        "print(len(" + repr(modules) + "), bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(modules) > 20


def _string_literals(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text("utf-8"))
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    ]


def test_no_sql_outside_the_storage_package():
    offenders = []
    for package in ("auditor", "ui"):
        for path in (ROOT / package).rglob("*.py"):
            if (ROOT / "auditor" / "storage") in path.parents:
                continue
            for line, text in _string_literals(path):
                if SQL.match(text) and re.search(r"\b(FROM|INTO|TABLE|SET|WHERE|=)\b", text, re.I):
                    offenders.append(f"{path.relative_to(ROOT)}:{line}: {text[:60]!r}")
    assert offenders == []
