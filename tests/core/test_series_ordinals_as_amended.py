"""A later amendment counts a paragraph where the reader holds it: in the offer as amended by
the earlier filings. When an earlier amendment put in or took out paragraphs of the section,
the ordinal as filed names another paragraph there ("the last paragraph" is now the one the
earlier amendment appended), so every form of citation (a paragraph, a sentence of one, the
paragraph new text follows) counts the offer as amended, and names the amendments behind
that count."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from amendtool.core.drafting import draft_items
from amendtool.core.drafting.through import names_as_filed
from amendtool.core.items import ItemKind
from amendtool.core.ordinals import position_word
from tests.core.test_series_citing import last_instructions
from tests.support.builders import doc

SECTION = "3. Conditions of the Offer"
WORDS = ["Eligible", "Tendered", "Accepted", "Withdrawn", "Granted", "Cancelled", "Vested"]
TEXTS = [f"{w} options are described here. They follow the plan's terms." for w in WORDS]
NEW = ["If we waive a condition, we will say so.", "We may extend the offer for any reason."]


def instructions(*sections: list[str]) -> list[str]:
    """The filing instructions of the last amendment of a series of one section, drafted
    from each list of paragraphs in turn (the first is the offer as filed)."""
    return last_instructions(*[[("", ["Offer to Exchange."]), (SECTION, s)] for s in sections])


def restated(before: list[str], after: list[str]) -> bool:
    """Whether an amendment from `before` to `after` restates the section in its entirety."""
    specs = [[("", ["Offer to Exchange."]), (SECTION, s)] for s in (before, after)]
    items = draft_items(doc(specs[0]), doc(specs[1])).items
    return any(item.kind is ItemKind.REPLACE_SECTION for item in items)


A, B, C = TEXTS[:3]
CUT = "Eligible options are described here."  # A without its last sentence


def test_the_last_paragraph_as_filed_is_the_second_after_an_earlier_amendment_appended_one() -> (
    None
):
    (text,) = instructions([B, A], [B, A, NEW[0]], [B, CUT, NEW[0]])
    assert text.startswith('The last sentence of the second paragraph in "Section 3.'), text
    # the offer as filed has A second too: no earlier amendment is named for it
    assert "Amendment No. 1" not in text


def test_a_paragraph_after_one_an_earlier_amendment_took_out_is_counted_without_it() -> None:
    (text,) = instructions([A, B, C], [B, C], [B, "Changed. " + C])
    assert text.startswith(
        'The following sentence has been added at the beginning of the last paragraph in "Section'
    ), text
    (text,) = instructions([A, B, C], [B, C], ["Changed. " + B, C])
    assert 'the first paragraph in "Section 3.' in text, text
    assert "as amended by Amendment No. 1" in text


def test_new_text_after_a_paragraph_an_earlier_amendment_moved_down() -> None:
    (text,) = instructions([A, B], [NEW[0], A, B], [NEW[0], A, NEW[1], B])
    assert "immediately after the second paragraph in" in text, text
    assert "as amended by Amendment No. 1" in text


def test_the_count_is_unchanged_where_earlier_amendments_kept_the_paragraphs() -> None:
    (text,) = instructions([A, B], ["Changed. " + A, B], ["Changed. " + A, "Changed. " + B])
    assert 'the last paragraph in "Section 3.' in text, text
    assert "Amendment No. 1" not in text


@settings(max_examples=25, deadline=None, derandomize=True)
@given(
    st.lists(st.sampled_from(["keep", "drop", "add"]), min_size=4, max_size=4),
    st.integers(0, 6),
    st.sampled_from(["sentence", "after"]),
)
@example(fate=["add", "drop", "drop", "drop"], pick=0, form="sentence")  # No. 1 restates
def test_a_second_amendment_cites_each_filed_paragraph_by_its_place_as_amended(
    fate: list[str], pick: int, form: str
) -> None:
    """No. 1 takes out some of four filed paragraphs and puts new ones after others; No. 2
    changes one that is left (or puts text after it): its ordinal is its place in the offer
    as No. 1 left it."""
    filed = TEXTS[:4]
    amended: list[str] = []
    for text, what in zip(filed, fate, strict=True):
        if what != "drop":
            amended.append(text)
        if what == "add":
            amended.append(NEW[len(amended) % 2] + f" ({len(amended)})")
    kept = [t for t in amended if t in filed]
    if not kept or amended == filed:
        return
    target = kept[pick % len(kept)]
    place = amended.index(target)
    last = list(amended)
    if form == "sentence":
        last[place] = target.split(" They")[0]
    else:
        last.insert(place + 1, "We will announce the results promptly.")
    (text,) = instructions(filed, amended, last)
    count = len(amended)
    word = position_word(place + 1, count) if count > 1 else None
    cited = f"the {word} paragraph in" if word else "the paragraph in"
    assert cited in text, (text, amended)
    filed_place = filed.index(target)
    if restated(filed, amended):
        # three of four paragraphs out: No. 1 restated the section, and what is cited in it
        # is the text No. 1 gave, whatever its place as filed
        assert "as amended by Amendment No. 1" in text, text
    elif names_as_filed((place + 1, count), (filed_place + 1, len(filed)), titled=False):
        assert "Amendment No. 1" not in text, text  # the ordinal names it as filed too
    else:
        assert "as amended by Amendment No. 1" in text, text
