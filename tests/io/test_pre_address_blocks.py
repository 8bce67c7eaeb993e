"""A short <pre> block inside HTML prose (a depositary's address set line by line) is one
block, read as the same lines set with <br> are: one paragraph, never a paragraph of two
lines joined and another of the third, whatever the lines' lengths."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.io.load import load_document

ADDRESSES = [
    ["Computershare Trust Company, N.A.", "150 Royall Street, Suite V",
     "Canton, Massachusetts 02021"],
    ["American Stock Transfer & Trust Company, LLC", "Operations Center",
     "Attn: Reorganization Department", "6201 15th Avenue", "Brooklyn, New York 11219"],
    ["By Mail:", "Equiniti Trust Company", "P.O. Box 64858", "St. Paul, Minnesota 55164-0858"],
]  # fmt: skip


def _paragraphs(tmp_path: Path, name: str, block: str) -> list[str]:
    body = (
        "<p><b>3. Procedures for Tendering Shares.</b></p>"
        "<p>Holders should send the Letter of Transmittal to the Depositary at:</p>"
        f"{block}"
        "<p>The method of delivery is at your risk and you should allow time for it.</p>"
    )
    path = tmp_path / name
    path.write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    return [p.text for s in load_document(path).sections for p in s.paragraphs]


@pytest.mark.parametrize("lines", ADDRESSES)
@pytest.mark.parametrize("indent", ["", "     "])
def test_a_pre_address_is_one_paragraph_as_its_br_lines_are(
    tmp_path: Path, lines: list[str], indent: str
) -> None:
    pre = "<pre>\n" + "".join(f"{indent}{line}\n" for line in lines) + "</pre>"
    br = "<p>" + "<br>".join(lines) + "</p>"
    read = _paragraphs(tmp_path, "pre.htm", pre)
    assert read == _paragraphs(tmp_path, "br.htm", br)
    assert " ".join(lines) in read
    assert len(read) == 3  # the section's two paragraphs, the address between them
