"""Property-based fuzzing of the bundle importer and image intake: refuse or import exactly."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor.bundle import BundleError, export_bundle, import_bundle
from auditor.bundle.format import AUDIT, MANIFEST
from auditor.errors import EvidenceError
from auditor.imaging import open_image
from auditor.storage import Store
from tests.auditor.bundle.support import audit_with_history, without_imports
from tests.auditor.imagefactory import noise_png, photo_jpeg
from tests.auditor.reliability.hostile import build, members
from tests.auditor.reliability.sample import snapshot

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
SECTIONS = (
    "client",
    "audit",
    "visits",
    "answers",
    "history",
    "findings",
    "finding_evidence",
    "evidence",
    "templates",
    "dismissed_suggestions",
)

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=30)
    | st.text(st.characters(categories=["Cs", "Lo", "Zs"]), max_size=5),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)


@pytest.fixture(scope="module")
def valid(tmp_path_factory) -> tuple[bytes, dict[str, Any]]:
    """Return a valid bundle and the snapshot of the audit it holds."""
    folder = tmp_path_factory.mktemp("fuzz")
    with Store.open(folder / "s.auditdesk") as store:
        audit_id, _visits = audit_with_history(store)  # every section holds rows to change
        return export_bundle(store, audit_id, folder / "v.auditbundle").read_bytes(), snapshot(
            store, audit_id
        )


def _import(data: bytes) -> Any:
    """Import `data` into a new workspace: its snapshot without the import entry, or None if refused."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "b.auditbundle"
        path.write_bytes(data)
        with Store.open(Path(folder) / "w.auditdesk") as store:
            try:
                result = import_bundle(store, path)
            except BundleError:
                assert store.audits.all() == [] and store.clients.all() == []
                return None
            return without_imports(snapshot(store, result.audit_id))


@FUZZ
@given(
    edits=st.lists(
        st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), min_size=1, max_size=4
    ),
    cut=st.none() | st.floats(0, 1),
)
def test_damaged_bytes_are_refused_or_imported_exactly(valid, edits, cut):
    data, expected = valid
    mutated = bytearray(data)
    for where, value in edits:
        mutated[int(where * len(mutated))] = value
    if cut is not None:
        mutated = mutated[: int(cut * len(mutated))]
    found = _import(bytes(mutated))
    assert found is None or found == expected


@FUZZ
@given(
    section=st.sampled_from(SECTIONS),
    index=st.integers(0, 3),
    key=st.text(max_size=12),
    value=json_values,
    pick_known_key=st.booleans(),
)
def test_any_value_in_audit_json_is_refused_or_stored_exactly(
    valid, section, index, key, value, pick_known_key
):
    data, _ = valid
    files = members(data)
    doc = json.loads(files[AUDIT])
    target = (
        doc[section]
        if isinstance(doc[section], dict)
        else (doc[section] or [{}])[index % max(1, len(doc[section]))]
    )
    if pick_known_key and target:
        key = sorted(target)[index % len(target)]
    target[key] = value
    files[AUDIT] = json.dumps(doc, ensure_ascii=False, allow_nan=True).encode(
        "utf-8", "surrogatepass"
    )
    found = _import(build(files))
    if found is not None:  # accepted: the stored rows are exactly those of the bundle
        expected = json.loads(files[AUDIT].decode("utf-8", "surrogatepass"))
        assert _in_place_order(found["rows"]) == _in_place_order(expected)


# Rows whose order their own position gives: a bundle may list them in any order (a finding's
# images moved by hand) and the workspace reads them back in place order.
PLACED = ("visits", "finding_evidence")


def _in_place_order(rows: dict[str, Any]) -> dict[str, Any]:
    """Return the rows with the placed sections in one order, whatever order the file had."""
    return {
        name: sorted(section, key=lambda row: json.dumps(row, sort_keys=True, default=str))
        if name in PLACED and isinstance(section, list)
        else section
        for name, section in rows.items()
    }


@FUZZ
@given(
    key=st.sampled_from(
        [
            "format",
            "format_version",
            "created_at",
            "app_version",
            "audit_id",
            "client_copy",
            "members",
            "extra",
        ]
    ),
    value=json_values,
)
def test_any_manifest_value_is_refused_or_harmless(valid, key, value):
    data, expected = valid
    found = _import(build(members(data), manifest=lambda m: m.update({key: value})))
    assert found is None or found == expected


# Pillow's EXIF reader warns about the damage it skips ("Tag data larger than file", "Corrupt
# EXIF data") before the intake opens the picture or refuses it: the damage is the test's doing.
@pytest.mark.filterwarnings("ignore::UserWarning:PIL.TiffImagePlugin")
@settings(max_examples=150, deadline=None)
@given(
    seed=st.sampled_from([0, 1]),
    edits=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), max_size=6),
    cut=st.none() | st.floats(0, 1),
)
def test_image_intake_refuses_damage_with_an_evidence_error(seed, edits, cut):
    data = bytearray([photo_jpeg(160, 120, seed=4), noise_png(48, 48)][seed])
    for where, value in edits:
        data[int(where * len(data))] = value
    if cut is not None:
        data = data[: int(cut * len(data))]
    try:
        image = open_image(bytes(data))
    except EvidenceError:
        return
    assert image.width > 0 and image.height > 0


def test_the_manifest_sample_is_valid(valid):
    data, expected = valid
    assert _import(build(members(data))) == expected  # the builder itself makes importable bundles
    assert MANIFEST in members(data)
