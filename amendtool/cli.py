"""Command line: outline, draft, export and check; no sub-command opens the desktop app."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from amendtool import __version__
from amendtool.core.errors import AmendtoolError

EXIT_OK, EXIT_FINDINGS, EXIT_BAD_INPUT = 0, 1, 2
_COMMANDS = ("outline", "draft", "export", "check")


def main(argv: Sequence[str]) -> int:
    argv = list(argv)
    if not argv or (argv[0] not in _COMMANDS and argv[0] not in ("-h", "--help", "--version")):
        return _open_app(argv)
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args))
    except AmendtoolError as exc:
        print(f"amendtool: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="amendtool", description=__doc__)
    parser.add_argument("--version", action="version", version=f"amendtool {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    outline = commands.add_parser("outline", help="sections as quoted, printed pages, counts")
    outline.add_argument("file")
    outline.add_argument("--json", action="store_true", help="print JSON instead of a table")
    outline.set_defaults(run=_outline)
    return parser


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


def _open_app(argv: list[str]) -> int:
    try:
        from amendtool.gui.app import run_app
    except ImportError as exc:
        print(
            f"amendtool: the desktop app needs PySide6 ({exc.name} is missing); "
            "install with: pip install 'amendtool[gui]'",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    return run_app(argv)
