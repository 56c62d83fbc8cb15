"""A full disk, a damaged copy: the write is refused whole, the user reads why in their language.

SQLite's own limit makes the disk full for real: `PRAGMA max_page_count` (the file may not grow,
SQLite answers SQLITE_FULL as it does for a full disk); for a backup, a process whose files may
not grow past a size (RLIMIT_FSIZE: the kernel refuses the write, as a failing drive does), and
Linux's /dev/full for the system's own "no space left on device".
"""

from __future__ import annotations

import errno
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from auditor.backup import backup_folder, list_backups, make_backup, verify_backup
from auditor.commands import AddEvidence, Editor, SetAnswer
from auditor.errors import WorkspaceError, file_reason
from auditor.evidence import prepare
from auditor.i18n import set_user_language, translator
from auditor.storage import Store
from tests.auditor.conftest import mini_visit
from tests.auditor.imagefactory import photo_jpeg
from tests.auditor.reliability.sample import full_audit

ROOT = Path(__file__).resolve().parents[3]


def fill_up(store: Store) -> None:
    """Let the workspace file grow no more: the next page it needs finds the disk full."""
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")


def free_space(store: Store) -> None:
    store.db.execute("PRAGMA max_page_count = 1073741823")


@pytest.fixture
def visit(store, mini_template):
    return mini_visit(store, mini_template, title="Full disk")


def add_photo(visit) -> AddEvidence:
    intake, _analysis = prepare(photo_jpeg(), "shop-front.jpg", run_check=False)
    return AddEvidence(visit.audit_id, intake, visit_id=visit.id, item_id="answered")


def test_a_change_the_full_disk_refuses_saves_nothing_and_says_why(store, visit):
    editor = Editor(store)
    editor.run(SetAnswer(visit.id, "answered", "no"))
    before = store.history.for_audit(visit.audit_id)
    fill_up(store)
    with pytest.raises(WorkspaceError) as refused:
        editor.run(add_photo(visit))
    assert (
        str(refused.value) == "Nothing was saved: the disk is full; free some space and try again."
    )
    assert store.evidence.for_audit(visit.audit_id) == []
    assert store.history.for_audit(visit.audit_id) == before  # the change's entry went with it
    assert store.answers.get(visit.id, "answered").value == "no"  # what was saved stays
    assert editor.undo_label() == "Answer"  # the refused change is no step to undo


def test_once_space_is_freed_the_same_change_is_saved(store, visit):
    editor = Editor(store)
    fill_up(store)
    with pytest.raises(WorkspaceError):
        editor.run(add_photo(visit))
    free_space(store)
    editor.run(add_photo(visit))  # the connection was left usable: no reopening
    assert [e.item_id for e in store.evidence.for_audit(visit.audit_id)] == ["answered"]


def test_the_refusal_speaks_the_users_language(store, visit):
    set_user_language("it")
    fill_up(store)
    with pytest.raises(WorkspaceError) as refused:
        Editor(store).run(add_photo(visit))
    assert str(refused.value) == (
        "Non è stato salvato nulla: il disco è pieno; libera un po' di spazio e riprova."
    )


def test_a_backup_the_disk_refuses_says_so_and_leaves_no_partial_copy(tmp_path):
    workspace = tmp_path / "agency.auditdesk"
    with Store.open(workspace) as store:
        audit_id = full_audit(store)
        visit = store.audits.visits(audit_id)[0]
        editor = Editor(store)
        for _ in range(6):  # photographs: a file of some size, for the limit below to cut
            intake, _analysis = prepare(photo_jpeg(), "photo.jpg", run_check=False)
            editor.run(AddEvidence(audit_id, intake, visit_id=visit.id))
    before = workspace.read_bytes()
    size = workspace.stat().st_size
    # Files of this process may not grow past 3/4 of the workspace: the kernel refuses the write
    # (EFBIG; a full disk's ENOSPC would read SQLITE_FULL, tested above through the store).
    limit = size * 3 // 4 + 123
    script = textwrap.dedent(
        f"""
        import resource, signal, sys
        sys.path.insert(0, {str(ROOT)!r})
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))
        from auditor.backup import make_backup
        from auditor.errors import WorkspaceError
        from auditor.i18n import set_user_language
        set_user_language(sys.argv[1])
        try:
            make_backup({str(workspace)!r})
        except WorkspaceError as exc:
            print(exc)
        """
    )
    said = {
        lang: subprocess.run(
            [sys.executable, "-c", script, lang], capture_output=True, text=True, timeout=120
        )
        for lang in ("en", "it")
    }
    folder = backup_folder(workspace)
    assert said["en"].stdout.strip() == (
        f"The copy could not be written to {folder}: the disk refused to read or write (is it "
        "full, or was the drive removed?)."
    ), said["en"].stderr
    assert said["it"].stdout.strip() == (
        f"Non è stato possibile scrivere la copia in {folder}: il disco ha rifiutato la lettura "
        "o la scrittura (è pieno, o l'unità è stata rimossa?)."
    ), said["it"].stderr
    assert list(folder.iterdir()) == []  # no half copy under any name
    assert workspace.read_bytes() == before  # and the workspace itself untouched
    assert len(list_backups(workspace)) == 0
    make_backup(workspace)  # with room, the same backup is written
    assert len(list_backups(workspace)) == 1


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs Linux's /dev/full")
def test_the_systems_full_disk_is_named_in_the_users_words():
    with pytest.raises(OSError) as failed, open("/dev/full", "wb", buffering=0) as device:
        device.write(b"x")
    assert failed.value.errno == errno.ENOSPC
    assert file_reason(failed.value, translator("en")) == (
        "the disk is full; free some space and try again"
    )
    assert file_reason(failed.value, translator("it")) == (
        "il disco è pieno; libera un po' di spazio e riprova"
    )


def test_other_file_system_errors_are_named_in_the_users_words(tmp_path):
    """Real errors from the system, not built by hand: a file where a folder should be, a name
    longer than the disk takes."""
    plain = tmp_path / "listino.pdf"
    plain.write_bytes(b"%PDF")
    with pytest.raises(OSError) as not_a_folder:
        (plain / "foto.jpg").write_bytes(b"x")
    with pytest.raises(OSError) as too_long:
        (tmp_path / ("n" * 300)).write_bytes(b"x")
    assert file_reason(not_a_folder.value, translator("it")) == (
        "una parte del percorso è un file, non una cartella"
    )
    assert file_reason(too_long.value, translator("it")) == "il nome è troppo lungo per il disco"
    assert file_reason(too_long.value, translator("en")) == "the name is too long for the disk"


def test_a_damaged_backup_is_described_in_the_users_language(tmp_path):
    garbage = tmp_path / "agency-20261205T100000000000Z.auditdesk"
    garbage.write_bytes(b"SQLite format 3\x00" + b"\x13" * 4096)
    not_ours = tmp_path / "other.auditdesk"
    with Store.open(tmp_path / "scratch.auditdesk"):
        pass
    import sqlite3

    sqlite3.connect(not_ours).execute("CREATE TABLE t (x)").connection.close()
    set_user_language("it")
    assert verify_backup(tmp_path) == ["è una cartella, non un file di backup"]
    assert verify_backup(not_ours) == ["non è un archivio di audit"]
    assert verify_backup(garbage)[0].startswith("è danneggiato (")


def test_opening_something_that_is_no_workspace_is_refused_in_the_users_language(tmp_path):
    set_user_language("it")
    with pytest.raises(WorkspaceError) as refused:
        Store.open(tmp_path)
    assert str(refused.value) == f"{tmp_path} è una cartella, non un file di archivio"
    with pytest.raises(WorkspaceError) as refused:
        Store.open(tmp_path / "missing" / "w.auditdesk")
    assert str(refused.value) == (
        f"Impossibile creare un archivio in {tmp_path / 'missing'}: la cartella non esiste"
    )
