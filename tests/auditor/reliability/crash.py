"""Crash harness: a child writes through the real Store, the parent SIGKILLs it and verifies.

The child announces each write before doing it (`do <seq> ...`) and acknowledges it once committed
(`ok <seq>`). After a kill the workspace must hold exactly the acknowledged state, or that
state plus the one announced-but-unacknowledged write: anything else is a lost or half-saved write.
Run the child with `python -m tests.auditor.reliability.crash child WORKSPACE SEED`.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[3]
MAX_FINDINGS = 150  # past this the child deletes instead: verification stays fast over 500 kills
UNSAFE_ENV = "AUDITOR_CRASH_UNSAFE"  # positive control: honoured by this harness's child only
ITEMS = ("answered", "tone", "greeting", "wait", "remarks")
ANSWERS_FOR = {
    "answered": lambda s: "yes" if s % 2 else "no",
    "tone": lambda s: 1 + s % 5,
    "greeting": lambda s: ("full", "company", "none")[s % 3],
    "wait": lambda s: float(s % 40),
    "remarks": lambda s: f"remark {s} " + "x" * (s % 300),
}

State = dict[str, Any]


def _png(seed: int) -> bytes:
    rng = np.random.default_rng(seed)
    side = int(rng.integers(24, 160))
    out = io.BytesIO()
    Image.fromarray(rng.integers(0, 256, (side, side, 3), dtype=np.uint8), "RGB").save(out, "PNG")
    return out.getvalue()


def setup_workspace(path: Path) -> None:
    """Create a workspace with one audit and two visits for the child to write into."""
    from auditor.checklists import parse_template
    from auditor.model import Audit, Client, Visit
    from auditor.storage import Store
    from tests.auditor.conftest import MINI_TEMPLATE

    template = parse_template(MINI_TEMPLATE, "mini.toml")
    with Store.open(path) as store:
        client = store.clients.add(Client(name="Crash Test Hotel", id="client-1"))
        audit = Audit(client_id=client.id, title="Crash audit", id="audit-1")
        visits = [
            Visit(
                audit_id=audit.id,
                kind=template.touchpoint,
                template_id=template.id,
                template_version=template.version,
                id=f"visit-{n}",
            )
            for n in (1, 2)
        ]
        store.audits.create(audit, [(v, template) for v in visits])


# -- the child ----------------------------------------------------------------------------------


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def child(path: Path, seed: int, first_seq: int) -> None:
    """Write forever through the real repositories, announcing and acknowledging every write."""
    from auditor.evidence import add_evidence
    from auditor.model import Finding, Severity
    from auditor.storage import Store

    store = Store.open(path)
    if os.environ.get(UNSAFE_ENV) == "1":
        store.db.execute("PRAGMA journal_mode = OFF")
        store.db.execute("PRAGMA synchronous = OFF")
        # A tiny page cache spills pages mid-transaction: with no journal, a kill then tears it.
        store.db.execute("PRAGMA cache_size = -8")
    rng = random.Random(seed)
    findings = {f.id: f for f in store.findings.for_audit("audit-1")}
    _say("ready")
    seq = first_seq
    while True:
        seq += 1
        visit, item = rng.choice(("visit-1", "visit-2")), rng.choice(ITEMS)
        roll = rng.random()
        if roll < 0.45:
            _say(f"do {seq} answer {visit} {item}")
            store.answers.set(visit, item, ANSWERS_FOR[item](seq))
        elif roll < 0.6:
            _say(f"do {seq} note {visit} {item}")
            store.answers.set_note(visit, item, f"note {seq}")
        elif (roll < 0.8 and len(findings) < MAX_FINDINGS) or not findings:
            png = _png(seed * 1_000_003 + seq)
            fid = f"finding-{seed}-{seq}"
            _say(f"do {seq} add {fid} {hashlib.sha256(png).hexdigest()}")
            with store.transaction():  # the finding and its photo: all or nothing
                finding = store.findings.add(
                    Finding(
                        audit_id="audit-1",
                        title=f"finding {seq}",
                        id=fid,
                        severity=Severity.MAJOR,
                        visit_id=visit,
                        item_id=item,
                    )
                )
                add_evidence(
                    store,
                    "audit-1",
                    png,
                    name="photo.png",
                    run_check=False,
                    visit_id=visit,
                    finding_id=fid,
                )
            findings[fid] = store.findings.get(fid)
        elif roll < 0.92 and len(findings) < MAX_FINDINGS:
            finding = findings[rng.choice(sorted(findings))]
            _say(f"do {seq} edit {finding.id}")
            finding.title = f"edited {seq}"
            finding.description = f"description {seq} " * (seq % 50)
            store.findings.update(finding)
        else:
            finding = findings.pop(rng.choice(sorted(findings)))
            _say(f"do {seq} delete {finding.id}")
            with store.transaction():  # the finding and its photos go together
                for evidence_id in finding.evidence_ids:
                    store.evidence.delete(evidence_id)
                store.findings.delete(finding.id)
        _say(f"ok {seq}")


# -- the parent ---------------------------------------------------------------------------------


def read_state(path: Path) -> tuple[State, list[str]]:
    """Return the workspace's state and its problems (integrity and half-saved records)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    problems: list[str] = []
    try:
        check = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        if check != ["ok"]:
            return {}, [f"integrity: {check[:3]}"]
        answers = {
            f"{v}/{i}": [val, note]
            for v, i, val, note in conn.execute(
                "SELECT visit_id, item_id, value, note FROM answers"
            )
        }
        evidence = {}
        for eid, sha, blob in conn.execute(
            "SELECT e.id, e.sha256, b.data FROM evidence e "
            "LEFT JOIN evidence_blobs b ON b.evidence_id = e.id"
        ):
            if blob is None or hashlib.sha256(blob).hexdigest() != sha:
                problems.append(f"half-saved: evidence {eid} without its bytes")
            evidence[eid] = sha
        orphans = conn.execute(
            "SELECT count(*) FROM evidence_blobs WHERE evidence_id NOT IN (SELECT id FROM evidence)"
        ).fetchone()[0]
        dangling = conn.execute(
            "SELECT count(*) FROM finding_evidence WHERE evidence_id NOT IN "
            "(SELECT id FROM evidence) OR finding_id NOT IN (SELECT id FROM findings)"
        ).fetchone()[0]
        if orphans or dangling:
            problems.append(f"half-saved: {orphans} orphan blobs, {dangling} dangling links")
        findings: dict[str, list[Any]] = {}
        for fid, title in conn.execute("SELECT id, title FROM findings"):
            shas = sorted(
                evidence.get(e, "?")
                for (e,) in conn.execute(
                    "SELECT evidence_id FROM finding_evidence WHERE finding_id = ?", (fid,)
                )
            )
            findings[fid] = [title, shas]
        bare = sum(1 for _, shas in findings.values() if not shas)
        if bare:  # every finding of this workload is created with its photo and deleted with it
            problems.append(f"half-saved: {bare} findings without their photo")
        loose = set(evidence.values()) - {s for _, shas in findings.values() for s in shas}
        if loose:
            problems.append(f"half-saved: {len(loose)} photos without their finding")
        return {"answers": answers, "findings": findings}, problems
    except sqlite3.DatabaseError as exc:
        return {}, [f"integrity: {exc}"]
    finally:
        conn.close()


def apply(state: State, op: list[str], seq: int) -> State:
    """Return the state after the announced write `op` with sequence number `seq`."""
    new = json.loads(json.dumps(state))
    kind = op[0]
    if kind in ("answer", "note"):
        key = f"{op[1]}/{op[2]}"
        # A note on an unanswered item is stored with the JSON null as its value.
        value, note = new["answers"].get(key, ["null", ""])
        if kind == "answer":
            value = json.dumps(ANSWERS_FOR[op[2]](seq), ensure_ascii=False)
        else:
            note = f"note {seq}"
        new["answers"][key] = [value, note]
    elif kind == "add":
        new["findings"][op[1]] = [f"finding {seq}", [op[2]]]
    elif kind == "edit":
        new["findings"][op[1]][0] = f"edited {seq}"
    elif kind == "delete":
        new["findings"].pop(op[1], None)
    return new


@dataclass
class Totals:
    """What a run of kills found."""

    kills: int = 0
    acknowledged: int = 0
    lost: int = 0
    integrity_failures: int = 0
    half_saved: int = 0
    details: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, int]:
        """Return the figures as a plain dict."""
        return {
            "kills": self.kills,
            "acknowledged": self.acknowledged,
            "lost": self.lost,
            "integrity_failures": self.integrity_failures,
            "half_saved": self.half_saved,
        }


def run(
    workdir: Path,
    kills: int,
    *,
    seed: int = 1,
    unsafe: bool = False,
    min_ms: int = 50,
    max_ms: int = 600,
    report: Any = None,
    stop_on_damage: bool = False,
) -> Totals:
    """Kill the writing child `kills` times at random moments, verifying the workspace each time.

    With `stop_on_damage`, return at the first kill that finds loss, damage or a half-saved write
    (the positive control: how many kills that takes depends on timing, not on the seed).
    """
    path = workdir / "crash.auditdesk"
    setup_workspace(path)
    state, problems = read_state(path)
    assert not problems, problems
    rng = random.Random(seed)
    totals = Totals()
    seq = 0
    env = {**os.environ, UNSAFE_ENV: "1" if unsafe else "0", "PYTHONPATH": str(ROOT)}
    for n in range(kills):
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.auditor.reliability.crash",
                "child",
                str(path),
                str(seed * 10_000 + n),
                str(seq),
            ],
            stdout=subprocess.PIPE,
            env=env,
            cwd=ROOT,
        )
        assert proc.stdout is not None
        if proc.stdout.readline().strip() != b"ready":
            raise RuntimeError("the crash child did not start")
        time.sleep(rng.uniform(min_ms, max_ms) / 1000)
        proc.send_signal(signal.SIGKILL)
        output = proc.stdout.read()
        proc.wait()
        totals.kills += 1
        lines = output.split(b"\n")[:-1]  # the last piece has no newline: written or not, ignore it
        pending: tuple[int, list[str]] | None = None
        for raw in lines:
            words = raw.decode().split()
            if words[0] == "do":
                pending = (int(words[1]), words[2:])
            elif words[0] == "ok" and pending and int(words[1]) == pending[0]:
                state = apply(state, pending[1], pending[0])
                totals.acknowledged += 1
                seq = pending[0]
                pending = None
        found, problems = read_state(path)
        candidates = [state] + ([apply(state, pending[1], pending[0])] if pending else [])
        if pending:
            seq = pending[
                0
            ]  # the next child never reuses the number of a write that may have landed
        for problem in problems:
            if problem.startswith("integrity"):
                totals.integrity_failures += 1
            else:
                totals.half_saved += 1
            totals.details.append(f"kill {n}: {problem}")
        if problems:
            setup_again = (
                workdir / f"crash-{n}.auditdesk"
            )  # keep the evidence, start a new workspace
            path.rename(setup_again)
            for suffix in ("-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            setup_workspace(path)
            state, _ = read_state(path)
            if stop_on_damage:
                return totals
            continue
        if found not in candidates:
            totals.lost += 1
            totals.details.append(f"kill {n}: state differs from every acknowledged possibility")
        state = found
        if stop_on_damage and totals.lost:
            return totals
        if report:
            report(totals)
    return totals


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "child":
        child(Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))
