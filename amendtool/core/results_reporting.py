"""How the final amendment tells the results: Item 4's paragraph on them (counsel's words or
the tool's from the numbers) and the notice telling employees or holders what happened and
what happens next. The results themselves, as entered, are read in core/results.py."""

from __future__ import annotations

import dataclasses

from amendtool.core.layout import Block, Role
from amendtool.core.offer_zone import offer_deadline
from amendtool.core.pattern_store import compiled
from amendtool.core.results import granted, offer_forms, parse_results
from amendtool.core.results_terms import (
    accrued_terms,
    early_late_sentence,
    early_terms,
    proration_said,
    proration_sentence,
)
from amendtool.core.results_words import grant_needs_employment, payment_words, price_each
from amendtool.core.stated_deadlines import long_date
from amendtool.core.templates import fill


def results_values(amendment: object) -> dict[str, str]:
    from amendtool.core.amendment import Amendment
    from amendtool.core.filing_document import offer_terms

    assert isinstance(amendment, Amendment)
    f = amendment.filing
    results = parse_results(amendment.results_data)
    shares = f"shares of {f.underlying}" if f.underlying else "shares"
    terms = offer_terms(amendment)
    # what is given, named as the notice names it: the offer's own term (offer_terms)
    f = dataclasses.replace(f, consideration=terms["consideration"])
    holders = ""
    if results.holders:
        holders = fill(
            amendment.wording.schedule_to["results_holders"],
            holders=f"{results.holders:,}",
            **terms,
        )
    tendered_form, given_form = offer_forms(amendment.wording, f)
    # one price is no price for a consideration early and late tenders are paid differently
    price = "" if early_terms(amendment) else results.price
    accrued, inside = accrued_terms(amendment)
    besides = f", {accrued}," if accrued else ""
    paid_for = payment_words(amendment.wording, f, tendered_form, price, besides if inside else "")
    paid_for += "" if inside else besides
    each = price_each(amendment.wording, f, tendered_form, price)
    counts = {
        "tendered": (f.tendered, tendered_form, results.tendered),
        "accepted": (f.tendered, tendered_form, results.accepted),
        "issued": (f.consideration, given_form, results.issued),
    }
    counted = amendment.wording.schedule_to.get("results_counted", {})
    return {
        **terms,
        **{
            f"{key}_counted": fill(
                counted.get(form, "{count} {what}"), what=what, count=f"{n:,}", shares=shares
            )
            for key, (what, form, n) in counts.items()
        },
        "deadline": offer_deadline(amendment, f.expiration_local),
        "deadline_weekday": offer_deadline(amendment, f.expiration_local, weekday=True),
        "tendered_verb": "was" if tendered_form == "principal" else "were",
        "issued_verb": "was" if given_form == "principal" else "were",
        "tendered_count": f"{results.tendered:,}",
        "accepted_count": f"{results.accepted:,}",
        "issued_count": f"{results.issued:,}",
        "shares": shares,
        "grant_date": long_date(results.grant_date),
        "holders_sentence": holders,
        "paid_for": fill(paid_for, **terms),
        "defined_name_opening": terms.get("defined_name", "")[:1].upper()
        + terms.get("defined_name", "")[1:],
        # the notice's "We will pay $24.00 per Preferred Share, plus accrued … for …"
        "price_for": f"{each}{besides} " if each else "",
        "proration_said": proration_said(amendment, results.accepted, results.tendered, terms),
        "document_title": f.document_title,
        **_as_of_values(amendment, results.as_of),
    }


def _as_of_values(amendment: object, name: str) -> dict[str, str]:
    """{as_of}, {as_of_name}: the date the offer names that the results are counted to
    ("5:00 p.m., New York City time, on April 9, 2026", "Early Tender Date"), if any."""
    from amendtool.core.amendment import Amendment
    from amendtool.core.results_dates import as_of_date

    assert isinstance(amendment, Amendment)
    named = as_of_date(amendment, name) if name else None
    if named is None:
        return {}
    return {
        "as_of": offer_deadline(amendment, named.moment, stated=named.text),
        "as_of_weekday": offer_deadline(amendment, named.moment, True, named.text),
        "as_of_name": named.name,
    }


def results_statement(amendment: object) -> str:
    """Item 4's paragraph on the results: counsel's words, or the tool's from the numbers."""
    from amendtool.core.amendment import Amendment

    assert isinstance(amendment, Amendment)
    results = parse_results(amendment.results_data)
    if results.statement:
        return results.statement
    values = results_values(amendment)
    w = amendment.wording.schedule_to
    past = _tense(amendment)
    # counted as of a date the offer names: no expiration said
    tense = f"_as_of{past}" if "as_of" in values else past
    cash = "_cash" if offer_forms(amendment.wording, amendment.filing)[1] == "cash" else ""
    template = w.get(
        f"results_statement{cash}{tense}",
        w.get(f"results_statement{tense}", w["results_statement"]),
    )
    opening = str(w.get("results_figure_opening", ""))
    text = fill(template, **values).strip()
    text += proration_sentence(amendment, results.accepted, results.tendered, values)
    text += early_late_sentence(amendment, bool(past), values)
    return figure_openings(text, opening)


_OPENS_WITH_A_FIGURE = compiled(r"(?:^|(?<=[.!?] ))(?=[$\d])")


def figure_openings(text: str, opening: str) -> str:
    """The text with each sentence that would begin with a figure opened by `opening` ("A
    total of 2,800,000 Preferred Shares were …"): a sentence never begins with a numeral."""
    if not opening:
        return text
    return _OPENS_WITH_A_FIGURE.sub(opening, text)


def _tense(amendment: object) -> str:
    return "_past" if granted(amendment) else ""


def results_notice_blocks(amendment: object, document: str = "notice") -> list[Block]:
    """The notice of the results, for employees: the offer has ended, what was accepted,
    when the new options are granted, and that they need do nothing."""
    from amendtool.core.amendment import Amendment

    assert isinstance(amendment, Amendment)
    f = amendment.filing
    from amendtool.core.plain_notice import voice_of

    w = voice_of(amendment).words["results"]  # the offer's voice: holders are paid
    values = results_values(amendment)
    values["deadline"] = values["deadline_weekday"]
    counted = "_as_of" if "as_of" in values else ""  # as of a date the offer names
    if counted:
        values["as_of"] = values["as_of_weekday"]
    fields = amendment.wording.notice_document["fields"]
    out = [
        Block(Role.CENTER_BOLD, w["title"].format(document_title_upper=f.document_title.upper())),
        Block(Role.MEMO, f.notice_to, label=fields[0]),
        Block(Role.MEMO, f.notice_from, label=fields[1]),
        Block(Role.MEMO, long_date(f.amendment_date), label=fields[2]),
        Block(Role.MEMO, amendment.memo_subject(), label=fields[3]),
        Block(Role.HEADLINE, w.get(f"headline{counted}", w["headline"]).format(**values)),
        Block(Role.TEXT, w.get(f"intro{counted}", w["intro"]).format(**values)),
    ]
    tense = _tense(amendment)
    paragraphs = [p.text for p in amendment.original.paragraphs()]
    employed = grant_needs_employment(list(w.get("employment_condition", [])), paragraphs)
    results = parse_results(amendment.results_data)
    fewer = results.accepted < results.tendered  # what happens to the rest is said
    for key in ("results", "grant", "action"):
        question = w.get(f"{key}_question{tense}", w[f"{key}_question"])
        answer = w.get(f"{key}_answer{tense}", w[f"{key}_answer"])
        if fewer:
            answer = w.get(f"{key}_answer_fewer", answer)
        if employed:  # the offer's own condition, in the notice's words for it
            answer = w.get(f"{key}_answer{tense}_employed") or answer
        out.append(Block(Role.SUBHEADING, question.format(**values)))
        out.append(Block(Role.TEXT, answer.format(**values)))
    from amendtool.core.plain_swaps import notice_says

    contact = notice_says(amendment, f.notice_contact).rstrip(".")
    out += [
        Block(Role.HEADING, w.get("questions_heading", "Questions")),
        Block(Role.TEXT, w["contact"].format(contact=contact, **values)),
        Block(Role.TEXT, notice_says(amendment, f.notice_delivery)),
    ]
    return [Block(b.role, b.text, b.label, b.cells, document, b.items) for b in out]
