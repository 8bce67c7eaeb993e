"""A footnote the revision leaves without its reference: the paragraph that carried its mark
was deleted (or the mark taken out), the note kept. The items are right for the revision as
given, but the offer as amended prints a note that nothing refers to, directly under
whatever comes before it; counsel deletes the note too, or puts the mark back. The check
says so, so the orphan is never silent."""

from __future__ import annotations

from amendtool.core.findings import WARNING, Finding
from amendtool.core.model import NOTE_KINDS, Document, Section


def referenced_marks(document: Document) -> set[str]:
    """The note marks some paragraph of the document refers to: bare superscripts the
    reader kept apart (`note_refs`), and marks printed in the text ("(1)", "*")."""
    marks: set[str] = set()
    body = [p for p in document.paragraphs() if p.kind not in NOTE_KINDS]
    for paragraph in body:
        marks |= {r.split(":", 1)[1] for r in (paragraph.note_refs or "").split() if ":" in r}
    notes = {p.note for p in document.paragraphs() if p.kind in NOTE_KINDS and p.note}
    text = "\n".join(p.text for p in body)
    for mark in notes - marks:  # "(1)" printed in the text; "*" or "†" wherever it stands
        if f"({mark})" in text or (not mark.isalnum() and mark in text):
            marks.add(mark)
    return marks


def orphaned_note_findings(original: Document, revised: Document) -> list[Finding]:
    """A warning for each note the original refers to that the revised keeps while nothing
    in it refers to the note any more."""
    before, after = referenced_marks(original), referenced_marks(revised)
    findings = []
    for section in revised.sections:
        for paragraph in section.paragraphs:
            mark = paragraph.note
            if paragraph.kind not in NOTE_KINDS or not mark:
                continue
            if mark in before and mark not in after:
                findings.append(
                    Finding(
                        WARNING,
                        "orphaned_note",
                        f"{_note_name(paragraph.kind.value, mark)} in {_where(section)} is "
                        "kept, but the revised offer no longer refers to it (the paragraph "
                        "that carried its mark was deleted or its mark taken out): delete "
                        "the note too, or put its mark back",
                    )
                )
    return findings


def _note_name(kind: str, mark: str) -> str:
    return f"{'Endnote' if kind == 'endnote' else 'Footnote'} {mark}"


def _where(section: Section) -> str:
    return f'"{section.name}"'
