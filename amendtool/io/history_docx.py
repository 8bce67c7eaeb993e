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
from docx.document import Document as WordDocument
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree

from amendtool.core.history import (
    Entry,
    History,
    Span,
    amendment_label,
    history,
    state_title,
)
from amendtool.core.history_rows import is_row
from amendtool.core.series import Series
from amendtool.io._oxml_revisions import Revisions, _mark_paragraph
from amendtool.io.docx_properties import author_of, stamp
from amendtool.io.docx_writer import house_template
from amendtool.io.safe_write import write_bytes_atomic
from amendtool.io.word_paragraphs import ParagraphStyles
from amendtool.io.word_tables import append_row

# the notes' own insertions, by an author of their own: none of the offer's text and no
# amendment's change (amendments are numbered from 1; ids below theirs stay unique)
NOTES = 0
NOTES_AUTHOR = "Notes of this history"


def history_docx(series: Series, through: int, since: int = 0, author: str | None = None) -> bytes:
    """The offer as amended through `through` (from `since`), each change tracked; the file
    names `author` (counsel, from Preferences) or else the filing person as its author."""
    marks = history(series, through, since)
    # opened as the filing is: the template's zip read once, its styles (never read here)
    # written as read
    word, styles = ParagraphStyles.of_file(house_template())
    now = dt.datetime.now()
    revisions = {
        n: Revisions(
            amendment_label(n, marks),
            dt.datetime.combine(d, dt.time()) if d else now,
            9000 + 100000 * n,
        )
        for n, d in marks.dates.items()
    }
    revisions[NOTES] = Revisions(NOTES_AUTHOR, now, 5000)
    title = series.amendments[0].filing.document_title if series.amendments[0].filing else ""
    heading = word.add_paragraph()
    styles.apply(heading, "AT Center Bold")
    state = state_title(series, through, since)
    heading.add_run(f"{title or 'Offer to Exchange'}, {state}".upper()).bold = True
    table: Table | None = None
    for entry in marks.entries:
        if not entry.spans:
            continue
        if is_row(entry):  # a table's row: a row of a Word table, as in the filing
            if table is None:
                table = _table_for(word, marks.entries, entry)
            _row(table, entry, marks, revisions, styles)
            continue
        table = None
        style = "AT Heading" if entry.heading else "AT Body"
        paragraph = word.add_paragraph()
        styles.apply(paragraph, style)
        _runs(paragraph, entry.spans, revisions, bold=entry.heading)
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


def _runs(
    paragraph: Paragraph, spans: list[Span], revisions: dict[int, Revisions], bold: bool = False
) -> None:
    """The spans as runs of `paragraph`, each inserted or deleted by its amendment."""
    for span in spans:
        run = paragraph.add_run(span.text)
        run.bold = bold or None
        if span.deleted:
            _track(run._r, revisions, span.amendment, deleted=True, added_by=span.added_by)
        else:
            _track(run._r, revisions, span.amendment)


def _cells(spans: list[Span]) -> list[list[Span]]:
    """A row's spans cell by cell, split at its tabs."""
    cells: list[list[Span]] = [[]]
    for span in spans:
        first, *rest = span.text.split("\t")
        cells[-1].append(Span(first, span.amendment, span.deleted, span.added_by))
        cells += [[Span(piece, span.amendment, span.deleted, span.added_by)] for piece in rest]
    return [[s for s in cell if s.text] for cell in cells]


def _table_for(word: WordDocument, entries: list[Entry], first: Entry) -> Table:
    """A table as wide as the widest of the rows that follow `first` together."""
    start = entries.index(first)
    width = 1
    for entry in entries[start:]:
        if not is_row(entry):
            break
        width = max(width, len(_cells(entry.spans)))
    table = word.add_table(rows=0, cols=width)
    table.autofit = True
    return table


def _row(
    table: Table,
    entry: Entry,
    marks: History,
    revisions: dict[int, Revisions],
    styles: ParagraphStyles,
) -> None:
    """The entry as a row of `table`, each change tracked in its cell; a row put in or taken
    out whole is tracked as a row, and its note closes its last cell."""
    tr, cells = append_row(table, cant_split=True)
    spans = _cells(entry.spans)
    for index, cell in enumerate(cells):
        paragraph = cell.add_paragraph()
        styles.apply(paragraph, "AT Table Text")
        _runs(paragraph, spans[index] if index < len(spans) else [], revisions)
        if index == len(cells) - 1 and entry.amendments:
            _note(paragraph, entry, marks, revisions)
    for number, tag in ((entry.inserted_by, "w:ins"), (entry.deleted_by, "w:del")):
        if number in revisions:
            properties = tr.find(qn("w:trPr"))
            if properties is None:
                properties = etree.SubElement(tr, qn("w:trPr"))
                tr.insert(0, properties)
            properties.append(revisions[number].mark(tag))


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
    run = paragraph.add_run(f"  [{_roles(entry, marks)}]")
    run.italic = True
    run.font.size = docx.shared.Pt(8)
    if entry.deleted_by is not None and entry.deleted_by in revisions:
        # put in by the history's notes, not by the amendment taking it out: LibreOffice
        # reads words one reviewer put in and took out as put in, and the note, kept on
        # accepting, ran on into the next paragraph once the struck paragraph's mark went
        _track(run._r, revisions, entry.deleted_by, deleted=True, added_by=NOTES)
        return
    shown = [n for n in entry.amendments if n in revisions]
    by = entry.inserted_by if entry.inserted_by in revisions else max(shown, default=None)
    _track(run._r, revisions, by)


def _roles(entry: Entry, marks: History) -> str:
    """The amendments that changed the paragraph, each by what it did when the paragraph
    was taken out ("inserted by Amendment No. 1, …; deleted by Amendment No. 4, …"): a
    paragraph put in and later taken out was never deleted by the amendment that put it in."""
    if entry.deleted_by is None:
        return "; ".join(amendment_label(n, marks) for n in entry.amendments)

    def role(number: int) -> str:
        if number == entry.deleted_by:
            return "deleted by"
        return "inserted by" if number == entry.inserted_by else "amended by"

    return "; ".join(f"{role(n)} {amendment_label(n, marks)}" for n in entry.amendments)


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
    if target.exists() and not _a_history(target):
        # counsel's revised draft, or any Word file of their own, is never replaced
        return "already exists and is no history amendtool wrote; give the history a new name"
    return None


def _a_history(target: Path) -> bool:
    """Whether the Word file is a history this tool wrote (its title says "as amended
    through Amendment No."), so writing it again replaces only the tool's own file."""
    try:
        import docx

        title = docx.Document(str(target)).core_properties.title or ""
    except Exception:  # not a Word file that opens: not ours
        return False
    return "as amended through Amendment No." in title


def write_history(
    series: Series, path: str | Path, through: int, since: int = 0, author: str | None = None
) -> Path:
    target = Path(path)
    write_bytes_atomic(target, history_docx(series, through, since, author))
    return target
