"""`auditor locations` and `auditor new --location --wave`, through the command line's main()."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from auditor.cli import main
from auditor.storage import Store
from auditor.userprofile import UserProfile, save_user_profile


def cli(workspace: Path, capsys, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    status = main(["--workspace", str(workspace), *args])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    return tmp_path / "desk.auditdesk"


def _listed(workspace, capsys, client="Ottica Bellavista"):
    status, out, err = cli(workspace, capsys, "locations", "list", "--client", client, "--json")
    assert (status, err) == (0, "")
    return [(x["name"], x["code"], x["region"], x["channel"], x["audits"]) for x in json.loads(out)]


def test_locations_are_added_imported_and_listed(workspace, capsys, tmp_path):
    status, out, err = cli(
        workspace, capsys, "locations", "add", "--client", "Ottica Bellavista", "Verona",
        "--code", "VR", "--city", "Verona", "--region", "Veneto", "--address", "Via Roma 1",
    )  # fmt: skip
    assert (status, err) == (0, "") and len(out.strip()) == 36
    book = openpyxl.Workbook()
    for row in (["Nome", "Codice", "Regione", "Canale"], ["Verona Centro", "VR", "Veneto", ""],
                ["Padova", "PD", "Veneto", "negozio"], ["Sito", "W", "", "web"]):  # fmt: skip
        book.active.append(row)
    book.save(tmp_path / "sedi.xlsx")
    status, out, err = cli(
        workspace, capsys, "locations", "import", "--client", "Ottica Bellavista",
        str(tmp_path / "sedi.xlsx"),
    )  # fmt: skip
    assert (status, out, err) == (0, "2 locations added, 1 updated\n", "")
    assert _listed(workspace, capsys) == [
        ("Padova", "PD", "Veneto", "store", 0),
        ("Sito", "W", "", "web", 0),
        ("Verona Centro", "VR", "Veneto", "store", 0),
    ]
    status, out, err = cli(workspace, capsys, "locations", "list", "--client", "ottica bellavista")
    assert status == 0 and "Verona Centro" in out and "Channel" in out


def test_a_bad_cell_exits_2_naming_it_and_imports_nothing(workspace, capsys, tmp_path):
    cli(workspace, capsys, "locations", "add", "--client", "Ottica", "Verona")
    bad = tmp_path / "sedi.csv"
    bad.write_text("name;code;channel\nPadova;PD;store\nTreviso;TV;fax\n", encoding="utf-8")
    status, out, err = cli(workspace, capsys, "locations", "import", "--client", "Ottica", str(bad))
    assert status == 2 and out == ""
    assert err == (
        "auditor: sedi.csv, cell C3: channel \u201cfax\u201d is not one of "
        "store, web, phone, email, other\n"
    )
    assert err.count("\n") == 1
    assert _listed(workspace, capsys, "Ottica") == [("Verona", "", "", "store", 0)]
    status, _out, err = cli(
        workspace, capsys, "locations", "add", "--client", "Ottica", "Vicenza", "--channel", "shop"
    )
    assert status == 2 and "channel \u201cshop\u201d is not one of" in err
    status, _out, err = cli(workspace, capsys, "locations", "list", "--client", "Nobody")
    assert (status, err) == (2, "auditor: no client named Nobody\n")


def test_new_audits_join_a_location_and_a_wave_with_the_questionnaire(workspace, capsys):
    save_user_profile(UserProfile("Marta Rossi", "Gufo"))
    for name, code in (("Verona", "VR"), ("Padova", "PD")):
        cli(workspace, capsys, "locations", "add", "--client", "Ottica", name, "--code", code)
    status, first, err = cli(
        workspace, capsys, "new", "--client", "Ottica", "--location", "VR", "--wave", "Q1 2025",
        "--template", "phone@1.0.2", "--template", "shop",
    )  # fmt: skip
    assert (status, err) == (0, "")
    # The questionnaire is remembered: the next audits need no --template.
    status, second, err = cli(
        workspace, capsys, "new", "--client", "Ottica", "--location", "padova", "--wave", "Q1 2025"
    )
    assert (status, err) == (0, "")
    status, third, err = cli(
        workspace, capsys, "new", "--client", "Ottica", "--location", "Verona", "--wave", "Q2 2025",
        "--title", "Verona, secondo trimestre", "--nickname", "Volpe",
    )  # fmt: skip
    assert (status, err) == (0, "")
    status, _out, err = cli(
        workspace, capsys, "new", "--client", "Ottica", "--location", "VR", "--wave", "q1 2025"
    )
    assert status == 2 and "already has an audit in wave \u201cQ1 2025\u201d" in err
    status, _out, err = cli(
        workspace, capsys, "new", "--client", "Ottica", "--location", "Milano", "--wave", "Q1 2025"
    )
    assert (status, err) == (
        2,
        "auditor: client Ottica has no location Milano; add it with `auditor locations add`\n",
    )
    with Store.open(workspace) as store:
        client = store.clients.all()[0]
        assert [w.label for w in store.waves.for_client(client.id)] == ["Q1 2025", "Q2 2025"]
        assert store.programmes.questionnaire(client.id)[0] == ("phone", "1.0.2")
        audits = {a.id: a for a in store.audits.all()}
        one, two, three = (audits[x.strip()] for x in (first, second, third))
        assert (one.title, one.auditor, one.nickname) == ("Verona - Q1 2025", "Marta Rossi", "Gufo")
        assert two.title == "Padova - Q1 2025" and two.wave_id == one.wave_id
        assert (three.title, three.nickname) == ("Verona, secondo trimestre", "Volpe")
        assert three.location_id == one.location_id != two.location_id
        for audit in (one, two, three):
            visits = store.audits.visits(audit.id)
            assert [v.template_id for v in visits] == ["phone", "shop"]
        assert store.history.for_audit(one.id)[0].actor == "Marta Rossi"
    assert [row[4] for row in _listed(workspace, capsys, "Ottica")] == [1, 2]


def test_new_without_templates_or_questionnaire_is_refused(workspace, capsys):
    cli(workspace, capsys, "locations", "add", "--client", "Ottica", "Verona")
    status, out, err = cli(
        workspace, capsys, "new", "--client", "Ottica", "--location", "Verona", "--wave", "Q1"
    )
    assert (status, out) == (2, "")
    assert err == "auditor: give --template: client Ottica has no questionnaire yet\n"
    with Store.open(workspace) as store:
        assert store.audits.all() == [] and store.waves.for_client(store.clients.all()[0].id) == []
