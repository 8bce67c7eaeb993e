"""`check` on every weekday printed with a date: in counsel's plain paragraphs and the
filing details counsel writes, and in every document the tool writes (the Schedule TO
amendment and the notice, quoted text included). A date printed with the wrong weekday is an
error once, where counsel wrote it if they did (weekday_dates.py reads the dates; the
messages are resources/checks/weekdays.toml)."""

from __future__ import annotations

import tomllib
from functools import cache

from amendtool.core.amendment import Amendment
from amendtool.core.findings import ERROR, Finding
from amendtool.core.items import letter
from amendtool.core.weekday_dates import WrongWeekday, wrong_weekdays
from amendtool.resources import resource_path

_KIND = "weekday"


@cache
def _messages() -> dict[str, str]:
    with resource_path("checks", "weekdays.toml").open("rb") as handle:
        messages: dict[str, str] = tomllib.load(handle)["messages"]
    return messages


def check_weekdays(amendment: Amendment) -> list[Finding]:
    """Each weekday printed with a date it does not fall on, named once."""
    from amendtool.core.filing_document import notice_blocks, schedule_to_blocks
    from amendtool.core.plain_readability import counsel_fields

    findings: list[Finding] = []
    said: set[str] = set()
    for index, item in enumerate(amendment.change_items):
        who = f"item {letter(index)}: counsel's plain paragraph"
        for wrong in wrong_weekdays(item.plain_summary or ""):
            findings.append(_finding("counsel", wrong, index, who=who))
            said.add(wrong.printed)
    for name, text in counsel_fields(amendment).items():
        for wrong in wrong_weekdays(text or ""):
            if wrong.printed not in said:
                findings.append(_finding("counsel", wrong, None, who=name))
                said.add(wrong.printed)
    outputs = (("Schedule TO amendment", schedule_to_blocks), ("notice", notice_blocks))
    for output, blocks in outputs:
        text = "\n".join(block.text for block in blocks(amendment))
        for wrong in wrong_weekdays(text):
            if wrong.printed not in said:
                findings.append(_finding("output", wrong, None, output=output))
                said.add(wrong.printed)
    return findings


def _finding(key: str, wrong: WrongWeekday, item: int | None, **fields: str) -> Finding:
    date = wrong.printed.split(None, 1)[1]  # "Thursday, June 26, 2026" → "June 26, 2026"
    message = _messages()[key].format(
        printed=wrong.printed, date=date, actual=wrong.actual, **fields
    )
    return Finding(ERROR, _KIND, message, item)
