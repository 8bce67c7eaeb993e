"""The .amend project (JSON): the offer as filed and each of its amendments, with its revised
text, items and overrides, filing details, status and outputs."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any

from amendtool.core.clean_text import Removed
from amendtool.core.errors import InputError, shown_name
from amendtool.core.filing import FilingDetails
from amendtool.core.items import AmendmentItem
from amendtool.core.model import Document
from amendtool.core.series import Series, SeriesAmendment, single
from amendtool.core.text_limits import amendments_excess, document_excess
from amendtool.io.project_amendments import (
    MIGRATIONS,
    SCHEMA_VERSION,
    amendment_from_dict,
    amendment_json,
    migrate,
    within_limits,
)
from amendtool.io.project_checks import Damaged, check_shape, clean_strings, entry
from amendtool.io.project_documents import document_from_dict, document_json, dumps, jsonable
from amendtool.io.project_numbers import check_numbers, check_series_numbers, read_whole_number
from amendtool.io.project_pages import check_cited_pages
from amendtool.io.project_places import damage_line, removed_line
from amendtool.io.safe_write import write_text_atomic
from amendtool.io.source_file import A_PROJECT, read_source, what_it_holds
from amendtool.io.text_encoding import bom_codec, utf16_without_bom

# the project's pieces are read and written by their own modules; these names stay here
__all__ = [
    "FORMAT",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "Project",
    "document_from_dict",
    "document_json",
    "jsonable",
    "load_project",
    "migrate",
    "project_json",
    "save_project",
]

FORMAT = "amendtool-project"
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
        # what reading the file took out of it, for the command line and the app to say
        self.notices: list[str] = []

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
    head = dumps(
        {
            "format": FORMAT,
            "schema_version": SCHEMA_VERSION,
            "saved": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "wording_style": series.wording_style,
            "identity": series.identity,
        }
    )
    amendments = ",".join(amendment_json(a) for a in series.amendments)
    return f'{head[:-1]},"original":{document_json(series.original)},"amendments":[{amendments}]}}'


def load_project(path: str | Path) -> Project:
    """Read through the input gate, then check every value's shape: a damaged or crafted
    project is refused with one line saying where, never half-trusted."""
    from amendtool.io.project_outputs import finish_pending

    path = Path(path)
    finish_pending(path)  # a save cut off between the outputs and the project
    raw = read_source(path, MAX_PROJECT_BYTES, empty="open a recovery copy if you have one")
    _check_holds_a_project(path, raw)
    notices: list[str] = []
    try:
        data = json.loads(_decoded(path, raw, notices), parse_int=read_whole_number)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(
            path,
            "is not an amendtool project (damaged or another kind of "
            "file); open a recovery copy if you have one",
        ) from exc
    except RecursionError as exc:
        raise InputError(
            path,
            "is nested too deeply to be an amendtool project (damaged or made by another "
            "program); open a recovery copy if you have one, or draft the amendment again",
        ) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InputError(path, "is not an amendtool project")
    removals: list[tuple[str, Removed]] = []
    saved = data.get("amendments")
    numbers = [a.get("number") if isinstance(a, dict) else None for a in saved or []]
    try:
        check_numbers(data)
    except Damaged as exc:
        raise InputError(path, _damaged(damage_line(exc.where, exc.problem, numbers))) from None
    data = clean_strings(migrate(data, path), removals)
    saved = data.get("amendments")
    numbers = [a.get("number") if isinstance(a, dict) else None for a in saved or []]
    try:
        check_shape(data.get("original"), dict, "original")
        check_shape(saved, list, "amendments")
        within_limits(path, amendments_excess(len(data["amendments"])), "the project")
        try:
            check_series_numbers(saved)
        except Damaged as exc:  # the numbers are in question: the place said by position
            raise InputError(path, _damaged(damage_line(exc.where, exc.problem))) from None
        with entry("original"):
            original = document_from_dict(data["original"])
        check_shape(original, Document, "original")
        within_limits(path, document_excess(original), "its original")
        style = data.get("wording_style", "standard")
        check_shape(style, str, "wording_style")
        amendments = []
        for index, saved_entry in enumerate(data["amendments"]):
            check_shape(saved_entry, dict[str, Any], f"amendments[{index}]")
            amendments.append(amendment_from_dict(saved_entry, path, f"amendments[{index}]"))
        check_cited_pages(original, amendments)
        series = Series(original, amendments, style, identity=_identity(data, path))
        series.keep_filed_exhibits()  # a project saved before they were kept (schema 2)
    except Damaged as exc:
        raise InputError(path, _damaged(damage_line(exc.where, exc.problem, numbers))) from None
    except (KeyError, TypeError, ValueError, AttributeError, IndexError, OverflowError):
        raise InputError(path, _damaged("a value amendtool cannot read")) from None
    if not series.amendments:
        raise InputError(path, _damaged("it holds no amendment"))
    from amendtool.core.items_read_again import read_again
    from amendtool.core.outline_reread import reread_series

    project = Project(series.original, series=series)
    # the outline and the places an earlier version read otherwise
    project.notices += notices + reread_series(series) + read_again(series)
    if removals:  # typed into the file by hand, or pasted: out, and the first one named
        where, first = removals[0]
        first.count = sum(removed.count for _, removed in removals)
        project.notices.append(f"{shown_name(path.name)}: {removed_line(where, first, numbers)}")
    return project


def _identity(data: dict[str, Any], path: Path) -> str:
    """The identity the project was saved with; a project saved before projects had one is
    known by where its file is, the same at every reading until it is saved with its own."""
    identity = data.get("identity")
    if identity is None:
        return "file-" + hashlib.sha256(str(path.resolve()).encode("utf-8")).hexdigest()[:16]
    check_shape(identity, str, "identity")
    if not 0 < len(identity) <= 64:
        raise Damaged("identity", "a project's identity (1 to 64 characters)")
    return str(identity)


def _damaged(problem: str) -> str:
    return f"the project is damaged: {problem}; open a recovery copy if you have one"


def _decoded(path: Path, raw: bytes, notices: list[str]) -> str:
    """amendtool writes UTF-8; a project edited by hand in a program that saved it in its
    own code page (Windows-1252, Mac Roman) or as UTF-16 or UTF-32 is read as saved, and a
    notice says so. Bytes no such encoding reads raise UnicodeDecodeError."""
    from amendtool.io.text_encoding import decode_as_saved, encoding_name

    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        wide = bom_codec(raw[:4]) or utf16_without_bom(raw[:4096])
    if wide is not None:  # "Unicode" as Notepad saves it: intact, read as saved
        text, codec = raw.decode(wide).lstrip("\ufeff"), wide
    else:
        text, codec = decode_as_saved(raw, path)
    notices.append(
        f"{shown_name(path.name)}: is not UTF-8, as amendtool saves projects; read as "
        f"{encoding_name(codec)} (saving it from amendtool makes it UTF-8 again)"
    )
    return text


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
