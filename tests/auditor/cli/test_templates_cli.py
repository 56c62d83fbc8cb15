"""`auditor templates` and `auditor new`: the catalogue on the command line, refusals that change nothing."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from auditor.catalogue import next_free_version
from auditor.checklists import builtin_template, builtin_templates
from auditor.cli import main
from tests.auditor.cli.test_commands import ROOT, run

PHONE = ROOT / "checklists" / "phone.toml"


def cli(workspace: Path, capsys, *args: str) -> tuple[int, str, str]:
    """Run the command line in this process on the workspace; return status, stdout, stderr."""
    capsys.readouterr()
    status = main(["--workspace", str(workspace), *args])
    out, err = capsys.readouterr()
    return status, out, err


def state(workspace: Path, capsys) -> tuple[Any, ...]:
    """Return what the workspace holds, as the command line shows it: catalogue and audits."""
    audits = cli(workspace, capsys, "list", "--json")  # first: it creates a missing workspace
    listed = cli(workspace, capsys, "templates", "list", "--json")
    return json.loads(listed[1]), json.loads(audits[1])


def edited_phone(folder: Path, weight: int = 7) -> tuple[Path, str]:
    """Write phone.toml with its first item's weight changed and its version string kept."""
    text = PHONE.read_text("utf-8")
    first = builtin_template("phone").items[0].id
    start = text.index(f'id = "{first}"')
    text = text[:start] + re.sub(r"\nweight = \d+", f"\nweight = {weight}", text[start:], count=1)
    if f"weight = {weight}" not in text[start:]:
        text = text[:start] + text[start:].replace("\n", f"\nweight = {weight}\n", 1)
    path = folder / "phone-edited.toml"
    path.write_text(text, "utf-8")
    return path, first


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    return tmp_path / "desk.auditdesk"


def test_list_shows_the_builtins_without_creating_a_workspace(workspace, capsys):
    status, out, err = cli(workspace, capsys, "templates", "list", "--json")
    assert (status, err) == (0, "")
    rows = json.loads(out)
    assert sorted((r["id"], r["version"], r["origin"]) for r in rows) == sorted(
        (t.id, t.version, "builtin") for t in builtin_templates()
    )
    assert not workspace.exists()


def test_import_list_new_answer_score(workspace, tmp_path, capsys):
    phone = builtin_template("phone")
    path, item = edited_phone(tmp_path)
    status, out, err = cli(workspace, capsys, "templates", "import", str(path), "--json")
    assert (status, err) == (0, "")
    imported = json.loads(out)
    assert (imported["id"], imported["requested_version"], imported["status"]) == (
        "phone",
        phone.version,
        "renumbered",
    )
    version = imported["version"]
    assert version != phone.version

    rows = json.loads(cli(workspace, capsys, "templates", "list", "--json")[1])
    phones = [(r["version"], r["origin"], r["latest"]) for r in rows if r["id"] == "phone"]
    assert phones == [(version, "import", True), (phone.version, "builtin", False)]

    status, out, err = cli(
        workspace, capsys, "new", "--client", "Hotel Lago", "--title", "Autumn",
        "--template", "phone", "--template", f"phone@{phone.version}", "--date", "2026-11-09",
        "--auditor", "Anna",
    )  # fmt: skip
    assert (status, err) == (0, "")
    audit_id = out.strip()
    listed = json.loads(cli(workspace, capsys, "list", "--json")[1])
    assert [(a["id"], a["client"], a["title"], a["date"]) for a in listed] == [
        (audit_id, "Hotel Lago", "Autumn", "2026-11-09")
    ]
    from auditor.storage import Store

    with Store.open(workspace) as store:
        visits = store.audits.visits(audit_id)
        assert [v.template_version for v in visits] == [version, phone.version]
        first, second = (v.id for v in visits)

    assert cli(workspace, capsys, "answer", audit_id, first[:8], item, "yes")[0] == 0
    assert cli(workspace, capsys, "answer", audit_id, second[:8], item, "no")[0] == 0
    score = json.loads(cli(workspace, capsys, "score", audit_id, "--json")[1])
    assert [t["score"] for t in score["touchpoints"]] == [100.0, 0.0]


def test_the_same_version_trap_is_gone(workspace, tmp_path, capsys):
    status, out, _ = cli(
        workspace, capsys, "new", "--client", "Bar", "--title", "Before", "--template", "phone"
    )
    old_audit = out.strip()
    phone = builtin_template("phone")
    item = phone.items[0].id
    assert cli(workspace, capsys, "answer", old_audit, "phone", item, "yes")[0] == 0
    before = cli(workspace, capsys, "score", old_audit, "--json")[1]

    path, _item = edited_phone(tmp_path)
    status, out, _ = cli(workspace, capsys, "templates", "import", str(path))
    assert status == 0
    new_version = next_free_version(phone.version, [phone.version])
    assert out == (
        f"phone@{new_version} added: phone@{phone.version} is already in the catalogue with "
        "other content, so this content is a new version\n"
    )
    assert cli(workspace, capsys, "score", old_audit, "--json")[1] == before
    # The same file again: a no-op that says so.
    status, out, _ = cli(workspace, capsys, "templates", "import", str(path))
    assert status == 0 and "nothing imported" in out
    held = state(workspace, capsys)
    assert cli(workspace, capsys, "templates", "import", str(path))[0] == 0
    assert state(workspace, capsys) == held


def test_a_broken_file_is_refused_with_every_problem_and_nothing_imported(
    workspace, tmp_path, capsys
):
    held = state(workspace, capsys)
    broken = tmp_path / "broken.toml"
    broken.write_text(
        PHONE.read_text("utf-8").replace('touchpoint = "phone"', 'touchpoint = "fax"', 1)
        + "\nsurprise = 1\n",
        "utf-8",
    )
    status, out, err = cli(workspace, capsys, "templates", "import", str(broken))
    assert status == 2 and out == ""
    lines = err.splitlines()
    assert len(lines) >= 1 and all(line.startswith(f"{broken}:") for line in lines)
    assert state(workspace, capsys) == held


@pytest.mark.parametrize(
    "args, message",
    [
        (("templates", "import", "{tmp}/notes.txt"), "must end in .toml or .xlsx"),
        (("templates", "import", str(PHONE), "--client", "Nobody"), "no client named"),
        (("templates", "export", "nope", "-o", "{tmp}/x.toml"), "no template with id nope"),
        (("templates", "export", "phone@9.9", "-o", "{tmp}/x.toml"), "no template phone@9.9"),
        (("templates", "export", "phone", "-o", "{tmp}/x.pdf"), "must end in .toml or .xlsx"),
        (("new", "--client", "A", "--title", "T", "--template", "nope"), "no template nope"),
        (("new", "--client", "A", "--title", "T", "--template", "phone@0.0.9"), "phone@0.0.9"),
        (
            ("new", "--client", "A", "--title", "T", "--template", "phone", "--date", "9/11/2026"),
            "9/11/2026 is not a date",
        ),
        (("new", "--client", "A", "--title", " ", "--template", "phone"), "needs a title"),
    ],
)
def test_refusals_are_one_line_exit_2_and_change_nothing(
    workspace, tmp_path, capsys, args, message
):
    held = state(workspace, capsys)
    (tmp_path / "notes.txt").write_text("hello")
    status, out, err = cli(workspace, capsys, *(a.format(tmp=tmp_path) for a in args))
    assert (status, out) == (2, "")
    assert len(err.splitlines()) == 1 and message in err, err
    assert state(workspace, capsys) == held
    assert not (tmp_path / "x.toml").exists()


def test_export_toml_is_the_catalogue_text_and_validates(workspace, tmp_path, capsys):
    target = tmp_path / "out.toml"
    status, _out, err = cli(workspace, capsys, "templates", "export", "phone", "-o", str(target))
    assert (status, err) == (0, "")
    assert target.read_text("utf-8") == PHONE.read_text("utf-8")
    assert cli(workspace, capsys, "templates", "validate", str(target), str(PHONE))[:2] == (
        0,
        "2 template files valid\n",
    )


def test_xlsx_round_trip_when_xlsform_support_is_there(workspace, tmp_path, capsys):
    try:
        from auditor.forms import read_xlsform, write_xlsform  # noqa: F401
    except Exception:
        pytest.skip("auditor.forms (XLSForm) is not there yet")
    target = tmp_path / "phone.xlsx"
    status, _out, err = cli(workspace, capsys, "templates", "export", "phone", "-o", str(target))
    assert (status, err) == (0, "")
    status, out, err = cli(workspace, capsys, "templates", "import", str(target), "--json")
    assert (status, err) == (0, ""), err
    assert json.loads(out)["id"] == "phone"


def test_checklists_stays_an_alias(workspace, tmp_path, capsys):
    status, out, _ = cli(workspace, capsys, "checklists", "--json")
    rows = json.loads(out)
    assert status == 0
    assert {r["id"] for r in rows} == {t.id for t in builtin_templates()}
    assert all(set(r) == {"id", "touchpoint", "version", "title", "items"} for r in rows)
    path, _item = edited_phone(tmp_path)
    cli(workspace, capsys, "templates", "import", str(path))
    rows = json.loads(cli(workspace, capsys, "checklists", "--json")[1])
    phone = builtin_template("phone")
    assert [r["version"] for r in rows if r["id"] == "phone"] == [
        next_free_version(phone.version, [phone.version])
    ]
    assert cli(workspace, capsys, "checklists", "validate", str(PHONE))[0] == 0


def test_templates_command_in_a_real_process(tmp_path):
    workspace = tmp_path / "w.auditdesk"
    path, _item = edited_phone(tmp_path)
    result = run("templates", "import", str(path), workspace=workspace)
    assert result.returncode == 0, result.stderr
    result = run("new", "--client", "X", "--title", "Y", "--template", "nope", workspace=workspace)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
