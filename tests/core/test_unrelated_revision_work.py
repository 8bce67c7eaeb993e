"""Whether the revised file is a revision of the original is decided on one reading of each
document's words: the words it keeps, the issuer and the securities named anywhere in it
were each read from the whole text again (a long offer's text read four or five times on
every draft). Work is counted (documents read for their words), never timed."""

from __future__ import annotations

import pytest

from amendtool.core import unrelated_revision
from amendtool.core.errors import InputError
from amendtool.core.unrelated_revision import refuse_unrelated
from tests.support.builders import doc

OPENING = (
    "Kestrel Robotics, Inc. (\u201cKestrel,\u201d \u201cwe\u201d or \u201cus\u201d) is offering "
    "to purchase any and all of its outstanding 6.25% Senior Notes due 2027."
)
BODY = [
    "Holders who tender their notes will receive the purchase price in cash.",
    "The offer expires at 5:00 p.m., New York City time, unless it is extended.",
    "Notes\tPrincipal amount\tPrice",
]


def _offer(copies: int, opening: str = OPENING, extra: str = "") -> object:
    paragraphs = BODY * copies + ([extra] if extra else [])
    return doc([("", ["KESTREL ROBOTICS, INC.", opening]), ("1. Terms", paragraphs)])


@pytest.mark.parametrize("copies", [1, 10, 100])
def test_each_document_is_read_for_its_words_once(copies: int) -> None:
    before = unrelated_revision.PASSES[0]
    refuse_unrelated(_offer(copies), _offer(copies, extra="A new sentence."), "revised.docx")
    # the original's prose (its words kept), the revised file's whole text (the words it
    # keeps, and the issuer and the notes named in it)
    assert unrelated_revision.PASSES[0] - before == 2


def test_another_issuers_offer_reads_each_document_once_and_is_refused() -> None:
    other = OPENING.replace("Kestrel Robotics", "Osprey Systems").replace("Kestrel", "Osprey")
    revised = doc([("", ["OSPREY SYSTEMS, INC.", other]), ("1. Terms", BODY * 5)])
    before = unrelated_revision.PASSES[0]
    with pytest.raises(InputError, match="is the offer of"):
        refuse_unrelated(_offer(5), revised, "revised.docx")
    # the original read twice: its prose for the words kept, its whole text for the names
    assert unrelated_revision.PASSES[0] - before <= 3
