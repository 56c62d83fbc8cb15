"""Bundle format 2: the history travels, merges by id, and format 1's answer log still imports."""

from __future__ import annotations

import json
import threading
import zipfile
from pathlib import Path

import pytest

from auditor.bundle import BundleError, NewerCopyError, export_bundle, import_bundle
from auditor.bundle.format import AUDIT, FORMAT_VERSION, MANIFEST
from auditor.bundle.importer import stage_bundle
from auditor.commands import AUDITS, Change, Editor, ImportBundle, SetAnswer
from auditor.storage import Store, bulk, connection, schema
from tests.auditor.bundle.support import (
    IMPORT,
    edited,
    export_with_history,
    history_ids,
    without_imports,
)
from tests.auditor.cli.test_commands import run
from tests.auditor.reliability.sample import full_audit, snapshot


def test_the_history_section_holds_the_history_oldest_first(tmp_path):
    path, audit_id, _ = export_with_history(tmp_path)
    with zipfile.ZipFile(path) as archive:
        doc = json.loads(archive.read(AUDIT))
        manifest = json.loads(archive.read(MANIFEST))
    with Store.open(tmp_path / "source.auditdesk") as store:
        held = bulk.audit_rows(store.db, audit_id)["history"]
        columns = bulk.columns(store.db, "history")
    assert manifest["format_version"] == FORMAT_VERSION == 4
    assert "answer_history" not in doc
    assert doc["history"] == held
    assert [list(row) for row in doc["history"]] == [columns] * len(held)
    answers = [h for h in doc["history"] if h["action"] in ("answer", "note", "clear")]
    assert [(h["action"], h["new"], h["via"]) for h in answers] == [
        ("answer", "4", ""),
        ("note", '"warmer after the transfer"', ""),
        ("answer", '"yes"', ""),
        ("answer", '"no"', "undo"),  # back to the sample's answer
        ("answer", '"yes"', "redo"),
        ("answer", "12", ""),
        ("note", '"Called back the next day"', ""),
    ]
    assert {(h["actor"], h["device"]) for h in answers} == {("Marta R.", "laptop-1")}


def test_history_round_trips_and_the_import_is_recorded(tmp_path):
    path, audit_id, _ = export_with_history(tmp_path)
    with Store.open(tmp_path / "source.auditdesk") as source:
        before = snapshot(source, audit_id)
    with Store.open(tmp_path / "target.auditdesk") as target:
        editor = Editor(target, actor="Agency desk", device="agency-pc")
        changes: list[Change] = []
        editor.subscribe(changes.append)
        own = full_audit(target, client_id="11111111-0000-4000-8000-000000000009")
        editor.run(SetAnswer(target.audits.visits(own)[0].id, "tone", 5))  # an undo step...
        result = import_bundle(target, path, editor=editor)
        assert not editor.can_undo()  # ...made stale by the import
        after = snapshot(target, audit_id)
        imports = [h for h in after["rows"]["history"] if h["action"] == IMPORT]
        assert without_imports(after) == before  # every row, history entry and photo
        assert [(h["actor"], h["device"], h["via"]) for h in imports] == [
            ("Agency desk", "agency-pc", "")
        ]
        assert json.loads(imports[0]["new"])["file"] == "source.auditbundle"
        assert after["rows"]["history"][-1] == imports[0]  # the newest entry
        assert (result.replaced, result.unchanged, result.new_entries) == (False, False, 9)
        assert changes[-1].audits == {audit_id} and changes[-1].concerns(AUDITS)
        assert changes[-1].result == result

        # The same bundle again: the workspace already holds it, so nothing is added.
        count = len(changes)
        again = import_bundle(target, path, editor=editor)
        assert (again.replaced, again.unchanged, again.new_entries) == (True, True, 0)
        assert snapshot(target, audit_id) == after
        assert len(changes) == count  # nothing changed, nothing announced

        # Exported again from here and imported into a third workspace: the history grows by
        # the third workspace's own import only.
        second = export_bundle(target, audit_id, tmp_path / "second.auditbundle")
    with Store.open(tmp_path / "third.auditdesk") as third:
        import_bundle(third, second)
        rows = snapshot(third, audit_id)["rows"]["history"]
        assert rows[:-1] == after["rows"]["history"] and rows[-1]["action"] == IMPORT


def test_two_laptops_bundles_of_one_audit_merge_into_one_history(tmp_path):
    path, audit_id, visits = export_with_history(tmp_path)
    bundles = {}
    for laptop, (visit, item, value) in {
        "laptop-a": (visits[0], "greeting", "full"),
        "laptop-b": (visits[1], "tone", 2),
    }.items():
        with Store.open(tmp_path / f"{laptop}.auditdesk") as store:
            editor = Editor(store, actor=laptop.upper(), device=laptop)
            import_bundle(store, path, editor=editor)
            editor.run(SetAnswer(visit, item, value, f"seen on {laptop}"))
            editor.run(SetAnswer(visit, item, None))
            editor.undo()
            bundles[laptop] = (
                export_bundle(store, audit_id, tmp_path / f"{laptop}.auditbundle"),
                history_ids(store, audit_id),
                store.answers.get(visit, item).value,
            )
    ids_a, ids_b = bundles["laptop-a"][1], bundles["laptop-b"][1]
    # the shared past (2 photos, 7 answers); each laptop added 5 of its own
    assert len(set(ids_a) & set(ids_b)) == 9
    assert len(ids_a) == len(ids_b) == 14

    with Store.open(tmp_path / "agency.auditdesk") as agency:
        import_bundle(agency, bundles["laptop-a"][0])
        result = import_bundle(agency, bundles["laptop-b"][0], replace_newer=True)
        assert (result.replaced, result.new_entries) == (True, 5)
        merged = history_ids(agency, audit_id)
        entries = agency.history.for_audit(audit_id)
        local_imports = [e.id for e in entries if e.action == IMPORT and e.device not in bundles]
        assert len(merged) == len(set(merged))  # no entry twice
        assert sorted(merged) == sorted({*ids_a, *ids_b, *local_imports})
        assert len(local_imports) == 2
        assert {e.device for e in entries if e.action == "note"} == {
            "laptop-1",
            "laptop-a",
            "laptop-b",
        }
        # The rows are laptop B's copy (the last imported); the history keeps laptop A's work.
        assert agency.answers.get(visits[1], "tone").value == 2
        assert agency.answers.get(visits[0], "greeting") is None
        assert any(e.new == "full" and e.device == "laptop-a" for e in entries)

        # Importing either bundle again brings no entry twice.
        with pytest.raises(NewerCopyError):
            import_bundle(agency, bundles["laptop-a"][0])  # A's copy is older than B's
        import_bundle(agency, bundles["laptop-a"][0], replace_newer=True)
        import_bundle(agency, bundles["laptop-b"][0], replace_newer=True)
        again = history_ids(agency, audit_id)
        assert len(again) == len(set(again)) == len(merged) + 2  # two more imports, nothing else
        assert set(merged) <= set(again)


def test_staging_needs_no_lock_and_the_command_writes(tmp_path):
    path, audit_id, _ = export_with_history(tmp_path)
    with Store.open(tmp_path / "target.auditdesk") as target:
        held, release = threading.Event(), threading.Event()

        def hold() -> None:
            with target.lock:
                held.set()
                release.wait(60)

        holder = threading.Thread(target=hold)
        holder.start()
        held.wait(10)
        try:
            staged = stage_bundle(target, path)  # would wait forever if it took the lock
        finally:
            release.set()
            holder.join()
        folder = staged.folder
        assert folder.is_dir() and target.audits.all() == []
        with staged:
            change = Editor(target, device="desk").run(ImportBundle(staged))
        assert not folder.exists()
        assert change.result.audit_id == audit_id and change.concerns(AUDITS)
        assert [e.action for e in target.history.for_audit(audit_id)][-1] == IMPORT


def test_the_cli_imports_through_an_editor(tmp_path):
    path, audit_id, _ = export_with_history(tmp_path)
    workspace = tmp_path / "cli.auditdesk"
    result = run("import", str(path), workspace=workspace)
    assert result.returncode == 0, result.stderr
    again = run("import", str(path), workspace=workspace)
    assert again.returncode == 0 and "already in the workspace" in again.stdout
    with Store.open(workspace) as store:
        actions = [e.action for e in store.history.for_audit(audit_id)]
    assert actions.count(IMPORT) == 1 and len(actions) == 10


# --- format version 1 -----------------------------------------------------------------------

LOG = [  # (visit index, item, value JSON, note, changed_at): an answer log of schema 1-3
    (0, "answered", '"no"', "", "2026-11-02T09:00:00+00:00"),
    (0, "answered", '"no"', "Nobody answered after 12 rings", "2026-11-02T09:01:00+00:00"),
    (0, "tone", "2", "", "2026-11-02T09:02:00+01:00"),
    (0, "tone", "3", "warmer on the second try", "2026-11-02T09:03:00+00:00"),
    (0, "tone", "3", "warmer on the second try", "2026-11-02T09:03:00+00:00"),  # repeated
    (0, "tone", None, "", "2026-11-02T09:04:00+00:00"),
    (1, "greeting", '"company"', "", "2026-11-02T09:05:00+00:00"),
    (1, "remarks", None, "Accents: perch\u00e9", "2026-11-02T09:06:00+00:00"),
]


def _log_rows(visits: list[str]) -> list[dict]:
    return [
        {"visit_id": visits[n], "item_id": item, "value": value, "note": note, "changed_at": at}
        for n, item, value, note, at in LOG
    ]


def _migrated_history(folder: Path, doc: dict, log: list[dict]) -> list[dict]:
    """Return the history migration m004 makes of `log` in a schema-3 workspace."""
    path = folder / "schema3.auditdesk"
    db = connection.connect(path, create=True)
    schema.migrations.apply(db, stop_before="m004_history")
    assert db.execute("PRAGMA user_version").fetchone()[0] == 3
    db["clients"].insert({**doc["client"], "logo": None})
    db["templates"].insert_all(doc["templates"])
    db["audits"].insert(doc["audit"])
    db["visits"].insert_all(doc["visits"])
    db["answer_history"].insert_all(log)
    db.close()
    with Store.open(path) as store:
        assert store.schema_version == schema.SCHEMA_VERSION
        return bulk.audit_rows(store.db, doc["audit"]["id"])["history"]


def test_a_version_1_bundle_imports_its_answer_log_as_migration_m004_converts_it(tmp_path):
    path, audit_id, visits = export_with_history(tmp_path)
    log = _log_rows(visits)
    captured: dict = {}

    def to_version_1(doc: dict) -> None:
        del doc["history"]
        doc["answer_history"] = log
        for key in ("location_id", "wave_id", "nickname"):  # format 4's columns
            del doc["audit"][key]
        for visit in doc["visits"]:
            for key in ("ended_at", "place", "contact", "staff"):
                del visit[key]
        for section in ("call_events", "locations", "waves", "programmes"):
            del doc[section]
        captured.update(doc)

    old = edited(path.read_bytes(), to_version_1, manifest=lambda m: m.update(format_version=1))
    (tmp_path / "v1.auditbundle").write_bytes(old)
    with Store.open(tmp_path / "target.auditdesk") as target:
        result = import_bundle(target, tmp_path / "v1.auditbundle")
        imported = [
            h for h in bulk.audit_rows(target.db, audit_id)["history"] if h["action"] != IMPORT
        ]
        assert result.new_entries == 7  # the repeated row is one entry
    migrated = _migrated_history(tmp_path, captured, log)
    assert imported == migrated
    assert [(h["action"], h["old"], h["new"], h["at"]) for h in imported] == [
        ("answer", None, "2", "2026-11-02T09:02:00+01:00"),  # 08:02 UTC: the oldest
        ("answer", None, '"no"', "2026-11-02T09:00:00+00:00"),
        ("note", '""', '"Nobody answered after 12 rings"', "2026-11-02T09:01:00+00:00"),
        ("answer", "2", "3", "2026-11-02T09:03:00+00:00"),
        ("clear", "3", None, "2026-11-02T09:04:00+00:00"),
        ("answer", None, '"company"', "2026-11-02T09:05:00+00:00"),
        ("note", '""', '"Accents: perch\\u00e9"', "2026-11-02T09:06:00+00:00"),
    ]
    assert {h["id"] for h in imported} == {
        schema.legacy_history_id(
            r["visit_id"], r["item_id"], r["changed_at"], r["value"], r["note"]
        )
        for r in log
    }


def _entry(**values: object):
    """Return a change that sets fields of the bundle's first history entry."""

    def change(doc: dict) -> None:
        doc["history"][0].update(values)

    return change


def _duplicate(doc: dict) -> None:
    doc["history"].append(dict(doc["history"][0]))


def _extra_key(doc: dict) -> None:
    doc["history"][0]["laptop"] = "mine"


def _missing_key(doc: dict) -> None:
    del doc["history"][0]["via"]


def _both_sections(doc: dict) -> None:
    doc["answer_history"] = []


BAD_HISTORY = {
    "via not an undo or a redo": (_entry(via="replay"), "history[0].via must be one of"),
    "at without an offset": (_entry(at="2026-11-02T09:00:00"), "history[0].at has no UTC offset"),
    "at not a date": (_entry(at="yesterday"), "history[0].at is not an ISO date-time"),
    "at as a number": (_entry(at=1767000000), "history[0].at must be text"),
    "id with a slash": (_entry(id="../../x"), "history[0].id is not a valid identifier"),
    "id twice": (_duplicate, "history holds"),
    "another audit": (_entry(audit_id="another-audit"), "history holds rows of another audit"),
    "old not JSON": (_entry(old="{not json"), "history[0].old is not valid JSON"),
    "new NaN": (_entry(new="NaN"), "history[0].new is not valid JSON"),
    "new a number, not JSON text": (_entry(new=3), "history[0].new must be text"),
    "empty action": (_entry(action=" "), "history[0].action must not be empty"),
    "visit id a number": (_entry(visit_id=7), "history[0].visit_id must be text"),
    "unknown key": (_extra_key, "history[0] has unexpected keys"),
    "missing key": (_missing_key, "history[0] has unexpected keys"),
    "answer_history in a version-2 bundle": (_both_sections, "expected sections"),
}


@pytest.mark.parametrize("name", list(BAD_HISTORY))
def test_a_bad_history_entry_refuses_the_bundle(name, tmp_path):
    path, audit_id, _ = export_with_history(tmp_path)
    change, says = BAD_HISTORY[name]
    bad = tmp_path / "bad.auditbundle"
    bad.write_bytes(edited(path.read_bytes(), change))
    with Store.open(tmp_path / "source.auditdesk") as store:
        before = snapshot(store, audit_id)
        with pytest.raises(BundleError) as refused:
            import_bundle(store, bad, replace_newer=True)
        assert snapshot(store, audit_id) == before
    assert str(refused.value).startswith("This bundle is damaged or unsafe: ")
    assert says in str(refused.value)


def test_a_version_1_bundle_with_a_bad_log_row_or_a_history_section_is_refused(tmp_path):
    path, _audit_id, visits = export_with_history(tmp_path)
    log = _log_rows(visits)
    cases = {
        "log row of an unknown visit": (
            [{**log[0], "visit_id": "no-such-visit"}],
            "answer_history refers to a visit the bundle does not carry",
        ),
        "log value not JSON": ([{**log[0], "value": "{"}], "answer_history[0].value"),
        "log row with an id": ([{**log[0], "id": 1}], "answer_history[0] has unexpected keys"),
    }
    for name, (rows, says) in cases.items():

        def to_version_1(doc: dict, rows: list = rows) -> None:
            del doc["history"]
            doc["answer_history"] = rows

        bad = tmp_path / "v1.auditbundle"
        bad.write_bytes(
            edited(path.read_bytes(), to_version_1, manifest=lambda m: m.update(format_version=1))
        )
        with Store.open(tmp_path / "target.auditdesk") as target:
            with pytest.raises(BundleError, match="damaged or unsafe") as refused:
                import_bundle(target, bad)
            assert target.audits.all() == [], name
        assert says in str(refused.value), name
    # A version-1 bundle carrying version 2's section instead of its own is refused too.
    bad.write_bytes(
        edited(path.read_bytes(), lambda d: None, manifest=lambda m: m.update(format_version=1))
    )
    with (
        Store.open(tmp_path / "target.auditdesk") as target,
        pytest.raises(BundleError, match="expected sections"),
    ):
        import_bundle(target, bad)
