"""Renders each item's filing and notice instructions from the lawyer-editable templates."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from amendtool.core.cited_places import without_whole_mark
from amendtool.core.errors import InputError
from amendtool.core.items import AmendmentItem, ItemKind
from amendtool.core.resource_toml import read_toml
from amendtool.core.templates import templated
from amendtool.core.typography import inner_quotes, single_stops
from amendtool.core.wording_series import ROW_THROUGH, THROUGH, as_amended
from amendtool.core.wording_values import prepare
from amendtool.resources import resource_path

DEFAULT_STYLE = "standard"


@dataclass(frozen=True)
class Wording:
    """The firm's wording of the filing and notice (resources/wording), read once for a run."""

    phrases: dict[str, str]
    filing: dict[str, str]
    notice: dict[str, str]
    exhibits: dict[str, str]
    schedule_to: dict[str, Any] = field(default_factory=dict)
    notice_document: dict[str, Any] = field(default_factory=dict)
    name: str = DEFAULT_STYLE
    plain_notice: dict[str, Any] = field(default_factory=dict)  # the plain employee notice
    printed: dict[str, Any] = field(default_factory=dict)  # Print and Export PDF

    @classmethod
    def load(cls, path: Path) -> Wording:
        try:
            data: dict[str, Any] = templated(read_toml(path))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise InputError(path, f"wording templates cannot be read ({exc})") from exc
        filing = dict(data.get("filing", {}))
        notice = {**filing, **data.get("notice", {})}
        wording = cls(
            dict(data.get("phrases", {})),
            filing,
            notice,
            dict(data.get("exhibits", {})),
            dict(data.get("schedule_to", {})),
            dict(data.get("notice_document", {})),
            path.stem,
            dict(data.get("plain_notice", {})),
            dict(data.get("printed", {})),
        )
        missing = sorted(
            (
                {k.value for k in ItemKind}
                - {
                    "insert_paragraph",
                    "move_paragraph",
                    "insert_sentence",
                    "add_section",
                    "insert_table",
                    "insert_row",
                    "replace_row",
                }
            )
            - set(filing)
        )
        if missing:
            raise InputError(path, f"wording templates lack [filing] {', '.join(missing)}")
        return wording


@cache
def house_wording(style: str = DEFAULT_STYLE) -> Wording:
    return Wording.load(resource_path("wording", f"{style}.toml"))


def filing_text(item: AmendmentItem, exhibit: str, wording: Wording | None = None) -> str:
    """The instruction in the filing, without the quoted new text; counsel's override wins."""
    if item.filing_override and item.override_basis == item.substance():
        return item.filing_override
    return render(item, exhibit, wording or house_wording(), notice=False)


def notice_text(item: AmendmentItem, wording: Wording | None = None) -> str:
    if item.notice_override and item.override_basis == item.substance():
        return item.notice_override
    return render(item, "", wording or house_wording(), notice=True)


def render(item: AmendmentItem, exhibit: str, wording: Wording, notice: bool) -> str:
    templates = wording.notice if notice else wording.filing
    key, values = prepare(item, exhibit, wording, notice)
    # in a series: "…, as amended by Amendment No. 1," after the citation of the target
    through = THROUGH in values or ROW_THROUGH in values
    amended = as_amended(wording.phrases, item, through=through)
    values["exhibit"] += amended
    try:
        text = _capitalise(templates[key].format(**values))
    except (KeyError, IndexError) as exc:
        raise InputError(
            f"{wording.name}.toml",
            f"template [{'notice' if notice else 'filing'}] "
            f"{key} uses an unknown placeholder {exc}",
        ) from exc
    text = without_whole_mark(text)  # an offer with no headings: no section is named
    if amended.endswith(","):
        for stop in ".:":
            text = text.replace(amended + stop, amended[:-1] + stop)
    # words quoted in the instruction keep the offer's own quotation marks single inside
    # ours: 'replacing the words "the 'Purchase Price'"' (house style)
    return inner_quotes(single_stops(text))


def _capitalise(text: str) -> str:
    for index, char in enumerate(text):
        if char.isalpha():
            return text[:index] + char.upper() + text[index + 1 :]
    return text
