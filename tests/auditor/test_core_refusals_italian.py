"""The core's refusals that can still reach a window (a record another window deleted, an id
prefix the command line was given, a call log that cannot be) speak the user's language; English
stays word for word as it was."""

from __future__ import annotations

import ast
from datetime import datetime
from pathlib import Path

import pytest

from auditor.checks.call import CallSequenceError, CallStopwatch
from auditor.checks.reply import business_hours_between
from auditor.commands import AddClient, AddComment, CreateAudit, Editor
from auditor.errors import NotFoundError, ValidationError
from auditor.i18n import set_user_language
from auditor.model import Audit, AuditStatus, Client, ReviewComment
from auditor.service import PlannedVisit
from auditor.storage import base
from auditor.storage.review import MAX_COMMENT

STORAGE = Path(__file__).resolve().parents[2] / "auditor" / "storage"


def _client(store) -> Client:
    client = Client("Hotel Aurora")
    store.clients.add(client)
    return client


def _refusal(error: type[Exception], action) -> str:
    with pytest.raises(error) as refused:
        action()
    return str(refused.value)


def test_the_windows_commands_are_refused_in_italian(store):
    set_user_language("it")
    editor = Editor(store, actor="Marta", device="laptop-1", lang="it")
    client = _client(store)
    assert (
        _refusal(ValidationError, lambda: editor.run(AddClient(Client("  "))))
        == "un cliente deve avere un nome"
    )
    untitled = Audit(client.id, " ")
    assert (
        _refusal(ValidationError, lambda: editor.run(CreateAudit(untitled, [])))
        == "un audit ha bisogno di un titolo"
    )
    audit = Audit(client.id, "Reception")
    unknown = [PlannedVisit("nowhere")]
    assert (
        _refusal(ValidationError, lambda: editor.run(CreateAudit(audit, unknown)))
        == "nessuna checklist nowhere nel catalogo dei modelli"
    )
    editor.run(CreateAudit(audit, []))
    long = ReviewComment(audit.id, "x" * (MAX_COMMENT + 1))
    assert (
        _refusal(ValidationError, lambda: editor.run(AddComment(long)))
        == "un commento può avere al massimo 4000 caratteri"
    )


def test_what_another_window_deleted_is_named_in_italian(store):
    set_user_language("it")
    client = _client(store)
    audit = store.audits.create(Audit(client.id, "Reception"), [])
    assert (
        _refusal(NotFoundError, lambda: store.recordings.get("r-gone"))
        == "nessuna registrazione con id r-gone"
    )
    assert (
        _refusal(NotFoundError, lambda: store.clients.get("c-gone"))
        == "nessun cliente con id c-gone"
    )
    assert (
        _refusal(NotFoundError, lambda: store.findings.get("f-gone"))
        == "nessun rilievo con id f-gone"
    )
    assert (
        _refusal(NotFoundError, lambda: store.review.library_entry("l-gone"))
        == "nessun commento della raccolta con id l-gone"
    )
    assert (
        _refusal(NotFoundError, lambda: store.waves.get("w-gone")) == "nessuna ondata con id w-gone"
    )
    store.audits.set_status(audit.id, AuditStatus.DELIVERED)
    audit.title = "Reception, again"
    assert _refusal(ValidationError, lambda: store.audits.update(audit)) == (
        "questo audit è stato consegnato ed è in sola lettura; riaprilo per modificarlo"
    )


def test_an_id_prefix_is_refused_in_italian(store):
    set_user_language("it")
    client = _client(store)
    for suffix in ("1", "2"):
        store.audits.create(Audit(client.id, f"Visit {suffix}", id=f"abcd{suffix}"), [])
    assert _refusal(ValidationError, lambda: store.audits.resolve_id("abcd")) == (
        "abcd corrisponde a 2 audit; indica una parte più lunga dell'id"
    )
    assert _refusal(NotFoundError, lambda: store.audits.resolve_id("ab")) == (
        "nessun audit con id ab; indica almeno i primi 4 caratteri dell'id"
    )


def test_an_impossible_call_log_is_refused_in_italian():
    set_user_language("it")
    assert _refusal(CallSequenceError, lambda: CallStopwatch().record("ring", 0.0)) == (
        "evento della chiamata sconosciuto: 'ring' "
        "(usa uno fra dial, answered, hold, resume, transfer, end)"
    )
    watch = CallStopwatch()
    watch.record("dial", 0.0)
    assert _refusal(CallSequenceError, lambda: watch.record("hold", 3.0)) == (
        "impossibile registrare 'hold' mentre la chiamata è in attesa di risposta "
        "(ammessi: answered, end)"
    )
    watch.record("end", 9.0)
    assert _refusal(CallSequenceError, lambda: watch.record("dial", 10.0)) == (
        "impossibile registrare 'dial' mentre la chiamata è terminata (ammessi: nulla, è terminata)"
    )
    assert _refusal(CallSequenceError, lambda: CallStopwatch.from_json({})) == (
        "non è un registro della chiamata: 'events'"
    )
    late = datetime(2026, 3, 2, 9, 0)
    early = datetime(2026, 3, 2, 8, 0)
    assert _refusal(ValidationError, lambda: business_hours_between(late, early)) == (
        "la risposta (2026-03-02 08:00) è precedente al messaggio (2026-03-02 09:00)"
    )


def test_english_is_said_as_it_always_was(store):
    set_user_language("en")
    client = _client(store)
    for suffix in ("1", "2"):
        store.audits.create(Audit(client.id, f"Visit {suffix}", id=f"abcd{suffix}"), [])
    said = [
        _refusal(ValidationError, lambda: store.audits.resolve_id("abcd")),
        _refusal(NotFoundError, lambda: store.audits.resolve_id("ab")),
        _refusal(NotFoundError, lambda: store.recordings.data("r-gone")),
        _refusal(NotFoundError, lambda: store.review.get("c-gone")),
        _refusal(ValidationError, lambda: store.clients.add(Client(""))),
        _refusal(CallSequenceError, lambda: CallStopwatch().record("resume", 1.0)),
        _refusal(CallSequenceError, lambda: CallStopwatch().record("ring", 0.0)),
    ]
    assert said == [
        "abcd matches 2 audits; give more of the id",
        "no audit with id ab; give at least the first 4 characters of the id",
        "no recording with id r-gone",
        "no comment with id c-gone",
        "a client needs a name",
        "cannot record 'resume' while the call is idle (allowed: dial)",
        "unknown call event 'ring' (use one of dial, answered, hold, resume, transfer, end)",
    ]


def test_every_missing_row_the_storage_names_has_its_sentence():
    # Repository._row(table, key, what) says "no <what> with id ..." as one translated sentence
    # per word; a new word would be said in English only.
    named = set()
    for path in sorted(STORAGE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "_row"
                and len(node.args) == 3
                and isinstance(node.args[2], ast.Constant)
            ):
                named.add(node.args[2].value)
    assert named, "no Repository._row call found: renamed?"
    assert named - set(base._NOT_FOUND) == set()


def test_the_template_catalogue_refuses_in_italian(store):
    from auditor import catalogue

    set_user_language("it")
    assert _refusal(ValidationError, lambda: catalogue.resolve(store, " @1.0")) == (
        "indica l'id di una checklist, eventualmente con @versione"
    )
    assert _refusal(NotFoundError, lambda: catalogue.resolve(store, "nessuna")) == (
        "nessuna checklist con id nessuna nel catalogo"
    )
    set_user_language("en")
    assert _refusal(NotFoundError, lambda: catalogue.resolve(store, "nothing")) == (
        "no template with id nothing in the catalogue"
    )
