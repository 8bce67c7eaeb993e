"""Who a Word file and its revisions name when counsel has named no one: counsel's firm where
the filing details name it, else the issuer; never the computer's login name ("root")."""

from __future__ import annotations

import dataclasses

from amendtool.core.filing import Party, load_filing
from amendtool.io.docx_properties import author_of, default_author
from tests.conftest import SAMPLES


def test_counsels_firm_else_the_issuer() -> None:
    filing = load_filing(SAMPLES / "filing.toml")
    assert default_author(filing) == "Ashby & Kettering LLP"
    assert author_of(filing, None) == "Ashby & Kettering LLP"
    assert author_of(filing, "Jane Roe (Roe & Doe LLP)") == "Jane Roe (Roe & Doe LLP)"
    no_copies = dataclasses.replace(filing, copy_to=[])
    assert default_author(no_copies) == "Halvorsen Networks, Inc."
    no_firm = dataclasses.replace(filing, copy_to=[Party(name="Jane Roe", firm=" ")])
    assert default_author(no_firm) == "Halvorsen Networks, Inc."
    assert default_author(None) == ""
