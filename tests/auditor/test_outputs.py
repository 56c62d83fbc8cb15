"""Where reports and bundles go: safe names, the usual permissions, never over the workspace."""

from __future__ import annotations

import os
import stat
import tempfile

import pytest

from auditor.errors import AuditorError, error_text
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


def test_a_refused_target_speaks_the_language_it_is_shown_in(tmp_path):
    # The core does not know the window's language (a report's may differ): the error carries its
    # source text, and the window or the command line translates it (auditor.errors.error_text).
    workspace = tmp_path / "w.auditdesk"
    workspace.write_bytes(b"")
    cases = {
        tmp_path / "missing" / "out.pdf": (
            f"the folder {tmp_path / 'missing'} does not exist",
            f"la cartella {tmp_path / 'missing'} non esiste",
        ),
        tmp_path: (
            f"{tmp_path} is a folder: give the file a name",
            f"{tmp_path} è una cartella: dai un nome al file",
        ),
        workspace / "out.pdf": (
            f"{workspace} is a file, not a folder",
            f"{workspace} è un file, non una cartella",
        ),
        workspace: (
            f"{workspace} is the workspace itself: writing there would replace every audit; "
            "choose another file name",
            f"{workspace} è l'archivio stesso: scrivere lì sostituirebbe tutti gli audit; "
            "scegli un altro nome di file",
        ),
    }
    for target, (english, italian) in cases.items():
        with pytest.raises(AuditorError) as caught:
            output_target(target, workspace)
        assert str(caught.value) == english
        assert error_text(caught.value, "en") == english
        assert error_text(caught.value, "it") == italian


def test_an_error_raised_in_the_users_language_already_is_shown_as_it_is():
    assert error_text(AuditorError("già tradotto"), "en") == "già tradotto"
    assert error_text(ValueError("plain"), "it") == "plain"
