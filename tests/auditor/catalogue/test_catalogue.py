"""The template catalogue: built-ins listed, versions decided by content, undo, bundles, migration."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from auditor import catalogue, service
from auditor.bundle import export_bundle, import_bundle
from auditor.bundle.format import BundleError
from auditor.catalogue import RENUMBERED, UNCHANGED, next_free_version, version_key
from auditor.checklists import builtin_template, builtin_templates, parse_template
from auditor.commands import (
    TEMPLATES,
    AddClient,
    CreateAudit,
    Editor,
    ImportTemplate,
    RemoveTemplate,
    SaveTemplate,
    SetAnswer,
)
from auditor.errors import ValidationError
from auditor.model import Audit, Client, Template
from auditor.service import PlannedVisit
from auditor.storage import Store, connection, schema


def reweighted(template: Template, item_id: str, weight: int) -> Template:
    """Return the template with one item's weight changed in its text, version string untouched."""
    source = template.source
    start = source.index(f'id = "{item_id}"')
    end = source.find("[[items]]", start)
    end = len(source) if end < 0 else end
    block = source[start:end]
    lines = [line for line in block.splitlines() if not line.startswith("weight")]
    lines.insert(1, f"weight = {weight}")
    changed = source[:start] + "\n".join(lines) + "\n\n" + source[end:]
    return parse_template(changed, "edited.toml")


def snapshot(store: Store) -> list[tuple[str, str, str, str]]:
    """Return what the catalogue holds: (id, version, origin, digest) of every version."""
    return sorted((e.id, e.version, e.origin, e.digest) for e in store.catalogue.all())


def new_audit(editor: Editor, template_id: str, version: str | None = None) -> str:
    client = editor.run(AddClient(Client(name="Hotel Lago"))).result
    audit = Audit(client_id=client.id, title="Autumn")
    editor.run(CreateAudit(audit, [PlannedVisit(template_id, template_version=version)]))
    return audit.id


def test_the_catalogue_lists_the_builtins_once(store):
    entries = catalogue.entries(store)
    assert sorted((e.id, e.version, e.origin) for e in entries) == sorted(
        (t.id, t.version, "builtin") for t in builtin_templates()
    )
    assert all(e.template() == builtin_template(e.id) for e in entries)
    assert catalogue.ensure_builtins(store) == []  # listing again writes nothing
    assert len(store.catalogue.all()) == len(builtin_templates())


def test_an_edited_template_with_the_same_version_is_a_new_version_and_old_audits_keep_theirs(
    store,
):
    editor = Editor(store, actor="Anna")
    phone = builtin_template("phone")
    old_audit = new_audit(editor, "phone")
    visit = store.audits.visits(old_audit)[0]
    item = next(i for i in phone.items if i.type.value == "yes_no")
    other = next(i for i in phone.items if i.type.value == "yes_no" and i.id != item.id)
    editor.run(SetAnswer(visit.id, item.id, "yes"))
    editor.run(SetAnswer(visit.id, other.id, "no"))
    before = service.score_document(store, old_audit)

    edited = reweighted(phone, item.id, 7)
    assert edited.version == phone.version and edited != phone
    outcome = editor.run(ImportTemplate(edited)).result
    assert outcome.status == RENUMBERED
    assert (outcome.requested_version, outcome.entry.version) == (
        phone.version,
        next_free_version(phone.version, [phone.version]),
    )
    assert outcome.entry.template().item(item.id).weight == 7
    assert outcome.entry.author == "Anna"

    # The old audit keeps its version and its score; a new audit takes the newest version.
    assert store.audits.visits(old_audit)[0].template_version == phone.version
    assert service.score_document(store, old_audit) == before
    fresh = new_audit(editor, "phone")
    assert store.audits.visits(fresh)[0].template_version == outcome.entry.version
    assert catalogue.get(store, "phone").version == outcome.entry.version
    assert catalogue.get(store, "phone", phone.version).template() == phone


def test_identical_content_again_is_a_no_op(store):
    editor = Editor(store)
    phone = builtin_template("phone")
    edited = reweighted(phone, phone.items[0].id, 5)
    first = editor.run(ImportTemplate(edited))
    held = snapshot(store)
    assert editor.undo_label() == "Import template"
    again = editor.run(ImportTemplate(edited))
    assert again.result.status == UNCHANGED
    assert again.result.entry.version == first.result.entry.version
    assert again.aspects == frozenset()
    assert snapshot(store) == held
    # The built-in itself, with comments and spacing changed only, is the same content too.
    spaced = re.sub(r"^(\w+) = ", r"\1   =   ", phone.source, flags=re.MULTILINE)
    assert spaced != phone.source
    respaced = parse_template("# a comment\n" + spaced, "x.toml")
    assert editor.run(ImportTemplate(respaced)).result.status == UNCHANGED
    assert snapshot(store) == held


def test_undo_removes_the_imported_version_and_redo_brings_it_back(store):
    editor = Editor(store)
    catalogue.ensure_builtins(store)
    before = snapshot(store)
    shop = builtin_template("shop")
    change = editor.run(ImportTemplate(reweighted(shop, shop.items[0].id, 9), tags=("retail",)))
    assert change.concerns(TEMPLATES)
    added = change.result.entry
    assert added.tags == ("retail",)
    editor.undo()
    assert snapshot(store) == before
    editor.redo()
    assert store.catalogue.get(added.id, added.version) == added


def test_undo_is_refused_while_an_audit_uses_the_version(store):
    editor = Editor(store)
    email = builtin_template("email")
    added = editor.run(ImportTemplate(reweighted(email, email.items[0].id, 4))).result.entry
    audit_id = new_audit(editor, "email", added.version)
    held = snapshot(store)
    with pytest.raises(ValidationError, match="used by 1 touchpoint visit"):
        editor.run(RemoveTemplate(added.id, added.version))
    assert snapshot(store) == held
    assert store.audits.visits(audit_id)[0].template_version == added.version


def test_an_unknown_template_or_version_is_refused_and_nothing_is_written(store):
    editor = Editor(store)
    client = editor.run(AddClient(Client(name="C"))).result
    for plan in (PlannedVisit("nope"), PlannedVisit("phone", template_version="9.9.9")):
        with pytest.raises(ValidationError, match="no checklist"):
            editor.run(CreateAudit(Audit(client_id=client.id, title="T"), [plan]))
    assert store.audits.all() == []


def test_save_template_keeps_a_free_version_and_renumbers_a_taken_one(store, mini_template):
    editor = Editor(store)
    first = editor.run(SaveTemplate(mini_template, author="Editor")).result
    assert (first.status, first.entry.version, first.entry.origin) == ("added", "1.0.0", "editor")
    changed = parse_template(mini_template.source.replace("weight = 3", "weight = 4"), "m.toml")
    second = editor.run(SaveTemplate(changed)).result
    assert (second.status, second.entry.version) == (RENUMBERED, "1.0.1")
    assert 'version = "1.0.1"' in second.entry.source
    assert second.entry.template().version == "1.0.1"


def test_a_bundle_brings_its_templates_into_the_catalogue(tmp_path):
    source_path, target_path = tmp_path / "a.auditdesk", tmp_path / "b.auditdesk"
    bundle = tmp_path / "audit.auditbundle"
    phone = builtin_template("phone")
    edited = reweighted(phone, phone.items[0].id, 6)
    with Store.open(source_path) as store:
        editor = Editor(store)
        entry = editor.run(ImportTemplate(edited)).result.entry
        audit_id = new_audit(editor, "phone", entry.version)
        export_bundle(store, audit_id, bundle)
    with Store.open(target_path) as store:
        result = import_bundle(store, bundle)
        assert result.audit_id == audit_id
        arrived = store.catalogue.get("phone", entry.version)
        assert (arrived.origin, arrived.digest, arrived.source) == (
            "bundle",
            entry.digest,
            entry.source,
        )
        assert arrived.client_id == store.audits.get(audit_id).client_id


def test_a_bundle_whose_version_means_other_content_here_is_refused(tmp_path):
    source_path, target_path = tmp_path / "a.auditdesk", tmp_path / "b.auditdesk"
    bundle = tmp_path / "audit.auditbundle"
    phone = builtin_template("phone")
    with Store.open(source_path) as store:
        editor = Editor(store)
        entry = editor.run(ImportTemplate(reweighted(phone, phone.items[0].id, 6))).result.entry
        export_bundle(store, new_audit(editor, "phone", entry.version), bundle)
    with Store.open(target_path) as store:
        other = Editor(store).run(ImportTemplate(reweighted(phone, phone.items[0].id, 8))).result
        assert other.entry.version == entry.version  # the same version string, other content
        held = snapshot(store)
        with pytest.raises(BundleError) as refused:
            import_bundle(store, bundle)
        message = str(refused.value)
        assert f"phone@{entry.version}" in message
        assert entry.digest[:8] in message and other.entry.digest[:8] in message
        assert snapshot(store) == held and store.audits.all() == []


def test_migration_puts_the_versions_audits_use_in_the_catalogue(tmp_path, mini_template):
    path = tmp_path / "schema4.auditdesk"
    db = connection.connect(path, create=True)
    schema.migrations.apply(db, stop_before="m005_catalogue")
    assert db.execute("PRAGMA user_version").fetchone()[0] == 4
    db["templates"].insert(
        {"id": "mini", "version": "1.0.0", "touchpoint": "phone", "source": mini_template.source}
    )
    db.close()
    with Store.open(path) as store:
        assert store.schema_version == schema.SCHEMA_VERSION
        entry = store.catalogue.get("mini", "1.0.0")
        assert (entry.origin, entry.title, entry.template()) == (
            "audit",
            {"it": "Telefonata di prova", "en": "Test call"},
            mini_template,
        )


@pytest.mark.parametrize(
    "version, taken, expected",
    [
        ("1.0.0", ["1.0.0"], "1.0.1"),
        ("1.0.0", ["1.0.0", "1.0.1", "1.0.2"], "1.0.3"),
        ("2", ["2"], "3"),
        ("1.0-beta", ["1.0-beta"], "1.0-beta.1"),
    ],
)
def test_next_free_version(version, taken, expected):
    assert next_free_version(version, taken) == expected


def test_versions_sort_as_numbers():
    assert sorted(["1.0.10", "1.0.9", "1.0.2"], key=version_key) == ["1.0.2", "1.0.9", "1.0.10"]


def test_a_template_without_text_is_saved_through_the_toml_writer(store, mini_template):
    forms = pytest.importorskip("auditor.forms")
    if not hasattr(forms, "dump_toml"):
        pytest.skip("auditor.forms.dump_toml is not there yet")
    from dataclasses import replace

    outcome = Editor(store).run(SaveTemplate(replace(mini_template, source=""))).result
    assert outcome.entry.template() == mini_template


def test_split_ref():
    assert catalogue.split_ref("phone@1.0.2") == ("phone", "1.0.2")
    assert catalogue.split_ref(" phone ") == ("phone", None)


def test_a_workspace_path_is_enough(tmp_path: Path):
    with Store.open(tmp_path / "w.auditdesk") as store:
        assert catalogue.resolve(store, "website").origin == "builtin"


def test_a_template_changed_in_memory_is_saved_with_its_change(store, mini_template):
    forms = pytest.importorskip("auditor.forms")
    if not hasattr(forms, "dump_toml"):
        pytest.skip("auditor.forms.dump_toml is not there yet")
    from dataclasses import replace

    editor = Editor(store)
    editor.run(SaveTemplate(mini_template))
    # The window edits a loaded template: its `source` still holds the text it was read from.
    changed = replace(mini_template, title={"it": "Chiamata", "en": "Call"})
    outcome = editor.run(SaveTemplate(changed)).result
    assert (outcome.status, outcome.entry.version) == (RENUMBERED, "1.0.1")
    assert outcome.entry.template() == replace(changed, version="1.0.1")
    assert outcome.entry.title == {"it": "Chiamata", "en": "Call"}
