"""The example XLSForm questionnaire answered in the real runner, show-if conditions included."""

from __future__ import annotations

from PySide6.QtCore import Qt

from auditor.commands import AddClient, CreateAudit, ImportTemplate
from auditor.model import Audit, Client
from auditor.service import PlannedVisit
from auditor.templatefiles import read_template
from tests.auditor.cli.test_commands import ROOT
from tests.ui.test_runner import open_runner


def test_the_example_questionnaire_runs_in_the_window(qtbot, ctx, store):
    template = read_template(ROOT / "docs" / "examples" / "branch-visit.xlsx")
    ctx.run(ImportTemplate(template))
    client = ctx.run(AddClient(Client(name="Banca Esempio"))).result
    audit = ctx.run(
        CreateAudit(Audit(client_id=client.id, title="Filiale"), [PlannedVisit("branch_visit")])
    ).result
    runner = open_runner(qtbot, ctx, audit.id)
    session = runner.session
    assert session is not None
    ids = [item.id for item in session.items]

    def shown() -> list[str]:
        return [i for i in ids if i not in session.hidden]

    # Two levels deep: card_given only if no appointment, contact_written only if no card either;
    # unanswered, the appointment question shows neither (XLSForm reads it as empty).
    assert "card_given" not in shown() and "contact_written" not in shown()
    runner.go_to_item("mortgage_offered")
    qtbot.keyClick(runner.item_view, Qt.Key.Key_N)
    assert "card_given" in shown() and "contact_written" not in shown()
    runner.go_to_item("card_given")
    qtbot.keyClick(runner.item_view, Qt.Key.Key_N)
    assert "contact_written" in shown()
    runner.go_to_item("mortgage_offered")
    qtbot.keyClick(runner.item_view, Qt.Key.Key_Y)
    assert "card_given" not in shown() and "contact_written" not in shown()
    assert store.answers.get(session.visit.id, "card_given").value == "no"  # kept while hidden

    # The select_multiple item: digits toggle options, the whole list is stored.
    runner.go_to_item("documents")
    qtbot.keyClick(runner.item_view, Qt.Key.Key_1)
    qtbot.keyClick(runner.item_view, Qt.Key.Key_2)
    visit_id = session.visit.id
    assert store.answers.get(visit_id, "documents").value == ["id_card", "tax_code"]
    assert "audit" in runner.header.scores.text()
