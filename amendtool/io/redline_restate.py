"""Which paragraph of a restated section became which, for the redline.

The filing restates the section whole, but counsel reads the redline as Word's Compare
marks it: a paragraph that is still the same paragraph, edited, keeps its place and has
only its changed words marked; only paragraphs taken out are struck whole, and only those
put in are inserted whole. The pairing is the drafting's own (`align_paragraphs`), so the
redline pairs what the items pair."""

from __future__ import annotations

from dataclasses import dataclass

from amendtool.core.apply import TextSection
from amendtool.core.drafting.align import align_paragraphs
from amendtool.core.drafting.options import DraftOptions


@dataclass(frozen=True)
class Restated:
    """`keep` (as it was), `edit` (the same paragraph, its words changed), `strike` (taken
    out) or `insert` (put in); `old` and `new` index the section's old and new paragraphs."""

    kind: str
    old: int | None = None
    new: int | None = None


def restated_steps(section: TextSection, news: list[str]) -> list[Restated]:
    """The steps that turn the section's paragraphs into `news`, in the order they stand in
    the document. A table row is paired only with a row (its cells are then edited where
    they changed), never with a paragraph: one taking the other's place is struck and
    inserted."""
    revised = TextSection(
        section.id, section.kind, section.number, section.title, section.heading, list(news)
    )
    steps = []
    for op in align_paragraphs(section, revised, DraftOptions()):
        if op.kind == "delete":
            steps.append(Restated("strike", op.old))
        elif op.kind == "insert":
            steps.append(Restated("insert", None, op.new))
        else:
            assert op.old is not None and op.new is not None
            before, after = section.paragraphs[op.old], news[op.new]
            if ("\t" in before) != ("\t" in after):
                steps += [Restated("strike", op.old), Restated("insert", None, op.new)]
                continue
            same = before == after  # `keep` folds typography
            steps.append(Restated("keep" if same else "edit", op.old, op.new))
    return steps
