"""Random command sequences with undo and redo end where replaying the undo stack's commands ends.

The test keeps its own model of the undo and redo stacks: running a command that changed something
pushes it (a note saved again while typed merges into the step before) and forgets what could be
redone; undo moves the top step to the redo stack, redo moves it back; a refused command changes
nothing at all. At the end, a fresh workspace built with the same ids replays the commands left on
the model's undo stack, in order, with a fresh Editor, and must hold exactly the same audit.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from auditor import suggestions
from auditor.checks.base import CheckFinding
from auditor.commands import (
    KEEP,
    AcceptSuggestion,
    AddEvidence,
    AddFinding,
    Command,
    CompleteVisit,
    DeleteEvidence,
    DeleteFinding,
    DismissSuggestion,
    EditEvidence,
    EditFinding,
    Editor,
    EditVisit,
    ReopenAudit,
    ReopenVisit,
    SetAnswer,
    SetStatus,
)
from auditor.errors import AuditorError
from auditor.model import AuditStatus, Finding, FindingStatus, HistoryEntry, Severity
from auditor.storage import Store
from tests.auditor.commands.sample import (
    AUDIT_ID,
    VISIT_IDS,
    Held,
    build,
    dump,
    held,
    intakes,
)

ITEMS = ("welcome", "tone", "greeting", "staff", "wait", "remarks", "shots")
SUGGESTIONS = (
    CheckFinding("accent", Severity.MINOR, "Accent written wrong", excerpt="perch\u00e8", start=3),
    CheckFinding("capitalization", Severity.MINOR, "Sentence starts lowercase", excerpt="la"),
    CheckFinding("https", Severity.MAJOR, "No HTTPS", url="http://negozio.example"),
)
STATUSES = tuple(AuditStatus)  # back to draft is always refused; delivered refuses most changes

# --- what the random sequences are made of ----------------------------------------------------

short_text = st.text(alphabet="abc \u00e8\U0001f600", max_size=6)
visit = st.integers(0, 1)
maybe_visit = st.none() | visit
item = st.sampled_from(ITEMS)
maybe_item = st.none() | item
ref = st.integers(0, 7)  # the n-th finding or evidence that exists then (by id)
valid_value = {
    "welcome": st.sampled_from(["yes", "no", "na"]),
    "tone": st.integers(1, 5) | st.just("na"),
    "greeting": st.sampled_from(["full", "company", "none", "na"]),
    "staff": st.integers(-5, 20) | st.floats(-100, 100, allow_nan=False) | st.just("na"),
    "wait": st.integers(0, 600) | st.floats(0, 600, allow_nan=False) | st.just("na"),
    "remarks": short_text,  # blank text clears the answer
}
item_and_value = st.sampled_from(list(valid_value)).flatmap(
    lambda i: st.tuples(st.just(i), valid_value[i])
)
metric = st.dictionaries(
    st.sampled_from(["nps", "csat", "ces"]), st.none() | st.integers(0, 8), min_size=1
)
box = st.tuples(st.integers(0, 40), st.integers(0, 30), st.integers(1, 20), st.integers(1, 20))

operation = st.one_of(
    st.tuples(st.just("answer"), visit, item_and_value),
    st.tuples(st.just("refused answer"), visit, st.sampled_from([("tone", 7), ("shots", "x")])),
    st.tuples(st.just("clear"), visit, item),
    st.tuples(st.just("note"), visit, item, short_text, st.booleans()),
    st.tuples(
        st.just("add finding"),
        maybe_visit,
        maybe_item,
        st.sampled_from(Severity),
        st.lists(ref, max_size=2),
    ),
    st.tuples(
        st.just("edit finding"),
        ref,
        short_text,
        st.sampled_from(Severity),
        st.sampled_from(FindingStatus),
        st.lists(ref, max_size=2),
    ),
    st.tuples(st.just("delete finding"), ref),
    st.tuples(
        st.just("add evidence"),
        st.integers(0, 2),
        maybe_visit,
        maybe_item,
        short_text,
        st.none() | ref,
    ),
    st.tuples(st.just("caption"), ref, short_text),
    st.tuples(st.just("blur"), ref, st.lists(box, max_size=2)),
    st.tuples(st.just("link"), ref, maybe_visit, maybe_item),
    st.tuples(st.just("delete evidence"), ref),
    st.tuples(st.just("accept"), st.integers(0, len(SUGGESTIONS) - 1), maybe_visit),
    st.tuples(st.just("dismiss"), st.integers(0, len(SUGGESTIONS) - 1)),
    st.tuples(st.just("metrics"), visit, metric),
    st.tuples(st.just("complete"), visit),
    st.tuples(st.just("reopen visit"), visit),
    st.tuples(st.just("status"), st.sampled_from(STATUSES)),
    st.tuples(st.just("reopen audit")),
)
# Whole visits answered and completed, and the audit moved on, so that the flow reaches delivery.
progress = st.one_of(
    st.tuples(st.just("fill"), visit),
    st.tuples(st.just("finish"), visit),
    st.just(("advance",)),
)
# Hypothesis flattens nested one_of into equally likely branches: draw the kind of step first.
KINDS = {"operation": operation, "undo": st.just(("undo",)), "redo": st.just(("redo",))}
KINDS["progress"] = progress
sequence = st.lists(
    st.sampled_from(["operation"] * 10 + ["undo"] * 3 + ["redo"] * 2 + ["progress"] * 2).flatmap(
        KINDS.__getitem__
    ),
    min_size=10,
    max_size=50,
)
NEXT = {
    AuditStatus.DRAFT: AuditStatus.IN_PROGRESS,
    AuditStatus.IN_PROGRESS: AuditStatus.COMPLETED,
    AuditStatus.COMPLETED: AuditStatus.REVIEWED,
    AuditStatus.REVIEWED: AuditStatus.DELIVERED,
    AuditStatus.DELIVERED: AuditStatus.DELIVERED,
}


# --- the run ---------------------------------------------------------------------------------


def pick(ids: list[str], index: int | None) -> str | None:
    """Return the index-th id (wrapping), or None when there is none."""
    return ids[index % len(ids)] if ids and index is not None else None


@dataclass
class Step:
    """A step of the model's stacks: the command the user ran, and the audit before and after."""

    command: Command
    before: Held
    after: Held
    merges: bool = False  # a note save that continues typing merges into this step


@dataclass
class Model:
    """The undo and redo stacks as the test expects them."""

    undo: list[Step] = field(default_factory=list)
    redo: list[Step] = field(default_factory=list)


class Run:
    """One random sequence on one workspace, checked after every step."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.editor = Editor(store, actor="Marta", device="laptop-1")
        self.model = Model()
        self.ids = itertools.count()
        self.history: dict[str, HistoryEntry] = {}

    def finding_ids(self) -> list[str]:
        """Return the ids of the audit's findings, sorted."""
        return sorted(f.id for f in self.store.findings.for_audit(AUDIT_ID))

    def evidence_ids(self) -> list[str]:
        """Return the ids of the audit's evidence, sorted."""
        return sorted(e.id for e in self.store.evidence.for_audit(AUDIT_ID))

    def command(self, op: tuple[Any, ...]) -> Command | list[Command] | None:
        """Return the command an operation stands for (None when there is nothing to act on)."""
        kind, args = op[0], op[1:]
        visit_of = lambda n: None if n is None else VISIT_IDS[n]  # noqa: E731
        if kind == "answer":
            item_id, value = args[1]
            return SetAnswer(VISIT_IDS[args[0]], item_id, value)
        if kind == "refused answer":
            return SetAnswer(VISIT_IDS[args[0]], *args[1])
        if kind in ("fill", "finish"):
            values = {"welcome": "yes", "tone": 4, "greeting": "full", "staff": 2, "wait": 30}
            fill = [SetAnswer(VISIT_IDS[args[0]], k, v) for k, v in values.items()]
            return [*fill, CompleteVisit(VISIT_IDS[args[0]])] if kind == "finish" else fill
        if kind == "advance":
            return SetStatus(AUDIT_ID, NEXT[self.store.audits.get(AUDIT_ID).status])
        if kind == "clear":
            return SetAnswer(VISIT_IDS[args[0]], args[1], None)
        if kind == "note":
            return SetAnswer(VISIT_IDS[args[0]], args[1], KEEP, args[2], continues=args[3])
        if kind == "add finding":
            evidence = [pick(self.evidence_ids(), n) for n in args[3]]
            return AddFinding(
                Finding(
                    audit_id=AUDIT_ID,
                    title=f"Finding {next(self.ids)}",
                    severity=args[2],
                    visit_id=visit_of(args[0]),
                    item_id=args[1],
                    evidence_ids=[e for e in dict.fromkeys(evidence) if e],
                    id=f"f{next(self.ids):04d}",
                )
            )
        if kind in ("edit finding", "delete finding"):
            finding_id = pick(self.finding_ids(), args[0])
            if finding_id is None:
                return None
            if kind == "delete finding":
                return DeleteFinding(finding_id)
            evidence = [pick(self.evidence_ids(), n) for n in args[4]]
            before = self.store.findings.get(finding_id)
            return EditFinding(
                replace(
                    before,
                    title=f"{before.title.split(' /')[0]} /{args[1]}",
                    severity=args[2],
                    status=args[3],
                    evidence_ids=[e for e in dict.fromkeys(evidence) if e],
                )
            )
        if kind == "add evidence":
            return AddEvidence(
                AUDIT_ID,
                intakes()[args[0]],
                visit_id=visit_of(args[1]),
                item_id=args[2],
                caption=args[3],
                filename=f"photo-{args[0]}.jpg",
                finding_id=pick(self.finding_ids(), args[4]),
                evidence_id=f"e{next(self.ids):04d}",
            )
        if kind in ("caption", "blur", "link", "delete evidence"):
            evidence_id = pick(self.evidence_ids(), args[0])
            if evidence_id is None:
                return None
            if kind == "delete evidence":
                return DeleteEvidence(evidence_id)
            before = self.store.evidence.get(evidence_id)
            if kind == "caption":
                return EditEvidence(replace(before, caption=args[1]))
            if kind == "blur":
                return EditEvidence(replace(before, redactions=list(args[1])))
            return EditEvidence(replace(before, visit_id=visit_of(args[1]), item_id=args[2]))
        if kind == "accept":
            suggestion = SUGGESTIONS[args[0]]
            finding = suggestions.finding_for(
                AUDIT_ID, "text", suggestion, visit_id=visit_of(args[1])
            )
            return AcceptSuggestion(
                replace(finding, id=f"s{next(self.ids):04d}"), suggestion.fingerprint()
            )
        if kind == "dismiss":
            return DismissSuggestion(AUDIT_ID, SUGGESTIONS[args[0]])
        if kind == "metrics":
            return EditVisit(VISIT_IDS[args[0]], dict(args[1]))
        if kind == "complete":
            return CompleteVisit(VISIT_IDS[args[0]])
        if kind == "reopen visit":
            return ReopenVisit(VISIT_IDS[args[0]])
        if kind == "status":
            return SetStatus(AUDIT_ID, args[0])
        assert kind == "reopen audit"
        return ReopenAudit(AUDIT_ID)

    def run(self, command: Command) -> None:
        """Run a command; refused, it must leave the store and the stacks exactly as they were."""
        before, state = dump(self.store), held(self.store)
        try:
            change = self.editor.run(command)
        except AuditorError:
            assert dump(self.store) == before
            event(f"refused: {type(command).__name__}")
            return
        if not change.aspects:  # nothing changed: not a step, and what could be redone stays
            assert dump(self.store) == before
            event(f"no change: {type(command).__name__}")
            return
        event(f"ran: {type(command).__name__}")
        undo = self.model.undo
        note = isinstance(command, SetAnswer) and command.value is KEEP
        top = undo[-1] if undo else None
        if (
            note
            and command.continues
            and top is not None
            and top.merges
            and (top.command.visit_id, top.command.item_id) == (command.visit_id, command.item_id)
        ):
            # One step: undo goes back to before the first save; the later save replays the same.
            undo[-1] = replace(top, command=command, after=held(self.store))
        else:
            undo.append(Step(command, state, held(self.store), note))
        self.model.redo.clear()

    def step(self, op: tuple[Any, ...]) -> None:
        """Apply one operation and check the stacks, the audit and the history."""
        model = self.model
        if op in (("undo",), ("redo",)):
            source, target = (
                (model.undo, model.redo) if op == ("undo",) else (model.redo, model.undo)
            )
            change = self.editor.undo() if op == ("undo",) else self.editor.redo()
            assert (change is None) == (not source)
            if source:
                moved = replace(source.pop(), merges=False)  # a redone note merges no more
                target.append(moved)
                # Undo puts back exactly the audit before the step, redo the audit after it.
                assert held(self.store) == (moved.before if op == ("undo",) else moved.after)
        else:
            made = self.command(op)
            for command in made if isinstance(made, list) else [made] if made else []:
                self.run(command)
        assert (self.editor.can_undo(), self.editor.can_redo()) == (
            bool(model.undo),
            bool(model.redo),
        )
        self.check_history()

    def check_history(self) -> None:
        """Check that no history entry changed or went, and that each names who and where."""
        entries = {e.id: e for e in self.store.history.for_audit(AUDIT_ID)}
        for entry_id, seen in self.history.items():
            assert entry_id in entries and entries[entry_id] == seen
        assert {(e.actor, e.device) for e in entries.values()} <= {("Marta", "laptop-1")}
        self.history = entries


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(ops=sequence)
# Paths a random run may miss, always taken: the first answer and its undo (draft again); evidence
# of a finding deleted and brought back with its link; a suggestion accepted twice and dismissed
# twice; a note typed in several saves; the whole flow to delivery, refusals and reopening.
@example(ops=[("answer", 0, ("tone", 3)), ("undo",), ("redo",), ("undo",)])
@example(
    ops=[
        ("add finding", None, None, Severity.MAJOR, []),
        ("add evidence", 0, 0, "shots", "desk", 0),
        ("add finding", 1, "welcome", Severity.MINOR, [0]),
        ("blur", 0, [(1, 2, 3, 4)]),
        ("caption", 0, "desk at 10"),
        ("link", 0, None, None),
        ("undo",),
        ("undo",),
        ("delete evidence", 0),
        ("undo",),
        ("redo",),
        ("undo",),
    ]
)
@example(
    ops=[
        ("accept", 0, None),
        ("accept", 0, 1),
        ("undo",),
        ("dismiss", 0),
        ("dismiss", 1),
        ("dismiss", 1),
        ("undo",),
        ("redo",),
    ]
)
@example(
    ops=[
        ("note", 0, "tone", "a", False),
        ("note", 0, "tone", "ab", True),
        ("note", 1, "tone", "x", True),
        ("note", 1, "tone", "xy", True),
        ("undo",),
        ("note", 1, "tone", "xyz", True),
        ("undo",),
        ("redo",),
    ]
)
@example(
    ops=[
        ("finish", 0),
        ("finish", 1),
        ("advance",),
        ("advance",),
        ("reopen visit", 0),
        ("undo",),
        ("redo",),
        ("undo",),
        ("advance",),
        ("answer", 0, ("tone", 2)),
        ("dismiss", 2),
        ("reopen audit",),
        ("reopen visit", 1),
        ("undo",),
        ("undo",),
        ("undo",),
        ("redo",),
    ]
)
def test_the_undo_stack_replayed_on_a_fresh_workspace_gives_the_same_audit(tmp_path_factory, ops):
    folder = Path(tmp_path_factory.mktemp("replay"))
    with (
        Store.open(folder / "run.auditdesk") as store,
        Store.open(folder / "replay.auditdesk") as fresh,
    ):
        build(store)
        event(f"{len(ops) // 10 * 10}+ operations")
        run = Run(store)
        for op in ops:
            run.step(op)
        build(fresh)
        editor = Editor(fresh, actor="Marta", device="laptop-1")
        for step in run.model.undo:
            editor.run(step.command)
        assert held(fresh) == held(store)
        event(
            f"replayed {len(run.model.undo) // 5 * 5}+ steps, {len(run.history) // 10 * 10}+ entries"
        )
