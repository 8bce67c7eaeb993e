"""A printed page number is a folio in whatever form the printer set it ("3", "- 3 -", "— 3 —",
"(3)", "[3]", "Page 3", "Page 3 of 40", roman "iii"), centred on a line of its own at the
foot of an EDGAR text page, with or without <PAGE> marks: it labels its page and is never
read as a paragraph the filing would cite or quote."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.io.load import load_document
from amendtool.io.pagination import folio_label

FORMS = ["{n}", "- {n} -", "-{n}-", "({n})", "[{n}]", "Page {n}", "Page {n} of {total}"]
FORMS += ["— {n} —", "–{n}–", "-- {n} --"]  # a Word-saved file keeps its em or en dashes
TITLES = ["Eligibility", "Number of Options", "Procedures", "Withdrawal Rights", "Conditions"]


def page_text(number: int, title: str) -> str:
    return (
        f"{number}.   {title}.\n\n"
        f"     We describe the {title.lower()} of the offer in this section, and the\n"
        "terms on which we will accept your options for exchange.\n\n"
    )


def offer(form: str, start: int, marked: bool) -> str:
    total = start + len(TITLES) + 5
    pages = []
    for index, title in enumerate(TITLES):
        folio = form.format(n=start + index, total=total)
        pages.append(page_text(index + 1, title) + f"{folio:^72}".rstrip() + "\n")
    return ("<PAGE>\n" if marked else "\n").join(pages)


@pytest.mark.parametrize("form", FORMS)
def test_each_form_is_read_as_its_page_number(form: str) -> None:
    assert folio_label(form.format(n=12, total=40)) == "12"


@settings(max_examples=40, deadline=None)
@given(
    form=st.sampled_from(FORMS),
    start=st.integers(min_value=1, max_value=300),
    marked=st.booleans(),
)
def test_a_centred_folio_labels_its_page_and_is_no_paragraph(
    tmp_path_factory: pytest.TempPathFactory, form: str, start: int, marked: bool
) -> None:
    path = tmp_path_factory.mktemp("folios") / "offer.txt"
    path.write_text(offer(form, start, marked))
    sections = load_document(path).numbered_sections()
    assert [s.title for s in sections] == TITLES
    for index, section in enumerate(sections):
        assert [p.text[:20] for p in section.paragraphs] == [
            f"We describe the {TITLES[index].lower()}"[:20]
        ]
        assert section.page == str(start + index)
