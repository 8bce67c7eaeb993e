"""Withdrawal deadlines the offer as amended still states before its expiration, in text
no item changes: most often an extension that moves the cover, the summary and the terms
but leaves "You may withdraw … before 5:00 p.m. on December 18" in the withdrawal section.
Where Rule 13e-4(f)(2)(i) binds (an issuer tender for equity, convertible debt included)
and counsel recorded no reason (offer.withdrawal_reason), withdrawal rights last as long as
the offer is open: each such paragraph is an error naming its place and the rule. The
notice and the filing then say withdrawal runs to the expiration (offer_dates), never the
date left behind. The sentences an item changes are the item check's (withdrawal_checks)."""

from __future__ import annotations

import re

from amendtool.core.amendment import Amendment
from amendtool.core.changes import item_texts
from amendtool.core.expiration_checks import expiration_disagrees, place_of
from amendtool.core.filing_fields import named
from amendtool.core.findings import ERROR, Finding
from amendtool.core.materiality_rules import house_rules
from amendtool.core.model import Paragraph
from amendtool.core.offer_kinds import withdrawal_binds
from amendtool.core.offer_zone import message_deadline
from amendtool.core.pattern_store import compiled
from amendtool.core.segment import sentences
from amendtool.core.withdrawal_checks import RULE, sentence_ends

# the issuer withdrawing its offer ("we may withdraw or terminate the offer"), which is no
# holder's right to withdraw
_OFFER_WITHDRAWN = compiled(
    r"\bwithdr[ae]w\w*\s+(?:(?:or|and)\s+\w+\s+)?(?:the|this|our|its)\s+offer\b"
    r"|\b(?:terminate|amend|cancel)\w*\s+(?:or|and)\s+withdr[ae]w\w*\s+(?:the|this|our|its)\s+offer\b",
    re.IGNORECASE,
)


def _plain(text: str) -> str:
    return " ".join(text.split())


_WITHDRAWAL_WORDS = compiled(r"withdr|revo", re.IGNORECASE)


def _may_withdraw(text: str) -> bool:
    """Whether the paragraph speaks of withdrawing ("withdr", "revo" in any capitals): a
    paragraph in ASCII (most of an offer) is looked at in small letters, the pattern's own
    answer without its cost; any other is asked of the pattern, as Unicode capitals are."""
    if text.isascii():
        lowered = text.lower()
        return "withdr" in lowered or "revo" in lowered
    return _WITHDRAWAL_WORDS.search(text) is not None


def left_behind(amendment: Amendment) -> list[tuple[str, Paragraph, str]]:
    """(place, paragraph, end as printed) for each paragraph of the offer as amended whose
    unchanged text ends withdrawal before the expiration; none where the rule does not bind
    or the offer and the filing details disagree on the expiration (that one error first)."""
    if not withdrawal_binds(amendment.filing) or expiration_disagrees(amendment):
        return []
    rules = house_rules()
    ends_of = sentence_ends(amendment, rules)  # each sentence read once per draft
    speaks: dict[str, bool] = {}
    changed = set()
    for item in amendment.change_items:
        old, new = item_texts(item)
        before = {_plain(s) for s in sentences(old)}
        changed |= {_plain(s) for s in sentences(new)} - before
    out = []
    for section in amendment.revised.sections:
        if section.is_contents:
            continue
        for paragraph in section.paragraphs:
            text = paragraph.text
            may = speaks.get(text)
            if may is None:
                may = speaks[text] = _may_withdraw(text)  # a text printed again: read once
            if not may:
                continue
            for sentence in sentences(paragraph.text):
                if _plain(sentence) in changed or _OFFER_WITHDRAWN.search(sentence):
                    continue
                if rules.back_end.search(sentence):
                    continue  # withdrawal from a later day on, not an end of it
                ends = ends_of.read(sentence)
                if ends and not ends.startswith("once tendered"):
                    out.append((place_of(section, paragraph), paragraph, ends))
                    break
    return out


def check_withdrawal_left(amendment: Amendment) -> list[Finding]:
    """An error for each paragraph of the offer as amended, unchanged by any item, that ends
    withdrawal rights before the offer expires."""
    expires = message_deadline(amendment, amendment.filing.expiration_local)
    extended = " (the extension left it behind)" if amendment.kind == "extension" else ""
    return [
        Finding(
            ERROR,
            "withdrawal_period",
            f"{place} still has withdrawal rights end {ends}, before the offer expires at "
            f"{expires}{extended}: holders may withdraw for as long as the offer is open "
            f"({RULE}); amend that paragraph in the revised draft so withdrawal runs to the "
            f"expiration, or record why not ({named('offer', 'withdrawal_reason')}); until "
            "then the notice and the filing say withdrawal runs to the expiration",
        )
        for place, _, ends in left_behind(amendment)
    ]
