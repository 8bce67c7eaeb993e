"""An item's quotation is gathered piece by piece and joined once: an item restating a
20,000-row table had its quotation copied again for each row it quoted (the square of the
rows in characters copied) while the filing was compared with the notice."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core.checks import quoted_items
from amendtool.core.layout import Block, Role

ROLES = [Role.ITEM, Role.QUOTE, Role.TABLE_ROW, Role.TABLE_HEADER, Role.BODY, Role.HEADING]
WORDS = st.sampled_from(["", "New words.", '"Row', 'cell"', "$1.00", "2001"])


@st.composite
def blocks(draw: st.DrawFn) -> list[Block]:
    out = []
    for role in draw(st.lists(st.sampled_from(ROLES), max_size=30)):
        document = draw(st.sampled_from(["filing", "notice"]))
        if role in (Role.TABLE_ROW, Role.TABLE_HEADER):
            cells = tuple(draw(st.lists(WORDS, max_size=3)))
            out.append(Block(role, cells=cells, document=document))
        else:
            out.append(Block(role, draw(WORDS), document=document))
    return out


def one_by_one(blocks: list[Block], document: str) -> list[tuple[str, str]]:
    """The quotations as each block extends the one before it: what counsel reads."""
    out: list[tuple[str, str]] = []
    quoting = False
    for block in blocks:
        if block.document != document:
            continue
        if block.role is Role.ITEM:
            out.append((block.text, ""))
            quoting = True
        elif quoting and block.role in (Role.QUOTE, Role.TABLE_ROW, Role.TABLE_HEADER):
            said = block.text if block.role is Role.QUOTE else "\t".join(block.cells)
            out[-1] = (out[-1][0], "\t".join(q for q in (out[-1][1], said) if q))
        else:
            quoting = False
    return out


@settings(max_examples=300, deadline=None)
@given(blocks(), st.sampled_from(["filing", "notice"]))
def test_each_quotation_is_every_quoted_piece_in_order(found: list[Block], document: str) -> None:
    assert quoted_items(found, document) == one_by_one(found, document)


def test_a_long_table_s_quotation_holds_every_row() -> None:
    rows = [
        Block(Role.TABLE_ROW, cells=(f"Holder {n}", f"{7 * n + 1} options")) for n in range(20_000)
    ]
    item = Block(Role.ITEM, "Section 9 is amended to read:", label="A.")
    [(instruction, quoted)] = quoted_items([item, *rows], "filing")
    assert instruction == item.text
    assert quoted.split("\t")[-2:] == ["Holder 19999", "139994 options"]
    assert quoted.count("\t") == 2 * 20_000 - 1
