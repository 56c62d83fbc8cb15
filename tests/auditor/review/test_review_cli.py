"""`auditor review`: comment, resolve, return, approve and list, with exit statuses 0 and 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from auditor.cli import main
from auditor.model import AuditStatus
from auditor.storage import Store
from tests.auditor.review.conftest import make_reviewed


@pytest.fixture
def desk(tmp_path: Path, mini_template) -> tuple[Path, str]:
    """Return a workspace file holding a completed audit, and the audit's id."""
    path = tmp_path / "desk.auditdesk"
    with Store.open(path) as store:
        audit_id = make_reviewed(store, mini_template).audit_id
    return path, audit_id


def review(desk: tuple[Path, str], capsys, *args: str) -> tuple[int, str, str]:
    path, audit_id = desk
    capsys.readouterr()
    status = main(["--workspace", str(path), "review", audit_id[:6], *args])
    out, err = capsys.readouterr()
    return status, out, err


def test_comment_list_return_resolve_approve(desk, capsys):
    status, out, err = review(
        desk,
        capsys,
        "--comment",
        "Name the receptionist.",
        "--touchpoint",
        "phone",
        "--item",
        "answered",
    )
    assert (status, err) == (0, "")
    assert "[open]  1. Test call \u203a 1. Did anyone answer?: Name the receptionist." in out
    assert review(desk, capsys, "--comment", "Good work overall.")[0] == 0
    status, out, _ = review(desk, capsys, "--list", "--json")
    listed = json.loads(out)
    assert status == 0
    assert [(c["item_id"], c["text"], c["resolved"]) for c in listed] == [
        (None, "Good work overall.", False),
        ("answered", "Name the receptionist.", False),
    ]
    assert review(desk, capsys, "--return") == (0, "Status: returned\n", "")
    for comment in listed:
        assert review(desk, capsys, "--resolve", comment["id"][:8])[0] == 0
    status, out, _ = review(desk, capsys, "--list")
    assert out.count("[resolved]") == 2
    with Store.open(desk[0]) as store:
        assert store.audits.get(desk[1]).status == AuditStatus.RETURNED


@pytest.mark.parametrize(
    "args, message",
    [
        (["--return"], "Add a comment"),
        (["--comment", "x", "--touchpoint", "phone", "--item", "nope"], "no item nope"),
        (["--comment", "x", "--item", "tone"], "--item needs --touchpoint"),
        (["--comment", "   "], "needs some text"),
        (["--list", "--json", "--comment", "x"], ""),
        (["--approve", "--json"], "--json goes with --list"),
        (["--resolve", "ffff"], "no comment ffff"),
    ],
)
def test_refusals_exit_2_with_one_line_and_change_nothing(desk, capsys, args, message):
    if args[:2] == ["--list", "--json"]:
        with pytest.raises(SystemExit) as exit_info:  # argparse: two actions at once
            review(desk, capsys, *args)
        assert exit_info.value.code == 2
        return
    status, out, err = review(desk, capsys, *args)
    assert status == 2 and out == ""
    assert message in err and len(err.strip().splitlines()) == 1
    with Store.open(desk[0]) as store:
        assert store.review.for_audit(desk[1]) == []
        assert store.audits.get(desk[1]).status == AuditStatus.COMPLETED


def test_approve_with_an_open_comment_exits_2_then_succeeds(desk, capsys):
    review(desk, capsys, "--comment", "Fix the wait time.")
    status, _out, err = review(desk, capsys, "--approve")
    assert status == 2 and "open review comments" in err
    [comment] = json.loads(review(desk, capsys, "--list", "--json")[1])
    review(desk, capsys, "--resolve", comment["id"])
    assert review(desk, capsys, "--approve") == (0, "Status: reviewed\n", "")
