"""`check` on every weekday printed with a date: in counsel's plain paragraphs and the
filing details counsel writes, and in every document the tool writes (the Schedule TO
amendment and the notice, quoted text included). A date printed with the wrong weekday is an
error once, where counsel wrote it if they did (weekday_dates.py reads the dates; the
messages are resources/checks/weekdays.toml)."""

from __future__ import annotations

from functools import cache

from amendtool.core.amendment import Amendment
from amendtool.core.findings import ERROR, Finding
from amendtool.core.resource_toml import read_toml
from amendtool.core.weekday_dates import WrongWeekday, wrong_weekdays
from amendtool.resources import resource_path

_KIND = "weekday"


@cache
def _messages() -> dict[str, str]:
    messages: dict[str, str] = read_toml(resource_path("checks", "weekdays.toml"))["messages"]
    return messages


def check_weekdays(amendment: Amendment) -> list[Finding]:
    """Each weekday printed with a date it does not fall on, named once."""
    from amendtool.core.filing_document import notice_blocks, schedule_to_blocks
    from amendtool.core.plain_readability import counsel_fields

    findings: list[Finding] = []
    # counsel's plain paragraphs: said with the paragraph's other problems (plain_checks.py)
    paragraphs = (item.plain_summary or "" for item in amendment.change_items)
    said = {wrong.printed for text in paragraphs for wrong in wrong_weekdays(text)}
    for name, text in counsel_fields(amendment).items():
        for wrong in wrong_weekdays(text or ""):
            if wrong.printed not in said:
                findings.append(_finding("field", wrong, None, who=name))
                said.add(wrong.printed)
    outputs = (("Schedule TO amendment", schedule_to_blocks), ("notice", notice_blocks))
    for output, blocks in outputs:
        text = "\n".join(block.text for block in blocks(amendment))
        for wrong in wrong_weekdays(text):
            if wrong.printed not in said:
                findings.append(_finding("output", wrong, None, output=output))
                said.add(wrong.printed)
    return findings


def weekdays_said(paragraph: str) -> list[str]:
    """What is wrong with each weekday counsel's plain `paragraph` prints with a date it
    does not fall on ("prints “Thursday, June 26, 2026”, but June 26, 2026 is a Friday …")."""
    return [_said("paragraph", wrong) for wrong in wrong_weekdays(paragraph)]


def _finding(key: str, wrong: WrongWeekday, item: int | None, **fields: str) -> Finding:
    return Finding(ERROR, _KIND, _said(key, wrong, **fields), item)


def _said(key: str, wrong: WrongWeekday, **fields: str) -> str:
    date = wrong.printed.split(None, 1)[1]  # "Thursday, June 26, 2026" → "June 26, 2026"
    return _messages()[key].format(printed=wrong.printed, date=date, actual=wrong.actual, **fields)
