"""Round trip property: any audit exported then imported into an empty workspace is identical."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor.answertypes import MAX_SECONDS
from auditor.bundle import export_bundle, import_bundle
from auditor.checklists import parse_template
from auditor.commands import Editor, SetAnswer
from auditor.evidence import add_evidence
from auditor.model import Audit, AuditStatus, Client, Finding, FindingStatus, Severity, Visit
from auditor.storage import Store
from tests.auditor.conftest import MINI_TEMPLATE
from tests.auditor.imagefactory import noise_png, photo_jpeg

TEMPLATE = parse_template(MINI_TEMPLATE, "mini.toml")
IMAGES = [
    photo_jpeg(200, 150, seed=1),
    photo_jpeg(120, 160, seed=2, orientation=6),
    noise_png(40, 30),
]
text = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), max_size=40)
title = text.filter(lambda t: t.strip() != "")
# Every value each item of the mini checklist takes (a bundle with any other is refused).
ITEM_VALUES = {
    "answered": st.sampled_from(["yes", "no", "na"]),
    "tone": st.integers(1, 5) | st.just("na"),
    "greeting": st.sampled_from(["full", "company", "none", "na"]),
    "wait": st.integers(0, MAX_SECONDS) | st.floats(0, MAX_SECONDS) | st.just("na"),
    "remarks": text.filter(lambda t: t.strip() != ""),
}
assert set(ITEM_VALUES) == {i.id for i in TEMPLATE.items}
answers = st.sampled_from(sorted(ITEM_VALUES)).flatmap(
    lambda item: st.tuples(st.just(item), st.none() | ITEM_VALUES[item])
)


@st.composite
def audits(draw: st.DrawFn) -> dict:
    """Draw the contents of a random audit."""
    visits = draw(st.integers(1, 3))
    return {
        "client": draw(
            st.fixed_dictionaries(
                {
                    "name": title,
                    "brands": st.lists(text, max_size=3),
                    "email": text,
                    "report_language": st.sampled_from(["it", "en"]),
                }
            )
        ),
        "logo": draw(st.booleans()),
        "audit": draw(
            st.fixed_dictionaries(
                {
                    "title": title,
                    "scenario": text,
                    "auditor": text,
                    "planned_date": st.none() | st.dates(date(2000, 1, 1)),
                    "status": st.sampled_from(list(AuditStatus)),
                }
            )
        ),
        "visits": draw(
            st.lists(
                st.fixed_dictionaries(
                    {
                        "title": text,
                        "weight": st.floats(0.1, 100),
                        "nps": st.none() | st.integers(0, 10),
                        "channel": st.dictionaries(
                            st.sampled_from(["url", "phone"]), text, max_size=2
                        ),
                    }
                ),
                min_size=visits,
                max_size=visits,
            )
        ),
        "answers": draw(
            st.lists(
                st.tuples(st.integers(0, visits - 1), answers, st.none() | text),
                max_size=12,
            )
        ),
        "findings": draw(
            st.lists(
                st.tuples(
                    title,
                    st.sampled_from(list(Severity)),
                    text,
                    st.sampled_from(list(FindingStatus)),
                    st.lists(st.integers(0, 4), max_size=3),
                ),
                max_size=4,
            )
        ),
        "photos": draw(
            st.lists(
                st.tuples(
                    st.integers(0, len(IMAGES) - 1),
                    text,
                    st.lists(
                        st.tuples(
                            st.integers(0, 50),
                            st.integers(0, 50),
                            st.integers(1, 90),
                            st.integers(1, 90),
                        ),
                        max_size=2,
                    ),
                ),
                max_size=4,
            )
        ),
    }


def _store(store: Store, spec: dict) -> str:
    client = store.clients.add(
        Client(logo=noise_png(8, 8) if spec["logo"] else None, **spec["client"])
    )
    audit = Audit(client_id=client.id, **{**spec["audit"], "status": AuditStatus.DRAFT})
    visits = [
        Visit(
            audit_id=audit.id,
            kind=TEMPLATE.touchpoint,
            template_id=TEMPLATE.id,
            template_version=TEMPLATE.version,
            **v,
        )
        for v in spec["visits"]
    ]
    store.audits.create(audit, [(v, TEMPLATE) for v in visits])
    photos = []
    for image, caption, boxes in spec["photos"]:
        evidence = add_evidence(store, audit.id, IMAGES[image], caption=caption, run_check=False)
        evidence.redactions = boxes
        photos.append(store.evidence.update(evidence))
    # Through an Editor, as the window answers: the history travels too.
    editor = Editor(store, actor=spec["audit"]["auditor"], device="laptop")
    for visit, (item, value), note in spec["answers"]:
        editor.run(SetAnswer(visits[visit].id, item, value, note))
    for name, severity, description, status, links in spec["findings"]:
        chosen = [photos[n].id for n in links if n < len(photos)]
        store.findings.add(
            Finding(
                audit_id=audit.id,
                title=name,
                severity=severity,
                description=description,
                status=status,
                evidence_ids=chosen,
            )
        )
    store.audits.set_status(audit.id, spec["audit"]["status"])
    return audit.id


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(spec=audits(), password=st.none() | st.just("pässword"))
def test_export_then_import_is_identical(spec, password):
    from tests.auditor.bundle.support import without_imports
    from tests.auditor.reliability.sample import snapshot

    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        with Store.open(base / "a.auditdesk") as source:
            audit_id = _store(source, spec)
            expected = snapshot(source, audit_id)
            bundle = export_bundle(source, audit_id, base / "a.auditbundle", password)
        with Store.open(base / "b.auditdesk") as target:
            import_bundle(target, bundle, password)
            imported = snapshot(target, audit_id)
            assert without_imports(imported) == expected
            import_bundle(target, bundle, password)  # again: nothing duplicated, nothing added
            assert snapshot(target, audit_id) == imported
            assert len(target.audits.all()) == 1
