"""An HTML page that declares entities of its own (a DOCTYPE with an internal subset) is
refused in one line, as a Word part that declares them is: read, its "]>" was drafted as a
paragraph inserted on the cover page and "&g;" quoted as an inserted word."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.errors import InputError
from amendtool.io.load import load_document

BODY = "<p>1. Terms</p><p>The Offer expires at 5:00 p.m. on May 1, 2026.{tail}</p></body></html>"


@pytest.mark.parametrize(
    "head",
    [
        '<?xml version="1.0"?><!DOCTYPE html [<!ENTITY a "aaaa"><!ENTITY g "&a;&a;">]><html><body>',
        "<!-- saved --><!doctype HTML PUBLIC \"-//W3C//DTD\" [\n<!ENTITY x 'y'>\n]><html><body>",
    ],
)
def test_a_page_declaring_its_own_entities_is_refused(tmp_path: Path, head: str) -> None:
    path = tmp_path / "offer.htm"
    path.write_text(head + BODY.format(tail=" &g;"), encoding="utf-8")
    with pytest.raises(InputError) as refused:
        load_document(path)
    assert str(refused.value).startswith("offer.htm: declares entities of its own")


def test_an_ordinary_doctype_is_read(tmp_path: Path) -> None:
    path = tmp_path / "offer.htm"
    doctype = '<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4">'
    path.write_text(doctype + "<html><body>" + BODY.format(tail=""), encoding="utf-8")
    texts = [p.text for s in load_document(path).sections for p in s.paragraphs]
    assert "The Offer expires at 5:00 p.m. on May 1, 2026." in texts
