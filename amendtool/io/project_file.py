"""The .amend project: original and revised text, items with overrides, filing details (JSON)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
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
from amendtool.io.safe_write import write_text_atomic

FORMAT = "amendtool-project"
SCHEMA_VERSION = 1
MAX_PROJECT_BYTES = 256 * 1024 * 1024


@dataclass
class Project:
    original: Document
    revised: Document
    items: list[AmendmentItem]
    filing: FilingDetails | None = None
    wording_style: str = "standard"
    notes: list[str] = field(default_factory=list)
    filing_data: dict[str, Any] | None = None  # as entered, kept even while it has problems

    def __post_init__(self) -> None:
        if self.filing_data is None and self.filing is not None:
            self.filing_data = jsonable(self.filing.to_toml_dict())


def save_project(project: Project, path: str | Path) -> None:
    data = {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "saved": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "original": document_to_dict(project.original),
        "revised": document_to_dict(project.revised),
        "items": [item.to_dict() for item in project.items],
        "filing": jsonable(project.filing_data) if project.filing_data else None,
        "wording_style": project.wording_style,
        "notes": project.notes,
    }
    write_text_atomic(path, json.dumps(data, indent=1, ensure_ascii=False))


def load_project(path: str | Path) -> Project:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_PROJECT_BYTES:
            raise InputError(path, "is too large to be an amendtool project")
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError(path, "file not found; check the path") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(
            path,
            "is not an amendtool project (damaged or another kind of "
            "file); open a recovery copy if you have one",
        ) from exc
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror})") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InputError(path, "is not an amendtool project")
    data = migrate(data, path)
    try:
        filing_data = data.get("filing")
        try:
            filing = filing_from_dict(filing_data, path) if filing_data else None
        except FilingError:
            filing = None  # kept as entered; the app shows what to fix
        return Project(
            original=document_from_dict(data["original"]),
            revised=document_from_dict(data["revised"]),
            items=[AmendmentItem.from_dict(i) for i in data["items"]],
            filing=filing,
            wording_style=data.get("wording_style", "standard"),
            notes=list(data.get("notes", [])),
            filing_data=filing_data,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(path, f"project is damaged ({type(exc).__name__}: {exc})") from exc


# Each entry upgrades a project of that version to the next one.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


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


def document_to_dict(document: Document) -> dict[str, Any]:
    return {
        "source": document.source,
        "sha256": document.sha256,
        "notices": document.notices,
        "sections": [
            {
                "id": s.id,
                "kind": s.kind.value,
                "heading": s.heading,
                "number": s.number,
                "title": s.title,
                "heading_pages": [[m.offset, m.label] for m in s.heading_pages],
                "paragraphs": [
                    {
                        "id": p.id,
                        "text": p.text,
                        "kind": p.kind.value,
                        "style": p.style,
                        "indent": p.indent,
                        "pages": [[m.offset, m.label] for m in p.pages],
                    }
                    for p in s.paragraphs
                ],
            }
            for s in document.sections
        ],
    }


def document_from_dict(data: dict[str, Any]) -> Document:
    sections = [
        Section(
            id=s["id"],
            kind=SectionKind(s["kind"]),
            heading=s["heading"],
            number=s["number"],
            title=s["title"],
            heading_pages=tuple(PageMark(o, label) for o, label in s.get("heading_pages", [])),
            paragraphs=[
                Paragraph(
                    id=p["id"],
                    text=p["text"],
                    kind=ParagraphKind(p["kind"]),
                    style=p.get("style"),
                    indent=p.get("indent"),
                    pages=tuple(PageMark(o, label) for o, label in p.get("pages", [])),
                )
                for p in s["paragraphs"]
            ],
        )
        for s in data["sections"]
    ]
    return Document(
        sections=sections,
        source=data.get("source", ""),
        sha256=data.get("sha256", ""),
        notices=list(data.get("notices", [])),
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
