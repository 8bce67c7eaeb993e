"""An offer to holders has no "program": its filing details need no notice.program_name,
and its notices call it by the offer's own name ("We have extended the offer"). The
amendment's notice never tells readers that "that document" is about itself ("We sent you
that document about the Offer to Purchase"), whatever the program name given."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import FilingDetails, load_filing
from amendtool.core.filing_document import notice_blocks
from amendtool.core.layout import Role
from amendtool.core.series import Series
from amendtool.core.series_steps import draft_extension, draft_results
from tests.core.test_plain_holders import OFFER, holders, tool_words  # noqa: F401
from tests.support.builders import doc

RAISED = [(h, [p.replace("$25.00", "$26.25") for p in ps]) for h, ps in OFFER]


def text_of(blocks: list) -> str:  # type: ignore[type-arg]
    return " ".join(b.text for b in blocks if b.role is not Role.MEMO)


def test_filing_details_without_a_program_name_are_read(
    example_filing_toml: Path, tmp_path: Path
) -> None:
    lines = example_filing_toml.read_text("utf-8").splitlines()
    kept = [line for line in lines if not line.startswith("program_name")]
    assert len(kept) == len(lines) - 1
    path = tmp_path / "filing.toml"
    path.write_text("\n".join(kept) + "\n", "utf-8")
    assert load_filing(path).program_name == ""


@pytest.mark.parametrize("program", ["", "Offer to Purchase", "the Offer to Purchase"])
def test_the_notice_never_says_its_document_is_about_itself(
    holders: FilingDetails,  # noqa: F811
    program: str,
) -> None:
    filing = dataclasses.replace(holders, program_name=program)
    said = tool_words(draft_amendment(doc(OFFER), doc(RAISED), filing))
    assert "We sent you that document about" not in said, said
    assert "about the Offer to Purchase" not in said, said
    assert "Offer to Purchase dated" in said, said
    assert "{" not in said and "the ." not in said, said


def test_a_named_program_is_still_named(holders: FilingDetails) -> None:  # noqa: F811
    filing = dataclasses.replace(holders, program_name="Preferred Stock Repurchase Program")
    said = tool_words(draft_amendment(doc(OFFER), doc(RAISED), filing))
    assert "Preferred Stock Repurchase Program" in said, said


def test_extension_and_results_notices_call_an_unnamed_offer_the_offer(
    holders: FilingDetails,  # noqa: F811
) -> None:
    unnamed = dataclasses.replace(holders, program_name="")
    series = Series(doc(OFFER))
    extended = dataclasses.replace(unnamed, amendment_date=dt.date(2026, 4, 20))
    draft_extension(series, extended, {}, dt.datetime(2026, 5, 7, 17, 0))
    extension = series.amendment(-1)
    assert extension is not None
    text = text_of(notice_blocks(extension))
    assert "We have extended the offer." in text, text
    results = Series(doc(OFFER))
    reported = dataclasses.replace(unnamed, amendment_date=dt.date(2026, 5, 4))
    counts = {"tendered": 1600000, "accepted": 1500000, "grant_date": "2026-04-28"}
    draft_results(results, reported, {"results": counts})
    final = results.amendment(-1)
    assert final is not None
    text = text_of(notice_blocks(final))
    assert "The offer ended at" in text, text
