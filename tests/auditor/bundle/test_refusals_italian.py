"""A damaged or unsafe bundle is refused in the user's language: the reason too, not only the lead."""

from __future__ import annotations

import io
import json
import warnings
import zipfile
from pathlib import Path

import pytest

from auditor.bundle import BundleError, export_bundle, import_bundle
from auditor.bundle import format as bundle_format
from auditor.bundle.crypto import HEADER_SIZE, MAGIC
from auditor.bundle.format import AUDIT, MANIFEST, SafeZip
from auditor.i18n import set_user_language
from auditor.storage import Store
from tests.auditor.imagefactory import photo_jpeg
from tests.auditor.reliability.hostile import build, corpus, members, with_doc, with_image
from tests.auditor.reliability.sample import full_audit

LEAD = "Questo pacchetto è danneggiato o non sicuro: "
PASSWORD = "correct horse"


@pytest.fixture(scope="module")
def bundles(tmp_path_factory) -> dict[str, bytes]:
    """Return a valid bundle of the sample audit, plain and sealed with a password."""
    folder = tmp_path_factory.mktemp("valid")
    with Store.open(folder / "source.auditdesk") as store:
        audit_id = full_audit(store)
        plain = export_bundle(store, audit_id, folder / "plain.auditbundle").read_bytes()
        sealed = export_bundle(store, audit_id, folder / "sealed.auditbundle", PASSWORD)
    return {"plain": plain, "sealed": sealed.read_bytes()}


def _refusal(tmp_path: Path, data: bytes, password: str | None = None) -> str:
    """Return the message an import of `data` is refused with, in a fresh workspace."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    path = tmp_path / "damaged.auditbundle"
    path.write_bytes(data)
    with Store.open(tmp_path / "w.auditdesk") as store, pytest.raises(BundleError) as refused:
        import_bundle(store, path, password)
    return str(refused.value)


def _twice(files: dict[str, bytes], name: str) -> bytes:
    """Return a zip of `files` holding `name` a second time at the end."""
    out = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(out, "w") as archive:
        warnings.simplefilter("ignore")  # zipfile warns of the duplicate it is asked to write
        for member, data in [*files.items(), (name, files[name])]:
            archive.writestr(member, data)
    return out.getvalue()


def test_a_truncated_encrypted_header_is_refused_in_italian(tmp_path, bundles):
    set_user_language("it")
    message = _refusal(tmp_path, bundles["sealed"][: HEADER_SIZE - 1], PASSWORD)
    assert message == LEAD + "l'intestazione cifrata è troncata"


def test_truncated_encrypted_data_are_refused_in_italian(tmp_path, bundles):
    set_user_language("it")
    sealed = bundles["sealed"]
    assert sealed.startswith(MAGIC)
    message = _refusal(tmp_path, sealed[:-10], PASSWORD)
    assert message == LEAD + "i dati cifrati sono stati modificati o troncati"


def test_a_member_that_appears_twice_is_refused_in_italian(tmp_path, bundles):
    set_user_language("it")
    message = _refusal(tmp_path, _twice(members(bundles["plain"]), AUDIT))
    assert message == LEAD + "l'elemento audit.json compare due volte"


def test_an_unsafe_member_name_is_refused_in_italian(tmp_path, bundles):
    set_user_language("it")
    files = {**members(bundles["plain"]), "../../evil.txt": b"owned"}
    message = _refusal(tmp_path, build(files))
    assert message == LEAD + "nome di elemento non sicuro '../../evil.txt'"


def test_a_member_that_does_not_match_its_checksum_is_refused_in_italian(tmp_path, bundles):
    set_user_language("it")
    files = members(bundles["plain"])
    first = json.loads(files[MANIFEST])["members"][0]["name"]
    damaged = build(files, manifest=lambda m: m["members"][0].update(sha256="0" * 64))
    message = _refusal(tmp_path, damaged)
    assert message == LEAD + f"l'elemento {first} non corrisponde alla sua somma di controllo"


def test_a_photo_that_does_not_match_its_evidence_is_refused_in_italian(tmp_path, bundles):
    set_user_language("it")
    evidence_id = json.loads(members(bundles["plain"])[AUDIT])["evidence"][0]["id"]
    message = _refusal(tmp_path, with_image(bundles["plain"], photo_jpeg(seed=99)))
    assert message == LEAD + f"la prova {evidence_id} non corrisponde alla sua immagine"


def test_a_damaged_photo_is_refused_in_italian(tmp_path, bundles):
    set_user_language("it")
    files = members(bundles["plain"])
    original = next(name for name in files if name.endswith("/original"))
    message = _refusal(tmp_path, with_image(bundles["plain"], files[original][:2000]))
    assert message == LEAD + f"{original} è danneggiato o troncato"


def test_a_value_out_of_range_is_refused_in_italian(tmp_path, bundles):
    set_user_language("it")
    damaged = with_doc(bundles["plain"], lambda doc: doc["visits"][0].update(nps=11))
    assert _refusal(tmp_path, damaged) == LEAD + "visits[0].nps deve essere tra 0 e 10"


def test_an_answer_to_a_visit_not_carried_is_refused_in_italian(tmp_path, bundles):
    set_user_language("it")
    damaged = with_doc(bundles["plain"], lambda doc: doc["answers"][0].update(visit_id="nowhere"))
    message = _refusal(tmp_path, damaged)
    assert message == LEAD + "answers si riferisce a una visita che il pacchetto non contiene"


def test_a_bundle_from_a_newer_application_is_refused_in_italian(tmp_path, bundles):
    set_user_language("it")
    damaged = build(members(bundles["plain"]), manifest=lambda m: m.update(format_version=99))
    message = _refusal(tmp_path, damaged)
    assert message == LEAD + "usa il formato di pacchetto 99; aggiorna l'applicazione per leggerlo"


def test_a_file_that_cannot_be_read_is_refused_in_italian(tmp_path, bundles, monkeypatch):
    path = tmp_path / "plain.auditbundle"
    path.write_bytes(bundles["plain"])

    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    # The zip's directory is read; the members' headers then cannot be (a file locked meanwhile).
    monkeypatch.setattr(bundle_format, "open", denied, raising=False)
    set_user_language("it")
    with pytest.raises(BundleError) as refused:
        SafeZip(path)
    assert str(refused.value) == LEAD + "non si può leggere (permesso negato)"
    set_user_language("en")
    with pytest.raises(BundleError) as refused:
        SafeZip(path)
    assert (
        str(refused.value) == "This bundle is damaged or unsafe: cannot be read (permission denied)"
    )


def test_no_reason_of_the_hostile_corpus_is_left_in_english(tmp_path, bundles):
    """Each hostile bundle's reason differs between English and Italian (none is untranslated)."""
    cases = corpus(bundles["plain"])
    reasons: dict[str, dict[str, str]] = {"en": {}, "it": {}}
    for lang, found in reasons.items():
        set_user_language(lang)
        for name, data in cases.items():
            message = _refusal(tmp_path / lang / name.replace(" ", "_"), data)
            found[name] = message.split(": ", 1)[-1]
    assert reasons["en"].keys() == reasons["it"].keys()
    same = [name for name in reasons["en"] if reasons["en"][name] == reasons["it"][name]]
    assert same == []
