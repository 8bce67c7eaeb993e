"""The history as a Word file: the offer as amended through an amendment, set in the house
style, each change a tracked change by its amendment ("Amendment No. 1, September 4, 2001")
and each changed paragraph closed by a note naming the amendments that changed it."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import docx
from docx.oxml.ns import qn

from amendtool.core.history import Entry, History, history
from amendtool.core.series import Series
from amendtool.core.timekeeping import long_date
from amendtool.io._oxml_revisions import Revisions
from amendtool.io.docx_writer import house_template
from amendtool.io.safe_write import write_bytes_atomic
from amendtool.io.word_paragraphs import ParagraphStyles


def amendment_label(number: int, marks: History) -> str:
    date = marks.dates.get(number)
    return f"Amendment No. {number}" + (f", {long_date(date)}" if date else "")


def history_docx(series: Series, through: int, since: int = 0) -> bytes:
    marks = history(series, through, since)
    word = docx.Document(str(house_template()))
    styles = ParagraphStyles(word)
    revisions = {
        n: Revisions(
            amendment_label(n, marks), dt.datetime.combine(d, dt.time()), 9000 + 100000 * n
        )
        for n, d in marks.dates.items()
    }
    title = series.amendments[0].filing.document_title if series.amendments[0].filing else ""
    heading = word.add_paragraph()
    styles.apply(heading, "AT Center Bold")
    state = f"as amended through Amendment No. {through}"
    if since:
        state += f", marked to show the changes made after Amendment No. {since}"
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
            if span.amendment is None or span.amendment not in revisions:
                continue
            mark = revisions[span.amendment].mark("w:del" if span.deleted else "w:ins")
            if span.deleted:
                for text in run._r.findall(qn("w:t")):
                    text.tag = qn("w:delText")
            run._r.addprevious(mark)
            mark.append(run._r)
        if entry.amendments:
            _note(paragraph, entry, marks)
    word.core_properties.title = f"{title}, {state}"
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def _note(paragraph: object, entry: Entry, marks: History) -> None:
    """' [Amendment No. 1, September 4, 2001]' after the paragraph, small and italic."""
    names = "; ".join(amendment_label(n, marks) for n in entry.amendments)
    what = "deleted by " if entry.deleted_by is not None else ""
    run = paragraph.add_run(f"  [{what}{names}]")  # type: ignore[attr-defined]
    run.italic = True
    run.font.size = docx.shared.Pt(8)


def write_history(series: Series, path: str | Path, through: int, since: int = 0) -> Path:
    target = Path(path)
    write_bytes_atomic(target, history_docx(series, through, since))
    return target
