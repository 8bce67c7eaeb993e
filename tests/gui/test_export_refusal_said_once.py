"""Print / Export PDF over a placeholder: the box says it once, in the words Checks and
`amendtool check` use for it (one wording for one problem), not again in other words."""

from __future__ import annotations

from amendtool.core.checks import ERROR, WARNING, Finding
from amendtool.core.findings import findings_said
from amendtool.core.plain_checks import PLACEHOLDER
from amendtool.gui.findings_lists import listed, weighed


def _placeholder(item: int) -> Finding:
    return Finding(
        ERROR,
        PLACEHOLDER,
        f"item {'ABCDEFG'[item]}: the notice's plain paragraph still has a placeholder for "
        "counsel, [COUNSEL: write this paragraph]; write it before export",
        item,
    )


def test_the_placeholder_problem_is_listed_once(qapp, answered_dialogs: list[str]) -> None:  # type: ignore[no-untyped-def]
    findings = [
        Finding(WARNING, "locator", "Section 6 was not found in the offer"),
        *(_placeholder(item) for item in (1, 2, 3, 4, 6)),
    ]
    assert weighed(None, findings, "Export PDF", drafts=True) is None  # the box is cancelled
    text = answered_dialogs[-1]
    assert text.count("placeholder") == 1, text
    assert "in 5 items, the notice's plain paragraph still has a placeholder" in text
    assert "(items B-E, G)" in text
    assert "Section 6 was not found" in text  # other findings are still listed


def test_the_print_gate_says_each_finding_as_checks_says_it(  # type: ignore[no-untyped-def]
    qapp, answered_dialogs: list[str]
) -> None:
    findings = [_placeholder(1)]
    assert weighed(None, findings, "Print", drafts=True) is None
    text = answered_dialogs[-1]
    assert listed(findings_said(findings)) in text
    assert "marked DRAFT" in text


def test_a_placeholder_in_the_filing_details_keeps_its_own_words(  # type: ignore[no-untyped-def]
    qapp,
    answered_dialogs: list[str],
) -> None:
    findings = [Finding(ERROR, PLACEHOLDER, "the cover name still has a placeholder, [NAME]")]
    weighed(None, findings, "Export PDF", drafts=True)
    assert "the cover name still has a placeholder, [NAME]" in answered_dialogs[-1]
