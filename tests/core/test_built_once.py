"""Writing every output and running every check builds the filing and the notice once (the
plain notice reads every item's facts, seconds on a long offer); an amendment edited
after that is built anew."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from amendtool.core import plain_notice
from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import load_filing
from amendtool.core.filing_document import built_once, notice_blocks, schedule_to_blocks
from amendtool.io.outputs import write_outputs
from tests.support.builders import doc

THRESHOLD = "Options that have an exercise price per share of {} or more are eligible."
OFFER = [
    ("", ["Halvorsen offers to exchange options."]),
    ("1. Eligibility", [THRESHOLD.format("$20.00"), "We may waive the conditions."]),
]
REVISED = [
    ("", ["Halvorsen offers to exchange options."]),
    ("1. Eligibility", [THRESHOLD.format("$17.50"), "We may waive the conditions."]),
]


@pytest.fixture
def amendment(example_filing_toml: Path) -> Amendment:
    filing = dataclasses.replace(load_filing(example_filing_toml), notice_style="plain")
    return draft_amendment(doc(OFFER), doc(REVISED), filing)


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    counted: list[int] = []
    real = plain_notice.plain_notice_blocks

    def counting(amendment: Amendment):  # type: ignore[no-untyped-def]
        counted.append(1)
        return real(amendment)

    monkeypatch.setattr(plain_notice, "plain_notice_blocks", counting)
    return counted


def test_outputs_and_checks_build_the_notice_once(
    amendment: Amendment, builds: list[int], tmp_path: Path
) -> None:
    """The notice and the filing's exhibit are one notice: built once for both."""
    with built_once():
        written = write_outputs(amendment, tmp_path)
        findings = run_checks(amendment)
    assert len(written) >= 5 and isinstance(findings, list)
    assert len(builds) == 1


def test_the_exhibit_is_the_notice_named_for_the_filing(amendment: Amendment) -> None:
    notice = notice_blocks(amendment)
    exhibit = notice_blocks(amendment, document="exhibit")
    assert len(notice) > 5 and {b.document for b in notice} == {"notice"}
    assert {b.document for b in exhibit} == {"exhibit"}
    assert [dataclasses.replace(b, document="notice") for b in exhibit] == notice
    filed = [b for b in schedule_to_blocks(amendment) if b.document == "exhibit"]
    assert filed[1:] == exhibit  # after the exhibit's caption


def test_every_call_outside_builds_anew(amendment: Amendment, builds: list[int]) -> None:
    notice_blocks(amendment)
    notice_blocks(amendment)
    assert len(builds) == 2


def test_an_amendment_edited_after_is_built_with_its_edit(amendment: Amendment) -> None:
    with built_once():
        before = schedule_to_blocks(amendment)
    item = amendment.items[0]  # counsel changes the new price
    item.new_text = item.new_text.replace("$17.50", "$16.00")
    item.new_paragraphs = [p.replace("$17.50", "$16.00") for p in item.new_paragraphs]
    item.new_words = item.new_words.replace("$17.50", "$16.00")
    with built_once():
        after = schedule_to_blocks(amendment)
    assert any("$17.50" in b.text for b in before)
    assert any("$16.00" in b.text for b in after)
    assert not any("$17.50" in b.text for b in after)


def test_each_item_is_worded_and_summarised_once_for_all_outputs_and_checks(
    amendment: Amendment, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The notice, items.json and the checks each ask for an item's instruction and its plain
    paragraph; on a 300-item revision wording them again was most of the export."""
    from amendtool.core import amendment as amendment_module
    from amendtool.core import plain_summary as summary_module

    worded: list[str] = []  # by the text each item changes
    summarised: list[str] = []
    real_text, real_summary = amendment_module.filing_text, summary_module.summarise

    def wording(item, *args):  # type: ignore[no-untyped-def]
        worded.append(item.old_text)
        return real_text(item, *args)

    def summary(item, *args):  # type: ignore[no-untyped-def]
        summarised.append(item.old_text)
        return real_summary(item, *args)

    monkeypatch.setattr(amendment_module, "filing_text", wording)
    monkeypatch.setattr(summary_module, "summarise", summary)
    with built_once():
        write_outputs(amendment, tmp_path)
        run_checks(amendment)
    items = [item.old_text for item in amendment.change_items]
    assert sorted(worded) == sorted(items)
    assert sorted(summarised) == sorted(items)


def test_the_offers_zone_is_read_once_for_all_outputs_and_checks(
    amendment: Amendment, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Each read looks for deadlines in every paragraph of both documents: the notice's
    voice and each deadline it or Item 4 states asked again, six times on one export."""
    from amendtool.core import offer_zone

    reads: list[int] = []
    real = offer_zone._offer_zone

    def counting(amendment: Amendment) -> str:
        reads.append(1)
        return real(amendment)

    monkeypatch.setattr(offer_zone, "_offer_zone", counting)
    with built_once():
        write_outputs(amendment, tmp_path)
        run_checks(amendment)
    assert len(reads) == 1
