"""Command line: outline, draft, export and check, and the series commands (amend, extend,
results, history); no arguments, or a lone project or document, open the desktop app."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from amendtool import __version__
from amendtool.cli_draft import _draft, _output_options, _writer
from amendtool.cli_export import (
    _check,
    _export,
    _export_checked,
    _original_error,
    _project_amendment,
    _project_entry,
)
from amendtool.cli_report import (
    _print_classes,
    _print_draft_warning,
    _print_findings,
    _print_skipped,
)

EXIT_OK, EXIT_FINDINGS, EXIT_BAD_INPUT = 0, 1, 2
_COMMANDS = (
    "outline", "draft", "export", "check", "plain", "classify", "amend", "extend", "results",
    "history", "filed",
)  # fmt: skip


def main(argv: Sequence[str]) -> int:
    """Sub-commands run here; nothing, `--demo`, or a lone project or document opens the
    app; anything else is an unknown command. Nothing escapes as a traceback."""
    from amendtool.guard import run_guarded

    argv = list(argv)
    return run_guarded(lambda: _dispatch(argv), "amendtool " + " ".join(argv))


def _dispatch(argv: list[str]) -> int:
    from amendtool import launch

    if argv and (argv[0] in _COMMANDS or argv[0] in ("-h", "--help", "--version")):
        from amendtool.core.class_code import install

        install()  # the classes a command makes, their methods compiled once between runs
        args = _parser(argv[0] if argv[0] in _COMMANDS else None).parse_args(argv)
        if getattr(args, "out", None):  # every command that writes outputs
            from amendtool.io.outputs import refuse_file_as_folder

            refuse_file_as_folder(Path(args.out))
        from amendtool.guard import said_when_done

        with said_when_done():
            return int(args.run(args))
    if launch.opens_app(argv):
        return launch.open_app(argv)
    print(launch.unknown(argv, _COMMANDS), file=sys.stderr)
    return EXIT_BAD_INPUT


def _parser(typed: str | None = None) -> argparse.ArgumentParser:
    """Every command's parser, or (`typed`) only the typed command's: building the options of
    all eleven for a run that uses one cost every run some 15 million instructions."""
    from amendtool.cli_mistakes import Parser

    parser = Parser(prog="amendtool", description=__doc__)
    parser.add_argument("--version", action="version", version=f"amendtool {__version__}")
    _app_arguments(parser)
    every = parser.add_subparsers(dest="command", required=True, parser_class=Parser)
    commands: Any = every if typed is None else _Typed(every, typed)

    outline = commands.add_parser("outline", help="sections as quoted, printed pages, counts")
    outline.add_argument("file")
    outline.add_argument("--json", action="store_true", help="print JSON instead of a table")
    outline.set_defaults(run=_outline)

    draft = commands.add_parser("draft", help="compare two versions and write every output")
    draft.add_argument("original")
    draft.add_argument("revised")
    draft.add_argument("--filing", required=True, help="filing details (filing.toml)")
    draft.add_argument("--out", required=True, help="folder for the outputs")
    draft.add_argument("--project", help="also save the project (.amend)")
    draft.add_argument(
        "--force", action="store_true", help="draft into --project although it has another original"
    )
    _output_arguments(draft)
    draft.set_defaults(run=_draft)

    export = commands.add_parser("export", help="write every output of a saved project")
    export.add_argument("project")
    export.add_argument("--out", required=True)
    export.add_argument("--force", action="store_true", help="export despite errors found")
    export.add_argument("--only", action="append", help=argparse.SUPPRESS)
    export.add_argument(
        "--progress",
        action="store_true",
        help="for a program driving the export (the app does): a line 'progress NAME DONE "
        "TOTAL' as each file is begun, then 'written PATH' for each file written; names "
        "and paths percent-encoded from their bytes, so each line is one line of ASCII",
    )
    _output_arguments(export)
    export.add_argument("--amendment", type=int, help="which amendment (default: the last)")
    export.set_defaults(run=_export)

    check = commands.add_parser("check", help="consistency, locators and timing before filing")
    check.add_argument("files", nargs="+", metavar="PROJECT.amend | ORIGINAL REVISED")
    check.add_argument("--filing", help="filing details, when checking two documents")
    check.add_argument("--amendment", type=int, help="which amendment of the project")
    check.set_defaults(run=_check)

    from amendtool.cli_classify import add_commands as add_classify
    from amendtool.cli_plain import add_commands as add_plain
    from amendtool.cli_series import add_commands

    add_commands(commands)
    add_plain(commands)
    add_classify(commands)
    return parser


class _Unbuilt:
    """The parser of a command not typed: whatever is asked of it, nothing is built."""

    def __getattr__(self, name: str) -> Callable[..., _Unbuilt]:
        return lambda *args, **kwargs: self


class _Typed:
    """The commands, of which only the typed one's parser is built."""

    def __init__(self, commands: Any, typed: str) -> None:
        self.commands, self.typed = commands, typed

    def add_parser(self, name: str, **kwargs: Any) -> Any:
        if name != self.typed:
            return _Unbuilt()
        return self.commands.add_parser(name, **kwargs)


def _app_arguments(parser: argparse.ArgumentParser) -> None:
    """The desktop app's options, listed so --help names every way to start it (the launcher
    reads them before any command: launch.py)."""
    from amendtool.launch import APP_OPTIONS

    app = parser.add_argument_group(
        "desktop app",
        "amendtool alone opens the app; amendtool PROJECT.amend opens a project and "
        "amendtool DOCUMENT (.docx, .txt, .htm) an original",
    )
    for option, meaning in APP_OPTIONS.items():
        app.add_argument(option, action="store_true", help=meaning)


def _output_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--author", help='who the redline names for each revision ("Jane Roe (Roe & Doe LLP)")'
    )
    command.add_argument(
        "--straight-quotes",
        action="store_true",
        help="straight quotation marks in the .docx files (curly by default)",
    )


def _outline(args: argparse.Namespace) -> int:
    from amendtool.core.outline import outline_rows
    from amendtool.io.load import load_document

    document = load_document(args.file)
    for notice in document.notices:
        print(f"amendtool: {notice}", file=sys.stderr)
    rows = outline_rows(document)
    if args.json:
        json.dump({"file": args.file, "sections": rows}, sys.stdout, indent=2)
        print()
        return EXIT_OK
    width = max((len(r["name"]) for r in rows), default=10)
    width = min(width, 70)
    print(f"{'Section':<{width}}  {'Pages':<9} {'Paras':>5} {'Sents':>5}")
    for row in rows:
        pages = row["pages"] or "-"
        name = row["name"][:width]
        print(f"{name:<{width}}  {pages:<9} {row['paragraphs']:>5} {row['sentences']:>5}")
    return EXIT_OK


__all__ = [
    "_check",
    "_draft",
    "_export",
    "_export_checked",
    "_original_error",
    "_output_options",
    "_print_classes",
    "_print_draft_warning",
    "_print_findings",
    "_print_skipped",
    "_project_amendment",
    "_project_entry",
    "_writer",
    "main",
]
