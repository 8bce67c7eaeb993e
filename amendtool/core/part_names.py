"""The parts of an offer known by name ("Summary Term Sheet", "Risk Factors"), and the
headings that name one set apart before the numbered sections.

The names are counsel's to edit (resources/wording/part_names.toml). Word marks such a
heading with a heading style; EDGAR text shows it only as a line of its own and HTML as a
bold or centred paragraph. Read by name, the heading starts its part in every format alike,
so the questions and answers under it are never cited as the cover page's."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from typing import TYPE_CHECKING

from amendtool.core.contents_entries import is_contents_entry
from amendtool.core.errors import InputError
from amendtool.core.headings import Heading
from amendtool.core.model import SectionKind
from amendtool.core.resource_toml import read_toml
from amendtool.core.segment import strip_heading_stop
from amendtool.core.titles import is_all_caps, reads_as_sentence
from amendtool.core.typography import collapse_spaces
from amendtool.resources import resource_path

if TYPE_CHECKING:
    from amendtool.core.structure import RawBlock

_MOST_WORDS = 14  # a longer line is prose, whatever it opens with


@cache
def _names() -> tuple[frozenset[str], tuple[str, ...]]:
    """(the exact titles, the openings) of resources/wording/part_names.toml."""
    path = resource_path("wording", "part_names.toml")
    try:
        table = read_toml(path)
        titles = frozenset(_plain(str(t)) for t in table.get("titles", []))
        openings = tuple(_plain(str(t)) for t in table.get("openings", []))
    except (OSError, tomllib.TOMLDecodeError, TypeError) as exc:
        raise InputError(path, f"the names of an offer's parts cannot be read ({exc})") from exc
    return titles, openings


def _plain(title: str) -> str:
    """Lower case, letters and single spaces only: "Forward-Looking" is "forward looking"."""
    return " ".join(re.sub(r"[^a-z ]+", " ", title.lower()).split())


def names_a_part(title: str) -> bool:
    """The title is a part of an offer by its name ("SUMMARY TERM SHEET", "Risk Factors")."""
    text = _plain(title)
    titles, openings = _names()
    return bool(text) and (text in titles or text.startswith(openings))


def named_parts(
    blocks: list[RawBlock], candidates: list[Heading | None], first: int | None
) -> list[Heading | None]:
    """The candidates, with each block before the first numbered heading (`first`; every
    block when there is none) that names a part and is set apart as a heading read as that
    part's heading. A table of contents entry stays an entry."""
    out = list(candidates)
    end = len(blocks) if first is None else first
    for index in range(end):
        heading = candidates[index]
        if heading is not None and heading.kind is not None:
            continue  # already a heading of the outline
        block = blocks[index]
        if _set_apart_name(block) and not is_contents_entry(blocks, index):
            title = strip_heading_stop(collapse_spaces(block.text))
            out[index] = Heading(SectionKind.PART, None, title, block.heading_level)
    return out


def _set_apart_name(block: RawBlock) -> bool:
    """A line of its own that names a part: capitals, bold, centred, a heading style, or a
    line alone in an EDGAR text file; never a sentence, a question or a quoted heading."""
    if block.table_row or block.note is not None or block.box is not None or block.quotation:
        return False
    if block.run_in:
        return False  # run into its paragraph: a caption, not a part
    text = collapse_spaces(block.text)
    if not text or len(text.split()) > _MOST_WORDS or text.endswith((",", ";", "?", ":")):
        return False
    if reads_as_sentence(text) or not names_a_part(strip_heading_stop(text)):
        return False
    return (
        block.heading_level is not None
        or block.bold
        or block.centred
        or block.single_line
        or block.capitals
        or is_all_caps(text)
    )
