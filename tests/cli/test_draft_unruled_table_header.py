"""An EDGAR .txt offer whose table sets its column names on one line with no rule under
them: the draft restates the table under its names and the plain notice names a changed
figure's column ("Eligible Options Held"), never the first holder's figures ("52,000")."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.support.holders_text_offer import holders_offer

FILING = """\
[issuer]
name = "Halvorsen Instruments Corp."
short_name = "Halvorsen"
state_of_incorporation = "Delaware"

[securities]
title = "Options to purchase common stock, par value $0.0001 per share"
cusip = "40622X101"
underlying = "Common Stock"

[agent]
name = "Priya N. Raman"
title = "General Counsel"
company = "Halvorsen Instruments Corp."
address = ["400 Oyster Point Boulevard", "South San Francisco, California 94080"]
phone = "(650) 555-0110"

[offer]
kind = "issuer"
statement_filed = 2026-07-15
document_title = "Offer to Exchange"
document_date = 2026-07-15
document_exhibit = "(a)(1)(A)"
election_form_exhibit = "(a)(1)(B)"
expiration = 2026-08-14T23:59:00
time_zone = "America/New_York"
description = "the offer by the Company to exchange outstanding stock options for new RSUs"
consideration = "New RSUs"
tendered = "Eligible Options"

[amendment]
number = 1
date = 2026-07-29
final = false
items_heading = "Item 12.  Exhibits."
notice_exhibit = "(a)(1)(E)"

[signature]
name = "Priya N. Raman"
title = "General Counsel"

[notice]
to = "Halvorsen Employees Holding Eligible Options"
from = "Stock Plan Administration"
subject = "Amendment to Offer to Exchange"
contact = "Stock Plan Administration at stockplan@halvorsen.example"
delivery = "We sent this notice by e-mail to each eligible employee."
"""

HEADER = "Name                      Eligible Options Held     Percent of Eligible Options"
ROWS = [
    "Almeida, Sofia            52,000                    14.9%",
    "Brennan, Cormac           38,500                    11.0%",
    "Haddad, Omar              {held}                    {percent}",
    "Lindgren, Erik            11,000                    3.1%",
]


def offer(held: str, percent: str) -> str:
    rows = [row.format(held=held, percent=percent) for row in ROWS]
    opening = [
        "HALVORSEN INSTRUMENTS CORP.",
        "",
        "OFFER TO EXCHANGE ELIGIBLE OPTIONS FOR NEW RESTRICTED STOCK UNITS",
        "",
        "Section 1. Eligibility",
        "",
        "You are eligible if you are employed by Halvorsen on the date the offer",
        "starts. Consultants and non-employee directors are not eligible.",
        "",
    ]
    return holders_offer(opening, [HEADER, *rows])


def test_the_notice_names_the_column_of_a_changed_holding(tmp_path: Path) -> None:
    original, revised, filing = tmp_path / "orig.txt", tmp_path / "rev.txt", tmp_path / "f.toml"
    original.write_text(offer("27,000", "7.7%"), encoding="ascii")
    revised.write_text(offer("29,500", "8.4%"), encoding="ascii")
    filing.write_text(FILING, encoding="utf-8")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "amendtool", "draft", str(original), str(revised)]
    command += ["--filing", str(filing), "--out", str(out)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    notice = " ".join((out / "exhibit-a1e.txt").read_text(encoding="ascii").split())
    assert '"Eligible Options Held" for "Haddad, Omar" is now 29,500' in notice, notice
    assert '"52,000"' not in notice and '"14.9%"' not in notice, notice
    filed = " ".join((out / "schedule-to-amendment.txt").read_text(encoding="ascii").split())
    assert "Eligible Options Held" in filed, filed  # the restated row under its names
