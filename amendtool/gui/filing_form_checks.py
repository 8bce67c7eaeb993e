"""The filing details form's checks: the core's own (the command's words, field by field),
the fields it requires, and what the form knows of the project's series: the earlier
amendments, so an exhibit recorded for the statement under a number one of them filed (its
notice, say) is refused beside the exhibits table, not only by the check later. The form says
a problem in the terms of its pickers ("choose a date"), not filing.toml's ("a date such as
2001-09-13"), which the command line keeps."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from amendtool.core.filing import FilingError, filing_from_dict
from amendtool.core.filing_fields import FIELDS, PROBLEM

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from amendtool.core.lineage import Earlier

# the core's words for a value typed in filing.toml, and what a picker asks for instead
_PICKER_TERMS = [
    # the command line's hint on writing midnight ("...; midnight, the end of a day, is ...")
    # is about typing, which a picker spares counsel
    (
        re.compile(r" must be a local date and time such as \S+(;.*)?$"),
        ": choose a date and time",
    ),
    (re.compile(r" must be a date such as \S+$"), ": choose a date"),
    (
        re.compile(r" is not a time zone name such as \S+$"),
        " is not a time zone: choose one from the list",
    ),
]


def in_picker_terms(message: str) -> str:
    """A problem as the form says it: "Amendment date: choose a date"."""
    for pattern, instead in _PICKER_TERMS:
        message = pattern.sub(instead, message)
    return message


def required_fields() -> set[tuple[str, str]]:
    """The fields the filing cannot do without (what the core's validation requires)."""
    tables: dict[str, Any] = {table: {} for table, *_ in FIELDS if table != "copy_to"}
    out = set()
    for problem in validation_problems(tables):
        match = PROBLEM.match(problem)
        if match and match.group(2):
            out.add((match.group(1), match.group(2)))
    return out


def form_problems(
    data: dict[str, Any], misshapen: dict[tuple[str, str], Any], earlier: list[Earlier]
) -> list[str]:
    """The core's problems with `data`; a field filing.toml gave a list or a table and
    counsel has not typed since (`misshapen`) is read with that value, so its problem is the
    command's ("Issuer must be text in quotes"), not that it is missing. Then an exhibit
    numbered as one an `earlier` amendment filed."""
    untyped = {
        (table, key): value
        for (table, key), value in misshapen.items()
        if data.get(table, {}).get(key) in ("", [], None)
    }
    if not untyped:
        return validation_problems(data) or exhibit_clashes(data, earlier)
    given = {
        table: dict(section) if isinstance(section, dict) else section
        for table, section in data.items()
    }
    for (table, key), value in untyped.items():
        given.setdefault(table, {})[key] = value
    return validation_problems(given)


def validation_problems(data: dict[str, Any]) -> list[str]:
    try:
        filing_from_dict(data)
    except FilingError as error:
        return error.problems
    return []


def earlier_amendments(parent: QWidget | None) -> list[Earlier]:
    """The amendments before the open one of the window's project (none without a series)."""
    session = getattr(parent, "session", None)
    series = getattr(session, "series", None)
    if series is None or len(series.amendments) < 2:
        return []
    return [series.earlier(a) for a in series.amendments[:-1]]


def exhibit_clashes(data: dict[str, Any], earlier: list[Earlier]) -> list[str]:
    """A recorded exhibit numbered as an exhibit an earlier amendment filed, as filing.toml
    problems ("offer.exhibits (a)(7) is the number of …"); none while the details have
    other problems (they are said first)."""
    if not earlier:
        return []
    from amendtool.core.exhibits import recorded_clash

    try:
        details = filing_from_dict(data)
    except FilingError:
        return []
    clash = recorded_clash(details.statement_exhibits, earlier)
    if clash is None:
        return []
    record, number, filed = clash
    return [
        f"offer.exhibits {record.label} is the number of the exhibit Amendment No. {number} "
        f"filed ({filed}): number the other exhibit as it was filed"
    ]
