"""The employee notice in plain English: answers first, a paragraph per change, the exact
changes as filed, counsel's paragraphs kept, placeholders and consistency checked."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import FilingDetails, FilingError, filing_from_dict
from amendtool.core.filing_document import notice_blocks, schedule_to_blocks
from amendtool.core.layout import Role, plain_text
from amendtool.core.overrides import carry_overrides
from amendtool.core.plain_english import unquoted
from amendtool.core.plain_facts import FactChange, fact_changes
from amendtool.core.plain_notice import plain_paragraphs
from amendtool.core.plain_summary import fact_sentences, summary_text
from amendtool.core.typography import single_stops
from tests.support.builders import Spec, doc
from tests.support.plain import OFFER, plain_filing, revised


@pytest.fixture
def filing(example_filing_toml: Path) -> FilingDetails:
    return plain_filing(example_filing_toml)


def draft(filing: FilingDetails, new_spec: Spec) -> Amendment:
    return draft_amendment(doc(OFFER), doc(new_spec), filing)


def plain_texts(amendment: Amendment) -> list[str]:
    return [b.text for b in notice_blocks(amendment) if b.role is Role.TEXT]


def test_plain_is_the_default_and_precedent_is_chosen_by_name(example_filing_toml: Path) -> None:
    import tomllib

    data = tomllib.loads(example_filing_toml.read_text())
    assert filing_from_dict(data).notice_style == "precedent"
    del data["notice"]["style"]
    assert filing_from_dict(data).notice_style == "plain"
    data["notice"]["style"] = "informal"
    problem = r"Notice style must be 'plain' or 'precedent'.*\(notice\.style\)"
    with pytest.raises(FilingError, match=problem):
        filing_from_dict(data)


def test_a_lowered_threshold_states_both_amounts_outside_any_quotation(
    filing: FilingDetails,
) -> None:
    amendment = draft(filing, revised(OFFER, "$20.00", "$17.50"))
    assert len(amendment.change_items) == 3
    paragraphs = plain_paragraphs(amendment)
    assert len(paragraphs) == 1  # the same change in three places is said once
    only = paragraphs[0]
    assert only.items == (0, 1, 2)
    assert "$17.50" in unquoted(only.text) and "$20.00" in unquoted(only.text)
    assert only.text == (
        "The minimum exercise price per share is now $17.50. It was $20.00. "
        "More of your options may now be eligible."
    )
    assert only.places == (
        "We made the same change on the cover page, in the Summary Term Sheet "
        "(page 3) and in Section 1 (page 4)."
    )
    assert only.heading == "Minimum exercise price per share (changes 1 to 3)"
    assert [f.code for f in run_checks(amendment) if f.severity == "error"] == []


def test_the_notice_answers_first_then_explains_then_quotes_as_filed(
    filing: FilingDetails,
) -> None:
    amendment = draft(filing, revised(OFFER, "$20.00", "$17.50"))
    blocks = notice_blocks(amendment)
    roles = [b.role for b in blocks]
    texts = [b.text for b in blocks]
    assert [b.label for b in blocks if b.role is Role.MEMO] == ["To:", "From:", "Date:", "Subject:"]
    assert texts[roles.index(Role.HEADLINE)] == "What has changed in the offer, and what has not"
    questions = [b.text for b in blocks if b.role is Role.SUBHEADING][:3]
    assert questions == [
        "Do you need to do anything?",
        "Is your earlier election still valid?",
        "Is the deadline the same?",
    ]
    assert (
        "Yes. The deadline is still 11:59 p.m., Eastern Time, on Thursday, April 23, 2026."
    ) in texts
    exact = texts.index("The exact changes")
    assert exact > texts.index("What has changed")
    filed = [b.text for b in schedule_to_blocks(amendment) if b.role is Role.ITEM][:3]
    exhibit = " of Exhibit (a)(1) to the Tender Offer Statement"
    listed = [b.text for b in blocks[exact:] if b.role is Role.ITEM]
    assert listed == [text.replace(exhibit, "") for text in filed]
    assert [b.label for b in blocks if b.role is Role.ITEM] == ["1.", "2.", "3."]


def test_a_changed_deadline_is_stated_with_what_it_was(filing: FilingDetails) -> None:
    later = revised(OFFER, "on April 23, 2026", "on April 30, 2026")
    amendment = draft(
        dataclasses.replace(filing, expiration=filing.expiration.replace(day=30)), later
    )
    # a revised draft that moves the expiration later is an extension, and its notice says so
    assert amendment.kind == "extension"
    assert (
        "The offer now ends at 11:59 p.m., Eastern Time, on Thursday, April 30, 2026. "
        "It was going to end at 11:59 p.m., Eastern Time, on Thursday, April 23, 2026."
    ) in plain_texts(amendment)
    paragraph = plain_paragraphs(amendment)[0]
    assert paragraph.text.startswith(
        "The deadline is now 11:59 p.m., Eastern Time, on Thursday, April 30, 2026. "
        "It was 11:59 p.m., Eastern Time, on Thursday, April 23, 2026."
    )
    assert "You have more time to decide." in paragraph.text


def test_deadlines_moved_with_the_expiration_are_said_with_it_without_a_placeholder(
    filing: FilingDetails,
) -> None:
    """The withdrawal and election deadlines that were the old expiration move with it: one
    paragraph on the deadline names every place, says withdrawal rights run to the new date,
    and leaves counsel nothing to write."""
    withdraw = "You may withdraw your options before 11:59 p.m., Eastern Time, on April 23, 2026."
    elect = "Deliver your Election Form before 11:59 p.m., Eastern Time, on April 23, 2026."
    spec: Spec = [*OFFER[:3], ("3. Procedures", [elect]), ("4. Withdrawal Rights", [withdraw])]
    old_offer = doc(spec)
    later = doc(revised(spec, "on April 23, 2026", "on April 30, 2026"))
    amendment = draft_amendment(
        old_offer, later, dataclasses.replace(filing, expiration=filing.expiration.replace(day=30))
    )
    assert [i.materiality.value for i in amendment.change_items] == ["extension"] * 3
    [paragraph] = plain_paragraphs(amendment)
    assert paragraph.items == (0, 1, 2)
    assert paragraph.heading.startswith("Deadline")
    assert paragraph.text.startswith(
        "The deadline is now 11:59 p.m., Eastern Time, on Thursday, April 30, 2026. "
        "It was 11:59 p.m., Eastern Time, on Thursday, April 23, 2026."
    )
    assert "Your right to withdraw runs to the new deadline too." in paragraph.text
    assert not any(f.code == "placeholder" for f in run_checks(amendment))


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        (
            "Options granted before January 1, 2001 are eligible.",
            "Options granted before June 30, 2001 are eligible.",
            "The cut-off date for eligible options is now June 30, 2001. It was January 1, "
            "2001. Options granted before this date are eligible. More of your options may now "
            "be eligible.",
        ),
        (
            "The New Options will be granted on or about October 1, 2001.",
            "The New Options will be granted on or about October 15, 2001.",
            "The grant date is now October 15, 2001. It was October 1, 2001.",
        ),
        (
            "The offer expires at 11:59 p.m., Eastern Time, on April 23, 2026.",
            "The offer expires at 5:00 p.m., Eastern Time, on April 23, 2026.",
            "The deadline is now 5:00 p.m., Eastern Time, on Thursday, April 23, 2026. "
            "It was 11:59 p.m., Eastern Time, on Thursday, April 23, 2026.",
        ),
        (
            "You must deliver your election by October 1, 2001 at our office.",
            "You must deliver your election by October 8, 2001 at our office.",
            "The date by which you must deliver your election is now October 8, 2001. "
            "It was October 1, 2001.",
        ),
    ],
)
def test_every_changed_fact_is_said_with_what_it_is(old: str, new: str, said: str) -> None:
    """Never "The date is now …": a date named by its sentence's verb is named so, and a
    deadline whose time alone (or date alone) changed is stated whole."""
    from amendtool.core.wording import house_wording

    changes, _ = fact_changes(old, new)
    assert " ".join(fact_sentences(changes, house_wording())).startswith(said)


def test_a_rewrite_gets_a_placeholder_that_stops_export_until_counsel_writes(
    filing: FilingDetails,
) -> None:
    rewritten = [
        *OFFER[:3],
        ("7. Conditions of the Offer", ["We may assert the conditions only before expiry."]),
    ]
    amendment = draft(filing, rewritten)
    (paragraph,) = plain_paragraphs(amendment)
    # headed by what it is about; the place is said under it
    assert paragraph.heading == "Conditions of the Offer (change 1)"
    assert paragraph.places == "This change is in Section 7 (page 6)."
    assert paragraph.text == (
        'We rewrote the paragraph. It now begins "We may assert the conditions only before '
        'expiry." [Explain in one or two sentences what this change means for employees.]'
    )
    errors = [f for f in run_checks(amendment) if f.severity == "error"]
    assert [(f.code, f.item) for f in errors] == [("placeholder", 0)]
    assert errors[0].message.startswith("item A: the notice's plain paragraph still has")

    counsel = "You can no longer rely on a condition we did not raise before the offer ended."
    amendment.items[0].set_plain_summary(counsel)
    assert [f for f in run_checks(amendment) if f.severity == "error"] == []
    assert counsel in plain_texts(amendment)

    again = draft(filing, rewritten)  # re-drafted: counsel's paragraph is kept
    assert carry_overrides(amendment.items, again.items) == 1
    assert counsel in plain_texts(again)
    other = draft(filing, [*OFFER[:3], ("7. Conditions of the Offer", ["We waive nothing."])])
    assert carry_overrides(amendment.items, other.items) == 0  # another change: not kept


def test_counsels_plain_words_are_not_a_difference_from_the_filing(filing: FilingDetails) -> None:
    amendment = draft(filing, revised(OFFER, "$20.00", "$17.50"))
    amendment.items[0].set_overrides(None, "Counsel's own notice instruction:")
    amendment.items[0].set_plain_summary("The price an option needs is lower: $17.50.")
    assert [f.code for f in run_checks(amendment) if f.code.startswith("notice")] == []


def test_every_item_must_have_a_plain_paragraph(
    filing: FilingDetails, monkeypatch: pytest.MonkeyPatch
) -> None:
    from amendtool.core import plain_notice

    amendment = draft(filing, revised(OFFER, "$20.00", "$17.50"))
    real = plain_notice.plain_paragraphs

    def dropped(a: Amendment) -> list[plain_notice.PlainParagraph]:
        return [dataclasses.replace(p, items=p.items[:-1]) for p in real(a)]

    monkeypatch.setattr(plain_notice, "plain_paragraphs", dropped)
    findings = [f for f in run_checks(amendment) if f.code == "plain_paragraph"]
    [message] = [f.message for f in findings]
    assert message.startswith("item C has no plain paragraph in the notice: "), message
    assert "amendtool plain PROJECT C" in message  # with the step to take


def test_counsels_own_legal_words_are_flagged_with_replacements(filing: FilingDetails) -> None:
    amendment = draft(
        dataclasses.replace(
            filing, notice_explanation="These amendments are made pursuant to Rule 13e-4."
        ),
        revised(OFFER, "$20.00", "$17.50"),
    )
    messages = [f.message for f in run_checks(amendment) if f.code == "plain_english"]
    assert any(  # said in the everyday word, and counsel told so
        m.startswith(
            "the notice's explanation (filing details): the plain notice says “under” "
            "for “pursuant to”"
        )
        for m in messages
    )
    assert any("explanation (filing details): passive voice" in m for m in messages)


def test_precedent_keeps_the_filing_instructions_numbered(filing: FilingDetails) -> None:
    amendment = draft(
        dataclasses.replace(filing, notice_style="precedent"), revised(OFFER, "$20.00", "$17.50")
    )
    blocks = notice_blocks(amendment)
    assert not any(b.role in (Role.HEADLINE, Role.SUBHEADING, Role.TEXT) for b in blocks)
    assert [b.label for b in blocks if b.role is Role.ITEM] == ["1.", "2.", "3."]
    assert [f.code for f in run_checks(amendment) if f.code.startswith("plain")] == []


def _paragraph_on(amendment: Amendment, words: str) -> str:
    texts = [p.text for p in plain_paragraphs(amendment)]
    found = [t for t in texts if words in t]
    assert found, texts
    return found[0]


def test_a_footnote_is_named_as_a_footnote(filing: FilingDetails) -> None:
    note = "[fn *] The reserve is kept under the Partnership Agreement."
    old: Spec = [OFFER[0], ("1. Terms of the Offer", ["We pay in cash.", note])]
    changed = note.replace("is kept", "is not kept")  # a change counsel explains
    new: Spec = [OFFER[0], ("1. Terms of the Offer", ["We pay in cash.", changed])]
    amendment = draft_amendment(doc(old), doc(new), filing)
    text = plain_paragraphs(amendment)[0].text
    assert 'the footnote marked "*"' in text and "paragraph" not in text, text


RATIO_HEAD = "EXERCISE PRICE OF ELIGIBLE OPTION\tNUMBER OF SHARES SUBJECT TO NEW OPTION"


def test_an_exchange_ratio_is_read_as_a_ratio_in_the_offers_words(filing: FilingDetails) -> None:
    rows = [RATIO_HEAD, "$20.00 to $29.99\t1 for every 2", "$30.00 to $39.99\t1 for every 3"]
    heading = "2. Number of Options; Amount of Consideration"
    old: Spec = [OFFER[0], (heading, rows)]
    new: Spec = [OFFER[0], (heading, [*rows[:2], "$30.00 to $39.99\t1 for every 4"])]
    amendment = draft_amendment(doc(old), doc(new), filing)
    text = plain_paragraphs(amendment)[0].text
    assert text.startswith(
        "You will now receive one New Option for every four Eligible Options. "
        "It was one for every three."
    ), text
    assert "fewer New Options" in text and "is now 4" not in text


def test_a_table_row_is_cited_on_its_own_page_with_its_sign_and_scale(
    filing: FilingDetails,
) -> None:
    intro = "The following table sets forth selected financial information (in millions)."
    head = "Year\tDistributions per unit"
    rows = [head, "2021\t$1.77", "2022\t1.85"]
    old: Spec = [OFFER[0], ("3. Distributions", [intro, *rows])]
    new: Spec = [OFFER[0], ("3. Distributions", [intro, *rows[:2], "2022\t1.95"])]
    amendment = draft_amendment(doc(old), doc(new), filing)
    (paragraph,) = plain_paragraphs(amendment)
    page = next(p.page for p in doc(old).paragraphs() if p.text == rows[2])
    assert paragraph.places == f"This change is in Section 3 (page {page}).", paragraph
    # the year names the row: the filing cites that row, on the page it prints on, too
    assert amendment.change_items[0].page == page
    assert "is now $1.95 million. It was $1.85 million." in paragraph.text, paragraph.text


def test_a_cash_tender_speaks_of_tendering_and_holders(filing: FilingDetails) -> None:
    purchase = dataclasses.replace(
        filing,
        document_title="Offer to Purchase",
        consideration="Offer Price",
        tendered="Preferred Units",
        transmittal_document="Letter of Transmittal",
        notice_to="Holders of Preferred Units",
    )
    old: Spec = [
        ("", ["Riverbend offers to purchase its Preferred Units for cash."]),
        ("2. Procedures", ["We may reject any tender that is not in proper form."]),
    ]
    new: Spec = [old[0], ("2. Procedures", ["We may reject any tender that we find unlawful."])]
    amendment = draft_amendment(doc(old), doc(new), purchase)
    texts = [b.text for b in notice_blocks(amendment)]
    headline = texts.index("What has changed in the offer, and what has not")
    written = " ".join(texts[headline : texts.index("The exact changes")])
    assert "election" not in written.lower() and "employee" not in written.lower(), written
    assert "withdraw your Preferred Units" in written and "tender" in written
    assert "[Explain in one or two sentences what this change means for holders.]" in written


def test_defined_terms_and_names_keep_their_capitals(filing: FilingDetails) -> None:
    head = "Vesting date\tPortion of New RSUs vesting"
    old: Spec = [
        OFFER[0],
        ("Summary Term Sheet", ["[fn 1] The ratio was set using a Black-Scholes value of $4.10."]),
        ("2. Vesting", [head, "First anniversary\t50%"]),
    ]
    new: Spec = [
        OFFER[0],
        ("Summary Term Sheet", ["[fn 1] The ratio was set using a Black-Scholes value of $4.35."]),
        ("2. Vesting", [head, "First anniversary\t33%"]),
    ]
    amendment = draft_amendment(doc(old), doc(new), filing)
    assert "The Black-Scholes value is now $4.35." in _paragraph_on(amendment, "$4.35")
    assert "The portion of New RSUs vesting is now 33%." in _paragraph_on(amendment, "33%")


def test_a_spelling_correction_is_said_plainly_with_no_placeholder(filing: FilingDetails) -> None:
    # the offer as filed had the misspelling; the revision puts it right
    amendment = draft_amendment(doc(revised(OFFER, "benefit", "benifit")), doc(OFFER), filing)
    texts = plain_texts(amendment)
    assert any("We corrected the spelling of “benefit”" in t for t in texts), texts
    assert not any("[Explain" in t for t in texts)
    assert amendment.items[0].materiality.value == "clarifying"


_DOUBLED = re.compile(r"\w\.\.(?!\.)")


def test_a_sentence_ending_with_an_abbreviation_ends_with_one_full_stop(
    filing: FilingDetails,
) -> None:
    """'5:00 p.m.', 'Inc.', 'U.S.' ending a sentence of the notice, the filing's wording or the
    notice's opening: one stop, wherever the tool writes."""
    named = dataclasses.replace(filing, issuer_name="Halvorsen Co.", issuer_short_name="Inc.")
    amendment = draft(named, revised(OFFER, "11:59 p.m., Eastern Time", "5:00 p.m., Eastern Time"))
    (paragraph,) = plain_paragraphs(amendment)
    assert paragraph.text.startswith(
        "The deadline is now 5:00 p.m., Eastern Time, on Thursday, April 23, 2026. It was "
    )
    closing = FactChange("time", "6:00 p.m.", "5:00 p.m.", "closing time", True, -1, "")
    said = summary_text(fact_sentences([closing], amendment.wording))
    assert said == "The closing time is now 5:00 p.m. It was 6:00 p.m."
    texts = [plain_text(notice_blocks(amendment)), plain_text(schedule_to_blocks(amendment))]
    for entry in amendment.items_json()["items"]:
        texts += [entry["filing_text"], entry["notice_text"], entry["plain_text"]]
    doubled = [m.group(0) for t in texts for m in _DOUBLED.finditer(t)]
    assert doubled == []
    assert "Halvorsen Co." in texts[1]


def test_single_stops_keeps_ellipses_and_quotations() -> None:
    assert single_stops("It ends at 5:00 p.m.. Then Acme, Inc.. And the U.S..") == (
        "It ends at 5:00 p.m. Then Acme, Inc. And the U.S."
    )
    assert single_stops("It goes on... and on.") == "It goes on... and on."


def test_a_corrected_cross_reference_is_said_plainly_with_no_placeholder(
    filing: FilingDetails,
) -> None:
    see = " The conditions are described in Section 9."
    offer = [(h, [p + (see if h.startswith("7.") else "") for p in ps]) for h, ps in OFFER]
    amendment = draft_amendment(doc(offer), doc(revised(offer, "Section 9.", "Section 1.")), filing)
    (item,) = amendment.change_items
    assert item.materiality.value == "clarifying"
    (paragraph,) = plain_paragraphs(amendment)
    assert paragraph.text == (
        "We corrected a reference to another part of the offer. It now points to Section 1, "
        "not Section 9. Nothing else changes."
    )
    assert [f for f in run_checks(amendment) if f.code == "placeholder"] == []


RATIO_Q2 = "You will receive one New Option for every {} Eligible Options you exchange."


@pytest.mark.parametrize(
    "section_six",
    [
        "For every {} Eligible Options you exchange, we will grant you 1 New Option.",
        "Eligible Options will be exchanged at a ratio of {} Eligible Options for each New Option.",
    ],
)
def test_an_exchange_ratio_restated_in_section_six_is_the_same_change_as_q2(
    filing: FilingDetails, section_six: str
) -> None:
    """However the ratio is printed, what one receives per option given up is read, and the
    change in the summary's Q2 and in Section 6 is said once."""

    def offer(words: str, digits: str) -> Spec:
        return [
            ("", ["Halvorsen offers to exchange options."]),
            (
                "Summary Term Sheet",
                ["Q2. How many New Options will I receive?", RATIO_Q2.format(words)],
            ),
            ("6. Number of Options; Exchange Ratio", [section_six.format(digits)]),
        ]

    before, after = offer("two", "2"), offer("three", "3")
    amendment = draft_amendment(doc(before), doc(after), filing)
    assert len(amendment.change_items) == 2
    for item in amendment.change_items:
        assert item.materiality.value == "consideration"
        assert item.materiality_reason.startswith("Changes the exchange ratio"), (
            item.materiality_reason
        )
        assert "fewer new securities for each one given up" in item.materiality_reason
        assert "number of options" not in item.materiality_reason
    (paragraph,) = plain_paragraphs(amendment)
    assert paragraph.items == (0, 1)
    assert paragraph.text.startswith(
        "You will now receive one New Option for every three Eligible Options. It was one for "
        "every two. You will receive fewer New Options"
    )


def test_a_ratio_changed_in_the_summary_and_its_section_is_one_paragraph(
    filing: FilingDetails,
) -> None:
    old: Spec = [
        ("", ["Halvorsen offers to exchange options."]),
        ("Summary Term Sheet", ["You will give up two Eligible Options for each New Option."]),
        (
            "2. Exchange Ratio",
            [
                "For each tender that we accept, you will receive one New Option for every two "
                "Eligible Options, rounded down. We refer to this as the 1-for-2 exchange ratio."
            ],
        ),
    ]
    new = [
        (h, [p.replace("two", "three").replace("1-for-2", "1-for-3") for p in ps]) for h, ps in old
    ]
    amendment = draft_amendment(doc(old), doc(new), filing)
    assert len(amendment.change_items) == 2
    [paragraph] = plain_paragraphs(amendment)
    assert paragraph.items == (0, 1)
    assert paragraph.text.count("You will now receive") == 1, paragraph.text
    assert "one New Option for every three Eligible Options" in paragraph.text
