"""The expirations the amended offer states are read from the whole offer once per run of
the checks: the stated expiration, the extension's dates, the withdrawal deadline left
behind and the old expiration still stated each ask for them, and each reading scanned
every paragraph of a long offer again; so is each item read once for the expiration it
moves, which the extension, shortening and stale-expiration checks each asked. Work is
counted (paragraphs and items read for their expirations), never timed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import inspect
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from amendtool.core import expiration_checks, expiration_readings, expirations, stale_terms
from amendtool.core.amendment import draft_amendment
from amendtool.core.built_once import built_once
from amendtool.core.checks import run_checks
from amendtool.core.expiration_checks import offer_expirations
from tests.support.builders import doc
from tests.support.plain import plain_filing

OLD = "11:59 p.m., Eastern Time, on April 23, 2026"
NEW = "11:59 p.m., Eastern Time, on May 7, 2026"
EXPIRES = "The offer expires at {}, unless we extend it."


def _offer(cover: str, terms: str, copies: int) -> list[tuple[str, list[str]]]:
    filler = [f"Holders may ask questions about item {n} of the offer." for n in range(copies)]
    return [
        ("", [f"THE OFFER AND WITHDRAWAL RIGHTS EXPIRE AT {cover.upper()}."]),
        ("Summary Term Sheet", ["When does the offer expire?", EXPIRES.format(cover), *filler]),
        ("1. Expiration Date", [terms, *filler]),
    ]


@pytest.mark.parametrize("copies", [1, 20])
def test_the_offer_is_read_for_its_expirations_once_per_run_of_the_checks(
    monkeypatch: pytest.MonkeyPatch, example_filing_toml: Path, copies: int
) -> None:
    filing = dataclasses.replace(
        plain_filing(example_filing_toml), expiration=dt.datetime(2026, 5, 7, 23, 59)
    )
    original = doc(_offer(OLD, EXPIRES.format(OLD), copies))
    # the terms left behind: the offer states two expirations, every timing check asks
    amendment = draft_amendment(original, doc(_offer(NEW, EXPIRES.format(OLD), copies)), filing)
    read: Counter[str] = Counter()
    reading = expirations.stated_expirations

    def counted(text: str, *args: Any) -> Any:
        read[text] += 1
        return reading(text, *args)

    # wherever the offer's paragraphs are read for their expirations
    for module in (expiration_checks, expiration_readings, stale_terms):
        if hasattr(module, "stated_expirations"):
            monkeypatch.setattr(module, "stated_expirations", counted)
    found = run_checks(amendment)
    assert any(f.code == "expiration_stated" for f in found)
    assert any(f.code == "stale_term" and "old expiration" in f.message for f in found)
    assert read and max(read.values()) == 1, read  # each paragraph once, however many ask


@pytest.mark.parametrize("copies", [1, 20])
def test_each_item_is_read_for_the_expiration_it_moves_once_per_run_of_the_checks(
    monkeypatch: pytest.MonkeyPatch, example_filing_toml: Path, copies: int
) -> None:
    filing = dataclasses.replace(
        plain_filing(example_filing_toml), expiration=dt.datetime(2026, 5, 7, 23, 59)
    )
    original = doc(_offer(OLD, EXPIRES.format(OLD), copies))
    amendment = draft_amendment(original, doc(_offer(NEW, EXPIRES.format(OLD), copies)), filing)
    read: Counter[tuple[str, str, dt.time]] = Counter()
    reading = expirations.changed_expirations

    def counted(old: str, new: str, zone: str, rules: Any, at: dt.time) -> Any:
        read[(old, new, at)] += 1
        return reading(old, new, zone, rules, at)

    monkeypatch.setattr(expirations, "changed_expirations", counted)
    found = run_checks(amendment)
    assert any(f.code == "extension" for f in found)
    assert read and max(read.values()) == 1, read  # each item once, however many ask


def test_a_date_alone_is_taken_at_the_end_of_its_day_as_expiration_change_takes_it() -> None:
    default = inspect.signature(expirations.expiration_change).parameters["at"].default
    assert default == expiration_readings.END_OF_DAY


def test_each_caller_gets_its_own_expirations(example_filing_toml: Path) -> None:
    """The reading kept is shared: a caller changing what it was given changes no other's."""
    filing = dataclasses.replace(
        plain_filing(example_filing_toml), expiration=dt.datetime(2026, 5, 7, 23, 59)
    )
    original = doc(_offer(OLD, EXPIRES.format(OLD), 1))
    amendment = draft_amendment(original, doc(_offer(NEW, EXPIRES.format(OLD), 1)), filing)
    with built_once():
        first = offer_expirations(amendment)
        assert len(first) == 2
        first.clear()
        assert offer_expirations(amendment) == offer_expirations(amendment) != {}
