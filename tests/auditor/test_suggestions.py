"""Suggestions become findings only when accepted; dismissed ones stay dismissed."""

from __future__ import annotations

from auditor import suggestions
from auditor.checks.base import CheckFinding, CheckResult
from auditor.commands import AcceptSuggestion, DismissSuggestion, Editor
from auditor.model import Audit, Client, Severity


def test_accept_and_dismiss(store):
    client = store.clients.add(Client(name="ACME"))
    audit = store.audits.create(Audit(client_id=client.id, title="Chat"), [])
    typo = CheckFinding(
        "accent",
        Severity.MINOR,
        "Accent written wrong",
        excerpt="perchè",
        start=10,
        end=16,
        suggestions=("perché",),
    )
    caps = CheckFinding(
        "capitalization",
        Severity.MINOR,
        "Sentence starts lowercase",
        excerpt="la",
        start=30,
        end=32,
    )
    result = CheckResult("text", "-", [typo, caps])
    assert suggestions.pending(store, audit.id, result) == [typo, caps]

    editor = Editor(store)
    proposed = suggestions.finding_for(audit.id, "text", typo, lang="it")
    finding = editor.run(AcceptSuggestion(proposed, typo.fingerprint())).result
    editor.run(DismissSuggestion(audit.id, caps))

    stored = store.findings.get(finding.id)
    assert (stored.title, stored.severity, stored.source) == (
        "Errore di accento o apostrofo nel testo controllato: «perchè»",
        Severity.MINOR,
        "check:text",
    )
    assert (
        "Trovato nel testo controllato: \u201cperchè\u201d" in stored.description
        and "perché" in stored.description
    )
    assert suggestions.pending(store, audit.id, result.to_json()) == []
    editor.undo()  # the dismissal
    editor.undo()  # the acceptance: its finding goes, the suggestion is offered again
    assert suggestions.pending(store, audit.id, result) == [typo, caps]
    assert store.findings.for_audit(audit.id) == []
    editor.redo()
    assert suggestions.pending(store, audit.id, result) == [caps]
    assert [f.id for f in store.findings.for_audit(audit.id)] == [finding.id]
