"""ui/ never writes to the store: every change is a command of the core, undone by the core."""

from __future__ import annotations

import ast
from pathlib import Path

from auditor.commands import Command, SetAnswer
from auditor.storage.base import writing_methods

ROOT = Path(__file__).resolve().parents[2]
# Helpers of the core that write to the store themselves: tests and benchmarks may use them.
CORE_WRITERS = {
    "store_prepared",
    "add_evidence",
    "replace_audit",
    "create_audit",
    "place_template",
}


def _repositories() -> dict[str, set[str]]:
    """Return, per attribute of Store, the names of that repository's writing methods."""
    import auditor.storage.store as store_module

    classes = {
        "answers": store_module.AnswerRepository,
        "audits": store_module.AuditRepository,
        "clients": store_module.ClientRepository,
        "evidence": store_module.EvidenceRepository,
        "findings": store_module.FindingRepository,
        "profile": store_module.ProfileRepository,
        "history": store_module.HistoryRepository,
        "review": store_module.ReviewRepository,
        "catalogue": store_module.CatalogueRepository,
        "recordings": store_module.RecordingRepository,
    }
    return {attr: writing_methods(cls) for attr, cls in classes.items()}


def store_writes_in_ui() -> list[str]:
    """Return every place in ui/ that calls a writing method of the store or a core writer."""
    writes = _repositories()
    found = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        where = path.relative_to(ROOT)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                method, owner = node.func.attr, node.func.value
                if isinstance(owner, ast.Attribute) and method in writes.get(owner.attr, ()):
                    found.append(f"{where}:{node.lineno}: {owner.attr}.{method}()")
                if method in ("transaction", "atomic", "execute", "db"):
                    found.append(f"{where}:{node.lineno}: .{method}()")
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in CORE_WRITERS
            ):
                found.append(f"{where}:{node.lineno}: {node.func.id}()")
            if (
                isinstance(node, ast.ImportFrom)
                and node.module
                and (
                    node.module.startswith("auditor.storage.")
                    or any(alias.name in CORE_WRITERS for alias in node.names)
                )
            ):
                found.append(f"{where}:{node.lineno}: from {node.module} import ...")
            if isinstance(node, ast.Attribute) and node.attr == "db":
                found.append(f"{where}:{node.lineno}: .db")
    return found


def test_ui_never_writes_to_the_store():
    assert store_writes_in_ui() == []


def test_the_walk_finds_a_write(tmp_path):
    # The walk must be able to fail: the same rules applied to a module that writes.
    writes = _repositories()
    source = "def f(ctx):\n    ctx.store.answers.set('v', 'i', 'yes')\n"
    calls = [
        n
        for n in ast.walk(ast.parse(source))
        if isinstance(n, ast.Call)
        and isinstance(n.func, ast.Attribute)
        and isinstance(n.func.value, ast.Attribute)
        and n.func.attr in writes.get(n.func.value.attr, ())
    ]
    assert len(calls) == 1
    assert {"set", "set_note", "restore"} <= writes["answers"]
    assert {"add", "update", "delete", "restore"} <= writes["findings"]


def test_the_window_undo_stack_holds_core_commands(ctx, audit_id, qtbot):
    from ui.runner.pane import RunnerPane

    pane = RunnerPane(ctx)
    qtbot.addWidget(pane)
    pane.set_audit(audit_id)
    session = pane.session
    assert session is not None
    item = next(i for i in session.items if i.type == "yes_no")
    pane.answer(item.id, "no")
    steps = ctx.editor._undo
    assert steps and all(isinstance(step.run, Command) for step in steps)
    assert isinstance(steps[-1].run, SetAnswer)
    assert not (ROOT / "ui" / "undo.py").exists()
