"""A defined term renamed for the same party ("Continental Stock Transfer & Trust Company
(the "Depositary")" → "(the "Tender Agent")", and "the Depositary" → "the Tender Agent" where
the paragraph uses it) is clarifying: the party, its role and every right are the same. A new
party under the new name is no rename. Where the text renamed does not define the term, the
tool cannot tell that the same party is meant: it keeps the safer class and says why. A
reason names each distinct change once, however often the paragraph makes it."""

from __future__ import annotations

from amendtool.core.changes import compare, what_it_does
from amendtool.core.corrections import corrected_spelling
from amendtool.core.items import Materiality
from tests.support.materiality import drafted, drafted_one

HEADING = "Procedures for Tendering Preferred Shares"
DEFINES = (
    "To tender Preferred Shares, you must deliver a properly completed Letter of Transmittal "
    "to Continental Stock Transfer & Trust Company (the “{name}”) before the Expiration Date."
)
USES = (
    "Delivery of documents to The Depository Trust Company does not constitute delivery to "
    "the {name}."
)
RENAME = "“Depositary” → “Tender Agent”"


def _paragraph(name: str, party: str = "Continental Stock Transfer & Trust Company") -> str:
    defines = DEFINES.replace("Continental Stock Transfer & Trust Company", party)
    return f"{defines.format(name=name)} {USES.format(name=name)}"


def test_a_defined_term_renamed_where_the_paragraph_uses_it_too_is_clarifying() -> None:
    item = drafted_one(HEADING, [_paragraph("Depositary")], [_paragraph("Tender Agent")])
    assert item.materiality is Materiality.CLARIFYING, item.materiality_reason
    assert item.materiality_reason.count(RENAME) == 1, item.materiality_reason


def test_a_new_party_under_the_new_name_is_no_rename() -> None:
    new = _paragraph("Tender Agent", party="Computershare Trust Company, N.A.")
    item = drafted_one(HEADING, [_paragraph("Depositary")], [new])
    assert item.materiality is Materiality.MATERIAL, item.materiality_reason


def test_a_rename_the_text_does_not_define_keeps_the_safer_class_and_says_why() -> None:
    old, new = USES.format(name="Depositary"), USES.format(name="Tender Agent")
    item = drafted_one(HEADING, [old], [new])
    assert item.materiality is Materiality.MATERIAL, item.materiality_reason
    reason = item.materiality_reason
    assert reason.count(RENAME) == 1 and "same party" in reason, reason


def test_the_uses_of_a_term_renamed_by_another_item_for_the_same_party_are_clarifying() -> None:
    other = "Questions may be directed to the Information Agent."
    old = [DEFINES.format(name="Depositary"), other, USES.format(name="Depositary")]
    new = [DEFINES.format(name="Tender Agent"), other, USES.format(name="Tender Agent")]
    items = drafted(HEADING, old, new)
    assert len(items) == 2, [i.new_text for i in items]
    for item in items:
        assert item.materiality is Materiality.CLARIFYING, item.materiality_reason
        assert item.materiality_reason.count(RENAME) == 1, item.materiality_reason
    assert "item A" in items[1].materiality_reason, items[1].materiality_reason


def test_a_reason_names_each_distinct_change_once() -> None:
    old = "Send it to the Depositary; the Depositary will confirm it by Friday."
    new = "Send it to the Tender Agent; the Tender Agent will confirm it by Monday."
    shown = what_it_does(compare(old, new, "sentence"))
    assert shown.count(RENAME) == 1 and "“Friday” → “Monday”" in shown, shown
    old, new = "Send it to us and to them.", "Send it promptly to us and promptly to them."
    added = what_it_does(compare(old, new, "sentence"))
    assert added == "adds “promptly”", added


def test_a_misspelling_put_right_twice_is_named_once() -> None:
    old = "The memebers of the committee and the memebers of the board may tender."
    new = old.replace("memebers", "members")
    spelled = corrected_spelling(compare(old, new, "sentence"))
    assert spelled == "“memebers” → “members”", spelled
