"""Build the report snapshot from the store: the only part of the report that reads the workspace."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date, datetime
from typing import Any

from auditor import service
from auditor.answertypes import format_answer
from auditor.errors import ValidationError
from auditor.i18n import SUPPORTED_LANGUAGES, Translate, pick, translator
from auditor.model import AnswerType, Client, Evidence, Finding, Recording, Template, Visit
from auditor.report import images, labels
from auditor.report.data import (
    EvidenceImage,
    FindingView,
    ItemResult,
    Metrics,
    MomentOfTruth,
    PrintImage,
    RecordingView,
    ReportData,
    ScoreLine,
    TemplateRef,
    TouchpointReport,
)
from auditor.report.details import call_log_rows, typed_details
from auditor.report.recording import recording_view
from auditor.scoring import hidden, is_answered, outcome, with_photos
from auditor.storage import Store
from auditor.timeline import visit_timeline

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]  # done, total, message


def report_language(client: Client, lang: str | None) -> str:
    """Return the language a report is written in: the one asked, else the client's, else English.

    Raises ValidationError for a language the reports are not translated into.
    """
    lang = lang or client.report_language or "en"
    if lang not in SUPPORTED_LANGUAGES:
        raise ValidationError(
            f"reports are written in {' or '.join(SUPPORTED_LANGUAGES)}, not {lang!r}"
        )
    return lang


def _local(at: datetime | None) -> datetime | None:
    """Return a moment in the time zone of the computer making the report (the auditor's)."""
    return at.astimezone() if at is not None else None


def _values(template: Template, answers: dict[str, Any], photos: set[str]) -> dict[str, Any]:
    """Return the answer values as scoring sees them (a photo item answered by its photo)."""
    return with_photos(
        template, {k: a.value for k, a in answers.items() if a.value is not None}, photos
    )


def _numbers(
    template: Template, skipped: set[str] | frozenset[str] = frozenset()
) -> dict[str, str]:
    """Return item id -> '2.3' (section position . position in the section) of the asked items."""
    # Items not asked (show-if) are left out of the numbering too: the client reads 1.1, 1.2,
    # 1.3 without gaps that would look like pages missing from the report.
    order = [s.id for s in template.sections]
    counts: dict[str, int] = {}
    numbers = {}
    for item in template.items:
        if item.id in skipped:
            continue
        section = order.index(item.section) + 1 if item.section in order else len(order) + 1
        counts[item.section] = counts.get(item.section, 0) + 1
        numbers[item.id] = f"{section}.{counts[item.section]}"
    return numbers


def _items(
    _: Translate,
    template: Template,
    answers: dict[str, Any],
    lang: str,
    values: dict[str, Any],
    skipped: set[str],
    photos: dict[str, tuple[EvidenceImage, ...]] | None = None,
) -> tuple[ItemResult, ...]:
    sections = {s.id: pick(s.title, lang) for s in template.sections}
    numbers = _numbers(template, skipped)
    rows = []
    for item in template.items:
        if item.id in skipped:
            continue  # not asked (its condition does not hold): a kept answer is not printed
        answer = answers.get(item.id)
        value = values.get(item.id)
        note = answer.note if answer else ""
        text = format_answer(item, value, lang, _)
        if item.type == AnswerType.TEXT and is_answered(value):
            note = (
                f"{value}\n{note}" if note else str(value)
            )  # free text can be long: printed as a note
        rows.append(
            ItemResult(
                number=numbers[item.id],
                section=sections.get(item.section, ""),
                question=pick(item.question, lang),
                answer=text,
                outcome=outcome(item, value),
                critical=item.critical,
                moment_of_truth=item.moment_of_truth,
                weight=item.weight,
                note=note,
                images=(photos or {}).get(item.id, ()),
            )
        )
    return tuple(rows)


def _item_label(template: Template, item_id: str | None, numbers: dict[str, str], lang: str) -> str:
    """Return "2.3 Question" of a checklist item ("" when it is not in the checklist)."""
    if not item_id:
        return ""
    try:
        item = template.item(item_id)
    except KeyError:
        return ""
    # An item not asked has no number; what documents it still names the question.
    number = numbers.get(item.id)
    question = pick(item.question, lang)
    return f"{number} {question}" if number else question


def _evidence_image(
    _: Translate,
    evidence: Evidence,
    copies: dict[str, PrintImage | None],
    touchpoint: str = "",
    item: str = "",
) -> EvidenceImage:
    """Return an evidence image with its caption: the auditor's, else what and when it shows."""
    caption = " ".join(evidence.caption.split()) and evidence.caption.strip()
    if not caption:
        taken = _local(evidence.captured_at or evidence.created_at)
        when = (
            _("{date} at {time}").format(
                date=labels.long_date(_, taken.date()), time=f"{taken:%H:%M}"
            )
            if taken
            else ""
        )
        caption = " – ".join(p for p in (item, touchpoint, when) if p)
    return EvidenceImage(
        id=evidence.id,
        caption=caption,
        image=copies.get(evidence.id),
        touchpoint=touchpoint,
        item=item,
    )


def _finding(
    _: Translate,
    finding: Finding,
    visits: dict[str, tuple[Visit, Template, str]],
    numbers: dict[str, dict[str, str]],
    evidence: dict[str, Evidence],
    copies: dict[str, PrintImage | None],
    lang: str,
) -> FindingView:
    touchpoint, item_label = "", ""
    if finding.visit_id in visits:
        _visit, template, touchpoint = visits[finding.visit_id]
        item_label = _item_label(template, finding.item_id, numbers[finding.visit_id], lang)
    return FindingView(
        id=finding.id,
        title=finding.title,
        severity=finding.severity,
        description=finding.description,
        recommendation=finding.recommendation,
        resolved=finding.status.value == "resolved",
        touchpoint=touchpoint,
        visit_id=finding.visit_id if finding.visit_id in visits else None,
        item=item_label,
        images=tuple(
            _evidence_image(_, evidence[e], copies, touchpoint, item_label)
            for e in finding.evidence_ids
            if e in evidence
        ),
    )


PHOTO_SOURCES = ("file", "drop")  # taken with a camera and added as a file: not a screenshot


def _cover_image(
    touchpoints: list[TouchpointReport],
    findings: list[FindingView],
    evidence: dict[str, Evidence],
) -> EvidenceImage | None:
    """Return the cover photo: the first photograph (not a screenshot) of the first visit with one."""
    views = {e.id: e for f in findings for e in f.images}
    views |= {e.id: e for t in touchpoints for r in t.items for e in r.images}
    views |= {e.id: e for t in touchpoints for e in t.other_evidence}
    for t in touchpoints:
        photos = sorted(
            (
                e
                for e in evidence.values()
                if e.visit_id == t.id and e.source in PHOTO_SOURCES and e.mime == "image/jpeg"
            ),
            key=lambda e: e.created_at,
        )
        for photo in photos:
            view = views.get(photo.id)
            if view is not None and view.image is not None:
                return view
    return None


def _recording(recording: Recording | None, _: Translate, lang: str) -> RecordingView | None:
    """Return the figures and pictures of a visit's recording (its audio is never printed)."""
    if recording is None:
        return None
    from auditor.recordings import figures

    return recording_view(recording.analysis, figures(recording), _, lang)


def _scope_lines(scopes: dict[str, Any], name: Callable[[str], str]) -> tuple[ScoreLine, ...]:
    return tuple(
        ScoreLine(k, name(k), s.score, s.completion, s.critical_failure) for k, s in scopes.items()
    )


def build_snapshot(
    store: Store,
    audit_id: str,
    lang: str | None = None,
    progress: Progress | None = None,
    *,
    today: date | None = None,
) -> ReportData:
    """Return everything the report of an audit prints, read from the store, images made ready for print."""
    report = progress or (lambda done, total, text="": None)
    with store.lock:
        audit = store.audits.get(audit_id)
        client = store.clients.get(audit.client_id)
        lang = report_language(client, lang)
        profile = store.profile.get()
        agency_logo = store.profile.logo()
        visit_rows = store.audits.visits(audit_id)
        templates = {
            v.id: store.audits.template(v.template_id, v.template_version) for v in visit_rows
        }
        answers = store.answers.for_audit(audit_id)
        findings = store.findings.for_audit(audit_id)
        evidence = {e.id: e for e in store.evidence.for_audit(audit_id)}
        scores = service.score(store, audit_id)
        timelines = visit_timeline(store, audit_id)
        recordings = {r.visit_id: r for r in store.recordings.for_audit(audit_id)}  # the latest
        calls = {
            visit_id: [(e.kind, e.at_s) for e in events]
            for visit_id, events in store.calls.for_visits([v.id for v in visit_rows]).items()
        }
    _ = translator(lang)
    titles = {v.id: v.title or pick(templates[v.id].title, lang) for v in visit_rows}
    visits = {v.id: (v, templates[v.id], titles[v.id]) for v in visit_rows}
    shown = {e for f in findings for e in f.evidence_ids if e in evidence}
    other = {
        v.id: [e for e in evidence.values() if e.visit_id == v.id and e.id not in shown]
        for v in visit_rows
    }
    wanted = [
        evidence[e]
        for e in dict.fromkeys(e for f in findings for e in f.evidence_ids if e in evidence)
    ]
    wanted += [e for v in visit_rows for e in other[v.id]]
    total = len(wanted) + 2

    def jobs() -> Iterator[images.Job]:
        for item in wanted:
            with store.lock:  # read one original at a time: the GUI thread shares the connection
                original = store.evidence.original(item.id)
            yield item.id, original, [tuple(r) for r in item.redactions]

    report(0, total, _("Preparing the images"))
    copies = images.print_copies(
        jobs(), len(wanted), done=lambda n: report(n, total, _("Preparing the images"))
    )
    photos = {
        v.id: {e.item_id for e in evidence.values() if e.visit_id == v.id and e.item_id}
        for v in visit_rows
    }
    values = {
        v.id: _values(templates[v.id], answers.get(v.id, {}), photos[v.id]) for v in visit_rows
    }
    skipped = {v.id: hidden(templates[v.id], values[v.id]) for v in visit_rows}
    numbers = {v.id: _numbers(templates[v.id], skipped[v.id]) for v in visit_rows}
    views = [_finding(_, f, visits, numbers, evidence, copies, lang) for f in findings]
    by_visit = {v.id: s for v, s in zip(visit_rows, scores.visits, strict=True)}
    staff = profile.get("report_staff_names") == "1"  # personal data: only if the agency allows
    details = {v.id: typed_details(v, calls[v.id], _, staff=staff) for v in visit_rows}
    touchpoints = []
    kinds = Counter(v.kind.value for v in visit_rows)
    seen: Counter[str] = Counter()
    for visit in visit_rows:
        seen[visit.kind.value] += 1
        kind_label = labels.touchpoint_kind(_, visit.kind.value)
        template, vs = templates[visit.id], by_visit[visit.id]
        # An item's own photos stand beside its row; the rest of the visit's are "other evidence".
        own: dict[str, list[EvidenceImage]] = {}
        loose: list[EvidenceImage] = []
        for e in other[visit.id]:
            label = _item_label(template, e.item_id, numbers[visit.id], lang)
            view = _evidence_image(_, e, copies, titles[visit.id], label)
            if e.item_id in numbers[visit.id]:
                own.setdefault(e.item_id, []).append(view)
            else:
                loose.append(view)
        items = _items(
            _,
            template,
            answers.get(visit.id, {}),
            lang,
            values[visit.id],
            skipped[visit.id],
            {k: tuple(v) for k, v in own.items()},
        )
        timeline = timelines[visit.id]
        touchpoints.append(
            TouchpointReport(
                id=visit.id,
                kind=visit.kind.value,
                kind_label=kind_label,
                label=kind_label
                + (f" {seen[visit.kind.value]}" if kinds[visit.kind.value] > 1 else ""),
                title=titles[visit.id],
                visited_at=visit.visited_at,
                channel=" · ".join(value for _label, value in details[visit.id][:1]),
                details=details[visit.id],
                template=TemplateRef(template.id, template.version, pick(template.title, lang)),
                weight=visit.weight,
                score=vs.score,
                completion=vs.completion,
                critical_failure=vs.critical_failure,
                critical_items=tuple(
                    f"{numbers[visit.id][i]} {pick(template.item(i).question, lang)}"
                    for i in vs.critical_items
                ),
                metrics=Metrics(visit.nps, visit.csat, visit.ces),
                items=items,
                findings=tuple(f for f in views if f.visit_id == visit.id),
                other_evidence=tuple(loose),
                started_at=_local(timeline.started_at),
                completed_at=_local(timeline.completed_at),
                changes_after_completion=timeline.changes_after_completion,
                recording=_recording(recordings.get(visit.id), _, lang),
                ended_at=visit.ended_at,
                call_log=call_log_rows(calls[visit.id], _),
            )
        )
    moments = tuple(
        MomentOfTruth(t.label, r.number, r.question, r.answer, r.outcome)
        for t in touchpoints
        for r in t.items
        if r.moment_of_truth
    )
    refs = tuple(dict.fromkeys(t.template for t in touchpoints))
    days = {v.visited_at.date() for v in visit_rows if v.visited_at}
    if not days and (audit.actual_date or audit.planned_date):
        days = {audit.actual_date or audit.planned_date}
    result = ReportData(
        lang=lang,
        agency_name=profile.get("agency_name") or "",
        agency_logo=images.safe_print_copy(agency_logo, images.LOGO_BOX),
        client_name=client.name,
        client_logo=images.safe_print_copy(client.logo, images.LOGO_BOX),
        audit_id=audit.id,
        audit_title=audit.title,
        scenario=audit.scenario,
        visit_dates=tuple(sorted(days)),
        auditor=audit.nickname or profile.get("auditor_nickname") or audit.auditor or "",
        report_date=today or date.today(),
        overall=scores.overall,
        completion=scores.completion,
        critical_failure=scores.critical_failure,
        touchpoints=tuple(touchpoints),
        dimensions=_scope_lines(scores.dimensions, lambda k: labels.dimension(_, k)),
        phases=_scope_lines(scores.phases, lambda k: labels.phase(_, k)),
        findings=tuple(views),
        moments=moments,
        templates=refs,
        cover_image=_cover_image(touchpoints, views, evidence),
    )
    report(total - 1, total, _("Laying out the report"))
    return result
