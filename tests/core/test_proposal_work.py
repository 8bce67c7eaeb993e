"""Proposing an item's class does work in proportion to what changed: counted, not timed.

The slowest word diff there is compares a paragraph with the unrelated one that replaced
it; proposing the class of such an item needs no diff at all (every word between the
words both start and end with changed), and an edited paragraph is diffed once (the words
as printed, place by place, are only wanted when a reason shows a few of them).
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter

import pytest

from amendtool.core import changes, diffing, typography
from amendtool.core.diffing import WORK
from amendtool.core.drafting import draft_items
from amendtool.core.items import AmendmentItem, ItemKind, Materiality
from amendtool.core.materiality import propose
from amendtool.core.materiality_rules import Words, house_rules
from tests.support.builders import doc

FRONT = ("", ["Acme Widgets, Inc. is offering to exchange options."])
HEADING = "9. Extension of Offer; Termination; Amendment"
OLD = (
    "We may at any time before 5:00 p.m., Eastern Time, on June 30, 2026, extend the period "
    "during which the offer is open by giving oral or written notice of the extension to the "
    "option holders and making a public announcement of it, and we may delay accepting any "
    "options tendered for up to $1,000,000 of awards. Kept sentence for the paragraph."
)
NEW = (
    "Counsel rewrote this paragraph in its entirety, number 7, so that it now states the "
    "terms of the offer as amended, and every other term of the offer remains as stated in "
    "the Offer to Exchange. Nothing else about the exchange or its timing is different now."
)


def drafted(old: str, new: str) -> AmendmentItem:
    items = draft_items(
        doc([FRONT, (HEADING, ["First paragraph kept as it was.", old])]),
        doc([FRONT, (HEADING, ["First paragraph kept as it was.", new])]),
    ).items
    assert len(items) == 1
    for module in (typography, diffing, changes):
        module.clear_caches()
    WORK.reset()
    return items[0]


def test_a_paragraph_rewritten_in_other_words_is_proposed_without_a_diff() -> None:
    item = drafted(OLD, NEW)
    assert item.kind is ItemKind.REPLACE_PARAGRAPH
    proposal = propose(item)
    assert proposal.materiality is Materiality.MATERIAL
    assert "takes out $1,000,000" in proposal.reason  # its facts are read all the same
    assert WORK.diffs == 0 and WORK.ordered_bounds == 1, WORK
    # the notice's paragraph on the change and the checks ask again: nothing more is done
    assert propose(item) == proposal
    assert WORK.diffs == 0 and WORK.ordered_bounds == 1, WORK


def test_an_edited_paragraph_is_diffed_once_to_propose_its_class() -> None:
    """Its amounts and references are set aside for the words diff; the words as printed,
    place by place (a second diff), are only worked out when a reason shows them."""
    new = OLD.replace("by giving oral or written notice", "by giving notice in writing only")
    new = new.replace("making a public announcement of it", "announcing it publicly at once")
    item = drafted(OLD, new.replace("$1,000,000", "$2,000,000"))
    proposal = propose(item)
    assert proposal.reason
    assert WORK.diffs == 1, WORK
    assert propose(item) == proposal
    assert WORK.diffs == 1, WORK


def test_the_words_changed_place_by_place_are_still_shown_for_a_small_edit() -> None:
    """Where a reason names the changed words, it has them as printed."""
    old = "Options with an exercise price of $20.00 or more may be tendered by you."
    new = "Options with an exercise price of $20.00 or more may be tendered by employees."
    assert "“you” → “employees”" in propose(drafted(old, new)).reason


def test_a_change_is_read_once_whatever_unit_it_is_asked_for_as() -> None:
    """The proposal asks what a paragraph item changes, the notice's sentence on the same
    correction asks it of the text: the facts and words are read once for both."""
    new = OLD.replace("June 30, 2026", "July 14, 2026")
    for module in (typography, diffing, changes):
        module.clear_caches()
    WORK.reset()
    as_paragraph = changes.compare(OLD, new, "paragraph")
    as_text = changes.compare(OLD, new)
    assert (as_paragraph.unit, as_text.unit) == ("paragraph", "text")
    assert as_text.removed == as_paragraph.removed and as_text.added == as_paragraph.added
    assert as_text.words == as_paragraph.words and as_text.sentences == as_paragraph.sentences
    assert [f.text for f in as_paragraph.added] == ["July 14, 2026"]
    assert changes.compare(OLD, new, "paragraph") is as_paragraph  # made once, kept
    assert WORK.changes_read == 1, WORK


class _Counted:
    """A list's pattern, each text it is run on counted."""

    def __init__(self, pattern: re.Pattern[str], runs: Counter[tuple[int, str]]) -> None:
        self.pattern, self.runs = pattern, runs

    def _run(self, name: str, text: str) -> object:
        self.runs[(id(self), text)] += 1
        return getattr(self.pattern, name)(text)

    def search(self, text: str) -> object:
        return self._run("search", text)

    def finditer(self, text: str) -> object:
        return self._run("finditer", text)

    def fullmatch(self, text: str) -> object:
        return self._run("fullmatch", text)


def _word_lists(value: object) -> list[Words]:
    if isinstance(value, Words):
        return [value]
    if isinstance(value, tuple | list):
        return [w for part in value for w in _word_lists(part)]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [w for f in dataclasses.fields(value) for w in _word_lists(getattr(value, f.name))]
    return []


def test_each_list_of_the_rules_reads_a_text_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Proposing an item asks many of the rules' lists about the same sentences (the
    subjects, then the framing, then the clarifying words): each list reads each text once,
    however often it is asked."""
    runs: Counter[tuple[int, str]] = Counter()
    lists = _word_lists(house_rules())
    assert len(lists) > 20  # the subjects and every other list of the rules
    for words in lists:
        for name in ("pattern", "small"):  # ASCII text is read with the list in small letters
            if getattr(words, name) is not None:
                monkeypatch.setattr(words, name, _Counted(getattr(words, name), runs))
    new = OLD.replace("June 30, 2026", "July 14, 2026").replace("oral or written", "written")
    proposal = propose(drafted(OLD, new))
    assert proposal.reason and runs  # the lists were asked
    assert max(runs.values()) == 1, [key for key, n in runs.items() if n > 1][:3]
