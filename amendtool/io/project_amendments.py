"""One amendment of a project as JSON and back, each value checked on the way in, and the
upgrades that bring a project saved by an older amendtool to the current schema."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from amendtool.core.errors import InputError
from amendtool.core.filing import FilingError, filing_from_dict
from amendtool.core.items import AmendmentItem
from amendtool.core.model import Document
from amendtool.core.series import AmendmentKind, SeriesAmendment, Status
from amendtool.core.text_limits import document_excess, items_excess
from amendtool.io.project_checks import (
    Damaged,
    check_shape,
    entry,
    enum_value,
    required_fields,
)
from amendtool.io.project_documents import document_from_dict, document_json, dumps, jsonable

# 1: one amendment; 2: the offer and the series of its amendments; 3: a filed amendment's
# exhibits kept as filed
SCHEMA_VERSION = 3


def amendment_json(amendment: SeriesAmendment) -> str:
    head = dumps(
        {
            "number": amendment.number,
            "kind": amendment.kind.value,
            "status": amendment.status.value,
            "outputs": jsonable(amendment.outputs),
            "extended_from": jsonable(amendment.extended_from),
            "reverses_earlier": amendment.reverses_earlier,
            "results": jsonable(amendment.results),
            "filed_exhibits": jsonable(amendment.filed_exhibits),
            "filing": jsonable(amendment.filing_data) if amendment.filing_data else None,
            "notes": amendment.notes,
            "items": [item.to_dict() for item in amendment.items],
        }
    )
    return f'{head[:-1]},"revised":{document_json(amendment.revised)}}}'


def within_limits(path: Path, problem: str | None, whose: str) -> None:
    """A project past the limits of a document (core/text_limits.py) was made or changed
    outside amendtool: refused before anything is compared, as such a document would be."""
    if problem:
        raise InputError(
            path,
            f"{whose} {problem}; the project was changed outside amendtool: open a recovery "
            "copy if you have one",
        )


def amendment_from_dict(data: dict[str, Any], path: Path, where: str) -> SeriesAmendment:
    """One amendment of the series, each value checked against the model's own annotations,
    so a wrong type is refused at the door (naming where) instead of failing in a writer."""
    from amendtool.core.items import LEGACY
    from amendtool.core.materiality import propose_all
    from amendtool.core.offer_names import offer_names_defined, party_names
    from amendtool.core.ratio_reading import ratio_reading_for

    filing_data = data.get("filing")
    unread = "" if filing_data is None else _held(filing_data)
    if not isinstance(filing_data, dict):
        filing_data = None  # damaged beyond reading: the app asks for them again
    problem = ""  # why the details entered do not read, as the app names it
    try:
        filing = filing_from_dict(filing_data, path) if filing_data else None
    except FilingError as exc:
        filing, problem = None, exc.problem  # kept as entered; the app shows what to fix
    except (KeyError, TypeError, ValueError, AttributeError):
        filing = None
    for key, kind in (("revised", dict), ("items", list)):
        check_shape(data.get(key), kind, f"{where}.{key}")
    number = data.get("number")
    which = f"Amendment No. {number}" if isinstance(number, int) else where
    within_limits(path, items_excess(len(data["items"])), which)
    items = []
    for index, saved in enumerate(data["items"]):
        check_shape(saved, dict[str, Any], f"{where}.items[{index}]")
        required_fields(AmendmentItem, saved, f"{where}.items[{index}]")
        with entry(f"{where}.items[{index}]"):
            item = AmendmentItem.from_dict(saved)
        check_shape(item, AmendmentItem, f"{where}.items[{index}]")
        items.append(item)
    notes = data.get("notes") or []
    check_shape(notes, list[str], f"{where}.notes")
    with entry(f"{where}.revised"):
        revised = document_from_dict(data["revised"])
    check_shape(revised, Document, f"{where}.revised")
    within_limits(path, document_excess(revised), f"the draft of {which}")
    with entry(where):
        status = enum_value(Status, {"status": "draft", **data}, "status")
    if status is Status.DRAFT or any(i.materiality_source == LEGACY for i in items):
        # the firm's current rules; counsel's choices stay, and a filed amendment keeps the
        # classes it was filed with
        ratios = ratio_reading_for(items, revised)
        names = party_names(revised), offer_names_defined(revised)
        texts = tuple(p.text for p in revised.paragraphs())
        propose_all(items, parties=names[0], offers=names[1], ratios=ratios, offer_texts=texts)
    extended_from = data.get("extended_from")
    if isinstance(number, bool) or not isinstance(number, int):
        raise Damaged(f"{where}.number", "a whole number")
    with entry(where):
        kind = enum_value(AmendmentKind, {"kind": "text", **data}, "kind")
    check_shape(data.get("outputs") or {}, dict[str, Any], f"{where}.outputs")
    check_shape(extended_from, str | None, f"{where}.extended_from")
    with entry(f"{where}.extended_from"):
        extended = dt.datetime.fromisoformat(extended_from) if extended_from else None
    reverses = data.get("reverses_earlier", False)
    check_shape(reverses, bool, f"{where}.reverses_earlier")
    filed_exhibits = data.get("filed_exhibits")
    check_shape(filed_exhibits, list[list[str]] | None, f"{where}.filed_exhibits")
    if filed_exhibits is not None and any(len(pair) != 2 for pair in filed_exhibits):
        raise Damaged(f"{where}.filed_exhibits", "a list of [label, description] pairs")
    return SeriesAmendment(
        number=number,
        revised=revised,
        items=items,
        filing=filing,
        filing_data=filing_data,
        notes=list(notes),
        kind=kind,
        status=status,
        outputs=dict(data.get("outputs") or {}),
        extended_from=extended,
        reverses_earlier=reverses,
        results=data.get("results"),
        filing_unread=unread,
        filing_problem=problem,
        filed_exhibits=None if filed_exhibits is None else [(a, b) for a, b in filed_exhibits],
    )


def _held(value: object) -> str:
    """What a project holds where a table of filing details belongs, in counsel's words;
    '' for a table."""
    if isinstance(value, dict):
        return ""
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a line of text"
    return "a list" if isinstance(value, list) else "something else"


def _series_from_single(data: dict[str, Any]) -> dict[str, Any]:
    """Version 1 held one amendment: it becomes the first, still a draft, of a series."""
    filing = data.get("filing")
    number = 1
    if isinstance(filing, dict) and isinstance(filing.get("amendment"), dict):
        given = filing["amendment"].get("number")
        if isinstance(given, int) and not isinstance(given, bool) and given >= 1:
            number = given
    amendment = {
        "number": number,
        "kind": "text",
        "status": "draft",
        "filing": filing,
        "notes": data.get("notes", []),
        "items": data.get("items", []),
        "revised": data.get("revised"),
    }
    keep = ("format", "schema_version", "saved", "wording_style", "original")
    return {**{k: data[k] for k in keep if k in data}, "amendments": [amendment]}


def _exhibits_kept(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 did not keep a filed amendment's exhibits as filed: the project's filed
    amendments are described once when it is opened (Series.keep_filed_exhibits), and kept
    from then on."""
    return data


# Each entry upgrades a project of that version to the next one.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {
    1: _series_from_single,
    2: _exhibits_kept,
}


def migrate(data: dict[str, Any], path: Path) -> dict[str, Any]:
    version = data.get("schema_version")
    if not isinstance(version, int) or version < 1:
        raise InputError(path, "project has no valid schema version")
    if version > SCHEMA_VERSION:
        raise InputError(
            path, f"was saved by a newer amendtool (schema {version}); update amendtool to open it"
        )
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
        data["schema_version"] = version
    return data
