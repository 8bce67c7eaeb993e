"""The documents of a project as JSON and back: the offer as filed and each amendment's
revised text, encoded section by section so an autosave re-encodes only what changed."""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections import OrderedDict
from dataclasses import fields
from operator import attrgetter
from typing import Any

from amendtool.core.model import (
    Document,
    PageMark,
    Paragraph,
    ParagraphKind,
    Section,
    SectionKind,
)
from amendtool.core.pattern_store import compiled
from amendtool.io.project_checks import check_shape, entry, enum_value


def document_json(document: Document) -> str:
    head = dumps(
        {"source": document.source, "sha256": document.sha256, "notices": document.notices}
    )
    sections = ",".join(_section_json(s) for s in document.sections)
    return f'{head[:-1]},"sections":[{sections}]}}'


def dumps(value: Any) -> str:
    """Compact JSON. A path the system gave with bytes that are not UTF-8 (a file or folder
    name on Linux) holds lone surrogates, which UTF-8 cannot write: each is written as its
    JSON escape, so the project saves and the path reads back as it was."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if _SURROGATE.search(text):
        text = _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return text


_SURROGATE = compiled("[\ud800-\udfff]")


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
    text = dumps(_section_dict(section))
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
    """The document saved in a project; what is missing or unreadable is damage at the
    section or paragraph it is in (io/project_checks.entry)."""
    check_shape(data.get("sections"), list[dict[str, Any]], "sections")
    sections = []
    for index, s in enumerate(data["sections"]):
        with entry(f"sections[{index}]"):
            check_shape(s.get("paragraphs"), list[dict[str, Any]], "paragraphs")
            paragraphs = []
            for number, p in enumerate(s["paragraphs"]):
                with entry(f"paragraphs[{number}]"):
                    paragraphs.append(_paragraph_from_dict(p))
            marks = s.get("heading_pages", [])
            sections.append(
                Section(
                    id=s["id"],
                    kind=enum_value(SectionKind, s, "kind"),
                    heading=s["heading"],
                    number=s["number"],
                    title=s["title"],
                    heading_pages=tuple(PageMark(o, label) for o, label in marks),
                    paragraphs=paragraphs,
                )
            )
    return Document(
        sections=sections,
        source=data.get("source", ""),
        sha256=data.get("sha256", ""),
        notices=list(data.get("notices", [])),
    )


def _paragraph_from_dict(p: dict[str, Any]) -> Paragraph:
    plain = {name: p[name] for name in _PLAIN if name in p and name not in ("id", "text")}
    if isinstance(plain.get("spans"), list):  # saved as JSON's list; the model's tuple
        plain["spans"] = tuple(plain["spans"])
    return Paragraph(
        id=p["id"],
        text=p["text"],
        kind=enum_value(ParagraphKind, p, "kind"),
        pages=tuple(PageMark(o, label) for o, label in p.get("pages", [])),
        **plain,
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
