"""A postal address is where to write, not a term: its street number, suite and ZIP code are no
amounts of the offer. An item that only changes an address (or a telephone number), wherever
it is printed (the company's Human Resources under "Additional Information", the Depositary
to which a notice of withdrawal is sent), is proposed clarifying; a changed deadline or
method of delivery beside it still decides."""

from __future__ import annotations

import pytest

from amendtool.core.facts import extract
from tests.core.test_materiality import drafted

HR = (
    "You may request copies of this document from Human Resources at 1200 Ridgeline Avenue, "
    "Boulder, Colorado 80302, telephone (303) 555-0142."
)
DEPOSITARY = (
    "To withdraw, you must deliver a written notice of withdrawal to the Depositary, Broad "
    "Street Trust Company, 48 Wall Street, 9th Floor, New York, New York 10005."
)


@pytest.mark.parametrize(
    ("heading", "old", "new", "shown"),
    [
        pytest.param(
            "7. Additional Information.",
            HR,
            HR.replace(
                "1200 Ridgeline Avenue, Boulder, Colorado 80302",
                "4500 Canyon Boulevard, Suite 300, Boulder, Colorado 80301",
            ),
            "4500 Canyon Boulevard, Suite 300, Boulder, Colorado 80301",
            id="human-resources",
        ),
        pytest.param(
            "3. Withdrawal Rights.",
            DEPOSITARY,
            DEPOSITARY.replace("48 Wall Street, 9th Floor", "100 Wall Street, 12th Floor"),
            "100 Wall Street, 12th Floor, New York, New York 10005",
            id="depositary-in-withdrawal-rights",
        ),
        pytest.param(
            "4. Procedures for Tendering.",
            "Send your election form to 55 Market Street, San Francisco, CA 94105.",
            "Send your election form to 1 Post St., Suite 2000, San Francisco, CA 94104-5211.",
            "1 Post St., Suite 2000, San Francisco, CA 94104-5211",
            id="where-to-send-an-election",
        ),
        pytest.param(
            "7. Additional Information.",
            HR,
            HR.replace("(303) 555-0142", "(720) 555-0199"),
            "(720) 555-0199",
            id="telephone",
        ),
    ],
)
def test_an_address_changed_alone_is_clarifying(
    heading: str, old: str, new: str, shown: str
) -> None:
    item = drafted(heading, [old], [new])[0]
    assert item.materiality.value == "clarifying", item.materiality_reason
    assert "address" in item.materiality_reason
    assert shown in item.materiality_reason
    assert "number" not in item.materiality_reason.replace("telephone number", "")


@pytest.mark.parametrize(
    ("old", "new"),
    [
        pytest.param(
            DEPOSITARY,
            DEPOSITARY.replace("deliver a written notice of withdrawal", "send an email").replace(
                "48 Wall Street", "100 Wall Street"
            ),
            id="the-method-changes-too",
        ),
        pytest.param(
            "You may withdraw within 40 business days by writing to us at 48 Wall Street, "
            "New York, New York 10005.",
            "You may withdraw within 30 business days by writing to us at 100 Wall Street, "
            "New York, New York 10005.",
            id="a-deadline-changes-too",
        ),
    ],
)
def test_a_changed_deadline_or_method_beside_an_address_still_decides(old: str, new: str) -> None:
    item = drafted("3. Withdrawal Rights.", [old], [new])[0]
    assert item.materiality.value == "material", item.materiality_reason


def test_an_address_is_read_as_one_fact_not_as_numbers() -> None:
    facts = extract(DEPOSITARY)
    assert [f.kind for f in facts] == ["address"]
    assert facts[0].text == "48 Wall Street, 9th Floor, New York, New York 10005"


def test_a_count_beside_a_street_word_is_not_an_address() -> None:
    """ "100 shares" and "Avenue" in one sentence: the figure stays a count."""
    facts = extract("We will buy 100 shares held at our Park Avenue office.")
    assert [f.kind for f in facts] == ["count"]
