"""What the commands print about a drafted amendment: the checks' findings, the files left
out, each item's class, and the warning a working draft cannot be missed with."""

from __future__ import annotations

import sys
from typing import Any


def _print_skipped(skipped: dict[str, str], report: list[str]) -> None:
    for name, reason in skipped.items():
        print(f"amendtool: {name} not written: {reason}", file=sys.stderr)
    for line in report:
        print(f"amendtool: {line}", file=sys.stderr)


def _print_classes(amendment) -> None:  # type: ignore[no-untyped-def]
    """Each item's class, who decided it and why: what the timing check relies on."""
    from amendtool.core.items import letter

    for index, item in enumerate(amendment.change_items):
        who = "counsel" if item.counsel_materiality else "proposed"
        reason = item.materiality_reason
        if item.counsel_materiality and item.materiality_proposed not in (None, item.materiality):
            reason = f"proposed {item.materiality_proposed.value}: {reason}"
        if item.counsel_materiality and item.counsel_reason:
            reason = f"counsel: {item.counsel_reason}; {reason}"
        print(f"{letter(index):>3}  {item.materiality.value:<13} {who:<8}  {reason}")


def _print_findings(amendment: object, findings: list[Any] | None = None) -> int:
    """Print the checks' findings, each with its own severity (an error is said as one
    however the files are written); return how many are errors."""
    from amendtool.core.checks import run_checks

    if findings is None:
        findings = run_checks(amendment)  # type: ignore[arg-type]
    findings = with_spelling(amendment, findings)
    from amendtool.core.findings import findings_said

    for line in findings_said(findings):
        print(f"amendtool: {line}", file=sys.stderr)
    return sum(1 for f in findings if f.severity == "error")


def with_spelling(amendment: Any, findings: list[Any]) -> list[Any]:
    """The findings and the app's spelling warnings, in the order the app's Checks says them:
    the same speller (English, the legal list, the firm's list, the words as filed)."""
    from amendtool.core.findings import in_letter_order
    from amendtool.core.spelling import Speller, filed_words, firm_word_list, spelling_findings

    original = getattr(amendment, "original", None)
    if original is None or any(f.code == "spelling" for f in findings):
        return findings  # no amendment to read (findings alone), or said already
    speller = Speller(firm_word_list(), filed_words(original))
    spelled = spelling_findings(amendment.change_items, speller)
    return in_letter_order(findings + spelled) if spelled else findings


def _print_draft_warning(amendment: Any, findings: list[Any]) -> None:
    """A draft written on filing details whose expiration the offer does not state is a
    working draft only: said last, where it cannot be missed, and recorded in items.json."""
    from amendtool.core.expiration_checks import DISAGREES
    from amendtool.core.offer_zone import message_deadline

    if not any(f.code == DISAGREES and f.severity == "error" for f in findings):
        return
    print(
        "amendtool: warning: this working draft states the expiration "
        f"{message_deadline(amendment, amendment.filing.expiration_local)}, which the offer "
        "does not "
        "state (filing.toml, offer.expiration); export refuses until the filing details and "
        'the offer agree (the error is in items.json under "checks" and in amendtool check)',
        file=sys.stderr,
    )


def opened_project(path: str):  # type: ignore[no-untyped-def]
    """The project at `path`, and what reading it took out (a control character typed into
    it by hand) said on stderr: every command that reads a project says it."""
    from amendtool.io.project_file import load_project

    project = load_project(path)
    for notice in project.notices:
        print(f"amendtool: {notice}", file=sys.stderr)
    return project
