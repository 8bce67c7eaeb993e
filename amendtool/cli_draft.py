"""The draft command: two versions of the offer read, compared and checked, and every output
written as one set (with the project, when one is named)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from amendtool.cli_report import _print_draft_warning, _print_findings, _print_skipped

EXIT_OK = 0


def _output_options(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from amendtool.io.outputs import OutputOptions

    author = args.author or None
    if author:  # XML cannot hold a control, an override would reorder the name shown
        from amendtool.cli_mistakes import typed_text
        from amendtool.core.text_limits import MAX_NAME_CHARACTERS

        typed_text(author, "--author", MAX_NAME_CHARACTERS, "give the name and firm only")
    return OutputOptions(author=author, curly=not args.straight_quotes)


def _writer(
    amendment: Any,
    args: argparse.Namespace,
    skipped: dict[str, str] | None,
    report: list[str],
    names: list[str] | None = None,
    progress: Callable[[str, int, int], None] | None = None,
    owner: str | None = None,
    errors: int = 0,
) -> Callable[..., list[Path]]:
    """Writes the output set of `amendment` (or the files `names`) into --out with the
    command's options; a project saved with the set passes its token and staging step
    (io/project_outputs.py). Without `skipped`, an output that cannot be written stops it.
    `owner`: the identity of the project whose outputs these are (io/output_set.py);
    `errors`: the checks' errors the set is written over (its filing and notice say DRAFT)."""
    from amendtool.io.outputs import write_outputs

    def write(token: str | None = None, stage: Any = None) -> list[Path]:
        return write_outputs(
            amendment,
            args.out,
            names,
            progress=progress,
            skipped=skipped,
            options=_output_options(args),
            report=report,
            token=token,
            before_publish=stage,
            owner=owner,
            errors=errors,
        )

    return write


def drafted(amendment: Any, errors: int = 0) -> str:
    """What the summary line says of placeholders still to write, or of the checks' errors
    the files are written over, "" when neither: "3 placeholders for counsel remain (the
    files are marked DRAFT; export refuses until they are written); "."""
    from amendtool.io.draft_marks import errors_said, left_said, placeholders_left

    left = placeholders_left(amendment)
    if left:
        return (
            f"{left_said(left)} (the files are marked DRAFT; export refuses until they are "
            "written); "
        )
    if errors:
        return f"written over {errors_said(errors)} (the filing and notice are marked DRAFT); "
    return ""


def error_count(findings: list[Any]) -> int:
    """The checks' errors among `findings`: what the files are written over."""
    return sum(1 for f in findings if f.severity == "error")


def _refuse_project_as_output(amendment: Any, args: argparse.Namespace) -> None:
    """A project named as one of the outputs in DIR ("--project DIR/items.json") would be
    written over by the set, or write over it: a mixed set either way."""
    from amendtool.core.errors import InputError
    from amendtool.io.output_set import MANIFEST
    from amendtool.io.outputs import renderers

    if not args.project:
        return
    project = Path(args.project)
    if project.name in {*renderers(amendment), MANIFEST} and (
        project.resolve().parent == Path(args.out).resolve()
    ):
        raise InputError(
            args.project,
            "has the name of a file amendtool writes in the output folder; give the project "
            "a name of its own ending in .amend",
        )


def _draft(args: argparse.Namespace) -> int:
    """Everything that can fail is done before anything is written: the documents read,
    the items drafted and checked, the project written beside its place; then the outputs
    go in as one set and the project is put in place."""
    from amendtool.core.amendment import draft_amendment
    from amendtool.core.checks import run_checks
    from amendtool.core.errors import InputError
    from amendtool.core.filing import load_filing
    from amendtool.core.filing_document import built_once
    from amendtool.core.numerals import counted
    from amendtool.core.unrelated_revision import refuse_unrelated
    from amendtool.io.load import encoding_notices, load_document

    original = load_document(args.original, places=True)  # the redline is written on it
    revised = load_document(args.revised)
    refuse_unrelated(original, revised, args.revised)
    read: list[str] = []  # how filing.toml was read, when it is not UTF-8
    filing = load_filing(args.filing, read)
    amendment = draft_amendment(original, revised, filing)
    if not amendment.change_items:
        # nothing to amend: a full amendment with an empty "What has changed" is no filing
        raise InputError(
            args.revised,
            "the revised file has no changes from the original; choose the revised offer",
        )
    for notice in original.notices + revised.notices + encoding_notices(original, revised) + read:
        print(f"amendtool: {notice}", file=sys.stderr)
    identity = None  # a project drafted again keeps its identity, and so its export folder
    if args.project and Path(args.project).exists():
        # re-drafting into an existing project keeps counsel's wording and classification where
        # the change is the same change
        from amendtool.cli_report import opened_project
        from amendtool.core.errors import shown_name, shown_path
        from amendtool.core.overrides import carry_overrides
        from amendtool.io.project_original import same_original

        existing = opened_project(args.project)
        identity = existing.series.identity
        if len(existing.series.amendments) > 1 or existing.current.locked:
            raise InputError(
                args.project,
                "holds a series of amendments; draft the next one with amendtool amend",
            )
        if not args.force and not same_original(existing.original, original):
            was = Path(existing.original.source).name or "another file"
            raise InputError(
                args.project,
                f"the project was made from another original ({shown_name(was)}); use a new "
                "project file or --force",
            )
        # a choice that lapsed is a finding of the checks, printed with the others
        kept = carry_overrides(existing.items, amendment.items)
        if kept:
            print(
                f"amendtool: kept counsel's wording or classification for {kept} item(s) "
                f"from {shown_path(args.project)}",
                file=sys.stderr,
            )
    _refuse_project_as_output(amendment, args)
    skipped: dict[str, str] = {}
    report: list[str] = []
    with built_once():  # the files written and the checks read the same filing and notice
        findings = run_checks(amendment)
        errors = error_count(findings)
        if args.project:
            # imported here: a draft without a project never reads nor writes one
            from amendtool.io.project_file import Project
            from amendtool.io.project_outputs import write_with_project

            # the project and the outputs it records change as one (io/project_outputs.py)
            project = Project(original, revised, amendment.items, filing, notes=amendment.notes)
            project.series.identity = identity or project.series.identity
            write = _writer(
                amendment, args, skipped, report, owner=project.series.identity, errors=errors
            )
            current = project.series.current
            written = write_with_project(project, args.project, current, write, args.out)
        else:
            written = _writer(amendment, args, skipped, report, errors=errors)()
        left = drafted(amendment, errors)  # read from the notice the files were written from
    _print_skipped(skipped, report)
    for note in amendment.notes:
        print(f"amendtool: note: {note}", file=sys.stderr)
    _print_findings(amendment, findings=findings)
    print(
        f"{counted(len(amendment.change_items), 'item')}; {left}wrote "
        + ", ".join(p.name for p in written)
    )
    _print_draft_warning(amendment, findings)  # the last word on the screen
    return EXIT_OK
