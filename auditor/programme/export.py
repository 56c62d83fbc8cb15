"""Tidy tables for analysts: audits, answers and findings of a client, as CSV or XLSX.

One row per audit, per answer, per finding; one column per variable, named in lower-case English
(the columns: docs/programmes.md, "Exports"). Values keep their types: scores and points are
numbers, dates and times are dates, the critical flag is a boolean; the CSV spells them as
plain text the way spreadsheets and pandas read them back.
"""

from __future__ import annotations

import csv
import logging
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from auditor.answertypes import kind_of
from auditor.i18n import pick
from auditor.model import NA, AnswerType, Dimension, Phase
from auditor.outputs import output_target, shareable, temp_beside
from auditor.programme import scores
from auditor.scoring import NOT_APPLICABLE, earned, hidden, outcome
from auditor.storage import Store
from auditor.storage.programme import AuditRow, VisitRow

log = logging.getLogger(__name__)

SCORE_DECIMALS = 2  # enough to tell scores apart, without float noise (83.33333333333334)
POINT_DECIMALS = 4
NOT_ASKED = "not_asked"  # an answer kept for an item its show-if condition now hides
CSV_NAMES = ("audits", "answers", "findings")


@dataclass(frozen=True)
class Table:
    """A tidy table: its name (the sheet, the CSV file), column names and rows of typed values."""

    name: str
    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]


@dataclass(frozen=True)
class Tables:
    """The three tables of an export."""

    audits: Table
    answers: Table
    findings: Table

    def __iter__(self) -> Iterator[Table]:
        return iter((self.audits, self.answers, self.findings))


def _round(value: float | None, decimals: int = SCORE_DECIMALS) -> float | None:
    return None if value is None else round(value, decimals)


def _local(value: datetime | None) -> datetime | None:
    """Return a time as the clock read where it was taken (spreadsheets have no time zones)."""
    return None if value is None else value.replace(tzinfo=None, microsecond=0)


def export_value(item_type: AnswerType, value: Any) -> Any:
    """Return a stored answer as the export writes it: as `auditor answer` and the import take it."""
    if value is None:
        return None
    if item_type == AnswerType.SELECT_MULTIPLE and isinstance(value, list):
        return ",".join(str(v) for v in value)
    if isinstance(value, bool):
        return str(value).lower()
    return value


def touchpoint_names(visits: Sequence[VisitRow]) -> dict[str, str]:
    """Return visit id -> how a row names it: its kind, or its id when the audit has two of it."""
    counts: dict[str, int] = {}
    for visit in visits:
        counts[visit.kind] = counts.get(visit.kind, 0) + 1
    return {v.id: v.kind if counts[v.kind] == 1 else v.id for v in visits}


def export_tables(
    store: Store, client_id: str, wave_id: str | None = None, lang: str = "en"
) -> Tables:
    """Return the client's audits (of one wave), answers and findings as tidy tables.

    Questions, sections and touchpoint titles are given in `lang`; every other cell is language
    neutral (ids, codes, numbers, dates).
    """
    with store.lock, store.transaction():  # one snapshot of the workspace
        client = store.clients.get(client_id)
        locations = {loc.id: loc for loc in store.locations.for_client(client_id)}
        waves = {w.id: w for w in store.waves.for_client(client_id)}
        reader = store.programme
        audits = reader.audits(client_id, wave_id=wave_id)
        visit_rows = reader.visits(client_id, wave_id=wave_id)
        answers = reader.answers(client_id, wave_id=wave_id)
        photos = reader.photo_links(client_id, wave_id=wave_id)
        templates = reader.templates(client_id, wave_id=wave_id)
        findings = reader.findings(client_id, wave_id=wave_id)
    visits = scores.visit_values(visit_rows, answers, photos, templates)
    by_visit: dict[str, dict[str, Any]] = {}
    for answer in answers:
        by_visit.setdefault(answer.visit_id, {})[answer.item_id] = answer
    names: dict[str, str] = {}
    for audit_visits in visits.values():
        names.update(touchpoint_names([v.visit for v in audit_visits]))

    def place(audit: AuditRow) -> tuple[str, str, str]:
        loc = locations.get(audit.location_id or "")
        wave = waves.get(audit.wave_id or "")
        return (loc.name if loc else "", loc.code if loc else "", wave.label if wave else "")

    audit_table = _audits(client.name, audits, visits, locations, place)
    by_audit = {a.id: a for a in audits}
    answer_rows = []
    for audit in audits:
        location, code, wave = place(audit)
        for v in visits.get(audit.id, ()):
            template, values = v.template, v.values
            stored = by_visit.get(v.visit.id, {})
            skipped = hidden(template, values)
            sections = {s.id: s.title for s in template.sections}
            title = v.visit.title or pick(template.title, lang)
            for item in template.items:
                answer = stored.get(item.id)
                if answer is None:
                    continue
                fraction = None if item.id in skipped else earned(item, answer.value)
                if item.id in skipped:
                    how = NOT_ASKED
                elif answer.value == NA and kind_of(item).allows_na:
                    how = NOT_APPLICABLE
                else:
                    how = outcome(item, answer.value)
                answer_rows.append(
                    (
                        audit.id,
                        location,
                        code,
                        wave,
                        names[v.visit.id],
                        title,
                        pick(sections.get(item.section, {}), lang),
                        item.id,
                        pick(item.question, lang),
                        export_value(item.type, answer.value),
                        how,
                        None if fraction is None else round(item.weight * fraction, POINT_DECIMALS),
                        None if fraction is None else float(item.weight),
                        answer.note,
                    )
                )
    finding_rows = []
    for f in findings:
        location, code, wave = place(by_audit[f.audit_id])
        finding_rows.append(
            (
                f.audit_id,
                location,
                code,
                wave,
                names.get(f.visit_id or "", ""),
                f.item_id or "",
                f.title,
                f.severity,
                f.status,
                f.description,
                f.recommendation,
                _local(f.created_at),
            )
        )
    return Tables(
        audit_table,
        Table("answers", ANSWER_COLUMNS, answer_rows),
        Table("findings", FINDING_COLUMNS, finding_rows),
    )


ANSWER_COLUMNS = (
    "audit",
    "location",
    "code",
    "wave",
    "touchpoint",
    "touchpoint_title",
    "section",
    "item",
    "question",
    "value",
    "outcome",
    "points_earned",
    "points_possible",
    "note",
)
FINDING_COLUMNS = (
    "audit",
    "location",
    "code",
    "wave",
    "touchpoint",
    "item",
    "title",
    "severity",
    "status",
    "description",
    "recommendation",
    "created",
)
AUDIT_COLUMNS = (
    "audit",
    "title",
    "status",
    "client",
    "location",
    "code",
    "region",
    "city",
    "channel",
    "wave",
    "nickname",
    "planned_date",
    "visit_start",
    "visit_end",
    "overall",
)
AUDIT_TAIL = ("completion", "critical_failure")


def _audits(client_name, audits, visits, locations, place) -> Table:
    computed = []
    kinds: dict[str, int] = {}
    dims: set[str] = set()
    phases: set[str] = set()
    for audit in audits:
        audit_visits = visits.get(audit.id, [])
        score = scores.score(audit_visits)
        touchpoints = scores.touchpoint_scores(score, audit_visits)
        for v in audit_visits:
            kinds[v.visit.kind] = min(kinds.get(v.visit.kind, v.visit.position), v.visit.position)
        dims.update(score.dimensions)
        phases.update(score.phases)
        computed.append((audit, audit_visits, score, touchpoints))
    kind_order = sorted(kinds, key=lambda k: (kinds[k], k))
    dim_order = [d.value for d in Dimension if d.value in dims]
    phase_order = [p.value for p in Phase if p.value in phases]
    columns = (
        AUDIT_COLUMNS
        + tuple(f"touchpoint_{k}" for k in kind_order)
        + tuple(f"dimension_{d}" for d in dim_order)
        + tuple(f"phase_{p}" for p in phase_order)
        + AUDIT_TAIL
    )
    rows = []
    for audit, audit_visits, score, touchpoints in computed:
        loc = locations.get(audit.location_id or "")
        location, code, wave = place(audit)
        starts = [v.visit.visited_at for v in audit_visits if v.visit.visited_at]
        ends = [v.visit.ended_at or v.visit.visited_at for v in audit_visits]
        ends = [e for e in ends if e is not None]
        rows.append(
            (
                audit.id,
                audit.title,
                audit.status,
                client_name,
                location,
                code,
                loc.region if loc else "",
                loc.city if loc else "",
                loc.channel.value if loc else "",
                wave,
                audit.nickname,
                audit.planned_date,
                _local(min(starts, default=None)),
                _local(max(ends, default=None)),
                _round(score.overall),
                *(_round(touchpoints.get(k)) for k in kind_order),
                *(_round(s.score) if (s := score.dimensions.get(d)) else None for d in dim_order),
                *(_round(s.score) if (s := score.phases.get(p)) else None for p in phase_order),
                _round(score.completion),
                score.critical_failure,
            )
        )
    return Table("audits", columns, rows)


# -- writers ------------------------------------------------------------------------------------


def _csv_text(value: Any) -> str:
    kind = type(value)
    if kind is str:
        return value
    if kind is float or kind is int:
        return repr(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def csv_paths(path: Path) -> dict[str, Path]:
    """Return where the three CSV files go: in a folder, or beside FILE.csv as FILE-<table>.csv."""
    path = Path(path).expanduser()
    if path.suffix.lower() == ".csv":
        return {name: path.with_name(f"{path.stem}-{name}.csv") for name in CSV_NAMES}
    return {name: path / f"{name}.csv" for name in CSV_NAMES}


def _replace(target: Path, write: Callable[[Path], None]) -> None:
    """Write a file beside the target and rename it into place: it appears whole or not at all."""
    fd, temp = temp_beside(target, ".export-")
    os.close(fd)
    try:
        write(temp)
        shareable_path(temp)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def shareable_path(path: Path) -> None:
    """Give an export the usual permissions (temporary files are the owner's only)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        shareable(fd)
    finally:
        os.close(fd)


def write_csv(tables: Tables, path: Path, workspace: Path | None = None) -> list[Path]:
    """Write the tables as three CSV files (UTF-8 with a byte-order mark, commas) and list them.

    The byte-order mark makes Excel read the accents right when the file is opened with a
    double click; pandas, R and LibreOffice skip it. A path ending .csv writes
    FILE-audits.csv, FILE-answers.csv and FILE-findings.csv beside it; any other path is a
    folder (created when its parent exists) holding audits.csv, answers.csv and findings.csv.
    """
    paths = csv_paths(path)
    folder = next(iter(paths.values())).parent
    if Path(path).suffix.lower() != ".csv" and not folder.is_dir():
        output_target(folder, workspace)  # refuses a missing parent, the workspace itself
        folder.mkdir()
    targets = {name: output_target(p, workspace) for name, p in paths.items()}
    for table in tables:

        def write(temp: Path, table: Table = table) -> None:
            with temp.open("w", encoding="utf-8-sig", newline="") as out:
                writer = csv.writer(out)
                writer.writerow(table.columns)
                writer.writerows([_csv_text(v) for v in row] for row in table.rows)

        _replace(targets[table.name], write)
    return [targets[t.name] for t in tables]


def write_xlsx(tables: Tables, path: Path, workspace: Path | None = None) -> Path:
    """Write the tables as one workbook, a sheet each: typed cells, bold frozen header row."""
    from auditor.programme.xlsx import write_workbook

    target = output_target(path, workspace)
    _replace(
        target, lambda temp: write_workbook(temp, [(t.name, t.columns, t.rows) for t in tables])
    )
    return target
