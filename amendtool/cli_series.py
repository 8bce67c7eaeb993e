"""Command line for a series of amendments: amend, extend, results and history."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from amendtool.cli_series_checks import (
    _filing,
    _later,
    _new_expiration,
    _ready,
    _refuse_reversal,
)
from amendtool.core.errors import InputError, shown_name

COMMANDS = ("amend", "extend", "results", "history", "filed")


def add_commands(commands: Any) -> None:
    amend = commands.add_parser("amend", help="draft the next amendment of a project")
    amend.add_argument("project")
    amend.add_argument("revised", help="the offer as this amendment leaves it")
    amend.add_argument(
        "--to",
        help="extend the offer in the same amendment: the new expiration, local, as for "
        "extend (a revised offer that states a later expiration extends it too)",
    )
    amend.add_argument(
        "--reverses-earlier",
        action="store_true",
        help="draft even though the revision undoes what an earlier amendment did (as a "
        "revision made from the offer as filed, not as amended, does)",
    )
    _short_period_argument(amend)
    _outputs(amend)
    amend.set_defaults(run=_amend)

    extend = commands.add_parser("extend", help="draft an amendment extending the offer")
    extend.add_argument("project")
    extend.add_argument(
        "--to",
        required=True,
        help='new expiration, local: "YYYY-MM-DD HH:MM", or "YYYY-MM-DD midnight" (24:00, the '
        "end of that day)",
    )
    _short_period_argument(extend)
    _outputs(extend)
    extend.set_defaults(run=_extend)

    results = commands.add_parser("results", help="draft the final amendment, the results")
    results.add_argument("project")
    _outputs(results)
    results.set_defaults(run=_results)

    history = commands.add_parser("history", help="the series of amendments, dated")
    history.add_argument("project")
    history.add_argument("--docx", help="write the offer as amended, each change marked")
    history.add_argument("--through", type=int, help="as amended through this amendment")
    history.add_argument("--since", type=int, default=0, help="changes after this amendment")
    history.add_argument(
        "--author",
        help="who the Word file names as its author (counsel's firm, or the issuer, when "
        "not given)",
    )
    history.set_defaults(run=_history)

    filed = commands.add_parser(
        "filed", help="mark the last amendment filed (locked), the final one too"
    )
    filed.add_argument("project")
    filed.set_defaults(run=_filed)


def _short_period_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--allow-short-period",
        action="store_true",
        help="draft an extension even though it does not keep the offer open as long as its "
        "own changes or an earlier amendment's require (it is not marked filed while short)",
    )


def _outputs(parser: argparse.ArgumentParser) -> None:
    from amendtool.cli import _output_arguments

    parser.add_argument("--filing", required=True, help="this amendment's filing details")
    parser.add_argument("--out", required=True, help="folder for the outputs")
    _output_arguments(parser)  # --author, --straight-quotes, as for draft and export


def _amend(args: argparse.Namespace) -> int:
    from amendtool.cli_report import opened_project
    from amendtool.core.series_lock import no_change_refusal
    from amendtool.core.series_rules import check_expiration_kept
    from amendtool.core.unrelated_revision import refuse_unrelated
    from amendtool.io.load import load_document

    project = opened_project(args.project)
    to = _new_expiration(args.to) if args.to else None
    revised = load_document(args.revised)
    series = project.series  # the offer as amended so far is what REVISED revises
    refuse_unrelated(series.base(len(series.amendments)), revised, args.revised)
    for notice in revised.notices:
        print(f"amendtool: {notice}", file=sys.stderr)
    filing, data, to = _filing(
        args, project.series, "extension" if to else "text", to, revised=revised
    )
    if to is not None:
        _later(project.series, filing, to, args.to or f"{to:%Y-%m-%d %H:%M}")

    def draft(series: Any) -> Any:
        if to is None:
            entry = series.draft(revised, filing, data)
        else:
            entry = _extended(args, series, filing, data, to, revised)
        if problem := check_expiration_kept(series, entry):
            raise InputError(args.revised, problem)
        if problem := no_change_refusal(series, entry):
            raise InputError(args.revised, problem)
        entry.reverses_earlier = args.reverses_earlier
        if not args.reverses_earlier:
            _refuse_reversal(args, series)
        return entry

    return _finish(args, project, draft, filing.amendment_number, "extension" if to else "text")


def _extended(
    args: argparse.Namespace,
    series: Any,
    filing: Any,
    data: dict[str, Any],
    new: dt.datetime,
    revised: Any = None,
) -> Any:
    """The extension drafted (with counsel's `revised` changes, when the amendment makes
    them too), refused while it leaves the offer open shorter than its own changes or an
    earlier amendment's require, unless --allow-short-period."""
    from amendtool.core.series_rules import locks_short, short_period
    from amendtool.core.series_steps import current_expiration, draft_extension, kept_changes
    from amendtool.core.stated_deadlines import deadline_phrase

    old = current_expiration(series, filing)
    if revised is None and (kept := kept_changes(series, filing)):
        print(
            f"amendtool: note: Amendment No. {series.current.number} is a draft that changes "
            f"the offer; the extension is drafted in it, with its {kept} "
            f"change{'s' if kept != 1 else ''} (give the next number to extend in a new "
            "amendment instead)",
            file=sys.stderr,
        )
    drafts = {a.number for a in series.amendments if not a.locked}
    entry = draft_extension(series, filing, data, new, revised)
    if not args.allow_short_period and (problem := short_period(series)):
        raise InputError("--to", problem)
    if args.allow_short_period and (problem := locks_short(series, drafts)):
        raise InputError("--allow-short-period", problem)
    if not entry.items:
        from amendtool.core.offer_zone import series_zone

        zone = series_zone(series, filing.time_zone)  # the zone as the offer names it
        print(
            f"amendtool: note: the offer nowhere states its expiration as "
            f"{deadline_phrase(old.replace(tzinfo=filing.zone), zone_said=zone)}; only Item 4 "
            "is amended",
            file=sys.stderr,
        )
    return entry


def _extend(args: argparse.Namespace) -> int:
    from amendtool.cli_report import opened_project

    project = opened_project(args.project)
    new = _new_expiration(args.to)
    filing, data, _ = _filing(args, project.series, "extension", new)
    _later(project.series, filing, new, args.to)
    return _finish(
        args,
        project,
        lambda series: _extended(args, series, filing, data, new),
        filing.amendment_number,
        "extension",
    )


def _results(args: argparse.Namespace) -> int:
    from amendtool.cli_report import opened_project
    from amendtool.core.results import as_entered, parse_results
    from amendtool.core.series_steps import draft_results

    project = opened_project(args.project)
    filing, data, _ = _filing(args, project.series, "results")
    # every problem named before drafting
    parse_results(as_entered(data.get("results"), filing), args.filing)
    return _finish(
        args,
        project,
        lambda series: draft_results(series, filing, data, args.filing),
        filing.amendment_number,
        "results",
    )


def _finish(args: argparse.Namespace, project: Any, draft: Any, number: int, kind: str) -> int:
    """Draft, check, then write the outputs and the project that records them as one change
    (io/project_outputs.py): both new, or both as they were."""
    from amendtool.cli import _print_findings, _print_skipped, _writer
    from amendtool.cli_draft import drafted, error_count
    from amendtool.core.checks import run_checks
    from amendtool.core.series_amendment import contents
    from amendtool.io.project_outputs import write_with_project

    _ready(args, project.series, number, kind)
    drafting = [a.number for a in project.series.amendments if not a.locked]
    entry = draft(project.series)
    drafting = [n for n in drafting if n != entry.number]
    amendment = project.series.amendment(-1)
    findings = run_checks(amendment)
    errors = error_count(findings)
    skipped: dict[str, str] = {}
    report: list[str] = []
    written = write_with_project(
        project,
        args.project,
        entry,
        _writer(amendment, args, skipped, report, owner=project.series.identity, errors=errors),
        args.out,
    )
    _print_skipped(skipped, report)
    for number in drafting:
        print(f"amendtool: Amendment No. {number} is now marked filed (locked)", file=sys.stderr)
    for note in entry.notes:
        print(f"amendtool: note: {note}", file=sys.stderr)
    _print_findings(amendment, findings=findings)
    held = contents(entry.kind.value, len(amendment.change_items), entry.results, entry.filing,
                    amendment.original)  # fmt: skip
    marked = drafted(amendment, errors)
    print(
        f"Amendment No. {entry.number}: {held}; {marked}wrote " + ", ".join(p.name for p in written)
    )
    return 0


def _history(args: argparse.Namespace) -> int:
    from amendtool.cli_report import opened_project
    from amendtool.core.history import series_lines
    from amendtool.core.series_rules import check_range

    project = opened_project(args.project)
    through = project.series.amendments[-1].number if args.through is None else args.through
    ranged = args.through is not None or args.since
    if ranged and (problem := check_range(project.series, through, args.since)):
        raise InputError(*problem)
    written = None
    if args.docx:  # written before the history is printed: a refusal is then the one line
        from amendtool.io.history_docx import history_target_problem, write_history

        original = project.series.original.source
        if refused := history_target_problem(Path(args.docx), Path(args.project), original):
            raise InputError(args.docx, refused)
        author = _author(args.author)
        written = write_history(project.series, args.docx, through, args.since, author)
    for line in series_lines(project.series):
        print(line)
    if written is not None:
        print(f"wrote {shown_name(written.name)}")
    return 0


def _author(author: str | None) -> str | None:
    """--author as draft and export take it: a name and firm, nothing that would hide or
    reorder the name in the file."""
    if not author:
        return None
    from amendtool.cli_mistakes import typed_text
    from amendtool.core.text_limits import MAX_NAME_CHARACTERS

    typed_text(author, "--author", MAX_NAME_CHARACTERS, "give the name and firm only")
    return author


def _filed(args: argparse.Namespace) -> int:
    """Mark the project's last amendment filed, as starting the next one does: the way to
    lock the final amendment, which nothing follows. Refused while its check finds an
    error, its outputs are stale or it changes nothing."""
    from amendtool.cli_report import opened_project
    from amendtool.core.series_lock import lock_refusal
    from amendtool.io.project_file import save_project

    project = opened_project(args.project)
    series = project.series
    if not series.amendments:
        raise InputError(args.project, "has no amendment to mark filed")
    if series.current.locked:
        raise InputError(
            args.project, f"Amendment No. {series.current.number} is already marked filed"
        )
    if refusal := lock_refusal(series, "filed", args.project):
        raise InputError(args.project, refusal)
    series.file(len(series.amendments) - 1)
    save_project(project, args.project)
    print(f"Amendment No. {series.current.number} is now marked filed (locked)")
    return 0
