"""`auditor attach-recording AUDIT TOUCHPOINT FILE`: keep a call recording with a phone visit.

As the window does: the file is decoded and measured first (a bad file stores nothing), the
audit's recording consent must allow it (`--consent yes|no` answers the question when it was
never asked), then the recording is kept with its analysis, one undoable step in the history.
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from auditor.cli.commands.answer import editor
from auditor.cli.output import open_store
from auditor.i18n import default_language, translator

log = logging.getLogger(__name__)

COUNTRIES = ("it", "gb", "us")  # the ringback cadences the call analysis knows


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the `attach-recording` command."""
    parser = subparsers.add_parser(
        "attach-recording",
        parents=[common],
        help="keep a call recording with a phone visit, measured (rings, answer, holds)",
        description="Decode and measure the recording (WAV, MP3, OGG, FLAC, M4A/AAC), then keep "
        "it with the phone visit if the audit's recording consent allows it. The first recording "
        "of an audit whose agency asks for consent needs --consent. Prints the recording's short "
        "id and its figures.",
    )
    parser.add_argument("audit", metavar="AUDIT", help="the audit's id (or its first characters)")
    parser.add_argument(
        "touchpoint", metavar="TOUCHPOINT", help="the phone visit: 'phone', or its id (prefix)"
    )
    parser.add_argument("file", metavar="FILE", type=Path, help="the call recording")
    parser.add_argument(
        "--consent",
        choices=("yes", "no"),
        help="whether recording this audit's calls was permitted (asked once per audit)",
    )
    parser.add_argument(
        "--country",
        choices=COUNTRIES,
        default="it",
        help="the country whose ringback tone the call used (default: it)",
    )
    parser.set_defaults(handler=handler)


def handler(args: argparse.Namespace) -> int:
    """Check consent, measure the file, keep it; print its id and figures."""
    from auditor import lookup
    from auditor.commands import AddRecording, Batch, Command, SetConsent
    from auditor.errors import ValidationError
    from auditor.model import TouchpointKind
    from auditor.recordings import consent_state, figures
    from auditor.recordings_intake import take_in_recording
    from auditor.report.recording import figure_lines

    lang = default_language()
    _ = translator(lang)
    path: Path = args.file
    with open_store(args, create=False) as store:
        place = lookup.resolve_item(store, args.audit, args.touchpoint, None, lang)
        lookup.check_editable(store, place, lang)
        audit_id, visit = place.audit_id, place.visit
        where = place.describe(_, lang)
        # Everything refusable is refused before the slow decoding, and before anything is kept.
        if visit.kind != TouchpointKind.PHONE:
            raise ValidationError(
                _("{place}: recordings are kept with phone visits only").format(place=where)
            )
        if path.is_dir():
            raise ValidationError(
                _("{place}: {file} is a folder, not a recording").format(place=where, file=path)
            )
        state = consent_state(store, audit_id)
        answer = None if args.consent is None else args.consent == "yes"
        if state == "never":
            raise ValidationError(
                _("{place}: the agency keeps no call recordings (recording rule: never)").format(
                    place=where
                )
            )
        if state == "ask" and answer is None:
            raise ValidationError(
                _(
                    "{place}: say whether recording this audit's calls was permitted: "
                    "--consent yes or --consent no"
                ).format(place=where)
            )
        if state in ("permitted", "refused") and answer is not None:
            if answer != (state == "permitted"):
                raise ValidationError(
                    _(
                        "{place}: this audit's recording consent was already answered; "
                        "change it in the window"
                    ).format(place=where)
                )
            answer = None  # the same answer again: nothing to record
        if state == "refused":
            raise ValidationError(
                _(
                    "{place}: recording was not permitted in this audit, so the recording is "
                    "not kept"
                ).format(place=where)
            )
        if answer is False:
            editor(store, lang).run(SetConsent(audit_id, False))
            print(
                _(
                    "{place}: recording not permitted; the answer is kept with the audit, "
                    "the recording is not"
                ).format(place=where)
            )
            return 0
        intake = take_in_recording(path, country=args.country, lang=lang)
        steps: list[Command] = []
        if answer is True:
            steps.append(SetConsent(audit_id, True))
        steps.append(AddRecording(audit_id, visit.id, intake))
        command = Batch(steps, AddRecording.label) if len(steps) > 1 else steps[0]
        change = editor(store, lang).run(command)
        label = lookup.touchpoint_label(visit, store.audits.visits(audit_id))
    recording = change.result
    lines = figure_lines(figures(recording), _, lang, precise=True)
    print(
        _("{touchpoint}: recording {id} kept").format(touchpoint=label, id=recording.id[:8])
        + "".join(f"\n  {name}: {value}" for name, value in lines)
    )
    return 0
