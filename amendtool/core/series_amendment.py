"""One amendment of a series: its status, and what an extension or the final amendment adds to the
Schedule TO itself.

One amendment of a series and its status: a filed amendment is locked, because what was
filed with the SEC is never redrafted.

What an extension or the final amendment adds to the Schedule TO itself, before the
changes to the offer: Item 4 supplemented with the extension, or with the results."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from amendtool.core.built_once import built
from amendtool.core.errors import AmendtoolError
from amendtool.core.filing import FilingDetails
from amendtool.core.items import AmendmentItem
from amendtool.core.layout import Block, Role
from amendtool.core.model import Document
from amendtool.core.numerals import counted
from amendtool.core.pattern_store import compiled
from amendtool.core.typography import inner_quotes


class AmendmentKind(StrEnum):
    TEXT = "text"  # changes to the offer's text, from a revised draft
    EXTENSION = "extension"  # a new expiration
    RESULTS = "results"  # the final amendment reporting the results


class Status(StrEnum):
    DRAFT = "draft"
    FILED = "filed"  # locked


class LockedError(AmendtoolError):
    """A change asked of an amendment that has been filed."""


@dataclass
class SeriesAmendment:
    """One amendment of the series: its revision of the offer and everything drafted from it."""

    number: int
    revised: Document
    items: list[AmendmentItem]
    filing: FilingDetails | None = None
    filing_data: dict[str, Any] | None = None  # as entered, kept even while it has problems
    notes: list[str] = field(default_factory=list)
    kind: AmendmentKind = AmendmentKind.TEXT
    status: Status = Status.DRAFT
    # where its outputs were last written: {"folder": …, "files": […], "written": ISO time}
    outputs: dict[str, Any] = field(default_factory=dict)
    extended_from: dt.datetime | None = None  # an extension: the expiration it replaces
    results: dict[str, Any] | None = None  # the final amendment: its [results], as entered
    filing_unread: str = ""  # held where the filing details belong, if no details ("a list")
    filing_problem: str = ""  # why the filing details entered do not read, field by field
    # its exhibits (label, description) as filed, kept when it is marked filed: a later
    # amendment lists them so whatever the firm's wording files say by then
    filed_exhibits: list[tuple[str, str]] | None = None
    # its kind was recognised from its draft (a later expiration), not chosen by counsel:
    # recognised again whenever the draft changes, so it goes when the later date goes
    recognised: bool = field(default=False, compare=False)
    # counsel confirmed the revision undoes what an earlier amendment did (amend
    # --reverses-earlier): the check says so as a warning, not an error
    reverses_earlier: bool = False

    def __post_init__(self) -> None:
        if self.filing_data is None and self.filing is not None:
            self.filing_data = _as_data(self.filing.to_toml_dict())

    @property
    def locked(self) -> bool:
        return self.status is Status.FILED

    @property
    def date(self) -> dt.date | None:
        return self.filing.amendment_date if self.filing else None

    def filing_refusal(self) -> str:
        """Why it has no filing details to render, as the command line and the app say it."""
        if self.filing is not None:
            return ""
        which = f"Amendment No. {self.number}"
        held = f" (the project holds {self.filing_unread} where they belong)"
        problem = f": {self.filing_problem.rstrip('.')}" if self.filing_problem else ""
        return (
            f"{which} has no valid filing details{held if self.filing_unread else ''}"
            f"{problem}; enter them in the app (Edit ▸ Filing Details)"
        )

    def check_unlocked(self) -> None:
        if self.locked:
            raise LockedError(
                f"Amendment No. {self.number} has been filed and cannot be changed; "
                "draft a new amendment instead"
            )


def _as_data(value: Any) -> Any:
    """Filing details as saved: dates and times as ISO text."""
    if isinstance(value, dict):
        return {k: _as_data(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_as_data(v) for v in value]
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


if TYPE_CHECKING:
    from amendtool.core.amendment import Amendment
    from amendtool.core.filing import FilingDetails


_ITEM = compiled(r"\s*Item\s+(\d+)", re.IGNORECASE)
_EXHIBITS = compiled(r"\bExhibits?\b", re.IGNORECASE)


@dataclass(frozen=True)
class Supplement:
    """A paragraph added to an Item of the Schedule TO, with its heading and instruction."""

    heading: str  # "Item 4.  Terms of the Transaction."
    instruction: str  # "Item 4 of the Tender Offer Statement is hereby amended …"
    text: str  # the paragraph added, quoted


def supplements(amendment: Amendment) -> list[Supplement]:
    """What the amendment adds to Item 4. The Schedule TO and items.json both state it: while
    outputs are written it is worded once (a new price reads every item's figures)."""
    return built(amendment, "supplements", lambda: _supplements(amendment))


def _supplements(amendment: Amendment) -> list[Supplement]:
    w = amendment.wording.schedule_to
    if amendment.kind == "extension" and amendment.extended_from is not None:
        from amendtool.core.extension import extension_statement

        text = extension_statement(amendment)
    elif amendment.kind == "results":
        from amendtool.core.results_reporting import results_statement

        text = results_statement(amendment)
    else:
        from amendtool.core.consideration_statement import consideration_statement

        text = consideration_statement(amendment)  # a new price stands in Item 4 too
        if not text:
            return []
    return [Supplement(str(w["item4_heading"]), str(w["item4_instruction"]), text)]


def contents(
    kind: str,
    changes: int,
    results: object = None,
    filing: FilingDetails | None = None,
    original: Document | None = None,
) -> str:
    """What an amendment holds, as the app's status line and navigator and the command's
    last line say it: the results a final amendment reports are its content (it changes
    no text of the offer), an amendment of the text its items."""
    items = counted(changes, "item")
    if kind != "results":
        return items
    reported = f"results: {reported_results(results, filing, original)}"
    return f"{reported} · {items}" if changes else reported


def reported_results(
    results: object, filing: FilingDetails | None = None, original: Document | None = None
) -> str:
    """The results as entered, in the words of what the offer sought and gives
    ("1,600,000 Preferred Shares tendered, …; payment on May 26, 2026"; "grant of New RSUs"
    as the `original` names them), or what is missing."""
    from amendtool.core.filing import FilingError
    from amendtool.core.results import parse_results
    from amendtool.core.results_words import results_summary

    try:
        return results_summary(parse_results(results), filing, original=original)
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


def exhibits_heading(items_heading: str) -> bool:
    """Whether the items' heading is an item of the form naming the exhibits ("Item 1.
    Exhibits."), which the exhibits filed then stand under."""
    heading = _ITEM.match(items_heading)
    return (
        heading is not None
        and int(heading.group(1)) != 12
        and bool(_EXHIBITS.search(items_heading))
    )


def exhibits_in_item_12(
    items: list[Block], filed: list[Block], items_heading: str, item12_heading: str
) -> list[Block]:
    """The exhibits the amendment files, under Item 12 (Exhibits) of the form: under the
    items heading when that is Item 12 or names the exhibits (the precedent's "Item 1.
    Exhibits."), else under a heading of their own
    after the items (Item 12 follows every other item counsel lists changes under). A
    heading left with nothing under it (every item an exhibit) gives way to Item 12's."""
    heading = _ITEM.match(items_heading)
    if not filed or heading is None or int(heading.group(1)) == 12:
        return items + filed
    if _EXHIBITS.search(items_heading):  # the items are under the exhibits' own heading
        return items + filed
    if items and items[-1].role is Role.HEADING and items[-1].text == items_heading:
        items = items[:-1]
    if int(heading.group(1)) > 12:  # Item 13 (Rule 13e-3): the exhibits come before it
        first = next((i for i, b in enumerate(items) if b.text == items_heading), len(items))
        return [*items[:first], Block(Role.HEADING, item12_heading), *filed, *items[first:]]
    return [*items, Block(Role.HEADING, item12_heading), *filed]
