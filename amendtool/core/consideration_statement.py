"""Item 4's sentences on a change of the consideration: the headline change stated where the
form asks for the terms of the transaction.

An amendment raising the price was filed with Item 4 stating only the extension (or with no
Item 4 at all), the new price told only in the list of changes to the offer. Counsel states
it in Item 4 itself: "On May 15, 2026, the Company amended the Offer to increase the Purchase
Price from $26.25 to $26.75 per Preferred Share." Each change of a figure that an item of the
class "consideration" makes is said once, however many places print it; a change in many
rows of a table (a ratio for each price band) is said as the consideration changed, its rows
left to the items. The sentences are [schedule_to] templates of the wording file."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from amendtool.core.fact_ranges import ranges_changed
from amendtool.core.items import TABLE_KINDS, AmendmentItem, Materiality
from amendtool.core.materiality_tables import heading_lines, row_ratios
from amendtool.core.pattern_store import compiled
from amendtool.core.plain_facts import FactChange, fact_changes
from amendtool.core.stated_deadlines import long_date
from amendtool.core.table_headings import column_title, without_unit
from amendtool.core.templates import fill

if TYPE_CHECKING:
    from amendtool.core.amendment import Amendment

_FIGURES = ("money", "ratio")
MOST_SAID = 3  # more changes than this are said as the consideration changed, in one sentence
MOST_LISTED = 12  # more exchange ratios than this are said to have changed, not each stated
_AMOUNT = compiled(r"[$€£¥]?\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:million|billion|thousand))?", re.I)


def consideration_changes(amendment: Amendment) -> list[FactChange]:
    """The figures the items of the class "consideration" change, each once (the first
    printing of each), in the order of the items."""
    return [change for _, change in _indexed_changes(amendment)]


def _indexed_changes(amendment: Amendment) -> list[tuple[int, FactChange]]:
    """consideration_changes, each with the index of the item that first prints it."""
    seen: dict[tuple[str, str, str, str], tuple[int, FactChange]] = {}
    w = amendment.wording.schedule_to
    for index, item in enumerate(amendment.change_items):
        if item.materiality is not Materiality.CONSIDERATION:
            continue
        if not (item.old_text and item.new_text):
            continue
        for row in table_ratio_changes(item, w):  # a ratio a table's column heading states
            seen.setdefault(("ratio", row.label, row.old, row.new), (index, row))
        changes, _ = fact_changes(item.old_text, item.new_text)
        changes = [_columned(item, c) for c in changes if c.kind in _FIGURES and not c.history]
        ends = ranges_changed(changes)  # "ranges from $1.25 to $2.50": one range, both ends
        for low, high in ends:
            old = f"between {_amount(low.old)} and {_amount(high.old)}"
            new = f"between {_amount(low.new)} and {_amount(high.new)}"
            key = ("range", "", old, new)
            seen.setdefault(key, (index, replace(low, kind="range", old=old, new=new)))
        paired = {id(c) for pair in ends for c in pair}
        for change in changes:
            if id(change) not in paired:
                key = (change.kind, "", _amount(change.old), _amount(change.new))
                seen.setdefault(key, (index, change))
    return list(seen.values())


def table_ratio_changes(item: AmendmentItem, w: dict[str, Any]) -> list[FactChange]:
    """Each changed row of a ratio column ("Eligible Options Exchanged for One New RSU"), as
    the item's reason reads it: both ratios whole, named for the row's band ("the exchange
    ratio for Eligible Options with an exercise price per share of $15.00 – $19.99")."""
    out = []
    for caption, ratio, first in row_ratios(item) if item.kind in TABLE_KINDS else []:
        label, row = "exchange ratio", caption
        price = band_price(first, w)
        if price and caption:  # the row's band, as its heading names it
            values = {"given": ratio.given, "price": price, "band": caption}
            label, row = fill(str(w.get("ratio_band", _RATIO_BAND)), **values), ""
        direction = 0 if ratio.more is None else (1 if ratio.more else -1)
        out.append(FactChange("ratio", ratio.old, ratio.new, label, True, direction, "", row))
    return out


_RATIO_BAND = "exchange ratio for {given} with a {price} of {band}"
# the heading's price, and the unit it is priced per ("per Share"), if it says one: what the
# heading adds after it ("of Eligible Option", "Range") restates the row, not the price
_PRICE_HEADING = compiled(r"^(?P<price>.*?\bprices?\b)(?:.*?(?P<per>\bper\s+\w+))?", re.I)


def band_price(heading: str, w: dict[str, Any]) -> str:
    """The price a band heading names, as a phrase after "a" ("Exercise Price of Eligible
    Option" → "exercise price per share"): the heading's price and its unit, or the unit
    `ratio_band_units` gives that price; "" for a heading that names no price."""
    found = _PRICE_HEADING.search(" ".join(heading.split()))
    if found is None:
        return ""
    price = found["price"].lower().removesuffix("s")  # one band has one price
    units: dict[str, Any] = dict(w.get("ratio_band_units", {}))
    per = found["per"].lower() if found["per"] else str(units.get(price, ""))
    return " ".join(f"{price} {per}".split())


def _columned(item: AmendmentItem, change: FactChange) -> FactChange:
    """A figure of a table's row with its column's heading ("Purchase Price per $1,000
    Principal Amount of Notes"), which names it where the row's words do not."""
    if item.kind not in TABLE_KINDS or not change.row or change.column:
        return change
    lines = heading_lines(item)
    cells = change.sentence.split("\t")
    at = next((n for n, c in enumerate(cells) if n and change.new in c), 0)
    title = " ".join(filter(None, column_title(lines, at))) if at and lines else ""
    if not title:
        return change
    label = change.label if change.specific else " ".join(without_unit(title).split())
    return replace(change, column=title, label=label)


def consideration_sentences(amendment: Amendment, terms: dict[str, str], also: bool = False) -> str:
    """The sentences, or "" when no item changes the terms Item 4 states (the consideration's
    figures, and term_statements' changes), in the order of the items that make them.
    `terms`: the offer's own words (notice_document.offer_terms); `also`: said after the
    extension, on the same day ("The Company also amended …"), as is every change after the
    first."""
    from amendtool.core.shortened_expiration import shortened_clauses
    from amendtool.core.table_statement import table_clauses
    from amendtool.core.term_statements import term_clauses

    w = amendment.wording.schedule_to
    if "consideration_change" not in w:
        return ""
    indexed = _indexed_changes(amendment)
    items = amendment.change_items
    # (item, where it prints the new figure, template, the figure)
    said: list[tuple[int, int, str, dict[str, str]]] = []
    if len(indexed) > MOST_SAID:
        said.append((indexed[0][0], 0, *_many(indexed, terms, w)))
    else:
        for i, c in indexed:
            at = items[i].new_text.find(c.new)
            said.append((i, at, "consideration_change", _figure(c, terms, w)))
    if "term_change" in w:
        figures = {(_amount(c.old), _amount(c.new)) for _, c in indexed}
        clauses = term_clauses(amendment, terms, figures) + shortened_clauses(amendment)
        # a table no sentence above states: its rows (the maximum New RSUs of each band)
        said_items = {i for i, _ in indexed} | {i for i, _, _ in clauses}
        clauses += table_clauses(amendment, said_items, figures)
        said += [(i, at, "term_change", {"what": what}) for i, at, what in clauses]
    said.sort(key=lambda s: s[:2])  # the offer's order: by item, then where each is printed
    name = terms.get("defined_name", "")
    values = {
        **terms,
        "date": _long_date(amendment),
        "defined_name_opening": name[:1].upper() + name[1:],
    }
    out: list[str] = []
    for _, _, template, figure in said:
        key = f"{template}_also" if (also or out) and f"{template}_also" in w else template
        if key in w:
            out.append(fill(w[key], **values, **figure))
    return " ".join(out)


def _many(
    indexed: list[tuple[int, FactChange]], terms: dict[str, str], w: dict[str, Any]
) -> tuple[str, dict[str, str]]:
    """The template and values for more changes than MOST_SAID. "Change the New RSUs to be
    granted" is no true summary of exchange ratios changed (no New RSU changed): each ratio
    is stated, tier by tier, up to MOST_LISTED of them, and beyond that the ratios are said
    to have changed; changes of a price alone are summed up as the price changed."""
    changes = [c for _, c in indexed]
    if not any(c.kind == "ratio" for c in changes) or "consideration_each" not in w:
        return "consideration_changes", {}
    if len(changes) > MOST_LISTED:
        return "consideration_ratios_changed", {}
    said = [_figure(c, terms, w) for c in changes]
    parts = [f"{f['verb']} {f['term']} from {f['old']} to {f['new']}{f['each']}" for f in said]
    joined = "; ".join(parts[:-1]) + "; and " + parts[-1]
    return "consideration_each", {"changes": joined}


def _figure(
    change: FactChange, terms: dict[str, str], w: dict[str, Any] | None = None
) -> dict[str, str]:
    verb = {1: "increase", -1: "decrease"}.get(change.direction, "change")
    if change.kind != "money":
        verb = "change"  # a ratio's direction is said by its items, as the offer reads it
    old, new = change.old, change.new
    if change.kind == "ratio" and w is not None:
        old, new = _ratio_sides(change, terms, w)
    term = f"the {change.label}" if change.label else "the consideration"
    if change.unowned and w is not None:  # whose it is the offer's sentence does not say
        term = fill(str(w.get("unowned_term", "{article} {label}")), **_article(change.label))
    if change.row:  # a row of a table: named by its first cell ("$25.00 to $34.99")
        term = f"{term} for “{change.row}”"
    each = ""
    if change.kind in ("money", "range") and terms.get("consideration_verb") == "paid":
        # cash: the offer's own name for it ("the Purchase Price", "the cash payment"), per
        # unit of what holders tender ("per Preferred Share")
        if change.kind == "money":
            old, new = _amount(old), _amount(new)
        term = f"the {terms.get('consideration', '')}"
        if change.row and change.column:  # one row's price of several, under headings
            # ("6.25% Notes due 2030"); a term sheet's caption ("Tender Consideration") is none
            term = f"{term} for “{change.row}”"
        one = _stated_unit(change.sentence, new) or _headed_unit(change.column)
        one = one or _one(terms.get("tendered", ""))
        each = f" per {one}" if one else ""
    if change.kind == "money" and w is not None:
        term = _bound(change, w) or term
    return {"verb": verb, "term": term, "old": old, "new": new, "each": each}


def _bound(change: FactChange, w: dict[str, Any]) -> str | None:
    """The end of a range a price is ("nor less than $24.50": a modified Dutch auction's
    floor, no price paid), by the words just before it (`price_bound_words`); None else."""
    sentence = " ".join(change.sentence.split()).casefold()
    at = sentence.find(change.new.casefold())
    before = sentence[: max(at, 0)].rstrip()
    for end, words in dict(w.get("price_bound_words", {})).items():
        if at > 0 and any(before.endswith(str(said)) for said in words):
            return str(dict(w.get("price_bound", {})).get(end, "")) or None
    return None


def _article(label: str) -> dict[str, str]:
    """{label} and its indefinite {article}: "an exercise price", "a term"."""
    return {"label": label, "article": "an" if label[:1].lower() in "aeiou" else "a"}


_BARE_RATIO = compiled(r"\S+ for \S+")


def _ratio_sides(change: FactChange, terms: dict[str, str], w: dict[str, Any]) -> tuple[str, str]:
    """Both ratios with what each side counts ("one New RSU for every two Eligible
    Options"), as the offer's sentence counts them; a ratio whose sides the offer never
    tells apart ("1 for 2" read neither way) is quoted as printed, with counsel's
    placeholder (`ratio_unread`)."""
    from amendtool.core.plain_exchange_terms import ratio_in_units

    if not (_BARE_RATIO.fullmatch(change.old) and _BARE_RATIO.fullmatch(change.new)):
        return change.old, change.new  # said whole already (a table's row, by its heading)
    if change.unread:
        said = str(w.get("ratio_unread", '"{ratio}"'))
        return fill(said, ratio=change.old), fill(said, ratio=change.new)
    return (
        ratio_in_units(change.old, change.sentence, w, terms),
        ratio_in_units(change.new, change.sentence, w, terms),
    )


# the unit a price of notes is stated in: "$1,005.00 per $1,000 principal amount of Notes"
_PER_PRINCIPAL = compiled(
    r"\s+per\s+(\$\s?\d[\d,]*(?:\.\d+)?\s+(?:in\s+)?(?:aggregate\s+)?principal\s+amount"
    r"(?:\s+of\s+(?:the\s+)?(?:[A-Z0-9][\w.%-]*(?:\s+|$))+)?)"
)


def _headed_unit(heading: str) -> str:
    """The unit a column heads its prices in ("Purchase Price per $1,000 Principal Amount of
    Notes" → "$1,000 principal amount of Notes"); "" for none."""
    said = re.sub(r"\bprincipal\s+amount\b", "principal amount", f" {heading}", flags=re.I)
    found = _PER_PRINCIPAL.search(said) if heading else None
    return " ".join(found.group(1).split()) if found else ""


def _stated_unit(sentence: str, amount: str) -> str:
    """The unit the sentence states the amount in, when it is a principal amount: a Note is
    no unit of a price (notes trade in $1,000 denominations), so "per Note" would misstate
    it; "" when the sentence states no such unit after the amount."""
    at = sentence.find(amount)
    found = _PER_PRINCIPAL.match(sentence, at + len(amount)) if at >= 0 else None
    return " ".join(found.group(1).split()).rstrip(".,;") if found else ""


def _amount(text: str) -> str:
    found = _AMOUNT.search(text)
    return found.group(0) if found else text


def _one(tendered: str) -> str:
    """ "Preferred Share" for "Preferred Shares"; "" where the name is no plain plural."""
    words = tendered.split()
    if not words or not words[-1].endswith("s") or words[-1].endswith("ss"):
        return ""
    return " ".join([*words[:-1], words[-1][:-1]])


def _long_date(amendment: Amendment) -> str:
    return long_date(amendment.filing.amendment_date)


def consideration_statement(amendment: Amendment) -> str:
    """Item 4's paragraph for an amendment that changes the consideration and does not
    extend the offer: the change, then the other terms also amended (or "" for none)."""
    from amendtool.core.extension import and_the_terms
    from amendtool.core.notice_document import offer_terms

    said = consideration_sentences(amendment, offer_terms(amendment))
    return and_the_terms(amendment, amendment.wording.schedule_to, said) if said else ""
