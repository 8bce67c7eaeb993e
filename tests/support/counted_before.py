"""A project as an earlier version of amendtool saved it when it counted a paragraph's
sentences otherwise: its one item names a sentence (and a count) its own texts no longer
have, with counsel's class and wording recorded for the change so counted."""

from __future__ import annotations

from pathlib import Path

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.items import Materiality
from amendtool.io.project_file import Project, save_project
from tests.support.builders import doc

FRONT = ("", ["Halverton offers to exchange options for new options."])
OLD = "We may extend the offer. You may withdraw at any time. The offer is voluntary."
NEW = "We may extend the offer. You may withdraw until the offer ends. The offer is voluntary."
WORDING = "The second sentence of Section 1 is replaced as follows:"
REASON = "counsel's reason"


def counted_before(filing_toml: Path, path: Path) -> Amendment:
    """Save the project at `path`; the amendment drafted as the current reader counts it."""
    original = doc([FRONT, ("1. Withdrawal Rights", [OLD])])
    revised = doc([FRONT, ("1. Withdrawal Rights", [NEW])])
    amendment = draft_amendment(original, revised, load_filing(filing_toml))
    [item] = amendment.items
    assert item.locator.sentence == 2 and item.locator.sentence_count == 3
    counted = Project(original, revised, [item], amendment.filing)
    [saved] = counted.items
    saved.locator.sentence, saved.locator.sentence_count = 3, 4  # one sentence more before it
    saved.choose_materiality(Materiality.CONSIDERATION, REASON)
    saved.set_overrides(WORDING, None)
    save_project(counted, path)
    return amendment
