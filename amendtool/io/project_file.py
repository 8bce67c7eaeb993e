"""The .amend project (JSON): the offer as filed and each of its amendments, with its revised
text, items and overrides, filing details, status and outputs."""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import fields
from operator import attrgetter
from pathlib import Path
from typing import Any

from amendtool.core.errors import InputError
from amendtool.core.filing import FilingDetails, FilingError, filing_from_dict
from amendtool.core.items import AmendmentItem
from amendtool.core.model import (
    Document,
    PageMark,
    Paragraph,
    ParagraphKind,
    Section,
    SectionKind,
)
from amendtool.core.series import AmendmentKind, Series, SeriesAmendment, Status, single
from amendtool.core.text_limits import amendments_excess, document_excess, items_excess
from amendtool.io.project_checks import Damaged, check_shape, clean_strings
from amendtool.io.safe_write import write_text_atomic
from amendtool.io.source_file import A_PROJECT, read_source, what_it_holds

FORMAT = "amendtool-project"
SCHEMA_VERSION = 2  # 1: one amendment; 2: the offer and the series of its amendments
MAX_PROJECT_BYTES = 256 * 1024 * 1024


class Project:
    """The offer as filed and the series of its amendments. `revised`, `items`, `filing`,
    `filing_data` and `notes` are those of the series' last amendment, the one being
    drafted, so a project of one amendment reads as projects always have."""

    def __init__(
        self,
        original: Document,
        revised: Document | None = None,
        items: list[AmendmentItem] | None = None,
        filing: FilingDetails | None = None,
        wording_style: str = "standard",
        notes: list[str] | None = None,
        filing_data: dict[str, Any] | None = None,
        series: Series | None = None,
    ) -> None:
        if series is None:
            if filing_data is None and filing is not None:
                filing_data = jsonable(filing.to_toml_dict())
            series = single(
                original,
                revised if revised is not None else original,
                list(items or []),
                filing,
                filing_data,
                notes,
                wording_style,
            )
        self.series = series

    @property
    def original(self) -> Document:
        return self.series.original

    @original.setter
    def original(self, value: Document) -> None:
        self.series.original = value

    @property
    def current(self) -> SeriesAmendment:
        return self.series.current

    @property
    def revised(self) -> Document:
        return self.current.revised

    @revised.setter
    def revised(self, value: Document) -> None:
        self.current.revised = value

    @property
    def items(self) -> list[AmendmentItem]:
        return self.current.items

    @items.setter
    def items(self, value: list[AmendmentItem]) -> None:
        self.current.items = value

    @property
    def filing(self) -> FilingDetails | None:
        return self.current.filing

    @filing.setter
    def filing(self, value: FilingDetails | None) -> None:
        self.current.filing = value

    @property
    def filing_data(self) -> dict[str, Any] | None:
        return self.current.filing_data

    @filing_data.setter
    def filing_data(self, value: dict[str, Any] | None) -> None:
        self.current.filing_data = value

    @property
    def notes(self) -> list[str]:
        return self.current.notes

    @notes.setter
    def notes(self, value: list[str]) -> None:
        self.current.notes = value

    @property
    def wording_style(self) -> str:
        return self.series.wording_style

    @wording_style.setter
    def wording_style(self, value: str) -> None:
        self.series.wording_style = value


def save_project(project: Project, path: str | Path) -> None:
    write_text_atomic(path, project_json(project))


def project_json(project: Project) -> str:
    """The project as compact JSON. The documents are by far the largest part and the
    autosave writes them every few seconds while counsel types: each section is encoded
    once and its text reused until the section changes."""
    series = project.series
    head = _dumps(
        {
            "format": FORMAT,
            "schema_version": SCHEMA_VERSION,
            "saved": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "wording_style": series.wording_style,
        }
    )
    amendments = ",".join(_amendment_json(a) for a in series.amendments)
    return f'{head[:-1]},"original":{document_json(series.original)},"amendments":[{amendments}]}}'


def _amendment_json(amendment: SeriesAmendment) -> str:
    head = _dumps(
        {
            "number": amendment.number,
            "kind": amendment.kind.value,
            "status": amendment.status.value,
            "outputs": jsonable(amendment.outputs),
            "extended_from": jsonable(amendment.extended_from),
            "results": jsonable(amendment.results),
            "filing": jsonable(amendment.filing_data) if amendment.filing_data else None,
            "notes": amendment.notes,
            "items": [item.to_dict() for item in amendment.items],
        }
    )
    return f'{head[:-1]},"revised":{document_json(amendment.revised)}}}'


def load_project(path: str | Path) -> Project:
    """Read through the input gate, then check every value's shape: a damaged or crafted
    project is refused with one line saying where, never half-trusted."""
    from amendtool.io.project_outputs import finish_pending

    path = Path(path)
    finish_pending(path)  # a save cut off between the outputs and the project
    raw = read_source(path, MAX_PROJECT_BYTES, empty="open a recovery copy if you have one")
    _check_holds_a_project(path, raw)
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(
            path,
            "is not an amendtool project (damaged or another kind of "
            "file); open a recovery copy if you have one",
        ) from exc
    except RecursionError as exc:
        raise InputError(path, "is nested too deeply to be an amendtool project") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InputError(path, "is not an amendtool project")
    data = clean_strings(migrate(data, path))
    try:
        check_shape(data.get("original"), dict, "original")
        check_shape(data.get("amendments"), list, "amendments")
        _within_limits(path, amendments_excess(len(data["amendments"])), "the project")
        original = document_from_dict(data["original"])
        check_shape(original, Document, "original")
        _within_limits(path, document_excess(original), "its original")
        style = data.get("wording_style", "standard")
        check_shape(style, str, "wording_style")
        amendments = []
        for index, entry in enumerate(data["amendments"]):
            check_shape(entry, dict[str, Any], f"amendments[{index}]")
            amendments.append(_amendment_from_dict(entry, path, f"amendments[{index}]"))
        series = Series(original, amendments, style)
    except Damaged as exc:
        raise InputError(path, f"project is damaged: {exc}") from exc
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise InputError(path, f"project is damaged ({type(exc).__name__}: {exc})") from exc
    if not series.amendments:
        raise InputError(path, "project is damaged (it holds no amendment)")
    return Project(series.original, series=series)


def _check_holds_a_project(path: Path, raw: bytes) -> None:
    """Another kind of file given as the project (the offer, its filing details) is named by
    what it is, with where a project comes from."""
    holds = what_it_holds(raw)
    if holds in (A_PROJECT, "text", "data (JSON)"):
        return  # read as a project: damaged or not, the reading says
    raise InputError(
        path,
        f"is {holds}, not an amendtool project; give the project's .amend file (saved from "
        "the app, or made by amendtool draft ORIGINAL REVISED … --project P.amend)",
    )


def _within_limits(path: Path, problem: str | None, whose: str) -> None:
    """A project past the limits of a document (core/text_limits.py) was made or changed
    outside amendtool: refused before anything is compared, as such a document would be."""
    if problem:
        raise InputError(
            path,
            f"{whose} {problem}; the project was changed outside amendtool: open a recovery "
            "copy if you have one",
        )


def _amendment_from_dict(data: dict[str, Any], path: Path, where: str) -> SeriesAmendment:
    """One amendment of the series, each value checked against the model's own annotations,
    so a wrong type is refused at the door (naming where) instead of failing in a writer."""
    from amendtool.core.items import LEGACY
    from amendtool.core.materiality import propose_all

    filing_data = data.get("filing")
    if not isinstance(filing_data, dict):
        filing_data = None  # damaged beyond reading: the app asks for them again
    try:
        filing = filing_from_dict(filing_data, path) if filing_data else None
    except (FilingError, KeyError, TypeError, ValueError, AttributeError):
        filing = None  # kept as entered; the app shows what to fix
    for key, kind in (("revised", dict), ("items", list)):
        check_shape(data.get(key), kind, f"{where}.{key}")
    number = data.get("number")
    which = f"Amendment No. {number}" if isinstance(number, int) else where
    _within_limits(path, items_excess(len(data["items"])), which)
    items = []
    for index, entry in enumerate(data["items"]):
        check_shape(entry, dict[str, Any], f"{where}.items[{index}]")
        item = AmendmentItem.from_dict(entry)
        check_shape(item, AmendmentItem, f"{where}.items[{index}]")
        items.append(item)
    notes = data.get("notes") or []
    check_shape(notes, list[str], f"{where}.notes")
    revised = document_from_dict(data["revised"])
    check_shape(revised, Document, f"{where}.revised")
    _within_limits(path, document_excess(revised), f"the draft of {which}")
    status = Status(data.get("status", "draft"))
    if status is Status.DRAFT or any(i.materiality_source == LEGACY for i in items):
        # the firm's current rules; counsel's choices stay, and a filed amendment keeps the
        # classes it was filed with
        propose_all(items)
    extended_from = data.get("extended_from")
    if isinstance(number, bool) or not isinstance(number, int):
        raise ValueError(f"amendment number {number!r}")
    return SeriesAmendment(
        number=number,
        revised=revised,
        items=items,
        filing=filing,
        filing_data=filing_data,
        notes=list(notes),
        kind=AmendmentKind(data.get("kind", "text")),
        status=status,
        outputs=dict(data.get("outputs") or {}),
        extended_from=dt.datetime.fromisoformat(extended_from) if extended_from else None,
        results=data.get("results"),
    )


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


# Each entry upgrades a project of that version to the next one.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _series_from_single}


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


def document_json(document: Document) -> str:
    head = _dumps(
        {"source": document.source, "sha256": document.sha256, "notices": document.notices}
    )
    sections = ",".join(_section_json(s) for s in document.sections)
    return f'{head[:-1]},"sections":[{sections}]}}'


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


# Paragraph fields saved as they are; `kind` and `pages` are converted, and the reader's
# element (`source`, not compared) is never saved. A field added to the model is saved too.
_PLAIN = tuple(f.name for f in fields(Paragraph) if f.compare and f.name not in ("kind", "pages"))
_SAVED = attrgetter(*_PLAIN, "kind", "pages")

# Encoded sections by their content (a section equal in every saved field encodes the same);
# bounded, and shared by the UI thread and an autosave in a worker.
_ENCODED: OrderedDict[tuple[Any, ...], str] = OrderedDict()
_ENCODED_MAX = 16384
_ENCODED_LOCK = threading.Lock()


def _section_json(section: Section) -> str:
    key = (
        section.id,
        section.kind,
        section.heading,
        section.number,
        section.title,
        section.heading_pages,
        tuple(map(_SAVED, section.paragraphs)),
    )
    with _ENCODED_LOCK:
        text = _ENCODED.get(key)
        if text is not None:
            _ENCODED.move_to_end(key)
            return text
    text = _dumps(_section_dict(section))
    with _ENCODED_LOCK:
        _ENCODED[key] = text
        if len(_ENCODED) > _ENCODED_MAX:
            _ENCODED.popitem(last=False)
    return text


def _section_dict(s: Section) -> dict[str, Any]:
    return {
        "id": s.id,
        "kind": s.kind.value,
        "heading": s.heading,
        "number": s.number,
        "title": s.title,
        "heading_pages": [[m.offset, m.label] for m in s.heading_pages],
        "paragraphs": [_paragraph_dict(p) for p in s.paragraphs],
    }


def _paragraph_dict(p: Paragraph) -> dict[str, Any]:
    out: dict[str, Any] = {"id": p.id, "text": p.text}
    for name in _PLAIN:
        value = getattr(p, name)
        if value is not None and name not in out:
            out[name] = value
    out["kind"] = p.kind.value
    out["pages"] = [[m.offset, m.label] for m in p.pages]
    return out


def document_from_dict(data: dict[str, Any]) -> Document:
    check_shape(data.get("sections"), list[dict[str, Any]], "sections")
    sections = [
        Section(
            id=s["id"],
            kind=SectionKind(s["kind"]),
            heading=s["heading"],
            number=s["number"],
            title=s["title"],
            heading_pages=tuple(PageMark(o, label) for o, label in s.get("heading_pages", [])),
            paragraphs=[_paragraph_from_dict(p) for p in s["paragraphs"]],
        )
        for s in data["sections"]
    ]
    return Document(
        sections=sections,
        source=data.get("source", ""),
        sha256=data.get("sha256", ""),
        notices=list(data.get("notices", [])),
    )


def _paragraph_from_dict(p: dict[str, Any]) -> Paragraph:
    return Paragraph(
        id=p["id"],
        text=p["text"],
        kind=ParagraphKind(p["kind"]),
        pages=tuple(PageMark(o, label) for o, label in p.get("pages", [])),
        **{name: p[name] for name in _PLAIN if name in p and name not in ("id", "text")},
    )


def jsonable(value: Any) -> Any:
    """Dates and times as ISO text: filing details kept in JSON."""
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [jsonable(v) for v in value]
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value
