"""The F1 guide names everything File ▸ Print and File ▸ Export PDF offer: counsel who reads
it looking for the conformed copy must find it there, as on both menus."""

from __future__ import annotations

import re

from amendtool.gui.printing import CONFORMED, FILING, NOTICE, PRINTABLE, REDLINE
from amendtool.resources import resource_path

NAMED = {FILING: "filing", NOTICE: "notice", REDLINE: "redline", CONFORMED: "conformed copy"}


def test_the_guide_names_every_document_print_and_export_pdf_offer() -> None:
    guide = resource_path("help/user-guide.html").read_text(encoding="utf-8")
    said = next(item for item in re.findall(r"<li>(.*?)</li>", guide, re.S) if "Print</b>" in item)
    said = " ".join(said.split())
    assert set(PRINTABLE) == set(NAMED)
    for which in PRINTABLE:
        assert NAMED[which] in said, which
