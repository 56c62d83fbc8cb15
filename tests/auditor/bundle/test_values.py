"""A bundle whose answers the checklist cannot take is refused whole, naming where and what."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from auditor.bundle import BundleError, import_bundle
from auditor.storage import Store
from tests.auditor.bundle.support import edited, export_with_history
from tests.auditor.cli.test_commands import run
from tests.auditor.conftest import MINI_TEMPLATE
from tests.auditor.reliability.sample import snapshot

PHOTO_ITEM = """
[[items]]
id = "desk_photo"
section = "main"
type = "photo"
question = { it = "Foto del banco", en = "Photo of the desk" }
guidance = { it = "Dall'ingresso.", en = "From the door." }
dimension = "functional"
phase = "activation"
"""


def _answer(visit: int, item: str, value: str | None, note: str = "") -> Any:
    """Return a change that adds (or replaces) an answer row of the n-th visit."""

    def change(doc: dict) -> None:
        visit_id = doc["visits"][visit]["id"]
        doc["answers"] = [
            a for a in doc["answers"] if (a["visit_id"], a["item_id"]) != (visit_id, item)
        ]
        doc["answers"].append(
            {
                "visit_id": visit_id,
                "item_id": item,
                "value": value,
                "note": note,
                "answered_at": "2026-11-09T10:00:00+00:00",
            }
        )

    return change


def _with_photo_item(then: Any) -> Any:
    """Return a change that gives the bundle's checklist a photo item (as a new version)."""

    def change(doc: dict) -> None:
        source = MINI_TEMPLATE.replace('version = "1.0.0"', 'version = "1.1.0"') + PHOTO_ITEM
        doc["templates"] = [{**doc["templates"][0], "version": "1.1.0", "source": source}]
        for visit in doc["visits"]:
            visit["template_version"] = "1.1.0"
        then(doc)

    return change


def _item_of(table: str, item: str) -> Any:
    def change(doc: dict) -> None:
        row = next(r for r in doc[table] if r["visit_id"] is not None)
        row["item_id"] = item

    return change


TITLE = "Booking journey \u2014 autunno"
PLACE = f"audit \u201c{TITLE}\u201d, touchpoint \u201cCall {{n}}\u201d (phone), item {{item}}"

# name: (change, the visit it concerns, the item, what the message must also say)
CASES: dict[str, tuple[Any, int, str, str]] = {
    "scale 7 on a 1-5 scale": (_answer(0, "tone", "7"), 0, "tone", "7 is not a valid answer"),
    "scale 3.0 (not whole)": (_answer(0, "tone", "3.0"), 0, "tone", "3.0 is not a valid answer"),
    "unknown choice": (
        _answer(1, "greeting", '"excellent"'),
        1,
        "greeting",
        "\u201cexcellent\u201d is not a valid answer (the item takes one of full, company, none",
    ),
    "maybe on yes/no": (
        _answer(0, "answered", '"maybe"'),
        0,
        "answered",
        "\u201cmaybe\u201d is not a valid answer (the item takes yes, no or na)",
    ),
    "2.5 on yes/no": (_answer(0, "answered", "2.5"), 0, "answered", "2.5 is not a valid answer"),
    "true on yes/no": (_answer(0, "answered", "true"), 0, "answered", "true is not a valid answer"),
    "yes in capitals": (_answer(0, "answered", '"Yes"'), 0, "answered", "\u201cYes\u201d"),
    "negative timer": (_answer(1, "wait", "-3"), 1, "wait", "-3 is not a valid answer"),
    "number as text on a timer": (_answer(1, "wait", '"12"'), 1, "wait", "\u201c12\u201d"),
    "blank text": (
        _answer(1, "remarks", '"   "'),
        1,
        "remarks",
        "\u201c   \u201d is not stored that way",
    ),
    "text as a list": (_answer(1, "remarks", '["a"]'), 1, "remarks", '["a"] is not a valid'),
    "value on a photo item": (
        _with_photo_item(_answer(0, "desk_photo", '"yes"')),
        0,
        "desk_photo",
        "\u201cyes\u201d is not a valid answer (the item takes a photo attached to it",
    ),
    "answer for an item that does not exist": (
        _answer(1, "parking", '"yes"'),
        1,
        "parking",
        "the checklist has no item for the answer \u201cyes\u201d",
    ),
    "finding under an item that does not exist": (
        _item_of("findings", "parking"),
        0,
        "parking",
        "the checklist has no item for the finding \u201cNobody answered\u201d",
    ),
    "photo under an item that does not exist": (
        _item_of("evidence", "parking"),
        0,
        "parking",
        "the checklist has no item for the photo reception.jpg",
    ),
}


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> tuple[bytes, str]:
    """Return a valid bundle of the sample audit with a history, and the audit's id."""
    path, audit_id, _ = export_with_history(tmp_path_factory.mktemp("values"))
    return path.read_bytes(), audit_id


@pytest.fixture
def holder(tmp_path, source) -> tuple[Path, str]:
    """Return a workspace that already holds the audit (imported from the valid bundle)."""
    valid, audit_id = source
    (tmp_path / "valid.auditbundle").write_bytes(valid)
    workspace = tmp_path / "holder.auditdesk"
    with Store.open(workspace) as store:
        import_bundle(store, tmp_path / "valid.auditbundle")
    return workspace, audit_id


@pytest.mark.parametrize("name", list(CASES))
def test_an_answer_the_item_cannot_take_refuses_the_whole_bundle(name, holder, source, tmp_path):
    workspace, audit_id = holder
    change, visit, item, says = CASES[name]
    bad = tmp_path / "bad.auditbundle"
    bad.write_bytes(edited(source[0], change))
    with Store.open(workspace) as store:
        before = snapshot(store, audit_id)
        answers = store.answers.for_audit(audit_id)
        with pytest.raises(BundleError) as refused:
            import_bundle(store, bad, replace_newer=True)
        assert snapshot(store, audit_id) == before
        assert store.answers.for_audit(audit_id) == answers
        assert [a.id for a in store.audits.all()] == [audit_id]
    message = str(refused.value)
    assert message.startswith("This bundle is damaged or unsafe: ")
    assert PLACE.format(n=visit, item=item) in message
    assert says in message


def test_the_cli_refuses_them_all_and_lists_the_same_audits(holder, source, tmp_path):
    workspace, audit_id = holder
    listing = run("list", "--json", workspace=workspace)
    assert listing.returncode == 0 and audit_id in listing.stdout
    with Store.open(workspace) as store:
        before = snapshot(store, audit_id)
    problems = []
    for name, (change, _visit, item, _says) in CASES.items():
        bad = tmp_path / "bad.auditbundle"
        bad.write_bytes(edited(source[0], change))
        result = run("import", str(bad), "--replace-newer", workspace=workspace)
        lines = result.stderr.splitlines()
        if (
            result.returncode != 2
            or len(lines) != 1
            or f"item {item}" not in lines[0]
            or result.stdout
        ):
            problems.append(f"{name}: exit {result.returncode}, {result.stderr[-300:]!r}")
    assert problems == []
    assert run("list", "--json", workspace=workspace).stdout == listing.stdout
    with Store.open(workspace) as store:
        assert snapshot(store, audit_id) == before


@pytest.mark.parametrize(
    "change",
    [
        _answer(0, "answered", '"na"'),
        _answer(0, "tone", '"na"'),
        _answer(0, "tone", "5"),
        _answer(1, "greeting", '"none"'),
        _answer(1, "wait", "0"),
        _answer(1, "wait", "17.25"),
        _answer(1, "wait", "604800"),
        _answer(1, "remarks", '"na"'),  # text: "na" is text like any other
        _answer(0, "remarks", "null", "a note without an answer"),
        _with_photo_item(_answer(0, "desk_photo", "null", "the desk was empty")),
    ],
    ids=lambda change: "",
)
def test_every_value_the_item_takes_is_imported(change, source, tmp_path):
    valid, audit_id = source
    path = tmp_path / "good.auditbundle"
    path.write_bytes(edited(valid, change))
    with Store.open(tmp_path / "w.auditdesk") as store:
        result = import_bundle(store, path)
        assert result.audit_id == audit_id
