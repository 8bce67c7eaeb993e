"""A figure that ends with its own full stop ("5:00 p.m.") ends the sentence that says it:
"The meeting time is now 6:00 p.m." — never "6:00 p.m.." — on every path a plain sentence
takes: named, left for counsel to name (a placeholder), in a table's row, and in the one
paragraph that says a change made in several places."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.notice_document import notice_blocks
from amendtool.core.plain_facts import FactChange
from amendtool.core.plain_summary import fact_sentences
from amendtool.core.wording import house_wording
from tests.support.builders import doc
from tests.support.plain import plain_filing

_DOUBLED = re.compile(r"(?<!\.)\.\.(?!\.)")


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(
            FactChange("time", "5:00 p.m.", "6:00 p.m.", "time", False, 1, ""), id="unnamed"
        ),
        pytest.param(
            FactChange("time", "5:00 p.m.", "6:00 p.m.", "meeting time", True, 1, ""), id="named"
        ),
        pytest.param(
            FactChange("time", "5:00 a.m.", "6:00 a.m.", "time", False, 1, "", row="Opening"),
            id="row",
        ),
    ],
)
def test_a_sentence_ends_once_after_a_figure_ending_in_a_stop(change: FactChange) -> None:
    said = fact_sentences([change], house_wording())
    assert said, "the change should be said"
    assert not any(_DOUBLED.search(s) for s in said), said
    assert any("6:00" in s for s in said), said


def test_a_time_changed_in_several_places_is_said_once_with_one_stop(
    example_filing_toml: Path,
) -> None:
    old = "The information session will be held at 5:00 p.m., Eastern Time."
    new = old.replace("5:00 p.m.", "6:00 p.m.")
    before = [("", ["Halvorsen offers to exchange options."]), ("Summary Term Sheet", [old])]
    before.append(("4. Procedures", [old]))
    after = [(h, [p.replace(old, new) for p in ps]) for h, ps in before]
    amendment = draft_amendment(doc(before), doc(after), plain_filing(example_filing_toml))
    text = "\n".join(b.text for b in notice_blocks(amendment))
    assert "6:00 p.m." in text, text
    assert not _DOUBLED.search(text), [line for line in text.splitlines() if _DOUBLED.search(line)]
