"""The agency's library of reusable comments: add, edit, remove, undo, and picking one."""

from __future__ import annotations

import pytest

from auditor.commands import AddComment, RemoveLibraryComment, SaveLibraryComment
from auditor.errors import ValidationError
from auditor.model import LibraryComment, ReviewComment
from auditor.storage import Store


def texts(store: Store) -> list[str]:
    return [entry.text for entry in store.review.library()]


def test_add_edit_remove_with_undo_and_redo(reviewed):
    r = reviewed
    entry = r.editor.run(SaveLibraryComment(LibraryComment("Name the staff member."))).result
    r.editor.run(SaveLibraryComment(LibraryComment("Attach a photo of the counter.")))
    assert texts(r.store) == ["Attach a photo of the counter.", "Name the staff member."]
    edited = LibraryComment("Name the staff member you spoke to.", entry.id, entry.created_at)
    r.editor.run(SaveLibraryComment(edited))
    assert r.store.review.library_entry(entry.id).text == "Name the staff member you spoke to."
    r.editor.undo()
    assert r.store.review.library_entry(entry.id).text == "Name the staff member."
    r.editor.redo()
    r.editor.run(RemoveLibraryComment(entry.id))
    assert texts(r.store) == ["Attach a photo of the counter."]
    r.editor.undo()
    assert r.store.review.library_entry(entry.id).text == "Name the staff member you spoke to."
    r.editor.undo()
    r.editor.undo()
    r.editor.undo()
    assert texts(r.store) == []
    # Library edits are the workspace's, not an audit's: no audit history records them.
    assert [e.action for e in r.store.history.for_audit(r.audit_id) if "comment" in e.action] == []


def test_empty_and_duplicate_entries_are_refused(reviewed):
    r = reviewed
    r.editor.run(SaveLibraryComment(LibraryComment("Say when it happened.")))
    with pytest.raises(ValidationError, match="already holds"):
        r.editor.run(SaveLibraryComment(LibraryComment("  Say when it happened. ")))
    with pytest.raises(ValidationError, match="needs some text"):
        r.editor.run(SaveLibraryComment(LibraryComment(" ")))
    assert texts(r.store) == ["Say when it happened."]


def test_a_picked_entry_becomes_a_comment_and_outlives_its_removal(reviewed):
    r = reviewed
    entry = r.editor.run(SaveLibraryComment(LibraryComment("Add the time of the call."))).result
    picked = r.store.review.library_entry(entry.id).text
    r.editor.run(AddComment(ReviewComment(r.audit_id, picked, r.visit.id, "wait")))
    r.editor.run(RemoveLibraryComment(entry.id))
    assert [c.text for c in r.store.review.for_audit(r.audit_id)] == ["Add the time of the call."]
