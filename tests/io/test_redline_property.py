"""For random documents and edits, the redline accepts to the revised text and rejects to the
original (the redline's own invariant, beside the engine's)."""

from __future__ import annotations

import io
import os

import docx
from hypothesis import HealthCheck, given, settings

from amendtool.core.amendment import Amendment
from amendtool.core.apply import TextDocument
from amendtool.core.drafting import draft_items
from amendtool.core.filing import load_filing
from amendtool.core.structure import build_document
from amendtool.io._oxml_revisions import accept_all, reject_all
from amendtool.io.docx_reader import walk_docx
from tests.conftest import SAMPLES
from tests.core.test_roundtrip_property import pairs
from tests.support.builders import Spec, doc

EXAMPLES = int(os.environ.get("AMENDTOOL_REDLINE_EXAMPLES", "60"))
FILING = load_filing(SAMPLES / "filing.toml")


def flat(sections: list[tuple[str, list[str]]]) -> list[str]:
    return [text for heading, paragraphs in sections for text in [heading, *paragraphs] if text]


def text_of(data: bytes, accept: bool) -> list[str]:
    word = docx.Document(io.BytesIO(data))
    (accept_all if accept else reject_all)(word.element.body)
    read = build_document(walk_docx(word).blocks)
    return flat(TextDocument.from_document(read).comparable())


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pairs())
def test_redline_accepts_to_revised_and_rejects_to_original(pair: tuple[Spec, Spec]) -> None:
    from amendtool.io.redline_docx import build_review_documents

    original, revised = doc(pair[0]), doc(pair[1])
    items = draft_items(original, revised).items
    review = build_review_documents(Amendment(original, revised, items, FILING))
    assert text_of(review.redline, accept=True) == flat(
        TextDocument.from_document(revised).comparable()
    )
    assert text_of(review.redline, accept=False) == flat(
        TextDocument.from_document(original).comparable()
    )
