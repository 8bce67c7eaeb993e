"""The sentence splitter against legal text that trips general-purpose segmenters."""

from __future__ import annotations

import pytest

from amendtool.core.segment import sentences, split_sentences

CASES: list[tuple[str, list[str]]] = [
    (
        "The offer expires soon. You must elect now.",
        ["The offer expires soon.", "You must elect now."],
    ),
    ("Mpower Holding Corp. is the issuer.", ["Mpower Holding Corp. is the issuer."]),
    (
        "Options under the Primary Network Holdings, Inc. Stock Option Plan are eligible.",
        ["Options under the Primary Network Holdings, Inc. Stock Option Plan are eligible."],
    ),
    (
        "We are a Delaware corporation, Acme Holdings, Inc. We make widgets.",
        ["We are a Delaware corporation, Acme Holdings, Inc.", "We make widgets."],
    ),
    (
        "Our U.S. employees may participate. Others may not.",
        ["Our U.S. employees may participate.", "Others may not."],
    ),
    (
        "See Registration No. 333-12345 for details.",
        ["See Registration No. 333-12345 for details."],
    ),
    ("The answer is No. The offer is closed.", ["The answer is No.", "The offer is closed."]),
    (
        "Under Sec. 13(e) of the Act, we must file. We did.",
        ["Under Sec. 13(e) of the Act, we must file.", "We did."],
    ),
    (
        "We filed under Rule 13e-4. The schedule is attached.",
        ["We filed under Rule 13e-4.", "The schedule is attached."],
    ),
    (
        "The offer expires at 11:59 p.m. Eastern Time on September 27, 2001.",
        ["The offer expires at 11:59 p.m. Eastern Time on September 27, 2001."],
    ),
    (
        "The offer expires at 5:00 p.m. The new options will be granted later.",
        ["The offer expires at 5:00 p.m.", "The new options will be granted later."],
    ),
    (
        "Certain employees, i.e. officers, may not participate.",
        ["Certain employees, i.e. officers, may not participate."],
    ),
    (
        "Some plans, e.g. the Holding Plan, are amended. Others are not.",
        ["Some plans, e.g. the Holding Plan, are amended.", "Others are not."],
    ),
    (
        "The common stock, par value $0.001 per share, is listed. It trades on Nasdaq.",
        ["The common stock, par value $0.001 per share, is listed.", "It trades on Nasdaq."],
    ),
    (
        "Exhibit (a)(1) is the Offer to Exchange. Exhibit (a)(3) is the form.",
        ["Exhibit (a)(1) is the Offer to Exchange.", "Exhibit (a)(3) is the form."],
    ),
    (
        'We call it the "Offer." The Offer is voluntary.',
        ['We call it the "Offer."', "The Offer is voluntary."],
    ),
    (
        "We call it the “Offer.” The Offer is voluntary.",
        ["We call it the “Offer.”", "The Offer is voluntary."],
    ),
    (
        'The Securities Exchange Act of 1934, as amended (the "Exchange Act"). It applies.',
        ['The Securities Exchange Act of 1934, as amended (the "Exchange Act").', "It applies."],
    ),
    (
        "You may (i) tender all options; (ii) tender none; or (iii) withdraw. Choose one.",
        ["You may (i) tender all options; (ii) tender none; or (iii) withdraw.", "Choose one."],
    ),
    (
        "Contact Russell I. Zuckerman, Esq. at the Company.",
        ["Contact Russell I. Zuckerman, Esq. at the Company."],
    ),
    (
        "Q. What is the offer? A. The offer is an exchange.",
        ["Q. What is the offer?", "A. The offer is an exchange."],
    ),
    (
        "Q2.  WHY ARE WE MAKING THE OFFER?",
        ["Q2.  WHY ARE WE MAKING THE OFFER?"],
    ),
    (
        "What happens if I do nothing? Your options stay outstanding.",
        ["What happens if I do nothing?", "Your options stay outstanding."],
    ),
    ("This is important! Read it.", ["This is important!", "Read it."]),
    (
        "Settlement occurs at 9:00 a.m. ET. Payment follows at 4:00 p.m. PT on the same day.",
        ["Settlement occurs at 9:00 a.m. ET.", "Payment follows at 4:00 p.m. PT on the same day."],
    ),
    # a letter naming a schedule, exhibit or class is no initial: its stop ends the sentence
    (
        "Employees in France are listed on Schedule A. We will tell you by e-mail.",
        ["Employees in France are listed on Schedule A.", "We will tell you by e-mail."],
    ),
    (
        "The form is attached as Exhibit B. Return it by the deadline.",
        ["The form is attached as Exhibit B.", "Return it by the deadline."],
    ),
    (
        "The terms are in Annex C. Appendix D. Attachment E. They apply to Class B. Holders vote.",
        [
            "The terms are in Annex C.",
            "Appendix D.",
            "Attachment E.",
            "They apply to Class B.",
            "Holders vote.",
        ],
    ),
    (
        "The options of Series A. Smith vest later.",
        ["The options of Series A.", "Smith vest later."],
    ),
    # an abbreviation inside a short parenthetical keeps the parenthetical whole
    (
        "Options vest monthly (ref. 12). Unvested options lapse.",
        ["Options vest monthly (ref. 12).", "Unvested options lapse."],
    ),
    (
        "Options vest as the plan says (see Plan art. 4 sec. 2; cf. Form B). They lapse.",
        ["Options vest as the plan says (see Plan art. 4 sec. 2; cf. Form B).", "They lapse."],
    ),
    (
        "The grant is large (Appx. 7). It is taxed.",
        ["The grant is large (Appx. 7).", "It is taxed."],
    ),
    (
        "We explain it below (This is one sentence. This is another one here.) Then more.",
        [
            "We explain it below (This is one sentence.",
            "This is another one here.)",
            "Then more.",
        ],
    ),
    (
        "Russell I. Zuckerman signed. Mary K. Chen witnessed.",
        ["Russell I. Zuckerman signed.", "Mary K. Chen witnessed."],
    ),
    ("Mr. Smith and Ms. Jones are directors.", ["Mr. Smith and Ms. Jones are directors."]),
    ("Dr. Brown, our C.E.O., approved it.", ["Dr. Brown, our C.E.O., approved it."]),
    (
        "The office is at 175 Sully's Trail, Pittsford, N.Y. 14534.",
        ["The office is at 175 Sully's Trail, Pittsford, N.Y. 14534."],
    ),
    (
        "The grant date is Sept. 28, 2001. It is a Friday.",
        ["The grant date is Sept. 28, 2001.", "It is a Friday."],
    ),
    ("See pp. 12-14. The risk factors follow.", ["See pp. 12-14.", "The risk factors follow."]),
    (
        "See Section 7. The conditions are listed there.",
        ["See Section 7.", "The conditions are listed there."],
    ),
    ("1. The offer is open to all employees.", ["1. The offer is open to all employees."]),
    (
        "The price was $5.50. It fell to $2.25 per share.",
        ["The price was $5.50.", "It fell to $2.25 per share."],
    ),
    (
        "Smith v. Jones held otherwise. We disagree.",
        ["Smith v. Jones held otherwise.", "We disagree."],
    ),
    ("Stock, bonds, etc. are excluded.", ["Stock, bonds, etc. are excluded."]),
    (
        "We may issue stock, bonds, etc. The board decides.",
        ["We may issue stock, bonds, etc.", "The board decides."],
    ),
    (
        "Shearman & Sterling LLP represents us. Call them.",
        ["Shearman & Sterling LLP represents us.", "Call them."],
    ),
    ("Acme Co. Ltd. is a subsidiary.", ["Acme Co. Ltd. is a subsidiary."]),
    (
        "The S.E.C. reviewed the filing. It had no comments.",
        ["The S.E.C. reviewed the filing.", "It had no comments."],
    ),
    (
        "Under 26 U.S.C. Section 422, options qualify.",
        ["Under 26 U.S.C. Section 422, options qualify."],
    ),
    ("Wait... the deadline moved.", ["Wait... the deadline moved."]),
    (
        "The form (attached as Exhibit (a)(3).) must be signed. Return it.",
        ["The form (attached as Exhibit (a)(3).) must be signed.", "Return it."],
    ),
    (
        "Approximately 4.5 million options are eligible. That is 10.2% of them.",
        ["Approximately 4.5 million options are eligible.", "That is 10.2% of them."],
    ),
    ("Seq. 2 applies. See id. at 4.", ["Seq. 2 applies.", "See id. at 4."]),
    (
        "  Leading space is trimmed.  Trailing too.  ",
        ["Leading space is trimmed.", "Trailing too."],
    ),
    ("", []),
    ("No final period", ["No final period"]),
    (
        "The plan (the “Plan”) governs. “Eligible Options” means the options.",
        ["The plan (the “Plan”) governs.", "“Eligible Options” means the options."],
    ),
    (
        "Employees in the U.K. are excluded. See Schedule B.",
        ["Employees in the U.K. are excluded.", "See Schedule B."],
    ),
    (
        "The New York Stock Exchange, Inc. In addition, we rely on Nasdaq.",
        ["The New York Stock Exchange, Inc.", "In addition, we rely on Nasdaq."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_case_table(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_table_is_large_enough_to_decide() -> None:
    assert len(CASES) >= 40


def test_spans_point_into_the_text() -> None:
    text = "First one. Second one? Third!"
    assert [text[s:e] for s, e in split_sentences(text)] == ["First one.", "Second one?", "Third!"]
