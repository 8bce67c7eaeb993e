"""An address updated (and nothing else) is said in the notice with the new address, so the
reader knows where to write: no placeholder is left for counsel."""

from __future__ import annotations

from amendtool.core.plain_summary import summarise
from amendtool.core.wording import house_wording
from tests.core.test_materiality import drafted

HR = (
    "You may request copies of this document from Human Resources at 1200 Ridgeline Avenue, "
    "Boulder, Colorado 80302, telephone (303) 555-0142."
)


def test_an_address_updated_is_said_with_the_new_address() -> None:
    new = HR.replace("1200 Ridgeline Avenue", "4500 Canyon Boulevard, Suite 300")
    item = drafted("7. Additional Information.", [HR], [new])[0]
    summary = summarise(item, house_wording())
    assert "4500 Canyon Boulevard, Suite 300, Boulder, Colorado 80302" in summary.text
    assert "1200 Ridgeline Avenue" in summary.text
    assert "[" not in summary.text, summary.text
