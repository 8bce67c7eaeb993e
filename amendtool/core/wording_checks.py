"""Checks of the wording the tool writes for each item: its quotation marks, parentheses and
brackets pair up, and every exhibit it refers to is the offer's own or in the exhibit index."""

from __future__ import annotations

import re

from amendtool.core.amendment import Amendment
from amendtool.core.findings import ERROR, WARNING, Finding
from amendtool.core.items import letter

_EXHIBIT_REF = re.compile(r"Exhibits? (\([a-z]\)(?:\(\d{1,3}\))?(?:\([A-Za-z]{1,4}\))*)")

_PARENTHESES = re.compile(r"[()]")


def _unbalanced(text: str) -> list[str]:
    problems = []
    if text.count('"') % 2:
        problems.append("an unpaired straight quotation mark")
    if text.count("“") != text.count("”"):
        problems.append("unpaired curly quotation marks")
    depth = 0
    for char in _PARENTHESES.findall(text):
        depth += 1 if char == "(" else -1
        if depth < 0:
            problems.append("a closing parenthesis without an opening one")
            break
    if depth > 0:
        problems.append("an unclosed parenthesis")
    if text.count("[") != text.count("]"):
        problems.append("unbalanced brackets")
    return problems


def check_balanced(amendment: Amendment) -> list[Finding]:
    findings = []
    for index, item in enumerate(amendment.change_items):
        texts = {
            "filing wording": amendment.filing_instruction(item),
            "notice wording": amendment.notice_instruction(item),
            "quoted text": '"' + "\n".join(item.new_paragraphs or [item.new_text]) + '"'
            if (item.new_paragraphs or item.new_text)
            else "",
        }
        for what, text in texts.items():
            for problem in _unbalanced(text):
                findings.append(
                    Finding(
                        WARNING, "balance", f"item {letter(index)}: {what} has {problem}", index
                    )
                )
    return findings


def check_exhibits(amendment: Amendment) -> list[Finding]:
    """Every exhibit the wording refers to is the offer's own or is in the exhibit index."""
    filing = amendment.filing
    known = {
        filing.document_exhibit,
        filing.election_form_exhibit,
        *(e.label for e in amendment.exhibits()),
        *(e.label for e in amendment.previously_filed()),
    }
    findings = []
    for index, item in enumerate(amendment.change_items):
        text = amendment.filing_instruction(item) + " " + amendment.notice_instruction(item)
        for label in _EXHIBIT_REF.findall(text):
            if label not in known:
                findings.append(
                    Finding(
                        ERROR,
                        "exhibit",
                        f"item {letter(index)} refers to "
                        f"Exhibit {label}, which is not in the index",
                        index,
                    )
                )
    return findings
