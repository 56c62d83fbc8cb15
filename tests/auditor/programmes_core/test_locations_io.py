"""Locations read from real CSV and XLSX files, and refused naming the bad cell."""

from __future__ import annotations

import openpyxl
import pytest

from auditor.commands import ImportLocations
from auditor.errors import ValidationError
from auditor.model import LocationChannel
from auditor.programme.locations_io import column_letter, read_locations


def _xlsx(path, rows):
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_an_italian_xlsx_is_read_with_numbers_and_italian_words(tmp_path):
    path = _xlsx(
        tmp_path / "sedi.xlsx",
        [
            ["Nome", "Codice", "Città", "Regione", "Canale", "Attiva", "Responsabile"],
            ["Verona Centro", 101, "Verona", "Veneto", "negozio", "sì", "Paolo"],
            [None, None, None, None, None, None, None],
            ["Sito web", "W1", "", "", "sito", "no", ""],
            ["Numero verde", None, None, None, "telefono", None, None],
        ],
    )
    found = read_locations(path, "c1", "it")
    assert [(x.name, x.code, x.city, x.region, x.channel, x.active) for x in found] == [
        ("Verona Centro", "101", "Verona", "Veneto", LocationChannel.STORE, True),
        ("Sito web", "W1", "", "", LocationChannel.WEB, False),
        ("Numero verde", "", "", "", LocationChannel.PHONE, True),
    ]
    assert {x.client_id for x in found} == {"c1"}


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        (
            [["name", "code", "channel"], ["A", "1", "store"], ["B", "2", "web"],
             ["C", "3", "phone"], ["D", "4", "email"], ["E", "5", "other"], ["F", "6", "shop"]],
            "locations.xlsx, cell C7: channel \u201cshop\u201d is not one of "
            "store, web, phone, email, other",
        ),
        ([["name", "active"], ["A", "maybe"]], "locations.xlsx, cell B2: active \u201cmaybe\u201d"),
        ([["code", "name"], ["1", "A"], ["2", ""], ["3", "B"]], "locations.xlsx, cell B3: the location has no name"),
        ([["name", "code"], ["A", "1"], ["B", "1"]], "cell B3: code \u201c1\u201d is already on row 2"),
        ([["name"], ["Verona"], ["VERONA"]], "cell A3: \u201cVERONA\u201d is already on row 2"),
        ([["city", "region"], ["Verona", "Veneto"]], "must name the columns, with at least"),
        ([["name"]], "the file lists no locations"),
    ],
)  # fmt: skip
def test_a_bad_xlsx_cell_is_named(tmp_path, rows, message):
    path = _xlsx(tmp_path / "locations.xlsx", rows)
    with pytest.raises(ValidationError) as caught:
        read_locations(path, "c1")
    assert message in str(caught.value)


def test_a_semicolon_csv_from_italian_excel_is_read_and_a_bad_cell_named(tmp_path):
    good = tmp_path / "sedi.csv"
    good.write_bytes(
        "nome;codice;indirizzo;città;canale\r\n"
        "Padova;PD01;Via Roma 1;Padova;negozio\r\n"
        '"Treviso; Centro";TV01;;Treviso;\r\n'.encode("cp1252")
    )
    found = read_locations(good, "c1", "it")
    assert [(x.name, x.code, x.address, x.city) for x in found] == [
        ("Padova", "PD01", "Via Roma 1", "Padova"),
        ("Treviso; Centro", "TV01", "", "Treviso"),
    ]
    bad = tmp_path / "locations.csv"
    bad.write_text("name,code,channel\nPadova,PD01,store\nTreviso,TV01,fax\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="locations\\.csv, cell C3: channel \u201cfax\u201d"):
        read_locations(bad, "c1")


def test_files_that_are_not_lists_are_refused(tmp_path):
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"not a workbook at all")
    with pytest.raises(ValidationError, match=r"fake\.xlsx: not a readable XLSX workbook"):
        read_locations(fake, "c1")
    with pytest.raises(ValidationError, match=r"give a \.csv or \.xlsx"):
        read_locations(tmp_path / "list.ods", "c1")
    with pytest.raises(ValidationError, match=r"missing\.csv: cannot read it \(no such file\)"):
        read_locations(tmp_path / "missing.csv", "c1")


def test_an_unreadable_list_is_refused_in_the_users_language(tmp_path):
    with pytest.raises(ValidationError) as caught:
        read_locations(tmp_path / "mancante.csv", "c1", "it")
    assert str(caught.value) == "mancante.csv: impossibile leggerlo (il file non esiste)"


def test_column_letters():
    assert [column_letter(i) for i in (0, 2, 25, 26, 27, 701, 702)] == [
        "A", "C", "Z", "AA", "AB", "ZZ", "AAA",
    ]  # fmt: skip


def test_a_file_read_goes_into_the_workspace_in_one_step(prog, tmp_path):
    path = _xlsx(
        tmp_path / "sedi.xlsx",
        [["name", "code", "region"], ["Verona", "VR", "Veneto"], ["Milano", "MI", "Lombardia"]],
    )
    cid = prog.client.id
    prog.editor.run(ImportLocations(cid, read_locations(path, cid)))
    assert [(x.name, x.region) for x in prog.store.locations.for_client(cid)] == [
        ("Milano", "Lombardia"),
        ("Verona", "Veneto"),
    ]
    prog.editor.undo()
    assert prog.store.locations.for_client(cid) == []
