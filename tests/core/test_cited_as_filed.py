"""Every citation names the section and page of the offer as filed: after counsel's heading
marks (a heading made text joins its section to the one before; a paragraph made a heading
begins a new one), a change in or after a paragraph of "6." is cited in Section 6, on its
page, as the reader of the offer as sent finds it, never by the section the marks left it
in; a section added after them follows the last section as filed. Checked on random marks,
insertions and word changes; the filing, the notice and Review all read the items' cited
places."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from amendtool.core.amendment import draft_amendment
from amendtool.core.drafting import draft_items
from amendtool.core.filing import load_filing
from amendtool.core.filing_document import notice_blocks
from amendtool.core.items import SECTION_KINDS, STRUCTURE_KINDS, AmendmentItem, ItemKind
from amendtool.core.model import Document
from tests.support.builders import Spec, doc

SECTIONS = 6
COVER = ("", ["Acme Widgets, Inc. is offering to exchange options for new options."])


def text(section: int, n: int) -> str:
    return f"Paragraph {'ab'[n]} of section {section} tells holders about matter {section}."


ORIGINAL: Spec = [COVER] + [
    (f"{s}. Title {s}", [text(s, 0), text(s, 1)]) for s in range(1, SECTIONS + 1)
]


@st.composite
def revisions(draw: st.DrawFn) -> tuple[Spec, dict[str, str]]:
    """The offer with random marks, insertions and word changes; for each new or changed
    text, the original paragraph whose place cites it."""
    unheaded = draw(st.sets(st.integers(2, SECTIONS), max_size=3))
    reheaded = draw(st.sets(st.integers(1, SECTIONS), max_size=2)) - unheaded
    cited: dict[str, str] = {}
    flat: list[tuple[str | None, str]] = []  # (heading that opens here, paragraph)
    for s in range(1, SECTIONS + 1):
        heading: str | None = None if s in unheaded else f"{s}. Title {s}"
        if s in unheaded:
            flat.append((None, f"{s}. Title {s}"))
        for n in range(2):
            words = text(s, n)
            if draw(st.integers(0, 6)) == 0:
                changed = words.replace("matter", "the matter")
                cited[changed] = words
                words = changed
            flat.append((heading if n == 0 else None, words))
            if n == 0 and s in reheaded:
                flat.append(("made-heading", ""))  # the next paragraph becomes a heading
            if draw(st.integers(0, 5)) == 0:
                new = f"New words {len(cited)} about matter {s}."
                cited[new] = text(s, n)
                flat.append((None, new))
    spec: Spec = [COVER]
    pending = False
    for heading, words in flat:
        if heading == "made-heading":
            pending = True
        elif heading is not None:
            spec.append((heading, [words]))
        elif pending and words.startswith("Paragraph b"):
            spec.append((words, []))
            pending = False
        else:
            spec[-1][1].append(words)
            pending = False
    return spec, cited


def filed_place(original: Document, words: str) -> tuple[str, str | None]:
    """The section (as cited) and page of the original paragraph `words`."""
    for section in original.sections:
        for paragraph in section.paragraphs:
            if paragraph.text == words:
                return f"Section {section.number}. {section.title}", paragraph.page
    raise AssertionError(words)


def cited_paragraph(item: AmendmentItem, cited: dict[str, str]) -> str | None:
    """The original paragraph the item changes or follows, where the revision says."""
    for new, old in cited.items():
        if new in item.new_text or (item.old_text and item.old_text in old):
            return old
    return None


@settings(
    max_examples=int(os.environ.get("PROPERTY_EXAMPLES", "40")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(revisions())
def test_each_change_is_cited_where_the_offer_as_filed_prints_it(
    revision: tuple[Spec, dict[str, str]],
) -> None:
    spec, cited = revision
    original = doc(ORIGINAL)
    items = draft_items(original, doc(spec)).items
    for item in items:
        if item.kind in STRUCTURE_KINDS or item.kind in SECTION_KINDS:
            continue  # a mark, or a whole section: cited by its own heading
        words = cited_paragraph(item, cited)
        if words is None:
            continue
        section, page = filed_place(original, words)
        assert (item.locator.section_name, item.page) == (section, page), (item, spec)


def test_text_put_at_the_start_of_a_section_a_mark_made_follows_that_paragraph_as_filed() -> None:
    """Section 3's second paragraph made a heading, a paragraph put in under it."""
    revised: Spec = [*ORIGINAL[:3], ("3. Title 3", [text(3, 0)]), (text(3, 1), ["Added."])]
    items = draft_items(doc(ORIGINAL[:4]), doc(revised)).items
    inserted = next(i for i in items if i.kind is ItemKind.INSERT_PARAGRAPH)
    _, page = filed_place(doc(ORIGINAL), text(3, 1))
    loc = inserted.locator
    assert (loc.section_name, loc.printed, loc.printed_count, inserted.page) == (
        "Section 3. Title 3",
        2,
        2,
        page,
    )


def test_the_notice_heads_a_change_by_the_section_as_filed(example_filing_toml: Path) -> None:
    """Sections 6 and 7 made text, a paragraph added after Section 6's, Section 8 added."""
    added = "We will record an expense for the new options."
    revised: Spec = [COVER, *ORIGINAL[1:5]]
    revised.append(
        (
            "5. Title 5",
            [text(5, 0), text(5, 1), "6. Title 6", text(6, 0), text(6, 1), added],
        )
    )
    revised.append(("8. Amendments", ["We may amend the offer."]))
    spec = [*ORIGINAL[:6], ("6. Title 6", ORIGINAL[6][1])]  # sections 1 to 6 as filed
    filing = dataclasses.replace(load_filing(example_filing_toml), notice_style="plain")
    amendment = draft_amendment(doc(spec), doc(revised), filing)
    _, page = filed_place(doc(spec), text(6, 1))
    # a change is headed by what it is about; where it was made is said under the heading
    blocks = notice_blocks(amendment)
    heads = [b.text for b in blocks if b.role.value == "subheading"]
    places = [b.text for b in blocks if b.text.startswith("This change is in")]
    inserted = next(i for i in amendment.items if i.kind is ItemKind.INSERT_PARAGRAPH)
    assert inserted.locator.section_name == "Section 6. Title 6"
    assert any(p == f"This change is in Section 6 (page {page})." for p in places), places
    assert not any("Section 5" in p for p in places), places
    assert "Title 6 (change 1)" in heads, heads
    new = next(i for i in amendment.items if i.kind is ItemKind.ADD_SECTION)
    assert new.locator.after_section_name == "Section 6. Title 6"  # the last as filed
