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
        args = _parser().parse_args(argv)
        if getattr(args, "out", None):  # every command that writes outputs
            from amendtool.io.outputs import refuse_file_as_folder

            refuse_file_as_folder(Path(args.out))
        return int(args.run(args))
    if launch.opens_app(argv):
        return launch.open_app(argv)
    print(launch.unknown(argv, _COMMANDS), file=sys.stderr)
    return EXIT_BAD_INPUT


def _parser() -> argparse.ArgumentParser:
    from amendtool.cli_mistakes import Parser

    parser = Parser(prog="amendtool", description=__doc__)
    parser.add_argument("--version", action="version", version=f"amendtool {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=Parser)

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
    export.add_argument("--progress", action="store_true", help=argparse.SUPPRESS)
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


def _output_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--author", help='who the redline names for each revision ("Jane Roe (Roe & Doe LLP)")'
    )
    command.add_argument(
        "--straight-quotes",
        action="store_true",
        help="straight quotation marks in the .docx files (curly by default)",
    )


def _output_options(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from amendtool.io.outputs import OutputOptions

    author = args.author or None
    if author:  # XML cannot hold a control, an override would reorder the name shown
        from amendtool.cli_mistakes import typed_text
        from amendtool.core.text_limits import MAX_NAME_CHARACTERS

        typed_text(author, "--author", MAX_NAME_CHARACTERS, "give the name and firm only")
    return OutputOptions(author=author, curly=not args.straight_quotes)


def _writer(
    amendment: Any, args: argparse.Namespace, skipped: dict[str, str], report: list[str]
) -> Callable[..., list[Path]]:
    """Writes the output set of `amendment` into --out with the command's options; a project
    saved with the set passes its token and staging step (io/project_outputs.py)."""
    from amendtool.io.outputs import write_outputs

    def write(token: str | None = None, stage: Any = None) -> list[Path]:
        return write_outputs(
            amendment,
            args.out,
            skipped=skipped,
            options=_output_options(args),
            report=report,
            token=token,
            before_publish=stage,
        )

    return write


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
    from amendtool.io.project_file import Project
    from amendtool.io.project_outputs import write_with_project

    original = load_document(args.original)
    revised = load_document(args.revised)
    refuse_unrelated(original, revised, args.revised)
    filing = load_filing(args.filing)
    amendment = draft_amendment(original, revised, filing)
    if not amendment.change_items:
        # nothing to amend: a full amendment with an empty "What has changed" is no filing
        raise InputError(
            args.revised,
            "the revised file has no changes from the original; choose the revised offer",
        )
    for notice in original.notices + revised.notices + encoding_notices(original, revised):
        print(f"amendtool: {notice}", file=sys.stderr)
    if args.project and Path(args.project).exists():
        # re-drafting into an existing project keeps counsel's wording and classification where
        # the change is the same change
        from amendtool.core.errors import shown_name, shown_path
        from amendtool.core.overrides import carry_overrides
        from amendtool.io.project_checks import same_original
        from amendtool.io.project_file import load_project

        existing = load_project(args.project)
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
    skipped: dict[str, str] = {}
    report: list[str] = []
    with built_once():  # the files written and the checks read the same filing and notice
        findings = run_checks(amendment)

        write = _writer(amendment, args, skipped, report)

        if args.project:
            # the project and the outputs it records change as one (io/project_outputs.py)
            project = Project(original, revised, amendment.items, filing, notes=amendment.notes)
            current = project.series.current
            written = write_with_project(project, args.project, current, write, args.out)
        else:
            written = write()
    _print_skipped(skipped, report)
    for note in amendment.notes:
        print(f"amendtool: note: {note}", file=sys.stderr)
    _print_findings(amendment, as_warnings=True, findings=findings)
    print(
        f"{counted(len(amendment.change_items), 'item')}; wrote "
        + ", ".join(p.name for p in written)
    )
    _print_draft_warning(amendment, findings)  # the last word on the screen
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    """The checks and the files they pass read the same filing, notice and redline."""
    from amendtool.core.built_once import built_once

    with built_once():
        return _export_checked(args)


def _export_checked(args: argparse.Namespace) -> int:
    """A draft's outputs are recorded in the project with what they were written from (so a
    later change of its items is known before it is marked filed); a filed amendment's are
    written again and the project is left as it is."""
    from amendtool.io.outputs import write_outputs

    _output_options(args)  # a value typed wrongly is said before the project is read
    project, index, amendment = _project_entry(args.project, args.amendment, args.out)
    from amendtool.core.checks import run_checks
    from amendtool.core.plain_checks import export_refusal

    findings = run_checks(amendment)
    errors = _print_findings(amendment, as_warnings=args.force, findings=findings)
    if refusal := export_refusal(findings):  # --force or not
        print(f"amendtool: {refusal}", file=sys.stderr)
        return EXIT_FINDINGS
    if problem := _original_error(args.project, amendment):
        print(f"amendtool: {'warning' if args.force else 'error'}: {problem}", file=sys.stderr)
        errors += 0 if args.force else 1
    if errors and not args.force:
        print(
            f"amendtool: export refused: {errors} error(s); fix them or use --force",
            file=sys.stderr,
        )
        return EXIT_FINDINGS

    from amendtool.io.progress_lines import progress_line, written_line

    def progress(name: str, done: int, total: int) -> None:
        if args.progress:
            print(progress_line(name, done, total), flush=True)

    report: list[str] = []

    def write(token: str | None = None, stage: Any = None) -> list[Path]:
        # no output is left out: one that cannot be written stops the export (--force too)
        return write_outputs(
            amendment,
            args.out,
            args.only,
            progress=progress,
            options=_output_options(args),
            report=report,
            token=token,
            before_publish=stage,
        )

    from amendtool.io.redline_docx import RedlineError

    entry = project.series.amendments[index]
    try:
        if entry.locked:
            written = write()
        else:
            from amendtool.io.project_outputs import write_with_project

            written = write_with_project(project, args.project, entry, write, args.out)
    except RedlineError as exc:
        print(
            f"amendtool: export refused: the redline and the conformed copy cannot be written "
            f"({exc}); nothing was written",
            file=sys.stderr,
        )
        return EXIT_FINDINGS
    _print_skipped({}, report)
    if args.progress:
        for path in written:
            print(written_line(path), flush=True)
    print("wrote " + ", ".join(p.name for p in written))
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from amendtool.core.amendment import draft_amendment
    from amendtool.core.filing import load_filing
    from amendtool.io.load import load_document

    problem = ""
    if len(args.files) == 1:
        amendment = _project_amendment(args.files[0], args.amendment)
        problem = _original_error(args.files[0], amendment)
    elif len(args.files) == 2 and args.filing:
        from amendtool.core.unrelated_revision import refuse_unrelated

        original, revised = load_document(args.files[0]), load_document(args.files[1])
        refuse_unrelated(original, revised, args.files[1])
        amendment = draft_amendment(original, revised, load_filing(args.filing))
    else:
        print(
            "amendtool: check takes PROJECT.amend, or ORIGINAL REVISED --filing FILING.toml",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    _print_classes(amendment)
    errors = _print_findings(amendment, as_warnings=False)
    if problem:
        print(f"amendtool: error: {problem}", file=sys.stderr)
        errors += 1
    if not errors:
        counsel = sum(1 for i in amendment.change_items if i.counsel_materiality)
        basis = f" (timing follows counsel's classification of {counsel})" if counsel else ""
        from amendtool.core.series_kinds import contents  # the results a final one reports

        held = contents(
            amendment.kind, len(amendment.change_items), amendment.results_data, amendment.filing
        )
        print(f"{held} checked: no errors{basis}")
    return EXIT_FINDINGS if errors else EXIT_OK


def _project_amendment(  # type: ignore[no-untyped-def]
    path: str, number: int | None = None, out: str | None = None
):
    """The project's last amendment, or Amendment No. `number` of its series; refused when
    `out` holds another amendment's outputs (what was filed is never written over)."""
    return _project_entry(path, number, out)[2]


def _project_entry(path: str, number: int | None = None, out: str | None = None) -> Any:
    """(the project, the amendment's index in its series, the amendment as rendered)."""
    from amendtool.core.errors import AmendtoolError, InputError
    from amendtool.core.series_rules import out_refusal
    from amendtool.io.project_file import load_project

    project = load_project(path)
    series = project.series
    index = -1
    if number is not None:
        try:
            index = series.index_of(number)
        except AmendtoolError as exc:
            raise InputError(path, str(exc)) from exc
    if out is not None and (problem := out_refusal(series, out, index % len(series.amendments))):
        raise InputError(out, problem)
    amendment = series.amendment(index)
    if amendment is None:
        raise InputError(path, series.amendments[index].filing_refusal())
    return project, index % len(series.amendments), amendment


def _original_error(project_path: str, amendment: Any) -> str:
    """'' when the project's original is the file it was drafted from; else the line the app
    gives too, naming the file."""
    from amendtool.io.project_checks import original_error

    return original_error(Path(project_path), amendment.original)
