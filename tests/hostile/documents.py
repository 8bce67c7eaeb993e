"""A small Offer to Exchange as EDGAR text, EDGAR HTML and Word, to grow hostile inputs from.

The text holds the characters that expose a wrong decoding (curly quotes, a dash, an accent,
a section sign): read right, they come out as written; read wrong, as mojibake.
"""

from __future__ import annotations

import html
import io
from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

Spec = list[tuple[str, list[str]]]
SAMPLE_FILING = Path(__file__).resolve().parents[2] / "resources" / "samples" / "filing.toml"

# words that must reach the outputs as written
TELLTALES = ("café", "“Eligible Options”", "§ 5")
EDITED_FROM = "The Offer expires at 11:59 p.m., Eastern Time."
EDITED_TO = "The Offer now expires at 5:00 p.m., Eastern Time, at the café."


def offer(sections: int = 4, extra: str = "") -> Spec:
    """Heading and paragraphs of each section; `extra` is appended to Section 2's text."""
    spec: Spec = [("OFFER TO EXCHANGE ELIGIBLE OPTIONS", ["Halvorsen Networks, Inc."])]
    titles = ["Number of Options; Expiration Date", "Conditions of the Offer", "Price Range"]
    for number in range(1, sections + 1):
        title = titles[number - 1] if number <= len(titles) else f"Further Terms {number}"
        paragraphs = [
            f"We are offering to exchange your “Eligible Options” under § 5 of the plan "
            f"for new options (Section {number}). Meet us at the café — the usual one.",
            "Each new option will vest over two years. " + EDITED_FROM,
        ]
        if number == 2 and extra:
            paragraphs.append(f"The terms of the offer are set out here. {extra}")
        spec.append((f"{number}. {title}", paragraphs))
    return spec


def edited(spec: Spec) -> Spec:
    """The same offer with one sentence of Section 1 revised."""
    out = [(h, list(p)) for h, p in spec]
    _heading, paragraphs = out[1]
    paragraphs[1] = paragraphs[1].replace(EDITED_FROM, EDITED_TO)
    return out


def as_text(spec: Spec, newline: str = "\n") -> str:
    """EDGAR text: a page for each section, a folio at its foot."""
    pages = []
    for page, (heading, paragraphs) in enumerate(spec, start=1):
        lines = [heading, ""]
        for paragraph in paragraphs:
            lines += [paragraph, ""]
        lines += ["", str(page).center(70)]
        pages.append("\n".join(lines))
    return "\n<PAGE>\n".join(pages).replace("\n", newline) + newline


def as_html(spec: Spec, charset: str | None = None, body_wrapper: int = 0) -> str:
    """EDGAR HTML, without a charset declaration unless one is given; `body_wrapper` nests
    the whole body that many <div>s deep."""
    meta = f'<meta charset="{charset}">' if charset else ""
    parts = []
    for page, (heading, paragraphs) in enumerate(spec, start=1):
        parts.append(f'<p style="text-align:center"><b>{html.escape(heading)}</b></p>')
        parts += [f"<p>{html.escape(p)}</p>" for p in paragraphs]
        parts.append(f'<p style="text-align:center">{page}</p>')
        parts.append('<hr style="page-break-after:always">')
    body = "\n".join(parts)
    body = "<div>" * body_wrapper + body + "</div>" * body_wrapper
    return f"<html><head>{meta}<title>Offer</title></head><body>\n{body}\n</body></html>\n"


def as_docx(spec: Spec, unprinted: str = "") -> bytes:
    """Word; `unprinted`: words added to each paragraph in a form Word does not print
    (hidden text, a tracked deletion, a text box's fallback copy), in turn."""
    document = docx.Document()
    count = 0
    for heading, paragraphs in spec:
        document.add_paragraph().add_run(heading).bold = True
        for paragraph in paragraphs:
            count += 1  # the revised paragraph (the third) holds hidden text
            if not unprinted or " " not in paragraph:
                document.add_paragraph(paragraph)
                continue
            head, last = paragraph.rsplit(" ", 1)  # inside the last sentence
            p = document.add_paragraph(head)
            p._p.append(_unprinted(f" {unprinted}", count))
            p.add_run(f" {last}")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _unprinted(words: str, way: int) -> etree._Element:
    """`words` in a run Word does not print: hidden, deleted, or a text box's fallback."""
    run = OxmlElement("w:r")
    t = OxmlElement("w:delText" if way % 3 == 1 else "w:t")
    t.text, t.attrib[qn("xml:space")] = words, "preserve"
    if way % 3 == 0:
        run.append(OxmlElement("w:rPr"))
        run[0].append(OxmlElement("w:vanish"))
        run.append(t)
        return run
    if way % 3 == 1:
        deleted = OxmlElement("w:del", {qn("w:id"): "1", qn("w:author"): "A"})
        run.append(t)
        deleted.append(run)
        return deleted
    mc = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
    alternate = etree.SubElement(run, f"{mc}AlternateContent")
    etree.SubElement(alternate, f"{mc}Choice", Requires="wps")
    fallback = etree.SubElement(etree.SubElement(alternate, f"{mc}Fallback"), qn("w:pict"))
    box = etree.SubElement(fallback, qn("w:txbxContent"))
    inner = etree.SubElement(etree.SubElement(box, qn("w:p")), qn("w:r"))
    inner.append(t)
    return run


def exportable_filing(folder: Path, exhibit: str = "(a)(6)") -> Path:
    """The sample filing.toml with the precedent notice, which export takes without counsel
    writing plain paragraphs first (a plain notice with a placeholder is refused by design)."""
    text = SAMPLE_FILING.read_text(encoding="utf-8")
    text = text.replace('notice_exhibit = "(a)(6)"', f'notice_exhibit = "{exhibit}"')
    assert "[notice]\n" in text and 'style = "' not in text.split("[notice]")[1]
    path = folder / f"filing-{exhibit.strip('()').replace(')(', '')}.toml"
    path.write_text(text.replace("[notice]\n", '[notice]\nstyle = "precedent"\n'), "utf-8")
    return path


def text_pair(folder: Path) -> tuple[Path, Path]:
    """The offer and its revision as EDGAR text files in `folder`: original.txt, revised.txt."""
    original, revised = folder / "original.txt", folder / "revised.txt"
    original.write_text(as_text(offer()), encoding="utf-8")
    revised.write_text(as_text(edited(offer())), encoding="utf-8")
    return original, revised
