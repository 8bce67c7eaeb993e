"""The same finding about many items is one line naming each item: a 300-item revision
printed a screen of identical warnings, and the one finding that differed was lost in it."""

from __future__ import annotations

import pytest

from amendtool.cli_report import _print_findings
from amendtool.core.findings import Finding

PLACEHOLDER = "the notice's plain paragraph still has a placeholder; write it before export"


def printed(findings: list[Finding], capsys: pytest.CaptureFixture[str]) -> list[str]:
    _print_findings(object(), findings=findings)
    return capsys.readouterr().err.splitlines()


def test_many_items_with_the_same_finding_are_one_line_naming_each(
    capsys: pytest.CaptureFixture[str],
) -> None:
    findings = [
        Finding("warning", "plain", f"item {x}: {PLACEHOLDER}", i) for i, x in enumerate("ABCDE")
    ]
    findings.insert(2, Finding("error", "timing", "the offer must stay open 10 business days"))
    lines = printed(findings, capsys)
    assert lines == [
        f"amendtool: warning: in 5 items, {PLACEHOLDER} (items A-E)",
        "amendtool: error: the offer must stay open 10 business days",
    ]


def test_a_few_items_keep_a_line_each(capsys: pytest.CaptureFixture[str]) -> None:
    findings = [
        Finding("error", "plain", f"item {x}: {PLACEHOLDER}", i) for i, x in enumerate("AC")
    ]
    assert printed(findings, capsys) == [
        f"amendtool: error: item A: {PLACEHOLDER}",
        f"amendtool: error: item C: {PLACEHOLDER}",
    ]


def test_errors_are_counted_one_by_one_whatever_the_lines(
    capsys: pytest.CaptureFixture[str],
) -> None:
    findings = [
        Finding("error", "plain", f"item {x}: {PLACEHOLDER}", i) for i, x in enumerate("ABCDEFG")
    ]
    assert _print_findings(object(), findings=findings) == 7
    assert len(capsys.readouterr().err.splitlines()) == 1


def test_a_run_of_items_is_named_by_its_first_and_last(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A 1,000-item revision named every letter from A to ALL in one line."""
    from amendtool.core.items import letter

    findings = [
        Finding("warning", "plain", f"item {letter(i)}: {PLACEHOLDER}", i) for i in range(1000)
    ]
    assert printed(findings, capsys) == [
        f"amendtool: warning: in 1,000 items, {PLACEHOLDER} (items A-ALL)"
    ]


def test_runs_and_single_items_are_named_in_order(capsys: pytest.CaptureFixture[str]) -> None:
    from amendtool.core.items import letter

    indexes = [0, 1, 2, 3, 5, 7, 8, 25, 26, 27]
    findings = [Finding("error", "plain", f"item {letter(i)}: {PLACEHOLDER}", i) for i in indexes]
    assert printed(findings, capsys) == [
        f"amendtool: error: in 10 items, {PLACEHOLDER} (items A-D, F, H, I, Z-AB)"
    ]


def test_a_scattered_many_names_its_first_runs_and_counts_the_rest(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from amendtool.core.items import letter

    indexes = [i for i in range(300) if i % 4 != 3]  # every fourth item has no finding
    findings = [Finding("warning", "plain", f"item {letter(i)}: {PLACEHOLDER}", i) for i in indexes]
    (line,) = printed(findings, capsys)
    assert line.startswith(f"amendtool: warning: in 225 items, {PLACEHOLDER} (items A-C, E-G, ")
    assert line.endswith(", and 189 more)") and len(line) < 300
