"""Every change to a workspace is a command of this package, run by an `Editor`.

A command validates (a value an item cannot take is refused with a message naming the audit,
touchpoint, item and value), applies in one transaction with its history entries, knows its
inverse (undo and redo), and reports a `Change` naming the audit, visits and items it touched.
See docs/architecture.md for the way of a change from a key to the store and back.
"""

from auditor.commands.answers import KEEP, SetAnswer
from auditor.commands.audits import (
    CompleteVisit,
    CreateAudit,
    DeleteAudit,
    EditAudit,
    EditVisit,
    ReopenAudit,
    ReopenVisit,
    SetStatus,
    SetVisitStatus,
)
from auditor.commands.base import (
    ANSWERS,
    AUDIT,
    AUDITS,
    CLIENTS,
    EVIDENCE,
    FINDINGS,
    PROFILE,
    STATUS,
    SUGGESTIONS,
    TEMPLATES,
    VISIT,
    WORDS,
    Batch,
    Change,
    Command,
    Tx,
)
from auditor.commands.editor import Editor, this_device
from auditor.commands.evidence import AddEvidence, DeleteEvidence, EditEvidence, RestoreEvidence
from auditor.commands.findings import (
    AcceptSuggestion,
    AddFinding,
    DeleteFinding,
    DismissSuggestion,
    EditFinding,
    RestoreFinding,
    UnacceptSuggestion,
)
from auditor.commands.templates import (
    ImportTemplate,
    RemoveTemplate,
    RestoreTemplate,
    SaveTemplate,
)
from auditor.commands.workspace import (
    AcceptWord,
    AddClient,
    DeleteClient,
    EditClient,
    ImportBundle,
    UpdateProfile,
)

__all__ = [
    "ANSWERS",
    "AUDIT",
    "AUDITS",
    "CLIENTS",
    "EVIDENCE",
    "FINDINGS",
    "KEEP",
    "PROFILE",
    "STATUS",
    "SUGGESTIONS",
    "TEMPLATES",
    "VISIT",
    "WORDS",
    "AcceptSuggestion",
    "AcceptWord",
    "AddClient",
    "AddEvidence",
    "AddFinding",
    "Batch",
    "Change",
    "Command",
    "CompleteVisit",
    "CreateAudit",
    "DeleteAudit",
    "DeleteClient",
    "DeleteEvidence",
    "DeleteFinding",
    "DismissSuggestion",
    "EditAudit",
    "EditClient",
    "EditEvidence",
    "EditFinding",
    "EditVisit",
    "Editor",
    "ImportBundle",
    "ImportTemplate",
    "RemoveTemplate",
    "ReopenAudit",
    "ReopenVisit",
    "RestoreEvidence",
    "RestoreFinding",
    "RestoreTemplate",
    "SaveTemplate",
    "SetAnswer",
    "SetStatus",
    "SetVisitStatus",
    "Tx",
    "UnacceptSuggestion",
    "UpdateProfile",
    "this_device",
]
