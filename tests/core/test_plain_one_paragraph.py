"""One paragraph per change: a change made in several places is said once, naming every
place, even where one of those places changes something else too. The other change of that
place has its own paragraph, and the notice never repeats the first."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import FilingDetails
from amendtool.core.plain_notice import plain_paragraphs
from tests.support.builders import Spec, doc
from tests.support.plain import THRESHOLD, plain_filing, revised

SHARES = "Options to purchase up to 1,250,000 shares of our common stock are eligible."
COVER = ("", [f"Halvorsen offers to exchange options. {THRESHOLD.format('$20.00')}"])
TERMS = ("Summary Term Sheet", ["Which options are eligible?", THRESHOLD.format("$20.00")])
BOTH = ("1. Eligibility", [f"{THRESHOLD.format('$20.00')} {SHARES}"])
CONDITIONS = ("7. Conditions of the Offer", ["The conditions are for our benefit."])


@pytest.fixture(scope="module")
def filing(example_filing_toml: Path) -> FilingDetails:
    return plain_filing(example_filing_toml)


def lowered_with_shares(filing: FilingDetails, offer: Spec) -> Amendment:
    new = revised(revised(offer, "$20.00", "$17.50"), "1,250,000", "1,400,000")
    return draft_amendment(doc(offer), doc(new), filing)


@pytest.mark.parametrize(
    "offer",
    [[COVER, TERMS, BOTH, CONDITIONS], [BOTH, TERMS, CONDITIONS]],
    ids=["shared-change-first", "two-changes-first"],
)
def test_a_change_made_in_several_places_is_one_paragraph(
    filing: FilingDetails, offer: Spec
) -> None:
    amendment = lowered_with_shares(filing, offer)
    paragraphs = plain_paragraphs(amendment)
    texts = [p.text for p in paragraphs]
    threshold = [p for p in paragraphs if "$17.50" in p.text]
    assert len(threshold) == 1, texts
    assert "Section 1" in threshold[0].places, threshold[0].places
    assert "Summary Term Sheet" in threshold[0].places
    shares = [p for p in paragraphs if "1,400,000" in p.text]
    assert len(shares) == 1, texts
    assert "$17.50" not in shares[0].text and "$20.00" not in shares[0].text
    errors = [f.message for f in run_checks(amendment) if f.code == "plain_paragraph"]
    assert errors == []  # every item still has its one paragraph
    count = len(amendment.change_items)
    assert {i for p in paragraphs for i in p.items} == set(range(count))


def test_the_same_change_said_twice_is_an_error(
    filing: FilingDetails, monkeypatch: pytest.MonkeyPatch
) -> None:
    from amendtool.core import plain_checks, plain_notice

    amendment = lowered_with_shares(filing, [COVER, TERMS, BOTH, CONDITIONS])
    real = plain_notice.plain_paragraphs

    def twice(a: Amendment) -> list[plain_notice.PlainParagraph]:
        paragraphs = real(a)
        return [*paragraphs, paragraphs[0]]

    monkeypatch.setattr(plain_notice, "plain_paragraphs", twice)
    monkeypatch.setattr(plain_checks, "plain_paragraphs", twice)
    errors = [f.message for f in run_checks(amendment) if f.code == "plain_paragraph"]
    said = [m for m in errors if m.startswith("item A has 2 plain paragraphs in the notice: ")]
    assert said and "amendtool plain PROJECT A" in said[0], errors  # with the step to take


@pytest.mark.parametrize(
    "other",
    [("directors", "officers"), ("are not eligible", "are never eligible")],
    ids=["a-word", "a-phrase"],
)
def test_a_place_whose_other_words_changed_too_has_one_paragraph(
    filing: FilingDetails, other: tuple[str, str]
) -> None:
    """Section 1 lowers the threshold as the cover does and also rewords who is excluded: the
    threshold is said once, naming Section 1 too, and the same paragraph says Section 1 also
    changed other words, for counsel to explain; Section 1 is never headed a second time, and
    counsel's paragraph on it replaces the one paragraph that says both."""
    excluded = "Options held by directors are not eligible."
    section = ("1. Eligibility", [f"{THRESHOLD.format('$20.00')} {excluded}"])
    offer: Spec = [COVER, TERMS, section, CONDITIONS]
    new = revised(revised(offer, "$20.00", "$17.50"), *other)
    amendment = draft_amendment(doc(offer), doc(new), filing)
    paragraphs = plain_paragraphs(amendment)
    (threshold,) = [p for p in paragraphs if "$17.50" in p.text]
    assert "Section 1" in threshold.places
    assert "We also changed other words in Section 1" in threshold.text, threshold.text
    assert "[Explain" in threshold.text, threshold.text
    in_section = [p for p in paragraphs if 2 in p.items]
    assert in_section == [threshold], [p.heading for p in paragraphs]
    errors = [f.message for f in run_checks(amendment) if f.code == "plain_paragraph"]
    assert errors == []
    written = "Options priced at $17.50 or more are now eligible. Officers are excluded."
    amendment.change_items[2].set_plain_summary(written)
    paragraphs = plain_paragraphs(amendment)
    assert [p.text for p in paragraphs if 2 in p.items] == [written]
    errors = [f.message for f in run_checks(amendment) if f.code == "plain_paragraph"]
    assert errors == []


def test_counsel_s_paragraph_on_another_place_is_the_one_paragraph(
    filing: FilingDetails,
) -> None:
    """Counsel writes on the cover's threshold change: that is the one paragraph of every
    place, Section 1's rewording with it (tester08 finding 6: a placeholder was left on
    Section 1's item, and counsel's paragraph there later dropped the cover's without a
    word); counsel's paragraph on Section 1 then replaces it (plain_shared.py)."""
    from amendtool.core.plain_shared import write_shared

    section = ("1. Eligibility", [f"{THRESHOLD.format('$20.00')} Directors are not eligible."])
    offer: Spec = [COVER, TERMS, section, CONDITIONS]
    new = revised(revised(offer, "$20.00", "$17.50"), "Directors", "Officers")
    amendment = draft_amendment(doc(offer), doc(new), filing)
    first = "Options priced at $17.50 or more are now eligible."
    write_shared(amendment, 0, first)
    (said,) = [p for p in plain_paragraphs(amendment) if 2 in p.items]
    assert said.text == first and set(said.items) == {0, 1, 2}
    errors = [f.message for f in run_checks(amendment) if f.severity == "error"]
    assert not any("placeholder" in m or "plain paragraph" in m for m in errors), errors
    written = "Options priced at $17.50 or more are now eligible. Officers are excluded."
    assert write_shared(amendment, 2, written) == [0]
    (said,) = [p for p in plain_paragraphs(amendment) if 2 in p.items]
    assert said.text == written
    assert set(said.items) == {0, 1, 2}
    errors = [f.message for f in run_checks(amendment) if f.severity == "error"]
    assert not any("placeholder" in m or "plain paragraph" in m for m in errors), errors
