"""A word the offer writes both as a name ("Acme") and in capitals (its ticker, "ACME") is
a name: a heading in capitals quotes it "Acme Widgets, Inc." in the filing, the notice and
the outline alike. A word only ever written in capitals ("ERISA") keeps them."""

from __future__ import annotations

from amendtool.core.drafting import draft_items
from amendtool.core.titles import written_in_capitals
from tests.support.builders import doc

TICKER = "Acme's common stock trades on the Nasdaq Global Market under the symbol ACME."
ERISA = "The Plan is not subject to ERISA."


def test_a_ticker_that_is_also_the_companys_name_is_no_acronym() -> None:
    assert written_in_capitals([TICKER, ERISA]) == frozenset({"ERISA"})


def test_the_filing_quotes_the_heading_as_the_outline_does() -> None:
    heading = "5. INFORMATION CONCERNING ACME WIDGETS, INC."
    before = [("", ["Acme Widgets, Inc. is offering to exchange options."]), (heading, [TICKER])]
    after = [before[0], (heading, [TICKER.replace("Global Market", "Global Select Market")])]
    original = doc(before)
    (item,) = draft_items(original, doc(after)).items
    assert item.locator.section_name == original.sections[-1].name
    assert item.locator.section_name == "Section 5. Information Concerning Acme Widgets, Inc."
