"""Writes resources/templates/house-style.docx: the Word styles every exported document uses.

A firm restyles the filing and the notice by opening that file in Word and changing these
styles (Home > Styles > Modify); no code changes. Run this only to reset it.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt

OUT = Path(__file__).resolve().parent.parent / "resources" / "templates" / "house-style.docx"


def _style(document, name: str, base: str = "Normal"):  # type: ignore[no-untyped-def]
    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles[base]
    style.quick_style = True
    return style


def main() -> None:
    document = Document()
    normal = document.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(12)
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    for attr in ("w:eastAsia", "w:cs", "w:hAnsi", "w:ascii"):
        fonts.set(qn(attr), "Times New Roman")
    normal.paragraph_format.space_after = Pt(12)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.line_spacing = 1.0

    center = _style(document, "AT Center")
    center.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    center.paragraph_format.space_after = Pt(0)
    bold = _style(document, "AT Center Bold", "AT Center")
    bold.font.bold = True
    bold.paragraph_format.space_after = Pt(6)
    bold.paragraph_format.keep_with_next = True
    caption = _style(document, "AT Caption", "AT Center")
    caption.font.size = Pt(10)
    caption.paragraph_format.space_after = Pt(6)
    rule = _style(document, "AT Rule", "AT Center")
    rule.paragraph_format.left_indent = Inches(2.25)
    rule.paragraph_format.right_indent = Inches(2.25)
    rule.paragraph_format.space_after = Pt(10)
    rule.font.size = Pt(4)
    ppr = rule.element.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "auto")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    ppr.append(borders)
    signature_rule = _style(document, "AT Signature Rule", "AT Rule")
    signature_rule.paragraph_format.left_indent = Inches(3.25)
    signature_rule.paragraph_format.right_indent = Inches(0.75)
    signature_rule.paragraph_format.space_after = Pt(4)
    body = _style(document, "AT Body")
    body.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    body.paragraph_format.first_line_indent = Inches(0.5)
    heading = _style(document, "AT Heading")
    heading.font.bold = True
    heading.paragraph_format.keep_with_next = True
    plain = _style(document, "AT Plain")
    plain.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    checkbox = _style(document, "AT Checkbox")
    checkbox.paragraph_format.left_indent = Inches(0.5)
    checkbox.paragraph_format.first_line_indent = Inches(-0.5)
    checkbox.paragraph_format.tab_stops.add_tab_stop(Inches(0.5))
    item = _style(document, "AT Item")
    item.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    item.paragraph_format.first_line_indent = Inches(0.5)
    item.paragraph_format.tab_stops.add_tab_stop(Inches(1.0))
    item.paragraph_format.keep_with_next = True
    quote = _style(document, "AT Quote")
    quote.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    quote.paragraph_format.left_indent = Inches(1.0)
    quote.paragraph_format.right_indent = Inches(0.5)
    exhibit = _style(document, "AT Exhibit Line")
    exhibit.paragraph_format.left_indent = Inches(1.75)
    exhibit.paragraph_format.first_line_indent = Inches(-0.75)
    exhibit.paragraph_format.tab_stops.add_tab_stop(Inches(1.75))
    signature = _style(document, "AT Signature")
    signature.paragraph_format.left_indent = Inches(3.25)
    signature.paragraph_format.space_after = Pt(0)
    signature.paragraph_format.keep_with_next = True
    right = _style(document, "AT Right")
    right.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    right.font.bold = True
    memo = _style(document, "AT Memo")
    memo.paragraph_format.left_indent = Inches(1.0)
    memo.paragraph_format.first_line_indent = Inches(-1.0)
    memo.paragraph_format.tab_stops.add_tab_stop(Inches(1.0), WD_TAB_ALIGNMENT.LEFT)
    memo.paragraph_format.space_after = Pt(6)
    table_text = _style(document, "AT Table Text")
    table_text.paragraph_format.space_after = Pt(3)

    # the plain employee notice: headings, left-aligned text, never justified
    headline = _style(document, "AT Headline")
    headline.font.bold = True
    headline.font.size = Pt(15)
    headline.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    headline.paragraph_format.space_before = Pt(12)
    headline.paragraph_format.keep_with_next = True
    notice_heading = _style(document, "AT Notice Heading")
    notice_heading.font.bold = True
    notice_heading.font.size = Pt(13)
    notice_heading.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    notice_heading.paragraph_format.space_before = Pt(12)
    notice_heading.paragraph_format.space_after = Pt(6)
    notice_heading.paragraph_format.keep_with_next = True
    subheading = _style(document, "AT Subheading")
    subheading.font.bold = True
    subheading.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    subheading.paragraph_format.space_after = Pt(3)
    subheading.paragraph_format.keep_with_next = True
    text = _style(document, "AT Text")
    text.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    text.paragraph_format.space_after = Pt(10)
    notice_item = _style(document, "AT Notice Item")
    notice_item.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    notice_item.paragraph_format.left_indent = Inches(0.5)
    notice_item.paragraph_format.first_line_indent = Inches(-0.5)
    notice_item.paragraph_format.tab_stops.add_tab_stop(Inches(0.5))
    notice_item.paragraph_format.keep_with_next = True
    notice_quote = _style(document, "AT Notice Quote")
    notice_quote.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    notice_quote.paragraph_format.left_indent = Inches(1.0)
    notice_quote.paragraph_format.right_indent = Inches(0.5)

    section = document.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.left_margin = section.right_margin = Inches(1)
    section.top_margin = section.bottom_margin = Inches(1)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    # Word 2010's second copy of the styles (Word 2013 and later neither read nor write it):
    # without it every exported document carries half the bytes
    for rid, rel in list(document.part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            document.part.drop_rel(rid)
    document.save(str(OUT))
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
