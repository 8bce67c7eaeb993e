"""What the offer's own terms say about its results, read from its text: whether it
prorates (an "up to" offer buying pro rata when more is tendered: Item 4 then gives the
proration factor, and counsel is not asked why not all were accepted), whether its defined
price already includes accrued dividends or interest (then they are not added again), and
whether early and late tenders receive different consideration (each is stated). The
patterns and sentences are in the wording's [schedule_to] (results_prorated, results_accrued,
results_early_terms, results_proration, results_early_late)."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from amendtool.core.segment import sentences
from amendtool.core.templates import fill


def _texts(amendment: Any) -> list[str]:
    """The offer's paragraphs, as filed and as amended (the terms may be either's)."""
    seen = dict.fromkeys(
        p.text for d in (amendment.original, amendment.revised) for p in d.paragraphs()
    )
    return list(seen)


def prorated(amendment: Any) -> bool:
    """The offer says it buys pro rata when more is tendered than it seeks."""
    said = amendment.wording.schedule_to.get("results_prorated", "")
    if not said:
        return False
    pattern = re.compile(str(said), re.IGNORECASE)
    return any(pattern.search(text) for text in _texts(amendment))


def proration_factor(accepted: int, tendered: int) -> str:
    """'62.5%', '83.33%': accepted over tendered, to two places, as a percentage."""
    share = (Decimal(accepted) * 100 / Decimal(tendered)).quantize(
        Decimal("0.01"), rounding=ROUND_HALF_UP
    )
    return f"{share.normalize():f}%"


def proration_sentence(amendment: Any, accepted: int, tendered: int, values: dict[str, str]) -> str:
    """' Because more … were tendered …, with a final proration factor of approximately
    62.5%.' for a prorated offer that accepted fewer than were tendered; '' otherwise."""
    if not (0 < accepted < tendered) or not prorated(amendment):
        return ""
    said = amendment.wording.schedule_to.get("results_proration", "")
    if not said:
        return ""
    return " " + fill(str(said), **values, factor=proration_factor(accepted, tendered))


def proration_said(amendment: Any, accepted: int, tendered: int, values: dict[str, str]) -> str:
    """The holders' notice's ' We bought about 62.5% of the Preferred Shares each holder
    tendered …' for a prorated offer that accepted fewer than were tendered; '' otherwise."""
    if not (0 < accepted < tendered) or not prorated(amendment):
        return ""
    from amendtool.core.plain_notice import voice_of

    said = voice_of(amendment).words["results"].get("proration", "")
    return (
        " " + fill(str(said), **values, factor=proration_factor(accepted, tendered)) if said else ""
    )


def accrued_words(amendment: Any) -> str:
    """', plus accrued and unpaid dividends,' when the offer pays them on top of its price;
    '' when it does not say so, or when they are part of the price it defines ('$24.00 per
    Preferred Share, plus accrued and unpaid dividends, in cash (the "Purchase Price")':
    the Purchase Price already includes them, and saying them again double-counts)."""
    words, inside = accrued_terms(amendment)
    return f", {words}," if words and not inside else ""


def accrued_terms(amendment: Any) -> tuple[str, bool]:
    """What the offer pays besides its price per unit ('plus accrued and unpaid dividends';
    '' when it says nothing of it), and whether its defined price includes it: a figure
    given for that price then carries the words with it ("the Purchase Price of $24.00 per
    Preferred Share, plus accrued and unpaid dividends,"), or it contradicts the term."""
    said = amendment.wording.schedule_to.get("results_accrued", "")
    if not said:
        return "", False
    pattern = re.compile(str(said), re.IGNORECASE)
    found = ""
    for text in _texts(amendment):
        for sentence in sentences(text):
            for match in pattern.finditer(sentence):
                words = " ".join(match.group(0).split())
                if _inside_the_price(sentence, match, amendment.filing.consideration):
                    return words, True
                found = found or words
    return found, False


def _inside_the_price(sentence: str, match: re.Match[str], term: str) -> bool:
    """The words are part of what the offer's defined price is: the sentence defines the
    term after them ('… (the "Purchase Price")') or states what the term is ('The Purchase
    Price is $24.00 …, plus accrued …')."""
    if not term:
        return False
    name = re.escape(" ".join(term.split())).replace(r"\ ", r"\s+")
    defines = rf"\(\s*(?:the\s+)?[\"“‘']{name}[\"”’']\s*\)"
    if re.search(defines, sentence[match.end() :], re.IGNORECASE):
        return True
    states = rf"^\s*(?:the\s+)?{name}\s+(?:is|will\s+be|equals|means)\b"
    return re.search(states, sentence[: match.start()], re.IGNORECASE) is not None


def early_terms(amendment: Any) -> dict[str, str]:
    """The offer's own names for its early tender date and payment ({"date": "Early Tender
    Date", "payment": "Early Tender Payment"}) when it defines both: early and late tenders
    then receive different consideration. A term is defined where a parenthetical opens
    with it, also one that goes on to define another ('(the "Early Tender Payment" and,
    together with the Tender Offer Consideration, the "Total Consideration")')."""
    terms = amendment.wording.schedule_to.get("results_early_terms", {})
    names: dict[str, str] = {}
    for key, pattern in terms.items():
        defined = re.compile(rf"\(\s*(?:the\s+)?[\"“‘']({pattern})[\"”’']", re.IGNORECASE)
        for text in _texts(amendment):
            if found := defined.search(text):
                names[key] = " ".join(found.group(1).split())
                break
    return names if terms and set(names) == set(terms) else {}


def early_late_sentence(amendment: Any, past: bool, values: dict[str, str]) -> str:
    """' Holders who validly tendered … at or before the Early Tender Date …, and holders
    who … after it …' when the offer defines an early tender date and payment (what early
    and late tenders receive differs, and the results state each); '' otherwise."""
    w = amendment.wording.schedule_to
    said = w.get("results_early_late_past" if past else "results_early_late", "")
    names = early_terms(amendment)
    if not names or not said:
        return ""
    return " " + fill(str(said), **values, **{f"early_{k}": v for k, v in names.items()})
