"""`amendtool classify`: counsel's class for one item, recorded from the command line as in
the app's item panel. It wins over the tool's proposal, is kept across re-drafts while the
change stays the same, and is what the timing check counts; --clear goes back to the
proposal. "extension" is refused for an item that does not move the expiration later."""

from __future__ import annotations

import argparse
from typing import Any

from amendtool.core.errors import shown_path

EXIT_OK = 0


def add_commands(commands: Any) -> None:
    classify = commands.add_parser(
        "classify", help="record counsel's class for one item (what the timing check counts)"
    )
    classify.add_argument("project", metavar="PROJECT.amend")
    classify.add_argument("item", metavar="ITEM", help="the item's letter (A, B, …)")
    classify.add_argument(
        "materiality",
        metavar="CLASS",
        nargs="?",
        help="clarifying, material, consideration or extension",
    )
    classify.add_argument("--reason", help="counsel's reason, listed by check")
    classify.add_argument("--clear", action="store_true", help="go back to the tool's proposal")
    classify.set_defaults(run=_classify)


def _classify(args: argparse.Namespace) -> int:
    from amendtool.cli_plain import project_item
    from amendtool.core.errors import InputError
    from amendtool.core.items import Materiality
    from amendtool.io.project_file import save_project

    classes = ", ".join(m.value for m in Materiality)
    if args.clear == bool(args.materiality):
        raise InputError(args.project, f"give the item a CLASS ({classes}) or --clear, not both")
    chosen = None
    if args.materiality:
        try:
            chosen = Materiality(args.materiality.strip().lower())
        except ValueError:
            raise InputError(
                args.project, f"has no class {args.materiality!r}; use one of {classes}"
            ) from None
    project, item, wanted = project_item(args.project, args.item)
    if chosen is None:
        item.clear_materiality()
        save_project(project, args.project)
        print(f"item {wanted}: the tool's proposal again ({item.materiality.value})")
        return EXIT_OK
    if chosen is Materiality.EXTENSION:
        from amendtool.core.expirations import extension_refusal

        refusal = extension_refusal(item, f"item {wanted}", items=project.items)
        if refusal is not None:
            raise InputError(args.project, refusal)
    reason = " ".join((args.reason or "").split()) or None
    if reason:
        from amendtool.cli_mistakes import typed_text
        from amendtool.core.text_limits import MAX_PARAGRAPH_CHARACTERS

        typed_text(reason, "--reason", MAX_PARAGRAPH_CHARACTERS, "give the reason in a few lines")
    item.choose_materiality(chosen, reason)
    save_project(project, args.project)
    print(f"item {wanted}: {chosen.value}, counsel's choice, kept in {shown_path(args.project)}")
    return EXIT_OK
