"""Where reports and bundles go: safe names, the usual permissions, never over the workspace."""

from __future__ import annotations

import os
import stat
import tempfile

import pytest

from auditor.errors import AuditorError
from auditor.i18n import set_user_language
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


def test_a_refused_target_is_said_in_the_users_language(tmp_path):
    # The core is not told the window's language when it writes a report (whose own language may
    # differ): it reads the user's (auditor.i18n.user_language), which the window sets.
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
    for lang, index in (("en", 0), ("it", 1)):
        set_user_language(lang)
        for target, said in cases.items():
            with pytest.raises(AuditorError) as caught:
                output_target(target, workspace)
            assert str(caught.value) == said[index]
