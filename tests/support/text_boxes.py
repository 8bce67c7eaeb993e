"""A Word text box as Word writes it, to anchor in a paragraph of a test's offer: a run
holding the drawing's box (mc:Choice) and a VML fallback copy of it."""

from __future__ import annotations

import copy

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"


def text_box(*paragraphs: str) -> etree._Element:
    """The run to append to a w:p: a box holding `paragraphs`, one w:p each."""
    run = OxmlElement("w:r")
    alternate = etree.SubElement(run, f"{{{MC}}}AlternateContent")
    choice = etree.SubElement(alternate, f"{{{MC}}}Choice", Requires="wps")
    fallback = etree.SubElement(alternate, f"{{{MC}}}Fallback")
    content = OxmlElement("w:txbxContent")
    for words in paragraphs:
        paragraph = OxmlElement("w:p")
        inner = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = words
        inner.append(t)
        paragraph.append(inner)
        content.append(paragraph)
    etree.SubElement(etree.SubElement(choice, f"{{{WPS}}}txbx"), content.tag).extend(
        copy.deepcopy(content)
    )
    etree.SubElement(fallback, qn("w:pict")).append(copy.deepcopy(content))
    return run
