"""`auditor score AUDIT`: the audit's scores per touchpoint, dimension and journey phase."""

from __future__ import annotations

import argparse
import logging

from auditor import service
from auditor.cli.output import format_score, open_store, print_json

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the `score` command."""
    parser = subparsers.add_parser("score", parents=[common], help="show an audit's scores")
    parser.add_argument("audit", metavar="AUDIT", help="the audit id (or its first characters)")
    parser.add_argument(
        "--json",
        action="store_true",
        help='print {"overall", "completion", "critical_failure", "touchpoints", "dimensions", '
        '"phases"}; scores 0-100, null where nothing is scorable',
    )
    parser.set_defaults(handler=handler)


def handler(args: argparse.Namespace) -> int:
    """Print the scores of one audit."""
    with open_store(args, create=False) as store:
        audit_id = store.audits.resolve_id(args.audit)
        doc = service.score_document(store, audit_id)
    if args.json:
        print_json(doc)
        return 0
    flag = "  CRITICAL FAILURE" if doc["critical_failure"] else ""
    print(f"Overall {format_score(doc['overall'])}  (completion {doc['completion']:.0f}%){flag}")
    for tp in doc["touchpoints"]:
        mark = "  critical failure" if tp["critical_failure"] else ""
        print(
            f"  {tp['kind']:<11} {format_score(tp['score']):>6}  {tp['completion']:5.0f}%  {tp['title']}{mark}"
        )
    for group in ("dimensions", "phases"):
        print(
            f"{group.capitalize()}: "
            + ", ".join(f"{k} {format_score(v)}" for k, v in doc[group].items())
        )
    return 0
