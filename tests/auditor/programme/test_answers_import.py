"""`auditor answers import FILE.csv`: the answers export read back; a bad row imports nothing."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from auditor.commands import SetStatus
from auditor.model import AuditStatus
from auditor.programme.answers_io import answer_commands, import_batch, read_answer_lines
from tests.auditor.programme.chain import GOOD, MID, Chain
from tests.auditor.programme.test_exports import cli


def held(chain: Chain) -> dict:
    """Return every answer of the client's audits: (audit, kind, item) -> (value, note)."""
    found = {}
    for audit in chain.store.audits.all():
        kinds = {v.id: v.kind.value for v in chain.store.audits.visits(audit.id)}
        for visit_id, answers in chain.store.answers.for_audit(audit.id).items():
            for item, answer in answers.items():
                found[(audit.id, kinds[visit_id], item)] = (answer.value, answer.note)
    return found


def write(path: Path, rows: list[list[str]], delimiter: str = ",", bom: bool = False) -> Path:
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
        csv.writer(f, delimiter=delimiter).writerows(rows)
    return path


@pytest.fixture
def audits(chain: Chain) -> dict[str, str]:
    made = chain.audits(0, ["Alba", "Bari"])
    chain.answer(made["Alba"], "shop", GOOD)
    return made


def test_the_answers_export_imports_back(chain, audits, tmp_path, capsys):
    status, _out, err = cli(
        chain.path, capsys, "export", "--client", "Caffè Rete", "-o", str(tmp_path / "e.csv")
    )
    assert status == 0, err
    exported = tmp_path / "e-answers.csv"
    before = held(chain)
    # Change the answers, then import the export: they are as they were.
    chain.answer(audits["Alba"], "shop", MID)
    chain.answer(audits["Bari"], "phone", {"answered": "yes"})
    assert held(chain) != before
    status, out, err = cli(chain.path, capsys, "answers", "import", str(exported))
    assert status == 0, err
    assert "Imported 4 answers from e-answers.csv." in out
    after = held(chain)
    assert after[(audits["Alba"], "shop", "advice")] == (5, "")
    # The export never held Bari's phone answer: the import leaves it alone.
    assert after.pop((audits["Bari"], "phone", "answered")) == ("yes", "")
    assert after == before
    history = chain.store.history.for_audit(audits["Alba"])
    assert sum(1 for e in history if e.action == "answer" and e.new == 5) == 2


def test_values_in_the_items_own_terms_notes_and_clearing(chain, audits, tmp_path, capsys):
    alba, bari = audits["Alba"], audits["Bari"][:8]
    rows = [
        ["touchpoint", "item", "value", "note", "audit", "ignored"],
        ["shop", "greeted", "no", "Nobody at the door", alba, "x"],
        ["SHOP", "advice", "3", "", alba, ""],
        ["phone", "answered", "sì", "", bari, ""],
        ["phone", "remarks", "Linea occupata; richiamato", "", bari, ""],
        [],
        ["shop", "clean", "", "", alba, ""],  # an empty value clears the answer
    ]
    path = write(tmp_path / "semi.csv", rows, delimiter=";", bom=True)
    status, out, err = cli(chain.path, capsys, "answers", "import", str(path))
    assert status == 0, err
    assert "Imported 5 answers from semi.csv." in out
    after = held(chain)
    assert after[(alba, "shop", "greeted")] == ("no", "Nobody at the door")
    assert after[(alba, "shop", "advice")] == (3, "")
    assert (alba, "shop", "clean") not in after
    assert after[(audits["Bari"], "phone", "answered")] == ("yes", "")
    assert after[(audits["Bari"], "phone", "remarks")] == ("Linea occupata; richiamato", "")
    assert chain.store.audits.get(audits["Bari"]).status == AuditStatus.IN_PROGRESS


def test_the_file_is_one_undo_step(chain, audits, tmp_path):
    alba = audits["Alba"]
    before = held(chain)
    rows = [["audit", "touchpoint", "item", "value"]]
    rows += [[alba, "shop", item, "no"] for item in ("greeted", "clean", "price_right")]
    path = write(tmp_path / "undo.csv", rows)
    commands = answer_commands(chain.store, read_answer_lines(path), path.name)
    change = chain.editor.run(import_batch(commands))
    assert change.label == "Import answers"
    assert held(chain)[(alba, "shop", "clean")] == ("no", "")
    chain.editor.undo()
    assert held(chain) == before


@pytest.mark.parametrize(
    ("rows", "words"),
    [
        (
            [
                ["audit", "touchpoint", "item", "value"],
                ["{alba}", "shop", "greeted", "yes"],
                ["{alba}", "shop", "advice", "7"],
            ],
            [
                "bad.csv, line 3:",
                "item advice",
                "7 is not a valid answer",
                "(nothing was imported)",
            ],
        ),
        (
            [
                ["audit", "touchpoint", "item", "value"],
                ["{alba}", "shop", "nope", "yes"],
                ["{alba}", "web", "x", "yes"],
                ["zzzz9", "shop", "x", "1"],
            ],
            ["bad.csv, line 2:", "has no item nope", "(2 more rows refused; nothing was imported)"],
        ),
        (
            [["audit", "touchpoint", "item", "value"], ["{alba}", "email", "greeted", "yes"]],
            ["bad.csv, line 2:", "has no email touchpoint"],
        ),
        (
            [["audit", "item", "value"], ["{alba}", "greeted", "yes"]],
            ["bad.csv, line 1: the columns touchpoint are missing"],
        ),
        (
            [["audit", "touchpoint", "item", "value"], ["{alba}", "shop", "", "yes"]],
            ["bad.csv, line 2: the item cell is empty"],
        ),
        (
            [
                ["audit", "touchpoint", "item", "value", "note"],
                ["{alba}", "shop", "greeted", "yes", 'a "quoted"\nnote'],
                ["{alba}", "shop", "advice", "0"],
            ],
            ["bad.csv, line 4:"],  # the quoted note spans lines 2 and 3
        ),
    ],
)
def test_a_bad_row_imports_nothing_and_names_its_line(chain, audits, tmp_path, capsys, rows, words):
    before = held(chain)
    filled = [[cell.replace("{alba}", audits["Alba"]) for cell in row] for row in rows]
    path = write(tmp_path / "bad.csv", filled)
    status, out, err = cli(chain.path, capsys, "answers", "import", str(path))
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and "Traceback" not in err, err
    for word in words:
        assert word in err
    assert held(chain) == before


def test_a_delivered_audit_and_a_file_that_is_not_text_are_refused(chain, audits, tmp_path, capsys):
    for status in (AuditStatus.COMPLETED, AuditStatus.REVIEWED, AuditStatus.DELIVERED):
        chain.editor.run(SetStatus(audits["Alba"], status, force=True))
    before = held(chain)
    path = write(
        tmp_path / "d.csv",
        [["audit", "touchpoint", "item", "value"], [audits["Alba"], "shop", "greeted", "no"]],
    )
    status, _out, err = cli(chain.path, capsys, "answers", "import", str(path))
    assert status == 2 and "d.csv, line 2:" in err and "delivered" in err
    binary = tmp_path / "b.csv"
    binary.write_bytes(b"\xff\xfe\x00a\x00u\x00d")
    status, _out, err = cli(chain.path, capsys, "answers", "import", str(binary))
    assert status == 2 and "not UTF-8" in err
    status, _out, err = cli(chain.path, capsys, "answers", "import", str(tmp_path / "missing.csv"))
    assert status == 2 and err.count("\n") == 1
    assert held(chain) == before
