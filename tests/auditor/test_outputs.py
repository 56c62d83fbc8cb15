"""Where reports and bundles go: safe names, the usual permissions, never over the workspace."""

from __future__ import annotations

import os
import stat
import tempfile

import pytest

from auditor.errors import AuditorError
from auditor.outputs import output_target, safe_file_name, shareable


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hotel Bellavista S.r.l. - Autunno 2026", "Hotel Bellavista S.r.l. - Autunno 2026.pdf"),
        ('A/B: "C" <d>|e?*', "A B C d e.pdf"),
        ("  ..  ", "audit.pdf"),
        ("x" * 300, "x" * 120 + ".pdf"),
        ("Caffè «Rossi»\n\tbar", "Caffè «Rossi» bar.pdf"),
    ],
)
def test_safe_file_names(text, expected):
    assert safe_file_name(text, ".pdf") == expected


def test_a_shared_file_gets_the_usual_permissions(tmp_path):
    old = os.umask(0o022)
    try:
        fd, name = tempfile.mkstemp(dir=tmp_path)
        assert stat.S_IMODE(os.stat(name).st_mode) == 0o600  # mkstemp's own
        shareable(fd)
        os.close(fd)
        assert stat.S_IMODE(os.stat(name).st_mode) == 0o644
    finally:
        os.umask(old)


def test_the_workspace_and_its_side_files_are_never_a_target(tmp_path):
    workspace = tmp_path / "w.auditdesk"
    workspace.write_bytes(b"")
    (tmp_path / "link.pdf").symlink_to(workspace)
    for name in ("w.auditdesk", "w.auditdesk-wal", "w.auditdesk-shm", "link.pdf"):
        with pytest.raises(AuditorError, match="is the workspace itself"):
            output_target(tmp_path / name, workspace)
    assert output_target(tmp_path / "report.pdf", workspace) == tmp_path / "report.pdf"
