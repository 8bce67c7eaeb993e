"""One amendment of a series and its status: a filed amendment is locked, because what was
filed with the SEC is never redrafted."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from amendtool.core.errors import AmendtoolError
from amendtool.core.filing import FilingDetails
from amendtool.core.items import AmendmentItem
from amendtool.core.model import Document


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
