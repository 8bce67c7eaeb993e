"""A table printed without a row of column names: its first row is a row of figures, never
the names of its columns. The notice named a changed figure's column by the first row's
figure ('In the table, "52,000" for "Haddad, Omar" is now 29,500') when the table was
restated whole; it says the figure by its row alone."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.plain_notice import plain_paragraphs
from tests.support.builders import Spec, doc

FRONT = ("", ["Halvorsen Instruments Corp. is offering to exchange Eligible Options for RSUs."])
HEADING = "5. Interests of Directors and Executive Officers"
INTRO = "The following table shows the Eligible Options held by our executive officers."
OLD = [
    "Almeida, Sofia\t52,000\t14.9%",
    "Brennan, Cormac\t38,500\t11.0%",
    "Haddad, Omar\t27,000\t7.7%",
    "Ivanova, Katya\t19,250\t5.5%",
]
NEW = [OLD[3], OLD[0], OLD[1], "Haddad, Omar\t29,500\t8.4%"]  # a row moved, a row changed


def _spec(rows: list[str], head: list[str]) -> Spec:
    return [FRONT, ("1. Eligibility", ["Options granted before 2024 are eligible."]),
            (HEADING, [INTRO, *head, *rows])]  # fmt: skip


def _said(example_filing_toml: Path, head: list[str]) -> str:
    details = load_filing(example_filing_toml)
    filing = dataclasses.replace(details, notice_style="plain", notice_explanation="")
    amendment = draft_amendment(doc(_spec(OLD, head)), doc(_spec(NEW, head)), filing)
    return " ".join(p.text for p in plain_paragraphs(amendment))


def test_a_first_row_of_figures_names_no_column(example_filing_toml: Path) -> None:
    said = _said(example_filing_toml, [])
    assert "29,500" in said and "27,000" in said, said
    assert '"52,000"' not in said and '"14.9%"' not in said, said


def test_a_row_of_names_over_the_figures_names_their_column(example_filing_toml: Path) -> None:
    said = _said(example_filing_toml, ["Name\tEligible Options Held\tPercent of Eligible Options"])
    assert '"Eligible Options Held" for "Haddad, Omar" is now 29,500' in said, said
