"""Coverage-guided fuzzing of the bundle importer with atheris (optional: `pip install atheris`).

`python tools/fuzz_bundle.py -max_total_time=120` mutates a valid bundle; every input must either
import or raise BundleError. Any other exception is a crash that atheris reports with its input.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import atheris  # noqa: E402

with atheris.instrument_imports():
    from auditor.bundle import BundleError, export_bundle, import_bundle
    from auditor.storage import Store

log = logging.getLogger(__name__)
FOLDER = Path(tempfile.mkdtemp(prefix="auditor-fuzz-"))


def seed_bundle() -> bytes:
    """Return a small valid bundle to start the mutations from."""
    from tests.auditor.reliability.sample import full_audit

    with Store.open(FOLDER / "seed.auditdesk") as store:
        return export_bundle(store, full_audit(store), FOLDER / "seed.auditbundle").read_bytes()


def one_input(data: bytes) -> None:
    """Import one mutated bundle into a new workspace."""
    path = FOLDER / "input.auditbundle"
    path.write_bytes(data)
    workspace = FOLDER / "w.auditdesk"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{workspace}{suffix}").unlink(missing_ok=True)
    with Store.open(workspace) as store, contextlib.suppress(BundleError):
        import_bundle(store, path)


def main() -> None:
    """Write the seed corpus and run the fuzzer with the given libFuzzer options."""
    corpus = FOLDER / "corpus"
    corpus.mkdir(exist_ok=True)
    (corpus / "seed").write_bytes(seed_bundle())
    atheris.Setup([sys.argv[0], *sys.argv[1:], str(corpus)], one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
