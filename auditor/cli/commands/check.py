"""`auditor check text|image|site|call`: the automated detail checks, as DESIGN.md fixes the contract."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from auditor.checks.base import CheckResult
from auditor.cli.output import print_json
from auditor.errors import AuditorError, file_reason
from auditor.i18n import default_language, translator
from auditor.textfile import decode_text

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the `check` command and its three kinds."""
    parser = subparsers.add_parser(
        "check",
        parents=[common],
        help="run an automated detail check (text, image, site, call)",
        description="Run an automated detail check. Exit 0 when it ran, whatever it found; "
        "2 for input it cannot use.",
    )
    kinds = parser.add_subparsers(dest="kind", metavar="KIND", required=True)

    text = kinds.add_parser(
        "text", parents=[common], help="spelling, capitals, accents, tone of a text"
    )
    text.add_argument(
        "file",
        nargs="?",
        default="-",
        metavar="FILE|-",
        help="the text file (UTF-8) to check, or - for standard input (default)",
    )
    text.add_argument(
        "--lang",
        choices=("it", "en", "auto"),
        default="auto",
        help="language of the text (default: detect)",
    )
    text.add_argument(
        "--brand",
        action="append",
        default=[],
        metavar="NAME",
        help="a brand name whose exact spelling matters (repeatable)",
    )
    text.add_argument("--json", action="store_true", help="print the contract's JSON object")
    text.set_defaults(handler=_run_text)

    image = kinds.add_parser(
        "image", parents=[common], help="blur, grain, enlargement, compression"
    )
    image.add_argument("file", metavar="FILE", help="the image file to check")
    _add_output(image)
    image.set_defaults(handler=_run_image)

    site = kinds.add_parser(
        "site", parents=[common], help="contact page, links, privacy, images of a site"
    )
    site.add_argument(
        "target",
        metavar="URL|HTML_FILE|FOLDER",
        help="a http(s) URL, a saved HTML page or a folder of saved pages",
    )
    site.add_argument(
        "--max-pages",
        type=int,
        default=30,
        metavar="N",
        help="the most pages the crawl visits (default 30)",
    )
    _add_output(site)
    site.set_defaults(handler=_run_site)

    call = kinds.add_parser(
        "call", parents=[common], help="rings, wait, holds and greeting of a call recording"
    )
    call.add_argument(
        "file", metavar="RECORDING", help="the recording (WAV, MP3, OGG, FLAC or M4A)"
    )
    call.add_argument(
        "--country",
        default="it",
        metavar="CODE",
        help="whose ringback cadence to count: it, gb or us (default it)",
    )
    _add_output(call)
    call.set_defaults(handler=_run_call)


def _add_output(parser: argparse.ArgumentParser) -> None:
    """Add the options every check but text's takes: the messages' language and --json."""
    parser.add_argument(
        "--lang",
        choices=("it", "en"),
        default=None,
        help="language of the messages (default: the system language)",
    )
    parser.add_argument("--json", action="store_true", help="print the contract's JSON object")


def _read_text(source: str) -> str:
    _ = translator(default_language())
    if source == "-":
        data = sys.stdin.buffer.read()
    else:
        try:
            data = Path(source).read_bytes()
        except OSError as exc:
            raise AuditorError(
                _("cannot read {file}: {reason}").format(file=source, reason=file_reason(exc, _))
            ) from None
    try:
        # Offsets index the file as given: a UTF-8 mark is kept (auditor.textfile).
        return decode_text(data, keep_mark=True)
    except UnicodeDecodeError:
        raise AuditorError(
            _("{file} is not UTF-8 text: save it as UTF-8 (or Unicode) and check it again").format(
                file=source
            )
        ) from None


def _emit(result: CheckResult, as_json: bool, lines: list[tuple[str, str]] | None = None) -> int:
    if as_json:
        print_json(result.to_json())
        return 0
    print(f"{result.check} check of {result.target}: {len(result.findings)} finding(s)")
    for finding in result.findings:
        where = ""
        if finding.start is not None:
            where = f" [{finding.start}:{finding.end}] {finding.excerpt!r}"
        elif finding.url:
            where = f" {finding.url}"
        hint = f" -> {', '.join(finding.suggestions)}" if finding.suggestions else ""
        print(f"  {finding.severity.value:8} {finding.rule}: {finding.message}{where}{hint}")
    if lines is not None:  # the figures in words (a call's metrics nest lists and objects)
        for label, text in lines:
            print(f"  {label}: {text}")
        return 0
    for key, value in result.metrics.items():
        print(f"  {key}: {value}")
    return 0


def _run_text(args: argparse.Namespace) -> int:
    from auditor.checks.text import check_text

    text = _read_text(args.file)
    result = check_text(
        text,
        lang=args.lang,
        brands=args.brand,
        accepted_words=_accepted_words(args),
        target=args.file,
    )
    return _emit(result, args.json)


def _accepted_words(args: argparse.Namespace) -> list[str]:
    """Return the workspace's accepted words when a workspace exists (a check never creates one)."""
    from auditor.workspace import open_workspace, resolve

    path = resolve(getattr(args, "workspace", None))
    if not path.is_file():
        return []
    try:
        with open_workspace(path, create=False) as store:
            return store.profile.accepted_words()
    except AuditorError as exc:  # the check still runs; the words are a refinement
        log.warning("accepted words not loaded: %s", exc)
        return []


def _run_image(args: argparse.Namespace) -> int:
    from auditor.checks.image import check_image

    lang = args.lang or default_language()
    # A missing file or a folder is refused by the check's own reader, in `lang`.
    result = check_image(Path(args.file), lang=lang, target=args.file)
    return _emit(result, args.json)


def _run_site(args: argparse.Namespace) -> int:
    from auditor.checks.site import check_site

    lang = args.lang or default_language()
    if args.max_pages < 1:
        raise AuditorError(translator(lang)("--max-pages must be at least 1"))
    result = check_site(args.target, max_pages=args.max_pages, lang=lang)
    return _emit(result, args.json)


def _run_call(args: argparse.Namespace) -> int:
    from auditor.checks.callaudio import analyse_call

    result = analyse_call(
        Path(args.file), country=args.country, lang=args.lang or default_language()
    )
    result.target = args.file
    if args.json:
        return _emit(result, True)
    from auditor.report.recording import figure_lines

    lang = args.lang or default_language()
    return _emit(result, False, figure_lines(result.metrics, translator(lang), lang, precise=True))
