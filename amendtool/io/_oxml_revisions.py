"""The one place that builds raw WordprocessingML for tracked changes (w:ins / w:del).

python-docx has no revision API. A paragraph is edited in its *accepted* text (insertions
kept, deletions skipped), the way the readers see it; offsets are those of that text with
white space collapsed, the model's text.
"""

from __future__ import annotations

import datetime as dt

from docx.oxml.ns import qn
from lxml import etree

from amendtool.core.clean_text import safe_for_output
from amendtool.io.oxml_element import OxmlElement
from amendtool.io.revision_rows import RowShape, filled, shape_of
from amendtool.io.revision_runs import _new_run, _page_break, _run_chars
from amendtool.io.revision_text import (
    NOTE_MARK_STYLE,
    W_DEL,
    W_DELTEXT,
    W_P,
    W_PPR,
    W_R,
    W_RPR,
    W_T,
    W_TRPR,
    Chars,
    Runs,
    _char_map,
    _explode_runs,
    _first,
    _isolate,
    _parent,
    _raw_span,
    _run_starting_at,
    _visible_runs,
    accept_all,
    accepted_text,
    reject_all,
)
from amendtool.io.word_paragraphs import copied
from amendtool.io.word_xml import W_FLDCHAR

_W_ID, _W_AUTHOR, _W_DATE = qn("w:id"), qn("w:author"), qn("w:date")
# a run's, a paragraph's and a row's own parts are found among its children in C: `find`
# parsed and matched a path in Python for each run struck or made and each paragraph put in
_W_SECTPR, _W_TBLPREX = qn("w:sectPr"), qn("w:tblPrEx")

# the accepted view lives in revision_text; these names are still imported from here
__all__ = [
    "NOTE_MARK_STYLE",
    "W_PPR",
    "W_R",
    "W_RPR",
    "Revisions",
    "_char_map",
    "_explode_runs",
    "_mark_paragraph",
    "_raw_span",
    "_run_starting_at",
    "accept_all",
    "accepted_text",
    "reject_all",
]


class Revisions:
    """Makes revision marks that share an author and a date, with unique ids."""

    def __init__(self, author: str, when: dt.datetime, first_id: int = 9000) -> None:
        """`when`: the moment of export (Word shows it in the reader's own time zone, so it
        is written in UTC, as Word writes it)."""
        self.author = author
        moment = when.astimezone(dt.UTC) if when.tzinfo is not None else when
        self.date = moment.strftime("%Y-%m-%dT%H:%M:%SZ")
        self.next_id = first_id
        self._shapes: dict[etree._Element, RowShape] = {}  # of the rows made here
        # an inserted run set like each template run, to be copied (None: no formatting)
        self._inserted_runs: dict[etree._Element | None, etree._Element] = {}

    # every kind of mark made: what restamps a replay's marks (review_check) looks among
    TAGS = ("w:ins", "w:del", "w:pPrChange")

    def mark(self, tag: str) -> etree._Element:
        assert tag in self.TAGS, tag
        element = OxmlElement(tag)
        element.set(_W_ID, str(self.next_id))  # names worked out once, not for each mark
        element.set(_W_AUTHOR, self.author)
        element.set(_W_DATE, self.date)
        self.next_id += 1
        return element

    # --- runs ----------------------------------------------------------------------------
    def edit(
        self,
        paragraph: etree._Element,
        edits: list[tuple[int, int, str]],
        runs: Runs | None = None,
    ) -> None:
        """Apply (start, end, new text) edits, in collapsed accepted-text offsets. The
        paragraph is mapped once and the map kept as a new map would be: the words an edit
        deletes leave it (a deleted run holds no field mark and no note mark, and its
        characters are all it had in the map), the new words join it where they go in.
        `runs`: the paragraph's visible runs as the caller read them (its text), walked
        again only when one is split."""
        chars = _char_map(paragraph, _explode_runs(paragraph, runs))
        for start, end, new in sorted(edits, key=lambda e: e[0], reverse=True):
            raw_start, raw_end = _raw_span(chars, start, end)
            # a page break is where the page ends, not a word: words deleted next to it
            # leave it, and new words go after a break that ends the old ones' page
            while raw_start < raw_end and _page_break(chars[raw_start][1]):
                raw_start += 1
            while raw_end > raw_start and _page_break(chars[raw_end - 1][1]):
                raw_end -= 1
            if raw_end > raw_start:
                runs = _isolate(paragraph, raw_start, raw_end, chars)
                deleted = set()
                for run in runs:
                    if not _page_break(run):
                        self._delete_run(run)
                        deleted.add(run)
                # all inside the span, which _isolate cut to hold no others: the span's
                # places leave the map at once when no page break among them stays
                if len(deleted) == len(runs):
                    del chars[raw_start:raw_end]
                elif deleted:
                    span = [c for c in chars[raw_start:raw_end] if c[1] not in deleted]
                    chars[raw_start:raw_end] = span
            if new:
                chars = self._insert_text(paragraph, chars, raw_start, new)

    def _delete_run(self, run: etree._Element) -> None:
        for t in list(run.iterchildren(W_T)):
            t.tag = W_DELTEXT
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        wrapper = self.mark("w:del")
        run.addprevious(wrapper)
        wrapper.append(run)

    def _insert_text(
        self,
        paragraph: etree._Element,
        chars: Chars,
        position: int,
        text: str,
    ) -> Chars:
        """The new words marked inserted at `position`; the map with them: put just before a
        run of the map, read as it is (no field mark between them); at the end, read as
        printed when the paragraph holds no field (none can be open there), else mapped."""
        wrapper = self.mark("w:ins")
        if position < len(chars):
            run = _run_starting_at(paragraph, position, chars)
            made = _new_run(text, run)
            wrapper.append(made)
            container = _parent(run) if _parent(run).tag == W_DEL else run
            container.addprevious(wrapper)
            if container is run:
                chars[position:position] = _run_chars(made)
                return chars
        else:
            runs = _visible_runs(paragraph)
            made = _new_run(text, runs[-1] if runs else None)
            wrapper.append(made)
            paragraph.append(wrapper)
            if next(paragraph.iter(W_FLDCHAR), None) is None:
                chars.extend(_run_chars(made))
                return chars
        return _char_map(paragraph)

    # --- paragraphs ------------------------------------------------------------------------
    def restyle(self, paragraph: etree._Element, like: etree._Element | None) -> None:
        """The paragraph takes the style of `like` (a heading's, a body paragraph's), its
        words untouched; its old properties are kept in a w:pPrChange, as Word tracks a
        change of formatting."""
        ppr = paragraph.find(W_PPR)
        if ppr is None:
            ppr = OxmlElement("w:pPr")
            paragraph.insert(0, ppr)
        before = OxmlElement("w:pPr")
        for child in ppr:
            if child.tag not in (W_RPR, qn("w:sectPr"), qn("w:pPrChange")):
                before.append(copied(child))
        style = like.find(f"{W_PPR}/{qn('w:pStyle')}") if like is not None else None
        for old in ppr.findall(qn("w:pStyle")) + ppr.findall(qn("w:numPr")):
            ppr.remove(old)
        if style is not None:
            ppr.insert(0, copied(style))
        change = self.mark("w:pPrChange")
        change.append(before)
        ppr.append(change)

    def delete_run(self, run: etree._Element) -> None:
        """One run struck whole (a note's reference mark, which holds no text)."""
        if _parent(run).tag != qn("w:del"):
            self._delete_run(run)

    def delete_paragraph(self, paragraph: etree._Element) -> None:
        _explode_runs(paragraph)
        for run in _visible_runs(paragraph):
            self._delete_run(run)
        _mark_paragraph(paragraph, self.mark("w:del"))

    def insert_paragraph_after(
        self,
        anchor: etree._Element,
        text: str,
        like: etree._Element | None = None,
        before: bool = False,
    ) -> etree._Element:
        """A new paragraph after `anchor`, formatted like `like` (or the anchor)."""
        model = like if like is not None else anchor
        paragraph = OxmlElement("w:p")
        ppr = _first(model, W_PPR)
        if ppr is not None:
            new_ppr = copied(ppr)
            for child in list(new_ppr.iterchildren(_W_SECTPR, W_RPR)):
                new_ppr.remove(child)
            paragraph.append(new_ppr)
        runs = _visible_runs(model)
        wrapper = self.mark("w:ins")
        wrapper.append(_new_run(text, runs[-1] if runs else None))
        paragraph.append(wrapper)
        _mark_paragraph(paragraph, self.mark("w:ins"))
        if before:
            anchor.addprevious(paragraph)
        else:
            anchor.addnext(paragraph)
        return paragraph

    # --- table rows --------------------------------------------------------------------
    def delete_row(self, row: etree._Element) -> None:
        """The row struck through, and marked deleted so accepting removes it whole."""
        for paragraph in row.iter(W_P):
            _explode_runs(paragraph)
            for run in _visible_runs(paragraph):
                self._delete_run(run)
        _row_properties(row).append(self.mark("w:del"))

    def insert_row_after(
        self, anchor: etree._Element, cells: list[str], like: etree._Element
    ) -> etree._Element:
        """A new row after `anchor` (a row), shaped like `like`, its text marked inserted."""
        shape = self._shapes.get(like) or shape_of(like)
        row, made = filled(shape, cells, self._inserted)
        self._shapes[row] = made  # the next row is most often shaped like this one
        _row_properties(row).append(self.mark("w:ins"))
        anchor.addnext(row)
        return row

    def _inserted(self, words: str, template: etree._Element | None) -> etree._Element:
        """`words` in a run set like `template`, marked inserted: copied whole from one made
        for the template, as `mark` and `_new_run` make it (a 20,000-row table's cells were
        each made element by element, their formatting copied and sifted again)."""
        made = self._inserted_runs.get(template)
        if made is None:
            made = OxmlElement("w:ins")
            for name, value in (("w:id", ""), ("w:author", self.author), ("w:date", self.date)):
                made.set(qn(name), value)
            made.append(_new_run("", template))
            self._inserted_runs[template] = made
        wrapper = copied(made)
        wrapper.set(_W_ID, str(self.next_id))
        self.next_id += 1
        wrapper[0][-1].text = safe_for_output(words)
        return wrapper


def _row_properties(row: etree._Element) -> etree._Element:
    properties = _first(row, W_TRPR)
    if properties is None:
        properties = OxmlElement("w:trPr")
        after = _first(row, _W_TBLPREX)
        if after is not None:
            after.addnext(properties)
        else:
            row.insert(0, properties)
    return properties


def _mark_paragraph(paragraph: etree._Element, mark: etree._Element) -> None:
    ppr = _first(paragraph, W_PPR)
    if ppr is None:
        ppr = OxmlElement("w:pPr")
        paragraph.insert(0, ppr)
    rpr = _first(ppr, W_RPR)
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        ppr.append(rpr)
    rpr.append(mark)
