"""What the offer is for, as the rules that bind it tell it apart.

An issuer tender for its equity securities (convertible debt is an equity security, Exchange
Act Section 3(a)(11)) is made under Rule 13e-4 on Schedule TO-I: withdrawal rights run to the
expiration. A tender for straight (non-convertible) debt is under Regulation 14E alone, which
requires no such withdrawal rights; such offers commonly end them at the early tender date.
Counsel states the kind in the filing details (securities.kind); left out, it is told from the
title of the class, and the checks say so."""

from __future__ import annotations

import re
from dataclasses import dataclass

from amendtool.core.filing_details import FilingDetails
from amendtool.core.pattern_store import compiled

EQUITY, CONVERTIBLE, DEBT = "equity", "convertible", "debt"
_DEBT_WORDS = compiled(r"\b(?:notes?|debentures?|bonds?|debt\s+securities)\b", re.IGNORECASE)
_CONVERTIBLE_WORDS = compiled(r"\b(?:convertible|exchangeable)\b", re.IGNORECASE)


@dataclass(frozen=True)
class OfferKind:
    """What the offer seeks (equity, convertible or straight debt), and what it was told
    from: the rules that bind it follow."""

    kind: str  # equity | convertible | debt
    told_from: str  # "" when counsel gave it; else the title it was told from

    @property
    def under_rule_13e4(self) -> bool:
        """Rule 13e-4 binds it (equity, convertible debt included)."""
        return self.kind != DEBT

    def said(self) -> str:
        """'straight debt (told from “6.25% Senior Notes due 2031” …)', as a check says it."""
        what = {EQUITY: "equity securities", CONVERTIBLE: "convertible securities"}.get(
            self.kind, "straight debt"
        )
        if not self.told_from:
            return f"{what} (securities.kind)"
        return (
            f"{what} (told from the title of the class, “{self.told_from}”; if that is "
            "wrong, give the kind of securities (securities.kind))"
        )


def offer_kind(filing: FilingDetails) -> OfferKind:
    """The kind counsel gave, or the one the title of the class names: notes, debentures or
    bonds that are not convertible or exchangeable are straight debt; anything else equity."""
    if filing.securities_kind:
        return OfferKind(filing.securities_kind, "")
    title = filing.securities_title
    if _CONVERTIBLE_WORDS.search(title):
        return OfferKind(CONVERTIBLE, title)
    if _DEBT_WORDS.search(title):
        return OfferKind(DEBT, title)
    return OfferKind(EQUITY, title)


def withdrawal_binds(filing: FilingDetails) -> bool:
    """Whether withdrawal rights must run to the expiration: Rule 13e-4 binds the offer and
    counsel recorded no reason they may end earlier (offer.withdrawal_reason)."""
    return offer_kind(filing).under_rule_13e4 and not filing.withdrawal_reason
