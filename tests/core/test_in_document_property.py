"""The notice's blocks named for a document (the notice, the filing's exhibit) are copies of
each block with the document's name: made anew, each block's text was read again for full
stops it already had. The copy is the block dataclasses.replace makes."""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core.layout import Block, Role
from amendtool.core.notice_document import in_document

texts = st.lists(
    st.sampled_from(
        ["a", "Inc", ".", "..", " ", "p.m.", '"', "\u201d", "\u2019", "'", "5:00", ")"]
    ),
    max_size=12,
).map("".join)
blocks = st.builds(
    Block,
    role=st.sampled_from(list(Role)),
    text=texts,
    label=st.sampled_from(["", "A.", "1."]),
    cells=st.lists(texts, max_size=3).map(tuple),
    document=st.sampled_from(["filing", "notice", "exhibit"]),
    items=st.lists(st.integers(0, 5), max_size=2).map(tuple),
    spans=st.none() | st.lists(st.integers(1, 3), max_size=3).map(tuple),
    quoted=st.booleans(),
)


@settings(max_examples=1500, deadline=None)
@given(blocks, st.sampled_from(["filing", "notice", "exhibit"]))
def test_a_block_named_for_a_document_is_the_block_made_anew(block: Block, document: str) -> None:
    moved = in_document(block, document)
    made = dataclasses.replace(block, document=document)
    assert moved == made and type(moved) is Block and moved.document == document
    assert vars(moved) == vars(made)
    assert (moved is block) is (block.document == document)
