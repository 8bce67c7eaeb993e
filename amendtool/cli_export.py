"""The export and check commands, and the project entry they share: the amendment of a saved
project chosen, refused when its --out holds another amendment's outputs or its own as filed."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from amendtool.cli_draft import _output_options, _writer
from amendtool.cli_report import _print_classes, _print_findings, _print_skipped

EXIT_OK, EXIT_FINDINGS, EXIT_BAD_INPUT = 0, 1, 2


def _export(args: argparse.Namespace) -> int:
    """The checks and the files they pass read the same filing, notice and redline."""
    from amendtool.core.built_once import built_once

    with built_once():
        return _export_checked(args)


def _export_checked(args: argparse.Namespace) -> int:
    """A draft's outputs are recorded in the project with what they were written from (so a
    later change of its items is known before it is marked filed); a filed amendment's are
    written again, into a new folder only, and the project is left as it is."""

    _output_options(args)  # a value typed wrongly is said before the project is read
    project, index, amendment = _project_entry(args.project, args.amendment, args.out)
    from amendtool.core.checks import run_checks
    from amendtool.core.plain_checks import export_refusal

    findings = run_checks(amendment)
    errors = _print_findings(amendment, findings=findings)
    if refusal := export_refusal(findings, amendment):  # --force or not
        print(f"amendtool: {refusal}", file=sys.stderr)
        return EXIT_FINDINGS
    if problem := _original_error(args.project, amendment):
        print(f"amendtool: error: {problem}", file=sys.stderr)
        errors += 1  # refused without --force; written with it, marked DRAFT
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
    # no output is left out: one that cannot be written stops the export (--force too)
    owner = project.series.identity  # named in DIR's manifest: no other project writes there
    write = _writer(amendment, args, None, report, args.only, progress, owner, errors)

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
    if errors:  # --force: the filing and notice say what they were written over
        from amendtool.io.draft_marks import errors_said

        print(
            f"amendtool: written over {errors_said(errors)}: the filing and notice are marked "
            "DRAFT; fix them, then export again",
            file=sys.stderr,
        )
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
        read: list[str] = []
        amendment = draft_amendment(original, revised, load_filing(args.filing, read))
        for notice in read:  # how filing.toml was read, when it is not UTF-8
            print(f"amendtool: {notice}", file=sys.stderr)
    else:
        print(
            "amendtool: check takes PROJECT.amend, or ORIGINAL REVISED --filing FILING.toml",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    _print_classes(amendment)
    if len(args.files) == 1:  # a project: its items' places are data from disk
        from amendtool.core.checks import run_checks
        from amendtool.core.cited_recount import recounted_place_findings
        from amendtool.core.findings import in_letter_order

        found = in_letter_order(run_checks(amendment) + recounted_place_findings(amendment))
        errors = _print_findings(amendment, found)
    else:
        errors = _print_findings(amendment)
    if problem:
        print(f"amendtool: error: {problem}", file=sys.stderr)
        errors += 1
    if not errors:
        counsel = sum(1 for i in amendment.change_items if i.counsel_materiality)
        basis = f" (timing follows counsel's classification of {counsel})" if counsel else ""
        from amendtool.core.series_amendment import contents  # the results a final one reports

        held = contents(
            amendment.kind,
            len(amendment.change_items),
            amendment.results_data,
            amendment.filing,
            amendment.original,
        )
        print(f"{held} checked: no errors{basis}")
    return EXIT_FINDINGS if errors else EXIT_OK


def _project_amendment(  # type: ignore[no-untyped-def]
    path: str, number: int | None = None, out: str | None = None
):
    """The project's last amendment, or Amendment No. `number` of its series; refused when
    `out` holds another amendment's outputs, or this one's as filed (what was filed is never
    written over)."""
    return _project_entry(path, number, out)[2]


def _project_entry(path: str, number: int | None = None, out: str | None = None) -> Any:
    """(the project, the amendment's index in its series, the amendment as rendered)."""
    from amendtool.cli_report import opened_project
    from amendtool.core.errors import AmendtoolError, InputError
    from amendtool.core.series_rules import out_refusal
    from amendtool.io.output_set import other_owner

    project = opened_project(path)
    series = project.series
    index = -1
    if number is not None:
        try:
            index = series.index_of(number)
        except AmendtoolError as exc:
            raise InputError(path, str(exc)) from exc
    if out is not None and (problem := out_refusal(series, out, index % len(series.amendments))):
        raise InputError(out, problem)
    if out is not None and (problem := other_owner(Path(out), series.identity)):
        raise InputError(out, problem)
    amendment = series.amendment(index)
    if amendment is None:
        raise InputError(path, series.amendments[index].filing_refusal())
    return project, index % len(series.amendments), amendment


def _original_error(project_path: str, amendment: Any) -> str:
    """'' when the project's original is the file it was drafted from; else the line the app
    gives too, naming the file."""
    from amendtool.io.project_original import original_error

    return original_error(Path(project_path), amendment.original)
