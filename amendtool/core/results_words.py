"""The words in which counsel enters and reads the results of the offer: the results form's
labels and the line saying what the final amendment reports, in the terms of what the offer
sought and what it gives (resources/help/results-form.toml). An offer for preferred shares
for cash asks for the preferred shares tendered and the date of payment, never for "shares
under the options" and a grant date; the option exchange's words are the default."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING, Any

from amendtool.core.resource_toml import read_toml
from amendtool.core.templates import fill_map
from amendtool.resources import resource_path

if TYPE_CHECKING:
    from amendtool.core.filing import FilingDetails
    from amendtool.core.model import Document
    from amendtool.core.results import Results
    from amendtool.core.wording import Wording

OPTION_EXCHANGE = ("options", "options")  # the forms when no filing details say otherwise


@dataclass(frozen=True)
class ResultsLabels:
    """The results form's labels, without their colons; `issued` is empty for an offer
    that pays, which counts nothing it gives (it pays for what it accepted)."""

    tendered: str
    accepted: str
    issued: str
    grant_date: str
    holders: str
    price: str = ""  # an offer that pays: the price per unit (optional); else not asked
    examples: tuple[tuple[str, str], ...] = ()  # (field, example) for the empty fields
    as_of: str = "Results counted as of (optional)"  # a date the offer defines by name
    as_of_expiration: str = "The expiration of the offer"  # the results as it expired

    def example(self, key: str) -> str:
        return dict(self.examples).get(key, "")


@cache
def _words() -> dict[str, Any]:
    return read_toml(resource_path("help", "results-form.toml"))


def _terms(
    filing: FilingDetails | None, wording: Wording | None
) -> tuple[str, str, dict[str, str]]:
    """The forms of what was tendered and what is given, and the words to fill in."""
    from amendtool.core.results import offer_forms
    from amendtool.core.wording import house_wording

    if filing is None:
        tendered, given = OPTION_EXCHANGE
        words = {"tendered": "options", "consideration": "new options"}
    else:
        tendered, given = offer_forms(wording or house_wording(), filing)
        words = {"tendered": filing.tendered, "consideration": filing.consideration}
    words["accepted_for"] = "purchase" if given == "cash" else "exchange"
    return tendered, given, words


def results_labels(
    filing: FilingDetails | None,
    wording: Wording | None = None,
    original: Document | None = None,
) -> ResultsLabels:
    """The results form's labels for this offer (an option exchange's without details), in
    the offer's own term for what it gives when filing.toml's is one the `original` never
    uses (an RSU exchange's "New RSUs", never the default "New Options")."""
    tendered, given, words = _terms(in_the_offers_words(filing, original), wording)
    w = _words()
    tendered_label, accepted_label = w["tendered"][tendered]
    issued_label, date_label = w["given"][given]
    words["one"] = words["tendered"].removesuffix("s")
    price = fill_map(w["price"].get(tendered, ""), words) if given == "cash" else ""
    return ResultsLabels(
        fill_map(tendered_label, words),
        fill_map(accepted_label, words),
        fill_map(issued_label, words),
        fill_map(date_label, words),
        w["other"]["holders"],
        price,
        _examples(filing, tendered, given),
        w["other"]["as_of"],
        w["other"]["as_of_expiration"],
    )


def _examples(
    filing: FilingDetails | None, tendered: str, given: str
) -> tuple[tuple[str, str], ...]:
    """The empty fields' examples for this offer: counts in its form, holders as holders,
    and a date of grant or payment after its expiration (the business day after it)."""
    from amendtool.core.business_days import next_business_day, stated_day
    from amendtool.core.stated_deadlines import long_date

    e = _words()["examples"]
    day = dt.date(2026, 5, 26)  # an option exchange's, without filing details
    if filing is not None:
        day = next_business_day(stated_day(filing.expiration) + dt.timedelta(days=1))
    given_form = tendered if given == "cash" else given
    return (
        ("tendered", e[tendered]),
        ("accepted", e[tendered]),
        ("issued", e.get(given_form, e["securities"])),
        ("holders", e["holders"]),
        ("grant_date", fill_map(e["date"], {"date": long_date(day), "iso": day.isoformat()})),
        ("price", _price_example(filing, tendered, e) if given == "cash" else ""),
    )


def _price_example(filing: FilingDetails | None, tendered: str, e: dict[str, Any]) -> str:
    """'e.g. 27.00': the price per unit the offer states in the filing details' description
    ([examples.stated_price]); '' when it states none, for another offer's figure misleads."""
    pattern = e.get("stated_price", {}).get(tendered, "")
    if filing is None or not pattern:
        return ""
    one = re.escape(filing.tendered.removesuffix("s"))
    found = re.search(pattern.replace("{one}", one), filing.offer_description, re.IGNORECASE)
    return fill_map(e["price"], {"price": found.group("price")}) if found else ""


def in_the_offers_words(
    filing: FilingDetails | None, original: Document | None
) -> FilingDetails | None:
    """`filing` with what is offered named as the offer names it (offer_consideration)."""
    if filing is None or original is None:
        return filing
    from amendtool.core.offer_consideration import consideration_named

    return replace(filing, consideration=consideration_named(filing, original))


def results_summary(
    results: Results,
    filing: FilingDetails | None,
    wording: Wording | None = None,
    original: Document | None = None,
) -> str:
    """'1,600,000 Preferred Shares tendered, 1,500,000 accepted for purchase; payment on
    May 26, 2026': what the final amendment reports, as the status line and history say it."""
    from amendtool.core.stated_deadlines import long_date

    tendered, given, words = _terms(in_the_offers_words(filing, original), wording)
    values = {
        **words,
        "tendered_count": f"{results.tendered:,}",
        "accepted_count": f"{results.accepted:,}",
        "issued_count": f"{results.issued:,}",
        "date": long_date(results.grant_date),
    }
    w = _words()["summary"]
    return f"{fill_map(w['tendered'][tendered], values)}; {fill_map(w['given'][given], values)}"


def grant_needs_employment(patterns: list[str], paragraphs: list[str]) -> bool:
    """Whether the offer makes the new awards depend on still being employed when they are
    granted: the results notice states that condition only when the offer's text does
    (`patterns`, the wording's employment_condition), never by default."""
    text = " ".join(" ".join(paragraphs).split())
    return any(re.search(pattern, text, re.IGNORECASE) for pattern in patterns)


def price_text(value: Any, problems: list[str]) -> str:
    """[results] price as the filing prints it ("$1,025.00"): a number or a dollar amount;
    empty when not given (the statement then tells the payment without a price)."""
    if value is None or value == "":
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0:
        return f"${value:,.2f}"
    if isinstance(value, str) and re.fullmatch(r"\$?\d{1,3}(?:,?\d{3})*(?:\.\d+)?", value.strip()):
        return "$" + value.strip().lstrip("$")
    problems.append('results.price must be the price paid per unit, such as 1025.00 or "$1,025.00"')
    return ""


def payment_words(
    wording: Wording, filing: FilingDetails, form: str, price: str, besides: str = ""
) -> str:
    """What the Company pays for what it accepted, as the results statement says it: the
    defined consideration by name ("the Purchase Price"), plain cash not at all ("for the
    Notes accepted"), with the price per unit when counsel gives it (debt per $1,000
    principal amount) and `besides` after it (", plus accrued and unpaid dividends," when
    the defined price includes them), from the wording's results_paid and results_price_each."""
    from amendtool.core.notice_document import consideration_defined

    w = wording.schedule_to
    kind = "defined" if consideration_defined(wording, filing.consideration) else "plain"
    each = price_each(wording, filing, form, price)
    if each:
        kind += "_priced"
    paid = w.get("results_paid", {}).get(
        kind, "the {consideration} for the {tendered} accepted for purchase"
    )
    return str(paid).replace("{price_each}", each + besides)


def price_each(wording: Wording, filing: FilingDetails, form: str, price: str) -> str:
    """'$1,025.00 per $1,000 principal amount', '$24.00 per Preferred Share': counsel's
    price per unit of what was bought ('' when none is given)."""
    if not price:
        return ""
    one = filing.tendered[:-1] if filing.tendered.endswith("s") else filing.tendered
    return fill_map(
        wording.schedule_to.get("results_price_each", {}).get(form, "{price}"),
        {"price": price, "one": one},
    )


def count_questions(
    results: Results, filing: FilingDetails, wording: Wording, prorated: bool = False
) -> list[str]:
    """What counsel should look at again in the counts, in the offer's own terms: a count
    of 0 (a form left at zero reports an offer nobody took up), fewer accepted than
    tendered (the filing must say why, unless the offer prorates: Item 4 then gives the
    proration factor), and a debt tender's amount that is no whole number
    of $1,000 notes (41,250 is a count of notes entered where the principal amount in
    dollars belongs). The messages are [checks] of resources/help/results-form.toml."""
    from amendtool.core.offer_names import entity_terms
    from amendtool.core.results import offer_forms

    checks = _words()["checks"]
    labels = results_labels(filing, wording)
    form = offer_forms(wording, filing)[0]
    done = {"tendered": "tendered", "accepted": "accepted", "issued": "granted or issued"}
    out = [
        fill_map(checks["zero"], {"key": key, "what": getattr(labels, key), "done": done[key]})
        for key in ("tendered", "accepted", "issued")
        if getattr(labels, key) and getattr(results, key) == 0
    ]
    if 0 < results.accepted < results.tendered and not prorated:
        amount = checks["amounts"].get(form, "{count}")
        values = {"tendered_word": filing.tendered, **entity_terms(filing)}
        out.append(
            fill_map(
                checks["fewer"],
                {
                    **values,
                    "accepted": fill_map(amount, {**values, "count": f"{results.accepted:,}"}),
                    "tendered": fill_map(amount, {**values, "count": f"{results.tendered:,}"}),
                },
            )
        )
    if form == "principal":
        out += [
            fill_map(
                checks["principal_denomination"],
                {
                    "key": key,
                    "count": f"{n:,}",
                    "dollars": f"${n * 1000:,}",
                    "tendered": filing.tendered,
                },
            )
            for key in ("tendered", "accepted")
            if (n := getattr(results, key)) % 1000
        ]
    return out


def price_questions(results: Results, filing: FilingDetails, early: dict[str, str]) -> list[str]:
    """The price counsel gave that Item 4 does not state: one price is no price for a
    consideration that early and late tenders receive differently (`early`: the offer's
    names for its early tender date and payment)."""
    if not (early and results.price and not results.statement):
        return []
    values = {"price": results.price, "consideration": filing.consideration}
    values.update({f"early_{k}": v for k, v in early.items()})
    return [fill_map(_words()["checks"]["price_early_late"], values)]
