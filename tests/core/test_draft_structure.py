"""A draft rebuilt from plain blocks keeps what the loaded file said of each block."""

from __future__ import annotations

from amendtool.core.draft_text import TextBlock, document_blocks, document_from_blocks
from amendtool.core.model import Document, Paragraph, ParagraphKind, Section, SectionKind


def loaded() -> Document:
    summary = Section(
        "part-sts", SectionKind.PART, "Summary Term Sheet", title="Summary Term Sheet"
    )
    summary.paragraphs = [
        Paragraph("q1", "What is the offer?", kind=ParagraphKind.QUESTION),
        Paragraph("a1", "We offer to exchange options."),
        Paragraph("q2", "What is the offer?", kind=ParagraphKind.BODY),  # the same words, as body
    ]
    # Word prints "8." from its numbering: the text holds only the title
    prices = Section("s8", SectionKind.NUMBERED, "Price Range", number="8", title="Price Range")
    prices.paragraphs = [Paragraph("n1", "See the table.", kind=ParagraphKind.FOOTNOTE, note="1")]
    return Document(sections=[summary, prices])


def shape(document: Document) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    for section in document.sections:
        out.append((section.kind.value, section.number or "", section.title))
        out += [(p.kind.value, p.text, p.note or "") for p in section.paragraphs]
    return out


def test_blocks_take_the_loaded_structure_by_text_and_in_order() -> None:
    revised = loaded()
    rebuilt = document_from_blocks(document_blocks(revised), None, [revised])
    assert shape(rebuilt) == shape(revised)


def test_a_block_counsel_edits_keeps_its_kind_and_number() -> None:
    revised = loaded()
    last = document_from_blocks(document_blocks(revised), None, [revised])
    blocks = document_blocks(revised)
    blocks[1] = TextBlock("What is the offer, in short?")
    blocks[4] = TextBlock("Price Range of the Shares", heading=True)
    edited = document_from_blocks(blocks, None, [revised], last)
    assert edited.sections[0].paragraphs[0].kind is ParagraphKind.QUESTION
    assert (edited.sections[1].kind, edited.sections[1].number) == (SectionKind.NUMBERED, "8")
    assert edited.sections[1].title == "Price Range of the Shares"


def test_an_inserted_block_is_body_text() -> None:
    revised = loaded()
    last = document_from_blocks(document_blocks(revised), None, [revised])
    blocks = document_blocks(revised)
    blocks.insert(2, TextBlock("A new paragraph counsel wrote."))
    edited = document_from_blocks(blocks, None, [revised], last)
    assert edited.sections[0].paragraphs[1].kind is ParagraphKind.BODY
    assert edited.sections[0].paragraphs[0].kind is ParagraphKind.QUESTION


def test_a_block_split_in_two_keeps_its_kind_in_both_halves() -> None:
    """Enter inside a question (or a list item) makes two of them, as in Word."""
    revised = loaded()
    last = document_from_blocks(document_blocks(revised), None, [revised])
    blocks = document_blocks(revised)
    blocks[1:2] = [TextBlock("What is"), TextBlock("the offer?")]
    edited = document_from_blocks(blocks, None, [revised], last)
    kinds = [p.kind for p in edited.sections[0].paragraphs]
    assert kinds[:3] == [ParagraphKind.QUESTION, ParagraphKind.QUESTION, ParagraphKind.BODY]


def test_a_block_put_in_after_a_list_item_is_a_list_item() -> None:
    section = Section("s1", SectionKind.NUMBERED, "1. Terms", number="1", title="Terms")
    section.paragraphs = [
        Paragraph("p1", "you are an employee;", style="List Bullet", indent=720),
        Paragraph("p2", "Other terms apply."),
    ]
    revised = Document(sections=[section])
    last = document_from_blocks(document_blocks(revised), None, [revised])
    blocks = document_blocks(revised)
    blocks.insert(2, TextBlock("you hold options;"))
    edited = document_from_blocks(blocks, None, [revised], last)
    added = edited.sections[0].paragraphs[1]
    assert (added.text, added.style, added.indent) == ("you hold options;", "List Bullet", 720)
    assert edited.sections[0].paragraphs[2].style is None


def test_a_change_over_a_long_draft_lines_up_its_blocks_and_keeps_their_kinds() -> None:
    """A revised file undone or Replace All changes blocks far apart: the blocks are lined up
    whole first (lining up every character of a long offer would stall the draft), and a
    question split in such a change is still two questions."""
    filler = [Paragraph(f"f{n}", f"Paragraph {n} of the terms. " * 12) for n in range(300)]
    revised = loaded()
    revised.sections[0].paragraphs[2:2] = filler
    last = document_from_blocks(document_blocks(revised), None, [revised])
    blocks = document_blocks(revised)
    blocks[1:2] = [TextBlock("What is"), TextBlock("the offer?")]
    blocks[-3] = TextBlock(blocks[-3].text + " More.")
    edited = document_from_blocks(blocks, None, [revised], last)
    kinds = [p.kind for p in edited.sections[0].paragraphs]
    assert kinds[:3] == [ParagraphKind.QUESTION, ParagraphKind.QUESTION, ParagraphKind.BODY]
    assert len(kinds) == 304 and set(kinds[3:]) == {ParagraphKind.BODY}
    assert edited.sections[0].paragraphs[-1].text == "What is the offer? More."
