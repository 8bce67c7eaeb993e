"""Each change item's `plain_text` in items.json: what the notice tells its readers of that
change.

The notice says a figure changed in several places once, named by the place that names it
best ("the maximum number of shares we will buy in the offer"), and a change that also moves
the price never says what holders receive is unchanged. An item's paragraph made alone, from
its own words, may not name its figure at all (a cover title "UP TO 2,000,000 SHARES" has no
verb: a placeholder the notice never prints, and so never counts) or name it wrongly; a
script reading items.json would repeat it. So the item's text is the notice's paragraphs
that speak for it, in the notice's order; only an item no paragraph speaks for gets its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from amendtool.core.amendment import Amendment


def item_plain_text(amendment: Amendment, index: int) -> str:
    """The notice's words on change `index` (0-based): its paragraphs that speak for it."""
    from amendtool.core.plain_notice import plain_paragraphs

    said = [p.text for p in plain_paragraphs(amendment) if index in p.items]
    if not said:
        return amendment.plain_paragraph(amendment.change_items[index])
    return " ".join(said)
