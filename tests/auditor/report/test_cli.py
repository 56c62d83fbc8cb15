"""`auditor report` as a user runs it: a real process, a real workspace, the PDF whole or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.auditor.cli.test_commands import run
from tests.auditor.report.pdfkit import norm, page_texts


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> tuple[Path, str]:
    """Return a workspace with the demo audit and the audit's id."""
    workspace = tmp_path_factory.mktemp("cli") / "demo.auditdesk"
    result = run("demo", "--lang", "en", workspace=workspace)
    assert result.returncode == 0, result.stderr
    return workspace, result.stdout.strip()


def test_report_writes_the_pdf(demo, tmp_path):
    workspace, audit_id = demo
    target = tmp_path / "report.pdf"
    result = run("report", audit_id[:8], "--lang", "it", "-o", str(target), workspace=workspace)
    assert (result.returncode, result.stdout.strip(), result.stderr) == (0, str(target), "")
    assert "Metodologia" in norm(" ".join(page_texts(target)))


def test_report_language_defaults_to_the_clients(demo, tmp_path):
    workspace, audit_id = demo
    target = tmp_path / "report.pdf"
    assert run("report", audit_id, "-o", str(target), workspace=workspace).returncode == 0
    assert "Methodology" in norm(" ".join(page_texts(target)))


@pytest.mark.parametrize("case", ["unknown audit", "missing folder", "folder as file"])
def test_errors_are_one_line_and_leave_no_file(demo, tmp_path, case):
    workspace, audit_id = demo
    target = {
        "unknown audit": tmp_path / "x.pdf",
        "missing folder": tmp_path / "nope" / "x.pdf",
        "folder as file": tmp_path,
    }[case]
    result = run(
        "report",
        "ffffffff" if case == "unknown audit" else audit_id,
        "-o",
        str(target),
        workspace=workspace,
    )
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith("auditor: ") and result.stderr.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == []
