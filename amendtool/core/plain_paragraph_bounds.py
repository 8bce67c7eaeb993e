"""What counsel's plain paragraph on one change may be: a paragraph, never a document.

The notice sends counsel's paragraph to employees as it is; a whole offer given for it (a file
chosen by mistake, a paste) would go out whole, and the plainness checks would only find its
long sentences. Text longer than a plain paragraph runs, with EDGAR markup, or of more than one
paragraph (the notice would run them into one) is an error
wherever it comes from: `amendtool plain` refuses it (io/plain_paragraph_text.py, which also
looks for headings), and `check` says so of a paragraph kept in a project.
"""

from __future__ import annotations

import re

from amendtool.core.checks import ERROR, Finding
from amendtool.core.clean_text import plain_breaks
from amendtool.core.items import AmendmentItem, letter
from amendtool.core.pattern_store import compiled
from amendtool.core.text_limits import MAX_PLAIN_PARAGRAPH_CHARACTERS

# what only an EDGAR submission holds: its page marks and document tags
_EDGAR_MARKUP = compiled(
    r"<\s*/?\s*(PAGE|TEXT|DOCUMENT|TYPE|SEQUENCE|FILENAME|DESCRIPTION|SEC-DOCUMENT|"
    r"SEC-HEADER)\s*>",
    re.IGNORECASE,
)
OFFER_NOT_PARAGRAPH = "is an offer document, not the plain paragraph"


def plain_paragraph_excess(text: str, advice: str) -> str | None:
    """Why `text` cannot be a plain paragraph by its size or its markup, ending in `advice`;
    None when it may be."""
    if len(text) > MAX_PLAIN_PARAGRAPH_CHARACTERS:
        return (
            f"holds {len(text):,} characters, more than a plain paragraph on one change runs "
            f"to ({MAX_PLAIN_PARAGRAPH_CHARACTERS:,}); {advice}"
        )
    if tag := _EDGAR_MARKUP.search(text):
        return f"holds EDGAR markup ({tag.group().strip()}), so it {OFFER_NOT_PARAGRAPH}; {advice}"
    return None


_BLANK_LINE = compiled(r"\r?\n[ \t]*(?:\r?\n)+")


def several_paragraphs(text: str) -> str | None:
    """Why `text` is not one paragraph (a blank line or a paragraph separator parts it), or
    None: the notice gives one paragraph on each change, and two would be run into one."""
    paragraphs = [p for p in _BLANK_LINE.split(plain_breaks(text).strip()) if p.strip()]
    if len(paragraphs) < 2:
        return None
    first = " ".join(paragraphs[1].split()[:6])[:60]
    return (
        f"holds {len(paragraphs)} paragraphs (a blank line before \u201c{first}…\u201d), and "
        "the notice gives one paragraph on each change; join them into one paragraph, or "
        "say it in fewer words"
    )


def check_counsels_paragraphs(items: list[AmendmentItem]) -> list[Finding]:
    """An error for each change whose kept paragraph is no plain paragraph."""
    findings = []
    for index, item in enumerate(items):
        kept = item.plain_override
        advice = "write it again for this one change"
        if kept and (problem := plain_paragraph_excess(kept, advice) or several_paragraphs(kept)):
            message = f"item {letter(index)}: counsel's plain paragraph {problem}"
            findings.append(Finding(ERROR, "plain_paragraph", message, index))
    return findings
