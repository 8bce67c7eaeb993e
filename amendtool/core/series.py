"""Every amendment of one offer: the Offer to Exchange as filed and its amendments in order.

Each amendment is drafted from the offer as amended by every earlier one and keeps its own
filing details, items, overrides, status and outputs. A filed amendment is locked: what was
filed with the SEC is never redrafted. Amendments filed before the project was started are
not in it; the series then begins at the number its first filing details give.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import secrets
from dataclasses import dataclass, field
from typing import Any

from amendtool.core.amendment import Amendment
from amendtool.core.drafting import DraftOptions, draft_items
from amendtool.core.errors import AmendtoolError
from amendtool.core.filing import FilingDetails
from amendtool.core.items import AmendmentItem
from amendtool.core.lineage import Earlier, SeriesContext, amended_document, trace
from amendtool.core.model import Document
from amendtool.core.overrides import carry_overrides
from amendtool.core.series_amendment import AmendmentKind, LockedError, SeriesAmendment, Status
from amendtool.core.series_rules import expiration_of, offer_named
from amendtool.core.wording import house_wording
from amendtool.core.wording_series import insertion_place

__all__ = [
    "AmendmentKind",
    "LockedError",
    "Series",
    "SeriesAmendment",
    "Status",
    "new_identity",
    "single",
    "snapshot",
]


@dataclass
class Series:
    """The offer as filed and every amendment to it, in order: a project."""

    original: Document  # the Offer to Exchange as filed
    amendments: list[SeriesAmendment] = field(default_factory=list)
    wording_style: str = "standard"
    _cache: dict[int, tuple[tuple[int, ...], Document, SeriesContext]] = field(
        default_factory=dict, repr=False, compare=False
    )
    # who the project is, kept in its file: an export folder names the project that wrote it,
    # so another project's export never replaces it (io/output_set.py)
    identity: str = field(default_factory=lambda: new_identity(), compare=False)

    @property
    def current(self) -> SeriesAmendment:
        return self.amendments[-1]

    def index_of(self, number: int) -> int:
        for index, amendment in enumerate(self.amendments):
            if amendment.number == number:
                return index
        raise AmendtoolError(f"this project has no Amendment No. {number}")

    def next_number(self) -> int:
        return self.amendments[-1].number + 1 if self.amendments else 1

    # --- the offer as amended ----------------------------------------------------------
    def replace_original(self, original: Document) -> None:
        """The offer as filed, read again by a newer reader: nothing traced from it holds."""
        self.original = original
        self._cache.clear()

    def context(self, index: int) -> SeriesContext:
        return self._traced(index)[1]

    def base(self, index: int) -> Document:
        """The offer as amended by every amendment before `index` (len(): by all of them)."""
        return self._traced(index)[0]

    def _traced(self, index: int) -> tuple[Document, SeriesContext]:
        earlier_amendments = self.amendments[:index]
        key = tuple(id(a.items) for a in earlier_amendments) + tuple(
            len(a.items) for a in earlier_amendments
        )
        cached = self._cache.get(index)
        if cached is not None and cached[0] == key:
            return cached[1], cached[2]
        wording = house_wording(self.wording_style)
        earlier = [self.earlier(a) for a in earlier_amendments]
        text, lineage = trace(self.original, earlier, lambda i: insertion_place(i, wording))
        like = earlier_amendments[-1].revised if earlier_amendments else None
        document = amended_document(self.original, text, like)
        context = SeriesContext(self.original, earlier, lineage)
        self._cache[index] = (key, document, context)
        return document, context

    def earlier(self, amendment: SeriesAmendment) -> Earlier:
        """An amendment as a later one sees it: its exhibits described as it filed them (kept
        when it was marked filed; its kind as it was filed, an extension that also changed
        terms named so)."""
        exhibits = amendment.filed_exhibits
        if exhibits is None:
            exhibits = self.described_exhibits(amendment)
        return Earlier(
            amendment.number,
            amendment.date or dt.date.min,
            amendment.items,
            list(exhibits),
            amendment.kind.value,
            amendment.filing.expiration.replace(tzinfo=None) if amendment.filing else None,
            offer_named(amendment.filing) if amendment.filing else {},
            list(amendment.filing.statement_exhibits) if amendment.filing else [],
        )

    def described_exhibits(self, amendment: SeriesAmendment) -> list[tuple[str, str]]:
        """The amendment's exhibits (label, description) as the wording describes them now."""
        exhibits: list[tuple[str, str]] = []
        if amendment.filing is not None:
            plain = Amendment(
                self.original,
                amendment.revised,
                amendment.items,
                amendment.filing,
                wording_style=self.wording_style,
                kind=amendment.kind.value,
                extended_from=amendment.extended_from,
                results_data=amendment.results,
            )
            exhibits = [(e.label, e.description) for e in plain.exhibits()]
        return exhibits

    def keep_filed_exhibits(self) -> None:
        """Each filed amendment's exhibits kept as described when it was marked filed; one
        filed before they were kept (a project of schema 2) is described now, once."""
        for amendment in self.amendments:
            if amendment.locked and amendment.filed_exhibits is None:
                amendment.filed_exhibits = self.described_exhibits(amendment)

    # --- amendments ----------------------------------------------------------------------
    def amendment(self, index: int = -1) -> Amendment | None:
        """The amendment as every output renders it; None while its filing details are not
        valid."""
        index = index % len(self.amendments)
        entry = self.amendments[index]
        if entry.filing is None:
            return None
        series = self.context(index) if index else None
        base = self.base(index) if index else self.original
        filing = entry.filing
        stated = expiration_of(self, index) if index else None
        if stated is not None and stated != filing.expiration.replace(tzinfo=None):
            # one source for "the offer expires at": the series' latest extension (or the
            # first filing details), whatever a later amendment's own details say
            filing = dataclasses.replace(filing, expiration=stated)
        return Amendment(
            base,
            entry.revised,
            entry.items,
            filing,
            entry.notes,
            self.wording_style,
            series=series,
            kind=entry.kind.value,
            extended_from=entry.extended_from,
            results_data=entry.results,
            reverses_earlier=entry.reverses_earlier,
        )

    def draft(
        self,
        revised: Document,
        filing: FilingDetails | None,
        filing_data: dict[str, Any] | None = None,
        kind: AmendmentKind = AmendmentKind.TEXT,
        options: DraftOptions | None = None,
    ) -> SeriesAmendment:
        """Amendment No. `filing.amendment_number`, drafted from the offer as amended by every
        earlier one: the next amendment (the earlier ones are filed, and locked, by then), or
        the last one again while it is a draft (counsel's wording and classifications kept
        for the changes that are still the same)."""
        number = filing.amendment_number if filing else self.next_number()
        if self.amendments and number == self.current.number:
            index = len(self.amendments) - 1
            self.current.check_unlocked()
            previous = self.current.items
        elif not self.amendments or number == self.next_number():
            index, previous = len(self.amendments), []
        else:
            raise AmendtoolError(
                f"this is Amendment No. {number}, but the next amendment of the project is "
                f"No. {self.next_number()}"
            )
        series = self.context(index) if index else None
        result = draft_items(self.base(index), revised, options, series)
        carry_overrides(previous, result.items)
        entry = SeriesAmendment(
            number, revised, result.items, filing, filing_data, result.notes, kind
        )
        recognise_extension(entry, self.base(index))
        for earlier in self.amendments[:index]:
            earlier.status = Status.FILED
        self.keep_filed_exhibits()
        del self.amendments[index:]
        self.amendments.append(entry)
        return entry

    def redraft(
        self, index: int, revised: Document, options: DraftOptions | None = None
    ) -> SeriesAmendment:
        """Draft an amendment again from a new revision, keeping counsel's wording and
        classifications for the changes that are still the same changes."""
        entry = self.amendments[index]
        entry.check_unlocked()
        series = self.context(index) if index else None
        result = draft_items(self.base(index), revised, options, series)
        carry_overrides(entry.items, result.items)
        entry.revised, entry.items, entry.notes = revised, result.items, result.notes
        recognise_extension(entry, self.base(index))
        return entry

    def remove_draft(self) -> SeriesAmendment:
        """Take the last amendment out of the series while it is a draft (nothing of it has
        been filed); the one before it is the last again, as it was filed. The project's
        only amendment stays: the project is the offer's amendments."""
        self.current.check_unlocked()
        if len(self.amendments) < 2:
            raise AmendtoolError(
                f"Amendment No. {self.current.number} is the project's only amendment: "
                "there is no earlier one to go back to"
            )
        return self.amendments.pop()

    def file(self, index: int) -> None:
        """Mark an amendment filed: from now on it is locked, its exhibits kept as filed."""
        self.amendments[index].status = Status.FILED
        self.keep_filed_exhibits()


def new_identity() -> str:
    """A project's own name for itself, the same however its file is copied or moved."""
    return secrets.token_hex(8)


def snapshot(series: Series) -> Series:
    """A copy to save while the original goes on changing (the app saves in the background):
    documents are never changed in place, so the lists and dicts are what is copied."""
    amendments = [
        dataclasses.replace(
            a,
            items=list(a.items),
            notes=list(a.notes),
            filing_data=copy.deepcopy(a.filing_data),
            outputs=copy.deepcopy(a.outputs),
            results=copy.deepcopy(a.results),
        )
        for a in series.amendments
    ]
    return Series(series.original, amendments, series.wording_style, identity=series.identity)


def single(
    original: Document,
    revised: Document,
    items: list[AmendmentItem],
    filing: FilingDetails | None,
    filing_data: dict[str, Any] | None = None,
    notes: list[str] | None = None,
    wording_style: str = "standard",
) -> Series:
    """A series of one draft amendment: a project as it was before series."""
    number = filing.amendment_number if filing else 1
    data = copy.deepcopy(filing_data)  # the caller's (counsel's) details are never written
    entry = SeriesAmendment(number, revised, items, filing, data, list(notes or []))
    recognise_extension(entry, original)
    return Series(original, [entry], wording_style)


def recognise_extension(entry: SeriesAmendment, base: Document) -> None:
    """A text amendment whose revision moves the expiration later is an extension: its kind,
    the expiration it replaces, and its filing details' expiration the new one. Recognised
    from the draft as it is now: an extension recognised before whose later date is gone
    from the draft is a text amendment again (the caller gives the details as entered)."""
    from amendtool.core.expirations import extended_by, time_of_day, with_new_expiration

    if entry.recognised and entry.kind is AmendmentKind.EXTENSION:
        entry.kind, entry.extended_from, entry.recognised = AmendmentKind.TEXT, None, False
    if entry.kind is not AmendmentKind.TEXT or entry.filing is None:
        return
    at = time_of_day(entry.filing)
    extended = extended_by(base, entry.revised, entry.filing.time_zone, at)
    if extended is None:
        return
    old, new = extended
    entry.kind, entry.extended_from, entry.recognised = AmendmentKind.EXTENSION, old, True
    entry.filing = with_new_expiration(entry.filing, old, new)
    offer = (entry.filing_data or {}).get("offer")
    if isinstance(offer, dict) and entry.filing.expiration.replace(tzinfo=None) == new:
        offer["expiration"] = new.isoformat()
