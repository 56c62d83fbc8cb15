"""`auditor answer` and `auditor attach`: values in the item's own terms, refusals that change nothing."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from auditor.answertypes import is_required
from auditor.cli import main
from auditor.commands import AddClient, CreateAudit, Editor, SetStatus
from auditor.model import Audit, AuditStatus, Client
from auditor.resources import resource_path
from auditor.service import PlannedVisit
from auditor.storage import Store
from tests.auditor.cli.test_commands import run
from tests.auditor.imagefactory import photo_jpeg

AUDIT_TITLE = "Spring check"
# Fixed visit ids, so prefixes are certain: the phone call and the website share "9f1c".
VISIT_IDS = [
    "9f1c2a7e-0000-4000-8000-000000000001",
    "9f1c2a7e-0000-4000-8000-000000000002",
    "3b7d5e21-0000-4000-8000-000000000003",
    "c04e8f90-0000-4000-8000-000000000004",
]


@dataclass(frozen=True)
class Desk:
    """A workspace with one audit: a phone call, a website and two shops."""

    path: Path
    audit_id: str
    phone: str
    website: str
    shop_a: str
    shop_b: str


def make_desk(path: Path) -> Desk:
    """Create the workspace file with its audit, as the window would (commands)."""
    with Store.open(path) as store:
        editor = Editor(store, actor="Test Auditor")
        client = editor.run(AddClient(Client(name="Caffè Rossi"))).result
        create = CreateAudit(
            Audit(client_id=client.id, title=AUDIT_TITLE),
            [
                PlannedVisit("phone", "Call to the bar"),
                PlannedVisit("website"),
                PlannedVisit("shop", "Via Roma"),
                PlannedVisit("shop", "Piazza Duomo"),
            ],
            list(VISIT_IDS),
        )
        editor.run(create)
        phone, website, shop_a, shop_b = create.visit_ids
    return Desk(path, create.audit.id, phone, website, shop_a, shop_b)


@pytest.fixture
def desk(tmp_path: Path) -> Desk:
    return make_desk(tmp_path / "desk.auditdesk")


def cli(desk: Desk, capsys, *args: str) -> tuple[int, str, str]:
    """Run the real command line in this process; return (status, stdout, stderr)."""
    capsys.readouterr()
    status = main(["--workspace", str(desk.path), *args])
    out, err = capsys.readouterr()
    return status, out, err


def snapshot(desk: Desk, capsys) -> tuple[Any, ...]:
    """Return what the workspace holds for the audit, to compare before and after a refusal."""
    with Store.open(desk.path, create=False) as store:
        answers = {
            visit: {item: (a.value, a.note) for item, a in items.items()}
            for visit, items in store.answers.for_audit(desk.audit_id).items()
        }
        evidence = [e.id for e in store.evidence.for_audit(desk.audit_id)]
        history = store.history.count(desk.audit_id)
        status = store.audits.get(desk.audit_id).status
    listed = cli(desk, capsys, "list", "--json")
    assert listed[0] == 0
    return answers, evidence, history, status, json.loads(listed[1])


def stored(desk: Desk, visit_id: str, item_id: str) -> tuple[Any, str] | None:
    with Store.open(desk.path, create=False) as store:
        answer = store.answers.get(visit_id, item_id)
    return None if answer is None else (answer.value, answer.note)


def refused(status: int, out: str, err: str, *words: str) -> None:
    assert status == 2, out + err
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("auditor: "), err
    for word in words:
        assert word in err, (word, err)


# --- values --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "typed", "value", "shown"),
    [
        ("call_answered", "yes", "yes", "Yes"),
        ("call_answered", "sì", "yes", "Yes"),
        ("call_answered", "NO", "no", "No"),
        ("call_answered", "na", "na", "N/A"),
        ("greeting_tone", "4", 4, "4/5"),
        ("greeting_names", "generic", "generic", "Generic"),
        ("greeting_names", "1", "full", None),  # a choice by its position, as the window's keys
        ("time_to_answer", "12,5", 12.5, "12.5 s"),
        ("rings", "3", 3, "3"),
        ("call_remarks", "Polite, but slow.", "Polite, but slow.", "Polite, but slow."),
    ],
)
def test_a_valid_answer_is_stored_exactly(desk, capsys, item, typed, value, shown):
    status, out, err = cli(desk, capsys, "answer", desk.audit_id[:6], "phone", item, typed)
    assert (status, err) == (0, "")
    result = stored(desk, desk.phone, item)
    assert result == (value, "") and type(result[0]) is type(value)
    assert out.startswith(f"phone / {item}: ") and out.count("\n") == 1
    if shown:
        assert shown in out


def test_the_first_answer_starts_the_audit(desk, capsys):
    assert snapshot(desk, capsys)[3] == AuditStatus.DRAFT
    assert cli(desk, capsys, "answer", desk.audit_id, "phone", "call_answered", "y")[0] == 0
    assert snapshot(desk, capsys)[3] == AuditStatus.IN_PROGRESS


def test_note_alone_then_clear_then_note_removed(desk, capsys):
    audit = desk.audit_id[:8]
    status, out, _ = cli(
        desk, capsys, "answer", audit, "phone", "call_answered", "no", "--note", "Rang 12 times"
    )
    assert status == 0 and out == "phone / call_answered: No; note \u201cRang 12 times\u201d\n"
    assert stored(desk, desk.phone, "call_answered") == ("no", "Rang 12 times")

    status, out, _ = cli(
        desk, capsys, "answer", audit, "phone", "call_answered", "--note", "Rang 13 times"
    )
    assert status == 0 and out == "phone / call_answered: note \u201cRang 13 times\u201d\n"
    assert stored(desk, desk.phone, "call_answered") == ("no", "Rang 13 times")

    status, out, _ = cli(desk, capsys, "answer", audit, "phone", "call_answered", "--clear")
    assert status == 0 and out == "phone / call_answered: answer cleared\n"
    assert stored(desk, desk.phone, "call_answered") == (None, "Rang 13 times")

    status, out, _ = cli(desk, capsys, "answer", audit, "phone", "call_answered", "--note", "")
    assert status == 0 and out == "phone / call_answered: note removed\n"
    assert stored(desk, desk.phone, "call_answered") is None


def test_value_clear_and_nothing_at_all_are_usage_errors(desk, capsys):
    before = snapshot(desk, capsys)
    audit = desk.audit_id
    refused(
        *cli(desk, capsys, "answer", audit, "phone", "call_answered", "yes", "--clear"), "--clear"
    )
    refused(*cli(desk, capsys, "answer", audit, "phone", "call_answered"), "VALUE")
    assert snapshot(desk, capsys) == before


# --- touchpoints ---------------------------------------------------------------------------


def test_touchpoint_by_kind_by_id_prefix_and_ambiguous(desk, capsys):
    audit = desk.audit_id[:8]
    assert cli(desk, capsys, "answer", audit, "WEBSITE", "secure_connection", "yes")[0] == 0
    assert stored(desk, desk.website, "secure_connection") == ("yes", "")

    before = snapshot(desk, capsys)
    status, out, err = cli(desk, capsys, "answer", audit, "shop", "window_tidy", "yes")
    refused(status, out, err, AUDIT_TITLE, desk.audit_id[:8], "2 shop touchpoints")
    assert desk.shop_a[:8] in err and desk.shop_b[:8] in err
    assert "Via Roma" in err and "Piazza Duomo" in err
    assert snapshot(desk, capsys) == before

    status, out, _ = cli(desk, capsys, "answer", audit, desk.shop_b[:4], "window_tidy", "no")
    assert status == 0
    assert out == f"shop {desk.shop_b[:8]} / window_tidy: No\n"  # which shop, since there are two
    assert stored(desk, desk.shop_b, "window_tidy") == ("no", "")
    assert stored(desk, desk.shop_a, "window_tidy") is None
    assert cli(desk, capsys, "answer", audit, desk.shop_a, "window_tidy", "yes")[0] == 0
    assert stored(desk, desk.shop_a, "window_tidy") == ("yes", "")


def test_a_prefix_of_two_touchpoints_is_ambiguous(desk, capsys):
    before = snapshot(desk, capsys)
    status, out, err = cli(desk, capsys, "answer", desk.audit_id, "9F1C", "call_answered", "yes")
    refused(status, out, err, AUDIT_TITLE, "9F1C matches 2 touchpoints")
    assert f"{VISIT_IDS[0]} phone" in err and f"{VISIT_IDS[1]} website" in err
    assert snapshot(desk, capsys) == before
    assert cli(desk, capsys, "answer", desk.audit_id, VISIT_IDS[0], "call_answered", "y")[0] == 0
    assert stored(desk, desk.phone, "call_answered") == ("yes", "")


@pytest.mark.parametrize(
    ("touchpoint", "words"),
    [
        ("email", ["no email touchpoint"]),
        ("zzzz", ["no touchpoint zzzz"]),
        ("abc", ["no touchpoint abc"]),  # too short to be a prefix
    ],
)
def test_an_unknown_touchpoint_is_refused_naming_the_choices(desk, capsys, touchpoint, words):
    before = snapshot(desk, capsys)
    status, out, err = cli(
        desk, capsys, "answer", desk.audit_id, touchpoint, "call_answered", "yes"
    )
    refused(status, out, err, AUDIT_TITLE, desk.audit_id[:8], *words, desk.phone[:8])
    assert snapshot(desk, capsys) == before


def test_an_unknown_audit_is_refused(desk, capsys):
    before = snapshot(desk, capsys)
    refused(*cli(desk, capsys, "answer", "ffffffff", "phone", "call_answered", "yes"), "ffffffff")
    assert snapshot(desk, capsys) == before


# --- refusals ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("touchpoint", "item", "value", "words"),
    [
        ("phone", "greeting_tone", "7", ["Call to the bar", "greeting_tone", "7", "1 to 5"]),
        ("phone", "greeting_tone", "4.5", ["greeting_tone", "\u201c4.5\u201d"]),
        ("phone", "greeting_names", "8", ["greeting_names", "\u201c8\u201d", "generic"]),
        ("phone", "greeting_names", "polite", ["greeting_names", "\u201cpolite\u201d"]),
        (
            "phone",
            "call_answered",
            "maybe",
            ["call_answered", "\u201cmaybe\u201d", "yes, no or na"],
        ),
        ("phone", "call_answered", "2.5", ["call_answered", "\u201c2.5\u201d"]),
        ("phone", "time_to_answer", "soon", ["time_to_answer", "\u201csoon\u201d"]),
        ("phone", "time_to_answer", "-3", ["time_to_answer", "-3", "seconds"]),
        ("phone", "rings", "many", ["rings", "\u201cmany\u201d", "a number"]),
    ],
)
def test_an_invalid_value_is_refused_naming_everything_and_nothing_changes(
    desk, capsys, touchpoint, item, value, words
):
    audit = desk.audit_id[:8]
    before = snapshot(desk, capsys)
    status, out, err = cli(desk, capsys, "answer", audit, touchpoint, item, value)
    refused(status, out, err, AUDIT_TITLE, audit, "phone", item, *words)
    assert snapshot(desk, capsys) == before


def test_an_item_that_does_not_exist_is_refused(desk, capsys):
    before = snapshot(desk, capsys)
    status, out, err = cli(desk, capsys, "answer", desk.audit_id, "phone", "nosuch_item", "yes")
    # The value cannot be read without the item's type; the line names where it was going.
    refused(status, out, err, AUDIT_TITLE, desk.audit_id[:8], "Call to the bar", "nosuch_item")
    assert snapshot(desk, capsys) == before


def test_text_on_a_photo_item_is_refused(desk, capsys):
    before = snapshot(desk, capsys)
    status, out, err = cli(
        desk, capsys, "answer", desk.audit_id, desk.shop_a[:6], "shop_photos", "nice"
    )
    refused(status, out, err, AUDIT_TITLE, "Via Roma", "shop_photos", "\u201cnice\u201d", "photo")
    assert snapshot(desk, capsys) == before


def test_a_delivered_audit_is_refused_whole(desk, capsys, tmp_path):
    with Store.open(desk.path) as store:
        Editor(store).run(SetStatus(desk.audit_id, AuditStatus.DELIVERED, force=True))
    image = tmp_path / "photo.jpg"
    image.write_bytes(photo_jpeg())
    before = snapshot(desk, capsys)
    audit = desk.audit_id[:8]
    for args in (
        ("answer", audit, "phone", "call_answered", "yes"),
        ("answer", audit, "phone", "call_answered", "--note", "late"),
        ("attach", audit, desk.shop_a, "shop_photos", str(image)),
    ):
        refused(*cli(desk, capsys, *args), AUDIT_TITLE, audit, "delivered")
    assert snapshot(desk, capsys) == before


def test_a_refusal_through_the_real_entry_point(desk):
    result = run("answer", desk.audit_id[:8], "phone", "greeting_tone", "7", workspace=desk.path)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    for word in (AUDIT_TITLE, desk.audit_id[:8], "Call to the bar", "greeting_tone", "7"):
        assert word in result.stderr
    ok = run("answer", desk.audit_id[:8], "phone", "greeting_tone", "5", workspace=desk.path)
    assert (ok.returncode, ok.stdout) == (0, "phone / greeting_tone: 5/5\n"), ok.stderr
    assert stored(desk, desk.phone, "greeting_tone") == (5, "")


# --- attach --------------------------------------------------------------------------------


def shop_completion(desk: Desk, capsys, visit_id: str) -> float:
    status, out, _ = cli(desk, capsys, "score", desk.audit_id, "--json")
    assert status == 0
    return next(t["completion"] for t in json.loads(out)["touchpoints"] if t["id"] == visit_id)


def test_attach_answers_a_photo_item(desk, capsys):
    with Store.open(desk.path, create=False) as store:
        visit = store.audits.visit(desk.shop_a)
        template = store.audits.template(visit.template_id, visit.template_version)
    required = sum(1 for i in template.items if is_required(i))
    assert shop_completion(desk, capsys, desk.shop_a) == 0
    photo = resource_path("demo", "reception_desk.jpg")
    status, out, err = cli(
        desk,
        capsys,
        "attach",
        desk.audit_id[:8],
        desk.shop_a[:5],
        "shop_photos",
        str(photo),
        "--caption",
        "The desk",
    )
    assert (status, err) == (0, "")
    with Store.open(desk.path, create=False) as store:
        [evidence] = store.evidence.for_audit(desk.audit_id)
        analysis = store.evidence.analysis(evidence.id)
        entries = store.history.for_audit(desk.audit_id)
    assert (evidence.visit_id, evidence.item_id, evidence.caption, evidence.filename) == (
        desk.shop_a,
        "shop_photos",
        "The desk",
        "reception_desk.jpg",
    )
    assert analysis["metrics"]["verdict"] == "ok"
    assert out == (
        f"shop {desk.shop_a[:8]} / shop_photos: evidence {evidence.id[:8]} attached; "
        "image check: ok\n"
    )
    assert entries[-1].action == "add_evidence" and entries[-1].target == evidence.id
    # The photo item now counts as answered: one optional item filled in, the rest still open.
    assert shop_completion(desk, capsys, desk.shop_a) == pytest.approx(
        100 / (required + 1), abs=0.05
    )
    assert shop_completion(desk, capsys, desk.shop_b) == 0


def test_attach_says_what_the_image_check_found(desk, capsys):
    photo = resource_path("demo", "lobby_blurry.jpg")
    status, out, _ = cli(
        desk, capsys, "attach", desk.audit_id, "phone", "greeting_names", str(photo)
    )
    assert status == 0 and out.startswith("phone / greeting_names: evidence ")
    assert out.endswith("image check: blurry, low resolution\n")


def test_attach_says_what_the_image_check_found_in_the_users_language(desk, capsys, monkeypatch):
    # Words, not the rule ids of the JSON ("low_resolution"), in the language of the rest.
    monkeypatch.setenv("AUDITOR_LANG", "it")
    photo = resource_path("demo", "lobby_blurry.jpg")
    status, out, _ = cli(
        desk, capsys, "attach", desk.audit_id, "phone", "greeting_names", str(photo)
    )
    assert status == 0 and "prova" in out
    assert out.endswith("controllo dell'immagine: sfocata, bassa risoluzione\n")


def test_attach_refuses_what_is_not_an_image(desk, capsys, tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("not a photo")
    truncated = tmp_path / "cut.jpg"
    truncated.write_bytes(photo_jpeg()[:2000])
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    cases = {
        str(text): "not an image",
        str(truncated): "cut.jpg",
        str(empty): "empty",
        str(tmp_path / "missing.jpg"): "missing.jpg",
        str(tmp_path): "folder",
    }
    before = snapshot(desk, capsys)
    for path, words in cases.items():
        status, out, err = cli(
            desk, capsys, "attach", desk.audit_id, desk.shop_a, "shop_photos", path
        )
        refused(status, out, err, AUDIT_TITLE, "Via Roma", "shop_photos", words)
    photo = str(resource_path("demo", "reception_desk.jpg"))
    refused(*cli(desk, capsys, "attach", desk.audit_id, "phone", "nosuch", photo), "nosuch")
    refused(*cli(desk, capsys, "attach", desk.audit_id, "shop", "shop_photos", photo), "2 shop")
    assert snapshot(desk, capsys) == before
