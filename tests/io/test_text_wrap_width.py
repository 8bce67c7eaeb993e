"""EDGAR text re-wrapped to another width reads as the same paragraphs.

An amendment compares two files that other hands printed, often at different widths (or one
re-saved with its paragraphs unwrapped): the reading of a page must come from that page's own
lines, never from how long the lines are elsewhere in the file.
"""

from __future__ import annotations

import itertools
import textwrap
import tomllib
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.model import Document, ParagraphKind
from amendtool.io.load import load_document

DISPLAY = [
    "ACME WIDGETS, INC.",
    "OFFER TO EXCHANGE OUTSTANDING OPTIONS TO PURCHASE COMMON STOCK FOR NEW OPTIONS",
    "THE OFFER EXPIRES AT 5:00 P.M., EASTERN TIME, ON FRIDAY, JUNE 14, 2002, UNLESS EXTENDED.",
]
COVER = [
    "Acme Widgets, Inc. is offering to exchange options with an exercise price of $20.00 or "
    "more for New Options to be granted under the Acme Widgets, Inc. 2002 Stock Plan.",
    "You must deliver your Election Form to Human Resources before the offer expires. Neither "
    "Acme Widgets, Inc. nor its Board of Directors makes any recommendation to you.",
]
SECTIONS = {
    "1. ELIGIBILITY.": [
        "You are eligible if you are an employee of Acme Widgets, Inc. or one of its "
        "subsidiaries on the date the offer starts and on the date the New Options are granted. "
        "Directors and Executive Officers are not eligible.",
        "Employees who leave before the expiration date may not take part in the offer, and "
        "Options held by them will not be accepted for exchange. Consultants are not eligible.",
    ],
    "2. CONDITIONS OF THE OFFER.": [
        "We may end the offer if any change occurs in our business that is material to us or "
        "may impair the contemplated benefits of the offer to us, as described in Section 1 "
        "of this Offer to Exchange.",
        "We will determine all questions as to the validity of any tender. Our determination "
        "is final. We may reject any tender, and We may waive any defect in the Election Form.",
    ],
}
SIGNATURE = ["ACME WIDGETS, INC.", "May 15, 2002"]


def _centred(text: str, width: int, measure: int) -> list[str]:
    """A display line wrapped to `measure` and each line centred on a page `width` wide."""
    return [line.center(width).rstrip() for line in textwrap.wrap(text, measure)]


def _prose(text: str, width: int) -> list[str]:
    """A paragraph wrapped at `width`, its first line set in five spaces (ragged right)."""
    if width <= 0:  # unwrapped: the paragraph is one line, as a word processor saves it
        return ["     " + text]
    return textwrap.wrap(
        text,
        width,
        initial_indent="     ",
        break_long_words=False,
        break_on_hyphens=False,
    )


def offer_text(page: int, widths: list[int]) -> str:
    """The offer with display lines centred on a page `page` wide and each paragraph wrapped
    at its own width from `widths` (0: not wrapped at all)."""
    pick = itertools.cycle(widths)
    blocks: list[list[str]] = [_centred(line, page, page - 16) for line in DISPLAY]
    blocks += [_prose(text, next(pick)) for text in COVER]
    blocks.append(["<PAGE>"])
    for heading, texts in SECTIONS.items():
        blocks.append([heading])
        blocks += [_prose(text, next(pick)) for text in texts]
    blocks.append(["     " + line for line in SIGNATURE])
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"


def paragraphs(document: Document) -> list[str]:
    return [p.text for s in document.sections for p in s.paragraphs]


EXPECTED = [*DISPLAY, *COVER, *(t for ts in SECTIONS.values() for t in ts), *SIGNATURE]


def read(tmp_path: Path, name: str, text: str) -> Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_document(path)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    page=st.integers(min_value=60, max_value=80),
    ragged=st.lists(st.integers(min_value=0, max_value=12), min_size=1, max_size=6),
    unwrapped=st.booleans(),
)
# paragraphs wrapped at several widths are not a file of one paragraph a line (Word's plain text)
@example(page=80, ragged=[0, 7, 4, 0], unwrapped=False)
@example(page=60, ragged=[12, 0], unwrapped=False)
def test_the_same_offer_at_any_width_reads_as_the_same_paragraphs(
    tmp_path: Path, page: int, ragged: list[int], unwrapped: bool
) -> None:
    widths = [0] if unwrapped else [page - cut for cut in ragged]
    document = read(tmp_path, "offer.txt", offer_text(page, widths))
    assert paragraphs(document) == EXPECTED
    assert [s.name for s in document.numbered_sections()] == [
        "Section 1. Eligibility",
        "Section 2. Conditions of the Offer",
    ]


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(page=st.integers(min_value=60, max_value=80), prose=st.integers(min_value=56, max_value=98))
def test_titles_centred_on_a_narrower_page_than_the_prose_read_as_at_any_width(
    tmp_path: Path, page: int, prose: int
) -> None:
    """A printer centres the cover's titles on one measure and wraps the prose to another
    (titles centred on 72 columns over prose wrapped at 95): a title split over two lines is
    one title whatever width the prose takes, so `outline` counts the same paragraphs."""
    document = read(tmp_path, "offer.txt", offer_text(page, [prose]))
    assert paragraphs(document) == EXPECTED


def test_the_cover_reads_the_same_whatever_a_later_page_adds(tmp_path: Path) -> None:
    """A paragraph and a note rule added to Section 1 leave the cover's reading as it was
    (unwrapped paragraphs under display lines centred on 80 columns)."""
    original = offer_text(80, [0])
    added = "\n\n     Including former consultants.\n\n     ----------\n     And advisers.\n"
    revised = original.replace("\n\n2. CONDITIONS", added + "\n2. CONDITIONS")
    before, after = read(tmp_path, "o.txt", original), read(tmp_path, "r.txt", revised)
    assert [p.text for p in before.sections[0].paragraphs] == [*DISPLAY, *COVER]
    assert [p.text for p in after.sections[0].paragraphs] == [*DISPLAY, *COVER]


CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "2003-txt-linmoor-notes"


def test_an_offer_re_set_at_another_width_gives_counsels_items_and_no_other() -> None:
    """The revision re-set by the printer at 76 columns (the original at 68): the four
    changes counsel wrote down are the items, in their places; nothing re-wrapped is one."""
    original = load_document(CORPUS / "original.txt")
    revised = load_document(CORPUS / "revised.txt")
    amendment = draft_amendment(original, revised, load_filing(CORPUS / "filing.toml"))
    with (CORPUS / "expected.toml").open("rb") as handle:
        wanted = tomllib.load(handle)["item"]
    drafted = amendment.items_json()["items"]
    assert [(i["section"], i.get("page_label")) for i in drafted] == [
        (w["section"], str(w["page"]) if w["page"] else None) for w in wanted
    ]
    assert all(
        i["kind"] in (w["kind"] if isinstance(w["kind"], list) else [w["kind"]])
        for i, w in zip(drafted, wanted, strict=True)
    )
    for document in (original, revised):
        quoted = [p for p in document.paragraphs() if p.kind is ParagraphKind.QUOTATION]
        assert [p.text.split(" may ")[0] for p in quoted] == [
            '"The Company or any of its Subsidiaries'
        ]
