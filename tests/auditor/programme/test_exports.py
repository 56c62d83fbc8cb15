"""`auditor export --client`: tidy tables as XLSX and CSV, read back with typed cells."""

from __future__ import annotations

import csv
import shutil
import subprocess
from datetime import datetime, timedelta, timezone
from pathlib import Path

import openpyxl
import pytest

from auditor import service
from auditor.cli import main
from auditor.commands import AddFinding, EditVisit, SetAnswer
from auditor.model import Finding, Severity
from tests.auditor.programme.chain import GOOD, MID, POOR, Chain

SHEETS = ["audits", "answers", "findings"]


def cli(path: Path, capsys, *args: str) -> tuple[int, str, str]:
    """Run the real command line in this process; return (status, stdout, stderr)."""
    capsys.readouterr()
    status = main(["--workspace", str(path), *args])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def filled(chain: Chain) -> Chain:
    """The chain with two waves answered, a visit's times, a note and a finding."""
    w1 = chain.audits(0, ["Alba", "Bari", "Como"])
    chain.answer(w1["Alba"], "shop", GOOD)
    chain.answer(w1["Bari"], "shop", POOR)
    chain.answer(
        w1["Bari"], "phone", {"answered": "no", "name_given": "na", "remarks": "Busy, città"}
    )
    chain.answer(w1["Como"], "shop", MID)
    w2 = chain.audits(1, ["Alba", "Bari"])
    chain.answer(w2["Alba"], "shop", MID)
    shop = next(v for v in chain.store.audits.visits(w1["Alba"]) if v.kind.value == "shop")
    rome = timezone(timedelta(hours=1))
    chain.editor.run(
        EditVisit(
            shop.id,
            {
                "visited_at": datetime(2026, 2, 3, 10, 15, tzinfo=rome),
                "ended_at": datetime(2026, 2, 3, 10, 48, tzinfo=rome),
            },
        )
    )
    chain.editor.run(SetAnswer(shop.id, "clean", "yes", "Floor just mopped"))
    chain.editor.run(
        AddFinding(
            Finding(
                audit_id=w1["Bari"],
                title="Wrong price at the till",
                severity=Severity.MAJOR,
                visit_id=next(
                    v.id for v in chain.store.audits.visits(w1["Bari"]) if v.kind.value == "shop"
                ),
                item_id="price_right",
                recommendation="Check the shelf labels weekly",
            )
        )
    )
    chain.w1, chain.w2 = w1, w2
    return chain


def stored_answers(chain: Chain) -> int:
    return sum(
        len(visit)
        for audits in (chain.w1, chain.w2)
        for audit_id in audits.values()
        for visit in chain.store.answers.for_audit(audit_id).values()
    )


def test_xlsx_has_typed_cells_a_bold_frozen_header_and_every_row(filled, tmp_path, capsys):
    target = tmp_path / "programme.xlsx"
    status, out, err = cli(
        filled.path, capsys, "export", "--client", "caffè rete", "--lang", "en", "-o", str(target)
    )
    assert status == 0, err
    assert str(target) in out
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == SHEETS
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"
        assert all(cell.font.b for cell in sheet[1])
    audits = book["audits"]
    header = [c.value for c in audits[1]]
    assert header[:3] == ["audit", "title", "status"]
    assert {"touchpoint_shop", "touchpoint_phone", "dimension_functional", "phase_purchase"} <= set(
        header
    )
    rows = {
        row[0].value: dict(zip(header, row, strict=True)) for row in audits.iter_rows(min_row=2)
    }
    assert len(rows) == 5
    alba = rows[filled.w1["Alba"]]
    scores = service.score(filled.store, filled.w1["Alba"])
    assert alba["overall"].data_type == "n" and alba["overall"].value == round(scores.overall, 2)
    assert alba["location"].value == "Alba" and alba["wave"].value == "W1"
    assert alba["nickname"].value == "Volpe"
    assert alba["visit_start"].is_date and alba["visit_start"].value == datetime(2026, 2, 3, 10, 15)
    assert alba["visit_start"].number_format == "yyyy-mm-dd hh:mm:ss"
    assert alba["visit_end"].value == datetime(2026, 2, 3, 10, 48)
    assert alba["critical_failure"].data_type == "b" and alba["critical_failure"].value is False
    assert rows[filled.w1["Bari"]]["critical_failure"].value is True
    assert rows[filled.w1["Bari"]]["touchpoint_phone"].value == 0
    assert alba["completion"].data_type == "n"

    answers = book["answers"]
    header = [c.value for c in answers[1]]
    assert header == [
        "audit", "location", "code", "wave", "touchpoint", "touchpoint_title", "section", "item",
        "question", "value", "outcome", "points_earned", "points_possible", "note",
    ]  # fmt: skip
    rows = [
        dict(zip(header, (c.value for c in row), strict=False))
        for row in answers.iter_rows(min_row=2)
    ]
    assert len(rows) == stored_answers(filled)
    advice = next(r for r in rows if r["audit"] == filled.w1["Bari"] and r["item"] == "advice")
    assert (
        advice["value"] == 2 and advice["points_earned"] == 0.5 and advice["points_possible"] == 2
    )
    assert advice["outcome"] == "fail" and advice["section"] == "Desk"
    na = next(r for r in rows if r["item"] == "name_given")
    assert na["value"] == "na" and na["outcome"] == "na" and na["points_possible"] is None
    remark = next(r for r in rows if r["item"] == "remarks")
    assert remark["value"] == "Busy, città" and remark["outcome"] == "recorded"
    clean = next(r for r in rows if r["audit"] == filled.w1["Alba"] and r["item"] == "clean")
    assert clean["note"] == "Floor just mopped" and clean["question"] == "Clean entrance?"

    findings = book["findings"]
    header = [c.value for c in findings[1]]
    (finding,) = [
        dict(zip(header, (c.value for c in row), strict=False))
        for row in findings.iter_rows(min_row=2)
    ]
    assert finding["title"] == "Wrong price at the till" and finding["severity"] == "major"
    assert finding["touchpoint"] == "shop" and finding["item"] == "price_right"
    assert finding["location"] == "Bari" and isinstance(finding["created"], datetime)


def test_csv_files_match_the_workbook_and_carry_a_byte_order_mark(filled, tmp_path, capsys):
    book_path = tmp_path / "all.xlsx"
    assert (
        cli(filled.path, capsys, "export", "--client", "Caffè Rete", "-o", str(book_path))[0] == 0
    )
    status, _out, err = cli(
        filled.path,
        capsys,
        "export",
        "--client",
        "Caffè Rete",
        "--format",
        "csv",
        "-o",
        str(tmp_path / "out"),
    )
    assert status == 0, err
    book = openpyxl.load_workbook(book_path)
    for name in SHEETS:
        raw = (tmp_path / "out" / f"{name}.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        with (tmp_path / "out" / f"{name}.csv").open(encoding="utf-8-sig", newline="") as f:
            lines = list(csv.reader(f))
        sheet = list(book[name].iter_rows(values_only=True))
        assert len(lines) == len(sheet)
        for text_row, typed_row in zip(lines, sheet, strict=True):
            typed = list(typed_row) + [None] * (len(text_row) - len(typed_row))
            assert [as_text(v) for v in typed] == text_row
    # FILE.csv: three files beside it
    assert (
        cli(filled.path, capsys, "export", "--client", "Caffè Rete", "-o", str(tmp_path / "p.csv"))[
            0
        ]
        == 0
    )
    assert sorted(p.name for p in tmp_path.glob("p-*.csv")) == [
        "p-answers.csv",
        "p-audits.csv",
        "p-findings.csv",
    ]


def as_text(value) -> str:
    """Return a typed cell as the CSV spells it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return (
            value.isoformat(sep=" ")
            if value.time() != datetime.min.time()
            else value.date().isoformat()
        )
    return str(value)


def test_one_wave_and_the_refusals(filled, tmp_path, capsys):
    target = tmp_path / "w2.xlsx"
    status, _out, err = cli(
        filled.path, capsys, "export", "--client", "Caffè Rete", "--wave", "w2", "-o", str(target)
    )
    assert status == 0, err
    audits = list(openpyxl.load_workbook(target)["audits"].iter_rows(min_row=2, values_only=True))
    assert sorted(r[0] for r in audits) == sorted(filled.w2.values())
    for args, words in (
        (("--client", "Caffè Rete", "--wave", "W9"), "has no wave W9 (its waves: W1, W2, W3)"),
        (("--client", "Nobody"), "no client named Nobody"),
        (("--client", "Caffè Rete", "--password"), "--client exports tables"),
        ((), "give the AUDIT to export"),
    ):
        status, _out, err = cli(
            filled.path, capsys, "export", *args, "-o", str(tmp_path / "x.xlsx")
        )
        assert status == 2 and err.count("\n") == 1 and words in err, err
    status, _out, err = cli(
        filled.path, capsys, "export", "--client", "Caffè Rete", "-o", str(filled.path)
    )
    assert status == 2 and "workspace itself" in err
    assert not (tmp_path / "x.xlsx").exists()


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_workbook(filled, tmp_path, capsys):
    target = tmp_path / "programme.xlsx"
    assert cli(filled.path, capsys, "export", "--client", "Caffè Rete", "-o", str(target))[0] == 0
    out = tmp_path / "converted"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/lo",
            "--headless",
            "--convert-to",
            "csv",
            "--outdir",
            str(out),
            str(target),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    text = (out / "programme.csv").read_text(encoding="utf-8", errors="replace")
    rows = list(csv.reader(text.splitlines()))
    header = rows[0]
    alba = next(r for r in rows if r[0] == filled.w1["Alba"])
    # LibreOffice read the typed cells: a number, and a date shown in its date format.
    assert alba[header.index("overall")] == "100"
    assert alba[header.index("visit_start")] == "2026-02-03 10:15:00"
    assert alba[header.index("critical_failure")] == "FALSE"
