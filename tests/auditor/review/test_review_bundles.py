"""Bundles carry review comments (format 3); format 2 still imports; client copies carry none."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from auditor.bundle import BundleError, export_bundle, import_bundle
from auditor.bundle.format import AUDIT, FORMAT_VERSION, MANIFEST
from auditor.commands import AddComment, ResolveComment
from auditor.model import ReviewComment
from auditor.storage import Store
from tests.auditor.bundle.support import edited
from tests.auditor.review.conftest import Reviewed, make_reviewed

ITEM_TEXT = "Which receptionist answered? Add the name."
AUDIT_TEXT = "The scenario needs the date of the booking."


def commented(path: Path, mini_template) -> tuple[Reviewed, list[str]]:
    """Store a completed audit with one resolved item comment and one open audit comment."""
    store = Store.open(path)
    r = make_reviewed(store, mini_template)
    first = r.editor.run(AddComment(ReviewComment(r.audit_id, ITEM_TEXT, r.visit.id, "answered")))
    r.editor.run(ResolveComment(first.result.id))
    second = r.editor.run(AddComment(ReviewComment(r.audit_id, AUDIT_TEXT)))
    return r, [first.result.id, second.result.id]


def rows(store: Store, audit_id: str) -> list[tuple[Any, ...]]:
    return [
        (c.id, c.text, c.visit_id, c.item_id, c.author, c.resolved_at, c.resolved_by, c.created_at)
        for c in store.review.for_audit(audit_id)
    ]


def test_comments_round_trip_with_their_history(tmp_path, mini_template):
    r, ids = commented(tmp_path / "source.auditdesk", mini_template)
    bundle = export_bundle(r.store, r.audit_id, tmp_path / "a.auditbundle")
    expected = rows(r.store, r.audit_id)
    r.store.close()
    with zipfile.ZipFile(bundle) as archive:
        doc = json.loads(archive.read(AUDIT))
        assert json.loads(archive.read(MANIFEST))["format_version"] == FORMAT_VERSION == 4
    assert [c["id"] for c in doc["review_comments"]] == ids
    with Store.open(tmp_path / "target.auditdesk") as target:
        import_bundle(target, bundle)
        assert rows(target, r.audit_id) == expected
        actions = [e.action for e in target.history.for_audit(r.audit_id)]
        assert actions.count("add_comment") == 2 and "resolve_comment" in actions
        # Importing the same bundle again changes nothing.
        assert import_bundle(target, bundle).unchanged


def test_a_client_copy_carries_no_comment_and_keeps_the_workspaces_own(tmp_path, mini_template):
    r, _ids = commented(tmp_path / "source.auditdesk", mini_template)
    bundle = export_bundle(r.store, r.audit_id, tmp_path / "c.auditbundle", client_copy=True)
    raw = zipfile.ZipFile(bundle).read(AUDIT).decode("utf-8")
    assert ITEM_TEXT not in raw and AUDIT_TEXT not in raw
    assert json.loads(raw)["review_comments"] == []
    import_bundle(r.store, bundle, replace_newer=True)
    assert [c.text for c in r.store.review.for_audit(r.audit_id)] == [ITEM_TEXT, AUDIT_TEXT]
    r.store.close()


def test_a_format_2_bundle_still_imports(tmp_path, mini_template):
    r, _ids = commented(tmp_path / "source.auditdesk", mini_template)
    bundle = export_bundle(r.store, r.audit_id, tmp_path / "a.auditbundle")
    r.store.close()

    def as_format_2(doc: dict[str, Any]) -> None:
        del doc["review_comments"]

    def manifest_2(manifest: dict[str, Any]) -> None:
        manifest["format_version"] = 2

    old = edited(bundle.read_bytes(), as_format_2, manifest=manifest_2)
    path = tmp_path / "old.auditbundle"
    path.write_bytes(old)
    with Store.open(tmp_path / "target.auditdesk") as target:
        result = import_bundle(target, path)
        assert result.answers == 4
        assert target.review.for_audit(r.audit_id) == []


@pytest.mark.parametrize(
    "change, reason",
    [
        (lambda c, v: c.update(text="  "), "review_comments"),
        (lambda c, v: c.update(visit_id="0" * 8 + "-0000-4000-8000-" + "0" * 12), "visit"),
        (lambda c, v: c.update(item_id="tone", visit_id=None), "item without its visit"),
        (lambda c, v: c.update(extra=1), "unexpected keys"),
        (lambda c, v: c.update(text="x" * 5000), "review_comments"),
    ],
)
def test_a_hostile_comment_section_is_refused_whole(tmp_path, mini_template, change, reason):
    r, _ids = commented(tmp_path / "source.auditdesk", mini_template)
    bundle = export_bundle(r.store, r.audit_id, tmp_path / "a.auditbundle")
    r.store.close()

    def spoil(doc: dict[str, Any]) -> None:
        change(doc["review_comments"][0], doc["visits"])

    path = tmp_path / "bad.auditbundle"
    path.write_bytes(edited(bundle.read_bytes(), spoil))
    with Store.open(tmp_path / "target.auditdesk") as target:
        with pytest.raises(BundleError, match=reason):
            import_bundle(target, path)
        assert target.audits.all() == []
