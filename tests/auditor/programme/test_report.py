"""The programme report: a small programme built through the core, rendered in both languages and
read back with pypdf; it (and an audit report of the programme) prints nothing internal."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from auditor.cli import main
from auditor.commands import AddFinding, EditAudit, EditVisit, UpdateProfile
from auditor.i18n import score_text
from auditor.model import Finding, Severity
from auditor.programme import build
from auditor.programme.report import build_programme_report, build_programme_snapshot
from auditor.report import build_report
from tests.auditor.programme.chain import GOOD, MID, POOR, Chain
from tests.auditor.report.pdfkit import norm, page_texts

TODAY = date(2026, 11, 20)
STAFF = "Giulia Bianchi"  # the staff met: personal data, never in a client report
AUDITOR = "Mario Rossi"  # the auditor's own name: the report names the nickname only
WAVES = [
    {"Alba": GOOD, "Bari": POOR, "Como": MID, "Dora": GOOD},
    {"Alba": MID, "Bari": GOOD, "Como": MID},  # Dora skipped: compared with W1 in W3
    {"Alba": GOOD, "Bari": MID, "Como": POOR, "Dora": MID},
]
LEAGUE = {"en": "League table", "it": "Classifica"}

UUID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b", re.I)
HEX_ID = re.compile(r"\b[0-9a-f]{12,}\b", re.I)
JSON_KEY = re.compile(r"[\"'“”]\w+[\"'“”]\s*:")
REPRS = re.compile(r"\b(None|True|False|datetime|Decimal|nan)\b|\{'|\[\]|\(\)|<[a-z]")
SNAKE = re.compile(r"\b[A-Za-z]+_[A-Za-z0-9_]+\b")
# Internal names of values: touchpoint kinds and location channels as stored (the client reads
# "Shop visit", "Store"); field names of the model and of the JSON document. (Dimension and phase
# names are English words, "overall" too: their keys are caught as "dimension:" and the like.)
INTERNAL = re.compile(
    r"\b(shop|phone|website|store|web|email|in_store|location_id|wave_id|audit_id|client_id|"
    r"chain_average|critical_failure|visited_from|visited_to|(?:touchpoint|dimension|phase):[a-z])"
)


@pytest.fixture(scope="module")
def chain(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Chain]:
    """Return four locations by three waves, scored, with findings, dates, a name and staff."""
    made = Chain(tmp_path_factory.mktemp("programme-report") / "chain.auditdesk")
    run = made.editor.run
    run(UpdateProfile({"agency_name": "Qualità & Co."}))
    start = datetime(2026, 2, 3, 10, 15, tzinfo=timezone(timedelta(hours=1)))
    for wave, answers in enumerate(WAVES):
        ids = made.audits(wave, list(answers))
        for n, (name, values) in enumerate(answers.items()):
            audit_id = ids[name]
            made.answer(audit_id, "shop", values)
            made.answer(
                audit_id,
                "phone",
                {"answered": "yes" if values is GOOD else "no", "name_given": "yes"},
            )
            run(EditAudit(replace(made.store.audits.get(audit_id), auditor=AUDITOR)))
            at = start + timedelta(days=90 * wave + n)
            for visit in made.store.audits.visits(audit_id):
                run(EditVisit(visit.id, {"visited_at": at, "ended_at": at + timedelta(minutes=40),
                                         "staff": STAFF, "place": "Via Roma 1"}))  # fmt: skip
            if values is POOR:
                run(AddFinding(Finding(audit_id, "Prezzo diverso alla cassa", Severity.CRITICAL)))
    yield made
    made.store.close()


@pytest.fixture(scope="module")
def pdfs(chain, tmp_path_factory) -> dict[str, Path]:
    """Return the programme report of the latest wave in Italian and English."""
    folder = tmp_path_factory.mktemp("programme-pdfs")
    return {
        lang: build_programme_report(
            chain.store, chain.client.id, folder / f"{lang}.pdf", lang=lang, today=TODAY
        )
        for lang in ("it", "en")
    }


def _text(path: Path) -> str:
    return " ".join(norm(t) for t in page_texts(path))


@pytest.mark.parametrize("lang", ["it", "en"])
def test_the_league_table_holds_every_location_with_its_figures(chain, pdfs, lang):
    programme = build(chain.store, chain.client.id)
    wave = programme.waves[-1]
    pages = [norm(t) for t in page_texts(pdfs[lang])]
    league = next(p for p in pages if LEAGUE[lang] in p and " 1 Alba " in p)
    rows = programme.league(wave.id)
    assert [r.location.name for r in rows] == ["Alba", "Bari", "Dora", "Como"]
    for row in rows:
        figures = [str(row.rank), row.location.name, score_text(row.value, lang)]
        figures += [score_text(row.result.touchpoints[k], lang) for k in programme.touchpoints]
        sign = "+" if row.change > 0 else "−"
        figures.append(sign + score_text(abs(row.change), lang))
        names = "|".join(r.location.name for r in rows)
        line = re.search(rf"\b{row.rank} {row.location.name}\b.*?(?= \d+ ({names})\b|$)", league)
        assert line, (row.location.name, league)
        for figure in figures:
            assert figure in line.group(0), (figure, line.group(0))
    # Como failed the critical item (the wrong price at the till): flagged in its row.
    como = re.search(r"\b4 Como\b.*", league).group(0)
    assert "!" in como
    text = _text(pdfs[lang])
    average = score_text(programme.chain_average[wave.id], lang)
    assert average in text
    change = round(
        round(programme.chain_average[wave.id], 1)
        - round(programme.chain_average[programme.waves[1].id], 1),
        1,
    )
    assert score_text(abs(change), lang) in text


@pytest.mark.parametrize("lang", ["it", "en"])
def test_every_location_has_its_page_and_the_methodology_counts_the_visits(chain, pdfs, lang):
    text = _text(pdfs[lang])
    words = {
        "it": ["Sintesi", "Classifica", "Le voci più deboli della catena", "Punti vendita",
               "Metodologia", "Visite per ondata", "Andamento nelle ondate", "Mancate" if False else "Voci mancate"],
        "en": ["Executive summary", "League table", "Weakest items across the chain", "Locations",
               "Methodology", "Visits per wave", "Trend across waves", "Failed items"],
    }[lang]  # fmt: skip
    for word in words:
        assert word in text, word
    for name in ("Alba", "Bari", "Como", "Dora"):
        assert text.count(name) >= 3, name  # contents, league table, its page
    assert "Prezzo diverso alla cassa" in text  # a finding's title on its location's page
    assert "Volpe" in text  # the nickname of the auditors
    for wave in ("W1", "W2", "W3"):
        assert wave in text
    visits = {"it": "4 su 4", "en": "4 of 4"}[lang]
    assert visits in text


@pytest.mark.parametrize("lang", ["it", "en"])
def test_no_names_of_people_but_the_nickname(chain, pdfs, lang):
    text = _text(pdfs[lang])
    assert STAFF not in text and "Bianchi" not in text
    assert AUDITOR not in text and "Rossi" not in text


def _clean(text: str, store, client_id: str) -> list[str]:
    """Return what an extracted text shows that a client must never read."""
    found = []
    found += [c for c in "{}" if c in text]
    found += JSON_KEY.findall(text) + UUID.findall(text) + HEX_ID.findall(text)
    found += REPRS.findall(text) + SNAKE.findall(text) + INTERNAL.findall(text)
    for audit in store.programme.audits(client_id):
        found += [audit.id[:8]] if audit.id[:8] in text else []
    for location in store.locations.for_client(client_id):
        found += [location.id[:8]] if location.id[:8] in text else []
    for wave in store.waves.for_client(client_id):
        found += [wave.id[:8]] if wave.id[:8] in text else []
    return found


@pytest.mark.parametrize("lang", ["it", "en"])
def test_neither_report_prints_anything_internal(chain, pdfs, lang, tmp_path):
    store, client_id = chain.store, chain.client.id
    assert _clean(_text(pdfs[lang]), store, client_id) == []
    programme = build(store, client_id)
    audit_id = programme.league(programme.waves[-1].id)[-1].result.audit_id
    audit_pdf = build_report(store, audit_id, tmp_path / "audit.pdf", lang=lang, today=TODAY)
    audit_text = _text(audit_pdf)
    assert "Prezzo diverso alla cassa" in audit_text  # the audit report was read for real
    assert _clean(audit_text, store, client_id) == []
    assert STAFF not in audit_text


def test_the_checks_find_what_they_should():
    # The searches above must be able to fail: each catches a planted internal representation.
    samples = [
        "{'overall': 83.3}", '"location": "Alba"', "3f2a1b0c-1d2e-4f5a-9b8c-7d6e5f4a3b2c",
        "in_store", "wave_id", "None", "Channel: store", "touchpoint:shop",
    ]  # fmt: skip
    for sample in samples:
        hits = (
            [c for c in "{}" if c in sample] + JSON_KEY.findall(sample) + UUID.findall(sample)
            + REPRS.findall(sample) + SNAKE.findall(sample) + INTERNAL.findall(sample)
        )  # fmt: skip
        assert hits, sample


def test_an_earlier_wave_is_reported_as_it_was(chain, tmp_path):
    data = build_programme_snapshot(chain.store, chain.client.id, wave_label="w2", lang="en")
    assert data.wave == "W2" and data.previous_wave == "W1"
    assert [w.label for w in data.waves] == ["W1", "W2"]  # nothing of a later wave
    assert [line.location for line in data.league if not line.visited] == ["Dora"]
    assert [page.name for page in data.locations] == ["Alba", "Bari", "Como"]


def cli(path: Path, capsys, *args: str) -> tuple[int, str, str]:
    """Run the real command line in this process; return (status, stdout, stderr)."""
    capsys.readouterr()
    status = main(["--workspace", str(path), *args])
    out, err = capsys.readouterr()
    return status, out, err


def test_the_command_line_writes_the_report_or_refuses_in_one_line(chain, tmp_path, capsys):
    target = tmp_path / "w1.pdf"
    status, out, err = cli(
        chain.path, capsys, "programme", "Caffè Rete", "--report", "-o", str(target),
        "--wave", "W1", "--lang", "en",
    )  # fmt: skip
    assert status == 0, err
    assert out.strip() == str(target)
    text = _text(target)
    assert "Programme report, wave W1" in text and "W2" not in text
    missing = tmp_path / "missing.pdf"
    for args in (
        ["--report", "-o", str(missing), "--wave", "Q9"],
        ["--report"],
        ["-o", str(missing)],
    ):
        status, out, err = cli(chain.path, capsys, "programme", "Caffè Rete", *args)
        assert status == 2, args
        assert len(err.strip().splitlines()) == 1 and not missing.exists()
    with pytest.raises(SystemExit) as usage:  # argparse refuses an unknown language: status 2
        cli(
            chain.path,
            capsys,
            "programme",
            "Caffè Rete",
            "--report",
            "-o",
            str(missing),
            "--lang",
            "fr",
        )
    assert usage.value.code == 2 and not missing.exists()
