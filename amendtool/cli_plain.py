"""`amendtool plain`: counsel's plain paragraph on one change of the employee notice, written
from the command line as on the app's "Plain paragraph" tab. It is kept in the project,
used by `check` and `export`, and kept across re-drafts while the change stays the same."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from amendtool.core.errors import shown_path

EXIT_OK = 0


def add_commands(commands: Any) -> None:
    plain = commands.add_parser(
        "plain", help="write counsel's plain paragraph on one item for the employee notice"
    )
    plain.add_argument("project", metavar="PROJECT.amend")
    plain.add_argument("item", metavar="ITEM", help="the item's letter (A, B, …)")
    given = plain.add_mutually_exclusive_group(required=True)
    given.add_argument("--text", help="the paragraph, in plain words")
    given.add_argument("--file", help="a text file holding the paragraph")
    given.add_argument("--clear", action="store_true", help="go back to the tool's paragraph")
    plain.set_defaults(run=_plain)


def project_item(path: str, wanted: str) -> tuple[Any, Any, str]:
    """The project, its last amendment's item lettered `wanted` and the letter; refused
    when that amendment is filed (locked) or has no such item."""
    from amendtool.cli_report import opened_project
    from amendtool.core.errors import InputError
    from amendtool.core.findings import lettered_items
    from amendtool.core.items import letter

    project = opened_project(path)
    if project.current.locked:
        current = project.current
        if current.kind.value == "results":  # nothing follows it: no command to name
            raise InputError(
                path,
                f"its last amendment, No. {current.number}, is the final amendment reporting "
                "the results and is filed: the series is closed, and what was filed is not "
                "changed",
            )
        raise InputError(
            path, "its last amendment is filed; start the next one with amendtool amend"
        )
    changes = [i for i in project.items if i.kind.value != "file_exhibit"]
    by_letter = {letter(n): item for n, item in enumerate(changes)}
    item = by_letter.get(wanted.strip().upper())
    if item is None:
        known = lettered_items(len(changes))
        raise InputError(path, f"has no item {wanted} (it has {known})")
    return project, item, wanted.strip().upper()


def _plain(args: argparse.Namespace) -> int:
    from amendtool.io.project_file import save_project

    project, item, wanted = project_item(args.project, args.item)
    text = None if args.clear else _text(args)
    shared = _written(project, item, text)  # the paragraph of every item sharing it
    save_project(project, args.project)
    if item.plain_summary:
        print(f"item {wanted}: counsel's plain paragraph kept in {shown_path(args.project)}")
    else:
        print(f"item {wanted}: the tool's plain paragraph again")
    if shared:
        print(f"item {wanted}: {shared}")
    return EXIT_OK


def _written(project: Any, item: Any, text: str | None) -> str:
    """Counsel's `text` written on `item` as the one paragraph of the items sharing its place
    in the notice (counsel's paragraph on another of them cleared); what to say of that."""
    from amendtool.core.plain_shared import said_shared, write_shared

    amendment = project.series.amendment()
    changes = amendment.change_items if amendment is not None else []
    index = next((n for n, i in enumerate(changes) if i is item), None)
    if index is None:  # no valid filing details: the item alone
        item.set_plain_summary(text)
        return ""
    return said_shared(amendment, index, write_shared(amendment, index, text))


def _text(args: argparse.Namespace) -> str:
    from amendtool.core.errors import InputError

    if args.file is not None:
        from amendtool.core.errors import shown_name
        from amendtool.io.plain_paragraph_text import read_paragraph_file

        text, notices = read_paragraph_file(args.file, "the plain paragraph")
        for notice in notices:
            print(f"amendtool: {shown_name(Path(args.file).name)}: {notice}", file=sys.stderr)
        where = args.file
    else:
        from amendtool.cli_mistakes import typed_text
        from amendtool.core.text_limits import MAX_PARAGRAPH_CHARACTERS

        limit, instead = MAX_PARAGRAPH_CHARACTERS, "one paragraph is wanted; check what was pasted"
        text, where = typed_text(args.text, "--text", limit, instead), "--text"
    if not text.strip():
        raise InputError(where, "is empty; write the paragraph, or use --clear")
    from amendtool.io.plain_paragraph_text import plain_paragraph_problem

    if problem := plain_paragraph_problem(text):
        raise InputError(where, problem)
    return " ".join(text.split())
