"""What an extension or the final amendment adds to the Schedule TO itself, before the
changes to the offer: Item 4 supplemented with the extension, or with the results."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from amendtool.core.layout import Block, Role
from amendtool.core.numerals import counted
from amendtool.core.typography import inner_quotes

if TYPE_CHECKING:
    from amendtool.core.amendment import Amendment
    from amendtool.core.filing import FilingDetails


_ITEM = re.compile(r"\s*Item\s+(\d+)", re.IGNORECASE)


@dataclass(frozen=True)
class Supplement:
    heading: str  # "Item 4.  Terms of the Transaction."
    instruction: str  # "Item 4 of the Tender Offer Statement is hereby amended …"
    text: str  # the paragraph added, quoted


def supplements(amendment: Amendment) -> list[Supplement]:
    w = amendment.wording.schedule_to
    if amendment.kind == "extension" and amendment.extended_from is not None:
        from amendtool.core.extension import extension_statement

        text = extension_statement(amendment)
    elif amendment.kind == "results":
        from amendtool.core.results import results_statement

        text = results_statement(amendment)
    else:
        return []
    return [Supplement(str(w["item4_heading"]), str(w["item4_instruction"]), text)]


def contents(
    kind: str, changes: int, results: object = None, filing: FilingDetails | None = None
) -> str:
    """What an amendment holds, as the app's status line and navigator and the command's
    last line say it: the results a final amendment reports are its content (it changes
    no text of the offer), an amendment of the text its items."""
    items = counted(changes, "item")
    if kind != "results":
        return items
    reported = f"results: {reported_results(results, filing)}"
    return f"{reported} · {items}" if changes else reported


def reported_results(results: object, filing: FilingDetails | None = None) -> str:
    """The results as entered, in the words of what the offer sought and gives
    ("1,600,000 Preferred Shares tendered, …; payment on May 26, 2026"), or what is
    missing."""
    from amendtool.core.filing import FilingError
    from amendtool.core.results import parse_results
    from amendtool.core.results_words import results_summary

    try:
        return results_summary(parse_results(results), filing)
    except FilingError:
        return "not yet complete (Amendment ▸ Final Amendment: Results…)"


def supplements_json(amendment: Amendment) -> list[dict[str, str]]:
    """What the amendment adds to the Schedule TO itself, for items.json: an extension's or
    the final amendment's Item 4 paragraph, the whole of what a results amendment says."""
    return [
        {"heading": s.heading, "instruction": s.instruction, "text": s.text}
        for s in supplements(amendment)
    ]


def supplement_blocks(amendment: Amendment) -> list[Block]:
    out: list[Block] = []
    for supplement in supplements(amendment):
        out += [
            Block(Role.HEADING, supplement.heading),
            Block(Role.BODY, supplement.instruction),
            Block(Role.QUOTE, inner_quotes(f'"{supplement.text}"')),
        ]
    return out


def in_item_order(items: list[Block], supplement: list[Block], items_heading: str) -> list[Block]:
    """Item 4's supplement before the items heading, or after it when that heading is an
    earlier item of the form (the precedent's "Item 1.  Exhibits."): items read in order.
    When the items are themselves under Item 4 ("Item 4.  Terms of the Transaction."), one
    heading, counsel's, over the statement added and then the items."""
    if not supplement:
        return items
    first, second = _ITEM.match(items_heading), _ITEM.match(supplement[0].text)
    if first and second and int(first.group(1)) == int(second.group(1)):
        heading, rest = (
            (items[0], items[1:])
            if items and items[0].role is Role.HEADING
            else (
                supplement[0],
                items,
            )
        )
        return [heading, *supplement[1:], *rest]
    if first and second and int(first.group(1)) < int(second.group(1)):
        return items + supplement
    return supplement + items
