"""The redline replayed on the original once per run: the checks replay it to prove the
review copies can be written, and an export that follows inside the same `built_once`
writes that replay instead of making it again (a quarter of a second on a long offer).

The checks do not know who exports or when, so their replay marks each revision with a
placeholder author and date; the export stamps counsel's name and its own time on exactly
those marks. Every revision is made by `Revisions.mark`, so the files are the same, byte for
byte, as an export that replays on its own."""

from __future__ import annotations

import datetime as dt

from docx.document import Document as WordDocument
from docx.oxml.ns import nsmap, qn
from lxml import etree

from amendtool.core.amendment import Amendment
from amendtool.core.built_once import built_value
from amendtool.io._oxml_revisions import Revisions
from amendtool.io.docx_notes import notes_roots

# no author counsel could type: Word files never hold a character of the private use area
PLACEHOLDER_AUTHOR = "\ue000amendtool replay\ue000"
PLACEHOLDER_WHEN = dt.datetime(1901, 1, 1, tzinfo=dt.UTC)

_MARKED = etree.XPath(".//*[@w:author = $author]", namespaces={"w": nsmap["w"]})

Replayed = tuple[WordDocument, list[str]]


def replay_for_checks(amendment: Amendment) -> None:
    """The redline replayed as `export` writes it (raises RedlineError when an item cannot be
    carried); inside `built_once` it is kept for the export that follows."""
    from amendtool.io.redline_docx import replay, review_steps

    made = replay(*review_steps(amendment, PLACEHOLDER_AUTHOR, PLACEHOLDER_WHEN))
    _kept(amendment).append(made)


def replay_for_export(
    amendment: Amendment, author: str | None = None, when: dt.datetime | None = None
) -> Replayed:
    """The Word file with every change tracked by `author` at `when` (review_steps says what
    each defaults to): the checks' replay, stamped, when this run kept one; else made now.
    A kept replay is written once, since writing changes it."""
    from amendtool.io.redline_docx import replay, review_steps

    filed, steps = review_steps(amendment, author, when)
    kept = _kept(amendment)
    if not kept:
        return replay(filed, steps)
    word, notes = kept.pop()
    _stamp(word, Revisions(steps[-1].author, steps[-1].when))
    return word, notes


def _kept(amendment: Amendment) -> list[Replayed]:
    """The replays kept for this amendment in this `built_once` (outside one, none is kept:
    a fresh list each time)."""
    kept: list[Replayed] = built_value(amendment, "review replay", list)
    return kept


def _stamp(word: WordDocument, stamp: Revisions) -> None:
    """Counsel's name and the export's time on every revision the checks' replay made."""
    author, date = qn("w:author"), qn("w:date")
    for root in [word.element.body, *notes_roots(word)]:
        marks = _MARKED(root, author=PLACEHOLDER_AUTHOR)
        assert isinstance(marks, list)  # an element set, as the path asks
        for mark in marks:
            assert isinstance(mark, etree._Element)
            mark.set(author, stamp.author)
            mark.set(date, stamp.date)
