"""The plain notice's opening answers read against counsel's view of the changes.

The answers follow what a change does: a lowered threshold or a new ratio asks employees to
review their election ("because we changed the terms of the offer"). Counsel may class the
same change clarifying for the timing check, or write an explanation saying the changes only
clarify; the notice would then contradict itself, or counsel, in the one document written
for employees. Neither side is silently chosen: the check names the item and both views.
"""

from __future__ import annotations

from amendtool.core.amendment import Amendment
from amendtool.core.filing_labels import named
from amendtool.core.findings import WARNING, Finding
from amendtool.core.items import Materiality, letter
from amendtool.core.offer_names import audience
from amendtool.core.plain_notice import notice_words
from amendtool.core.segment import sentences


def check_notice_answers(amendment: Amendment, claim: str | None) -> list[Finding]:
    """`claim`: the words with which the amendment's explanation says its changes only
    clarify (None when it does not)."""
    if amendment.filing.notice_style != "plain" or "action_answer_terms" not in notice_words(
        amendment
    ):
        return []
    if amendment.kind == "extension" and amendment.extended_from is not None:
        return []  # an extension's answers state the new deadline, not the terms
    indexes = terms_changed_by(amendment)
    if not indexes:
        return []
    said = _terms_sentence(amendment)
    readers = audience(amendment.wording, amendment.filing.document_title)
    findings = []
    for index in indexes:
        item = amendment.change_items[index]
        views = []
        if item.counsel_materiality and item.materiality is not Materiality.CONSIDERATION:
            views.append(f"it is classified {item.materiality.value} by counsel")
        if claim is not None:
            views.append(f"the amendment's explanation says the changes only clarify (“{claim}”)")
        if not views:
            continue
        findings.append(
            Finding(
                WARNING,
                "notice_answers",
                f"item {letter(index)}: the notice tells {readers} “{said}” because "
                f"the rules find a change in the consideration or the securities sought "
                f"({item.materiality_reason}), but {' and '.join(views)}: classify the item "
                f"consideration, or write the notice's paragraph on it and "
                f"{named('notice', 'explanation')} so that they agree",
                index,
            )
        )
    return findings


def terms_changed_by(amendment: Amendment) -> list[int]:
    """The items whose change of the consideration or the securities sought makes the
    opening answers say the terms changed (checked against counsel's view elsewhere)."""
    items = enumerate(amendment.change_items)
    kinds = (Materiality.CONSIDERATION,)
    return [n for n, i in items if {i.materiality, i.materiality_proposed} & set(kinds)]


def _terms_sentence(amendment: Amendment) -> str:
    """The answer's sentence that says the terms changed (its first, else the whole)."""
    answer = str(notice_words(amendment)["action_answer_terms"])
    found = [s for s in sentences(answer) if "terms" in s.lower()]
    return (found or [answer])[0].removeprefix("Yes. ").strip()
