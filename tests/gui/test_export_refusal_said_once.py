"""Print / Export PDF over a placeholder: the box says once which items are not ready to
file, not a second time in the checks' own words about the same items."""

from __future__ import annotations

from amendtool.core.checks import ERROR, WARNING, Finding
from amendtool.core.plain_checks import PLACEHOLDER
from amendtool.gui.findings_lists import weighed


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
    assert "not ready to file" in text and "item B, item C, item D, item E, item G" in text
    assert "Section 6 was not found" in text  # other findings are still listed


def test_a_placeholder_in_the_filing_details_keeps_its_own_words(  # type: ignore[no-untyped-def]
    qapp,
    answered_dialogs: list[str],
) -> None:
    findings = [Finding(ERROR, PLACEHOLDER, "the cover name still has a placeholder, [NAME]")]
    weighed(None, findings, "Export PDF", drafts=True)
    assert "the cover name still has a placeholder, [NAME]" in answered_dialogs[-1]
