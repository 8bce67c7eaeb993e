"""Which revised text box is which filed one is asked of every paragraph pair of the
offer; an offer without text boxes answers without reading the pairs (10,000 pairs of
keys made and looked up on each draft of a 300-page offer, for nothing)."""

from __future__ import annotations

from collections.abc import Iterator

from amendtool.core.drafting.box_places import TextBoxes
from tests.support.builders import doc


def test_an_offer_without_boxes_reads_no_pairs() -> None:
    spec = [("1. Terms", ["The offer expires on May 1.", "Holders may withdraw."])]
    boxes = TextBoxes(doc(spec), doc(spec))
    read: list[int] = []

    def pairs() -> Iterator[tuple[str, str]]:
        for index in range(3):
            read.append(index)
            yield f"rev:s1:{index}", f"p{index}"

    boxes.identify(pairs())
    assert read == []
    assert boxes.box_of("rev:s1:0") is None
