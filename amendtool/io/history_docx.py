"""The history as a Word file: the offer as amended through an amendment, set in the house
style, each change a tracked change by its amendment ("Amendment No. 1, September 4, 2001")
and each changed paragraph closed by a note naming the amendments that changed it.

Rejecting every change gives the offer as it stood at the first state shown (as filed, or
after Amendment No. `since`) and accepting them the state shown: words one amendment put in
and a later one took out are an insertion holding a deletion, and a paragraph put in or taken
out whole has its paragraph mark (and its note) tracked with it."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from lxml import etree

from amendtool.core.history import Entry, History, amendment_label, history, state_title
from amendtool.core.series import Series
from amendtool.io._oxml_revisions import Revisions, _mark_paragraph
from amendtool.io.docx_properties import author_of, stamp
from amendtool.io.docx_writer import house_template
from amendtool.io.safe_write import write_bytes_atomic
from amendtool.io.word_paragraphs import ParagraphStyles


def history_docx(series: Series, through: int, since: int = 0, author: str | None = None) -> bytes:
    """The offer as amended through `through` (from `since`), each change tracked; the file
    names `author` (counsel, from Preferences) or else the filing person as its author."""
    marks = history(series, through, since)
    word = docx.Document(str(house_template()))
    styles = ParagraphStyles(word)
    now = dt.datetime.now()
    revisions = {
        n: Revisions(
            amendment_label(n, marks),
            dt.datetime.combine(d, dt.time()) if d else now,
            9000 + 100000 * n,
        )
        for n, d in marks.dates.items()
    }
    title = series.amendments[0].filing.document_title if series.amendments[0].filing else ""
    heading = word.add_paragraph()
    styles.apply(heading, "AT Center Bold")
    state = state_title(series, through, since)
    heading.add_run(f"{title or 'Offer to Exchange'}, {state}".upper()).bold = True
    for entry in marks.entries:
        if not entry.spans:
            continue
        style = "AT Heading" if entry.heading else ("AT Plain" if "\t" in entry.text else "AT Body")
        paragraph = word.add_paragraph()
        styles.apply(paragraph, style)
        for span in entry.spans:
            run = paragraph.add_run(span.text)
            run.bold = entry.heading or None
            if span.deleted:
                _track(run._r, revisions, span.amendment, deleted=True, added_by=span.added_by)
            else:
                _track(run._r, revisions, span.amendment)
        if entry.amendments:
            _note(paragraph, entry, marks, revisions)
        # the paragraph mark: rejecting takes out a paragraph put in, accepting one taken out
        for number, tag in ((entry.inserted_by, "w:ins"), (entry.deleted_by, "w:del")):
            if number in revisions:
                _mark_paragraph(paragraph._p, revisions[number].mark(tag))
    stamp(word, f"{title}, {state}", author_of(series.amendments[0].filing, author), None)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def _track(
    run: etree._Element,
    revisions: dict[int, Revisions],
    number: int | None,
    deleted: bool = False,
    added_by: int | None = None,
) -> None:
    """Wrap `run` in Amendment No. `number`'s insertion or deletion; words taken out that an
    amendment shown had put in sit in a deletion inside that amendment's insertion."""
    if number not in revisions:
        return
    if deleted:
        for text in run.findall(qn("w:t")):
            text.tag = qn("w:delText")
    mark = revisions[number].mark("w:del" if deleted else "w:ins")
    run.addprevious(mark)
    mark.append(run)
    if deleted and added_by in revisions:
        outer = revisions[added_by].mark("w:ins")
        mark.addprevious(outer)
        outer.append(mark)


def _note(
    paragraph: Paragraph, entry: Entry, marks: History, revisions: dict[int, Revisions]
) -> None:
    """' [Amendment No. 1, September 4, 2001]' after the paragraph, small and italic. It is
    a change, never the offer's text: put in by the last amendment it names (rejecting every
    change gives back the offer without it), and for a paragraph taken out whole, put in and
    taken out by that amendment (gone whether the changes are accepted or rejected)."""
    names = "; ".join(amendment_label(n, marks) for n in entry.amendments)
    what = "deleted by " if entry.deleted_by is not None else ""
    run = paragraph.add_run(f"  [{what}{names}]")
    run.italic = True
    run.font.size = docx.shared.Pt(8)
    if entry.deleted_by is not None:
        _track(run._r, revisions, entry.deleted_by, deleted=True, added_by=entry.deleted_by)
        return
    shown = [n for n in entry.amendments if n in revisions]
    by = entry.inserted_by if entry.inserted_by in revisions else max(shown, default=None)
    _track(run._r, revisions, by)


def history_target_problem(target: Path, project: Path, original: str | None) -> str | None:
    """Why the history must not be written to `target`, or None: it is a Word file of its own,
    never the project, the offer as filed, or a file of an export set (each was overwritten
    without a word, the project's whole series lost with it)."""
    from amendtool.io.output_set import read_manifest

    if target.is_dir():
        return "is a folder: give a file name ending in .docx"
    if target.suffix.lower() != ".docx":
        return "the history is a Word document: give a file name ending in .docx"
    resolved = target.resolve()
    if resolved == project.resolve():
        return "is the project itself; give the history a name of its own"
    if original and resolved == (project.parent / original).resolve():
        return "is the offer as filed; give the history a name of its own"
    if target.name in read_manifest(target.parent).get("files", {}):
        return "is one of the files of an export in that folder; give the history a name of its own"
    return None


def write_history(
    series: Series, path: str | Path, through: int, since: int = 0, author: str | None = None
) -> Path:
    target = Path(path)
    write_bytes_atomic(target, history_docx(series, through, since, author))
    return target
