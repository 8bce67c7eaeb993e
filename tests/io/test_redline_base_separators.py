"""A line or paragraph separator pasted into the original's Word text is made a line break
before the redline is written: only the texts that hold one are searched in Python, and the
breaks made are the ones the search of every text made. Work is counted, never timed."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from amendtool.io import redline_base

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


class _CountedPattern:
    """The separator pattern, counting the texts it is asked to search."""

    def __init__(self, pattern: Any) -> None:
        self.pattern, self.searched = pattern, 0

    def search(self, text: str) -> Any:
        self.searched += 1
        return self.pattern.search(text)

    def split(self, text: str) -> list[str]:
        return list(self.pattern.split(text))


def _body(texts: list[str]) -> etree._Element:
    runs = "".join(f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>" for t in texts)
    return etree.fromstring(f'<w:body xmlns:w="{W}">{runs}</w:body>')


def test_only_the_texts_that_hold_a_separator_are_searched(monkeypatch: Any) -> None:
    """The original's every text was searched in Python for a line separator pasted in."""
    counted = _CountedPattern(redline_base._SEPARATOR)
    monkeypatch.setattr(redline_base, "_SEPARATOR", counted)
    body = _body(["words"] * 3000 + ["one\u2028two"])
    redline_base._separators_as_breaks(body)
    assert counted.searched == 1
    assert [t.text for t in body.iter(f"{{{W}}}t")][-2:] == ["one", "two"]


def _old_separators_as_breaks(root: etree._Element) -> None:
    """The texts as they were found: each one searched in Python."""
    found = [t for t in root.iter(f"{{{W}}}t") if redline_base._SEPARATOR.search(t.text or "")]
    for text in found:
        first, *rest = redline_base._SEPARATOR.split(text.text or "")
        text.text = first
        text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        anchor = text
        for piece in rest:
            anchor.addnext(line_break := etree.Element(f"{{{W}}}br"))
            line_break.addnext(anchor := etree.Element(f"{{{W}}}t"))
            anchor.text = piece
            anchor.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


WORDS = st.text(alphabet=st.sampled_from(list("ab \u2028\u2029")), max_size=6)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(WORDS, st.booleans(), WORDS), max_size=6))
def test_separators_are_broken_as_the_search_of_every_text_broke_them(
    texts: list[tuple[str, bool, str]],
) -> None:
    """Any texts, some with a comment inside (its words after it are no text of `t.text`)."""
    made = [f"{a}<!--c-->{b}" if comment else a + b for a, comment, b in texts]
    fast, slow = _body(made), _body(made)
    redline_base._separators_as_breaks(fast)
    _old_separators_as_breaks(slow)
    assert etree.tostring(fast) == etree.tostring(slow)
