"""The item list names a change of words as the filing cites it: words only added are
"Words inserted", words only taken out "Words deleted", and only a true replacement is
"Words replaced"."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.items import ItemKind
from amendtool.core.wording import filing_text
from amendtool.gui.item_rows import summary
from tests.support.builders import doc

FRONT = ("", ["Halverton offers to exchange options for new options."])
OLD = "You may send your election form by e-mail as a PDF file to the address below."


@pytest.mark.parametrize(
    ("new", "named", "cited"),
    [
        (OLD.replace("a PDF file", "a PDF or JPEG file"), "Words inserted", "inserting"),
        (OLD.replace(" to the address below", ""), "Words deleted", "deleting"),
        (OLD.replace("by e-mail", "by fax"), "Words replaced", "replacing"),
    ],
)
def test_a_change_of_words_is_named_as_the_filing_cites_it(
    example_filing_toml: Path, new: str, named: str, cited: str
) -> None:
    original = doc([FRONT, ("3. Procedures", [OLD, "We will confirm receipt."])])
    revised = doc([FRONT, ("3. Procedures", [new, "We will confirm receipt."])])
    [item] = draft_amendment(original, revised, load_filing(example_filing_toml)).items
    assert item.kind is ItemKind.REPLACE_WORDS
    assert cited in filing_text(item, ""), filing_text(item, "")
    assert summary(item).startswith(f"{named} — "), summary(item)
