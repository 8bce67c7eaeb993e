"""Where a section whose heading could not be read begins inside the section before it,
and the outline findings said once for both texts. A heading lost to a typo ("S.
CONDITIONS OF THE OFFER." for "5.") or to its wording ("FOUR --- WITHDRAWAL RIGHTS") is
still a line of its own: the items before it are in the section they cite, and only those
after it are cited in the wrong one."""

from __future__ import annotations

import re

from amendtool.core.findings import Finding
from amendtool.core.items import AmendmentItem
from amendtool.core.model import Section

_MOST_WORDS = 15  # a heading's line, not a paragraph of text
_NUMBERS = re.compile(r"\d{1,3}|[IVXL]{1,7}")


def _is_lost_heading(text: str, numbers: list[str]) -> bool:
    """A line that reads as the lost heading: it opens with a missing number ("5.", "5
    …"), or it is a short line in capitals ("S. CONDITIONS OF THE OFFER.")."""
    line = " ".join(text.split())
    if not line or "\t" in text:
        return False
    first = line.split()[0].rstrip(".):")
    if first in numbers and len(line.split()) > 1:
        return True
    letters = [c for c in line if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return len(letters) >= 4 and upper >= 0.8 * len(letters) and len(line.split()) <= _MOST_WORDS


def lost_heading_index(section: Section, gap: str) -> int | None:
    """The index of the lost heading's line among the section's paragraphs, or None when
    no line reads as it (then every item in the section may be in the lost one). `gap`
    names the numbers not found ("Section 5 was not found")."""
    numbers = _NUMBERS.findall(gap.split(" was")[0].split(" were")[0])
    for index, paragraph in enumerate(section.paragraphs):
        if index and _is_lost_heading(paragraph.text, numbers):
            return index
    return None


def _position(section: Section, item: AmendmentItem, original: bool) -> int | None:
    """The 0-based place of the item's text in the section: found by its words (the text
    it changes in the original, the text it puts in in the revision), else its citation."""
    texts = [item.old_text if original else item.new_text, item.old_text, item.new_text]
    for text in texts:
        first = next((line.strip() for line in text.split("\n") if line.strip()), "")
        if not first:
            continue
        for index, paragraph in enumerate(section.paragraphs):
            if first in paragraph.text:
                return index
    if item.locator.paragraph:
        return item.locator.paragraph - 1
    return None


def after_lost_heading(section: Section, gap: str, item: AmendmentItem, original: bool) -> bool:
    """Whether the item's text may lie in the lost section: after its heading's line, or
    anywhere in the section when that line cannot be told."""
    heading = lost_heading_index(section, gap)
    if heading is None:
        return True
    position = _position(section, item, original)
    return position is None or position >= heading


def said_for_both(original: list[Finding], revised: list[Finding]) -> list[Finding]:
    """The outline findings of the two texts, a finding both texts give said once for
    both ("the original and the revised draft: Section 5 was not found: …")."""
    theirs = {f.message.replace("revised draft", _TEXT): f for f in revised}
    out: list[Finding] = []
    for finding in original:
        key = finding.message.replace("original", _TEXT)
        if theirs.pop(key, None) is None:
            out.append(finding)
            continue
        both = key.replace(f"check the {_TEXT}'s headings", "check the headings of both")
        both = both.replace(f"the {_TEXT}", "the original and the revised draft")
        out.append(Finding(finding.severity, finding.code, both.replace(_TEXT, "text")))
    return out + list(theirs.values())


_TEXT = "\x00"  # stands for the text's name while the two are compared
