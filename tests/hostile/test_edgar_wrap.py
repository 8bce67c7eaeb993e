"""The EDGAR .txt is wrapped at 80 columns without cutting what a reader takes as one thing:
an HTML/SGML entity (`&amp;`, `&#8212;`) is never split across lines, and a tag-like
sequence set apart by the writer (`< PAGE>`) stays on one line, wherever the line would
break: between words, or inside a word longer than the line (a web address)."""

from __future__ import annotations

import re

import pytest

from amendtool.core.layout import Block, Role
from amendtool.io.edgar_writer import blocks_to_ascii

ENTITIES = ("&amp;", "&#8212;", "&nbsp;", "&#x2014;")
TAGS = ("<PAGE>", "</TEXT>", "<DOCUMENT>", "<TYPE>EX-99")
SET_APART = re.compile(r"< ?/?(PAGE|TEXT|DOCUMENT|TYPE)>")


def _texts(shift: int) -> list[str]:
    """Paragraphs in which each entity and tag lands at a different column as `shift`
    grows: after words, and inside one long word."""
    lead = "a" * shift
    pairs = list(zip(ENTITIES, TAGS, strict=True))
    words = f"{lead} " + " ".join(f"word {e} and {t} again" for e, t in pairs)
    address = "https://example.com/" + lead + "".join(f"x{e}y{t}" for e, t in pairs)
    return [words, f"See {address} here.", address * 2]


def _lines(text: str, role: Role) -> list[str]:
    if role is Role.TABLE_ROW:
        block = Block(role, cells=("Name", text))
    else:
        block = Block(role, text=text, label="A." if role is Role.ITEM else "")
    return [line for line in blocks_to_ascii([block]).splitlines() if line != "<PAGE>"]


@pytest.mark.parametrize("role", [Role.BODY, Role.QUOTE, Role.ITEM, Role.TABLE_ROW])
@pytest.mark.parametrize("shift", range(0, 80, 3))
def test_no_entity_or_tag_is_cut_by_a_line_break(role: Role, shift: int) -> None:
    for text in _texts(shift):
        lines = _lines(text, role)
        assert all(len(line) <= 80 for line in lines)
        joined = "\n".join(lines)
        for entity in ENTITIES:
            assert joined.count(entity) == text.count(entity), (entity, lines)
        kept = len(SET_APART.findall(joined))
        assert kept == sum(text.count(t.split(">")[0] + ">") for t in TAGS), lines
        for line in lines:
            assert not line.lstrip().startswith(("<PAGE>", "</TEXT>", "<DOCUMENT>", "<TYPE>"))
