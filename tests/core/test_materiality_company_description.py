"""A sentence that only describes the company (where it is, what it does, how many sites
it runs) in the section on information concerning it is no financial information and no
term of the offer: proposed clarifying in every offer, as counsel reads it; its financial
figures (revenue, net income) stay material."""

from __future__ import annotations

from amendtool.core.drafting import draft_items
from amendtool.core.items import AmendmentItem, Materiality
from tests.support.builders import doc

FRONT = ("", ["Dorrington Medical Systems, Inc. is offering to exchange eligible units."])
OPENING = "Dorrington Medical Systems, Inc. makes imaging equipment for hospitals."
TITLES = (
    "9. Information Concerning Dorrington Medical Systems, Inc.",
    "Section 6. Information About Us",
    "IV. Certain Information Concerning the Company",
)


def _item(title: str, old: list[str], new: list[str]) -> AmendmentItem:
    [item] = draft_items(doc([FRONT, (title, old)]), doc([FRONT, (title, new)])).items
    return item


def test_a_neutral_sentence_added_about_the_company_is_clarifying_in_every_layout() -> None:
    added = "Our headquarters are in Omaha, Nebraska."
    for title in TITLES:
        item = _item(title, [OPENING], [f"{OPENING} {added}"])
        assert item.materiality is Materiality.CLARIFYING, (title, item.materiality_reason)
        assert "financial" not in item.materiality_reason.lower(), item.materiality_reason


def test_the_business_described_otherwise_and_its_sites_counted_are_clarifying() -> None:
    old = "We sell software to small businesses."
    new = "We sell software to small and medium-sized businesses."
    item = _item(TITLES[0], [OPENING, old], [OPENING, new])
    assert item.materiality is Materiality.CLARIFYING, item.materiality_reason
    sites = "We have 41 facilities in 12 states."
    item = _item(TITLES[1], [OPENING], [OPENING, sites])
    assert item.materiality is Materiality.CLARIFYING, item.materiality_reason


def test_financial_figures_of_the_company_stay_material() -> None:
    old = "Our revenue for fiscal 2009 was $41.2 million."
    new = "Our revenue for fiscal 2009 was $44.8 million."
    for title in TITLES:
        item = _item(title, [OPENING, old], [OPENING, new])
        assert item.materiality is Materiality.MATERIAL, (title, item.materiality_reason)
    item = _item("10. Financial Information", [OPENING], [f"{OPENING} We have two plants."])
    assert item.materiality is Materiality.MATERIAL, item.materiality_reason


def test_a_plan_or_an_event_of_the_company_is_no_mere_description() -> None:
    for added in ("We will close our Boise plant in June.", "We intend to sell our lab unit."):
        item = _item(TITLES[0], [OPENING], [f"{OPENING} {added}"])
        assert item.materiality is Materiality.MATERIAL, (added, item.materiality_reason)
        assert "plan or an event" in item.materiality_reason


def test_a_change_of_the_company_s_finances_in_its_description_stays_material() -> None:
    """Words alone can change financial information: income becomes a loss, revenue falls."""
    changes = (
        ("In fiscal 2009 we had net income.", "In fiscal 2009 we had a net loss."),
        ("We have been profitable since 2005.", "We have been unprofitable since 2005."),
        ("Our revenue grew in fiscal 2009.", "Our revenue fell in fiscal 2009."),
        ("Our earnings improved in 2009.", "Our earnings declined in 2009."),
        ("Our results of operations improved.", "Our results of operations declined."),
        ("We have adequate liquidity.", "We have limited liquidity."),
    )
    for title in TITLES:
        for old, new in changes:
            item = _item(title, [OPENING, old], [OPENING, new])
            assert item.materiality is Materiality.MATERIAL, (title, new, item.materiality_reason)
            assert "Describes the company" not in item.materiality_reason, item.materiality_reason


def test_a_neutral_change_of_the_company_s_description_stays_clarifying() -> None:
    """No financial word or figure touched: the description rule still proposes clarifying."""
    changes = (
        (
            "Dorrington designs imaging equipment.",
            "Dorrington designs and sells imaging equipment.",
        ),
        ("Our headquarters are in Omaha, Nebraska.", "Our headquarters are in Lincoln, Nebraska."),
    )
    for title in TITLES:
        for old, new in changes:
            item = _item(title, [OPENING, old], [OPENING, new])
            assert item.materiality is Materiality.CLARIFYING, (title, new, item.materiality_reason)
