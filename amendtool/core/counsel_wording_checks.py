"""Checks of counsel's own filing and notice wording. Where the tool's instruction ends with
the colon that introduces the quoted new text, the filing prints the quotation right after
counsel's words too: words after that colon (or no colon at all) would be filed between
the instruction and the quotation, so they are an error, said with what to do."""

from __future__ import annotations

from amendtool.core.amendment import Amendment
from amendtool.core.findings import ERROR, Finding
from amendtool.core.items import AmendmentItem, letter
from amendtool.core.wording import render

CODE = "quotation_form"


def check_quotation_form(amendment: Amendment) -> list[Finding]:
    """An error for each override of an instruction that introduces a quotation and does
    not end at its colon."""
    findings = []
    plain = amendment.filing.notice_style == "plain"  # the notice quotes the filing's words
    for index, item in enumerate(amendment.change_items):
        if not item.override_basis or item.override_basis != item.substance():
            continue
        boxes = [("filing", item.filing_override, False)]
        if not plain:
            boxes.append(("notice", item.notice_override, True))
        for what, override, notice in boxes:
            problem = _outside_quotation(amendment, item, override, notice)
            if problem:
                findings.append(
                    Finding(ERROR, CODE, f"item {letter(index)}: counsel's {what} {problem}", index)
                )
    return findings


def _outside_quotation(
    amendment: Amendment, item: AmendmentItem, override: str | None, notice: bool
) -> str | None:
    """What is wrong with counsel's wording `override`, or None."""
    if not override:
        return None
    exhibit = "" if notice else amendment.filing.document_exhibit
    generated = render(item, exhibit, amendment.wording, notice=notice).rstrip()
    words = override.rstrip()
    if not generated.endswith(":") or words.endswith(":"):
        return None
    if ":" not in words:
        return (
            "wording does not end with the colon that introduces the new text; the filing "
            "prints the quotation right after it: end the wording with a colon, or choose "
            "Use the Generated Wording"
        )
    stray = words.rsplit(":", 1)[1].strip()
    return (
        f'wording has words after the colon that introduces the new text ("{stray}"); the '
        "filing would print them between the instruction and the quotation: end the "
        "wording at the colon, or choose Use the Generated Wording"
    )
