"""Every file of the plain notice (Word, and the exhibit's EDGAR .htm and .txt) heads the
changes in a retitled section by its new title, as employees find it in the amended offer;
only "The exact changes", which quote the filing, cite the section as filed."""

from __future__ import annotations

import re
from pathlib import Path

from amendtool.core.amendment import draft_amendment
from amendtool.io.edgar_writer import exhibit_file_stem
from amendtool.io.outputs import notice_file_name, write_outputs
from tests.support.builders import Spec, doc
from tests.support.docx_text import docx_lines
from tests.support.plain import plain_filing

FRONT = ("", ["Brannock Freight Lines, Inc. offers to purchase its notes for cash."])
OLD = "4. Certain Significant Considerations"
NEW = "4. Certain Risk Factors"
BODY = ["Our notes may become less liquid.", "Taxes may apply."]


def _changes(text: str) -> str:
    """The notice's own words on the changes: from its opening to "The exact changes"."""
    return " ".join(text.split("The exact changes")[0].split())


def test_every_notice_file_heads_a_retitled_section_by_its_new_title(
    example_filing_toml: Path, tmp_path: Path
) -> None:
    original: Spec = [FRONT, ("1. Terms of the Offer", ["We will buy the notes."]), (OLD, BODY)]
    revised: Spec = [
        FRONT,
        ("1. Terms of the Offer", ["We will buy the notes."]),
        (NEW, [BODY[0], f"{BODY[1]} Holders should consult their own tax advisors."]),
    ]
    amendment = draft_amendment(doc(original), doc(revised), plain_filing(example_filing_toml))
    stem = exhibit_file_stem(amendment.filing.notice_exhibit)
    names = [notice_file_name(amendment), f"{stem}.htm", f"{stem}.txt"]
    write_outputs(amendment, tmp_path, names)
    texts = {
        names[0]: "\n".join(docx_lines(tmp_path / names[0])),
        names[1]: re.sub(r"<[^>]+>", " ", (tmp_path / names[1]).read_text(encoding="ascii")),
        names[2]: (tmp_path / names[2]).read_text(encoding="ascii"),
    }
    for name, text in texts.items():
        said = _changes(text)
        assert "Certain Risk Factors, formerly Certain Significant Considerations" in said, name
        assert said.count("Certain Significant Considerations") == 1, (name, said)
        assert "Certain Risk Factors (change 2)" in said, (name, said)
        # the filing's own words, quoted under "The exact changes", cite the section as filed
        assert "Certain Significant Considerations" in text.split("The exact changes")[1], name
