"""`auditor review AUDIT`: comment on an audit or an item, return it, approve it, list comments."""

from __future__ import annotations

import argparse
import logging
from typing import TYPE_CHECKING

from auditor.cli.commands.answer import TOUCHPOINT_HELP, editor
from auditor.cli.output import open_store, print_json
from auditor.i18n import default_language, translator

if TYPE_CHECKING:
    from auditor.review import CommentRow
    from auditor.storage import Store

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the `review` command."""
    parser = subparsers.add_parser(
        "review",
        parents=[common],
        help="comment on an audit, return it to the auditor, approve it or list its comments",
        description="The review step before anything reaches the client: comments on the audit "
        "or on one item (--touchpoint and --item), --return sends a completed audit back to its "
        "auditor (it needs an open comment), --approve marks it reviewed (no comment may be "
        "open), --resolve marks a comment dealt with. Comments never appear in the report.",
    )
    parser.add_argument("audit", metavar="AUDIT", help="the audit id (or its first characters)")
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--comment", metavar="TEXT", help="add a comment for the auditor")
    action.add_argument(
        "--return", dest="return_", action="store_true", help="return the audit to its auditor"
    )
    action.add_argument("--approve", action="store_true", help="approve the audit (reviewed)")
    action.add_argument(
        "--resolve", metavar="COMMENT", help="mark a comment resolved (its id or first characters)"
    )
    action.add_argument("--list", action="store_true", help="list the audit's comments")
    parser.add_argument("--touchpoint", metavar="TOUCHPOINT", help=TOUCHPOINT_HELP)
    parser.add_argument("--item", metavar="ITEM", help="the item's id in its checklist")
    parser.add_argument(
        "--json",
        action="store_true",
        help='with --list: print [{"id", "touchpoint", "item", "visit_id", "item_id", "text", '
        '"author", "created_at", "resolved", "resolved_at", "resolved_by"}]',
    )
    parser.set_defaults(handler=handler)


def handler(args: argparse.Namespace) -> int:
    """Run the review command the options name and say what was done."""
    from auditor import lookup, review
    from auditor.commands import AddComment, ApproveAudit, ResolveComment, ReturnAudit
    from auditor.errors import ValidationError
    from auditor.model import ReviewComment
    from auditor.workflow import status_label

    lang = default_language()
    _ = translator(lang)
    if (args.touchpoint or args.item) and args.comment is None:
        raise ValidationError(_("--touchpoint and --item go with --comment"))
    if args.item and not args.touchpoint:
        raise ValidationError(_("--item needs --touchpoint"))
    if args.json and not args.list:
        raise ValidationError(_("--json goes with --list"))
    with open_store(args, create=False) as store:
        audit_id = store.audits.resolve_id(args.audit)
        if args.list:
            rows = review.comment_rows(store, audit_id, lang)
            if args.json:
                print_json([review.as_json(r) for r in rows])
            else:
                for row in rows:
                    print(review.as_line(row, lang))
            return 0
        run = editor(store, lang).run
        if args.comment is not None:
            visit_id = item_id = None
            if args.touchpoint:
                where = lookup.resolve_item(store, audit_id, args.touchpoint, args.item, lang)
                visit_id, item_id = where.visit.id, (where.item.id if where.item else None)
            change = run(AddComment(ReviewComment(audit_id, args.comment, visit_id, item_id)))
            print(review.as_line(_row_of(store, audit_id, change.result.id, lang), lang))
            return 0
        if args.resolve is not None:
            comment_id = _comment_id(store, audit_id, args.resolve, lang)
            run(ResolveComment(comment_id))
            print(review.as_line(_row_of(store, audit_id, comment_id, lang), lang))
            return 0
        run(ReturnAudit(audit_id) if args.return_ else ApproveAudit(audit_id))
        status = store.audits.get(audit_id).status
    print(_("Status: {status}").format(status=status_label(status, lang)))
    return 0


def _row_of(store: Store, audit_id: str, comment_id: str, lang: str) -> CommentRow:
    from auditor import review

    rows = review.comment_rows(store, audit_id, lang)
    return next(r for r in rows if r.comment.id == comment_id)


def _comment_id(store: Store, audit_id: str, prefix: str, lang: str) -> str:
    """Return the id of the audit's one comment starting with `prefix`, or refuse."""
    from auditor.errors import NotFoundError, ValidationError

    _ = translator(lang)
    prefix = prefix.strip().lower()
    ids = [c.id for c in store.review.for_audit(audit_id) if c.id.startswith(prefix)]
    if not prefix or not ids:
        raise NotFoundError(_("the audit has no comment {comment}").format(comment=prefix))
    if len(ids) > 1:
        raise ValidationError(
            _("{comment} names several comments: give more characters").format(comment=prefix)
        )
    return ids[0]
