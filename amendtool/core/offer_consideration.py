"""What the offer calls what it gives, in its own defined term ("New RSUs", "RSUs",
"Restricted Stock Units", "the Cash Payment"). filing.toml's [offer] consideration is
counsel's, often copied from another offer or left at its option-exchange default "New
Options": an RSU exchange's employee notice that tells holders they will receive "New
Options" misstates the offer. The notice and the filing say the offer's own word wherever
filing.toml's is one the original never uses, and the checks warn of the difference. The
words that name a consideration are the firm's (resources/checks/offer_terms.toml
[consideration])."""

from __future__ import annotations

import re
from functools import cache

from amendtool.core.filing import FilingDetails
from amendtool.core.filing_names_check import OfferWords, defined_terms, normalised
from amendtool.core.model import Document
from amendtool.core.pattern_store import compiled
from amendtool.core.ratios import GIVEN_UP, RECEIVED
from amendtool.core.resource_toml import read_toml
from amendtool.resources import resource_path

# a definition: '(the "RSUs")', '(“New RSUs”)', 'We refer to … as "RSUs."'; group 1 the term
_DEFINITION = compiled(r"(?:\(|\b(?:as|called)\s+)(?:the\s+)?[\"“]([^\"”]{1,60}?)[.,]?[\"”]", re.I)
_CLAUSE_END = compiled(r"[.;:](?:\s|$)")
_READ: dict[int, tuple[Document, str | None, str | None]] = {}  # the last offers read


@cache
def _words() -> dict[str, list[str]]:
    table = read_toml(resource_path("checks", "offer_terms.toml")).get("consideration", {})
    keys = ("names", "new_names", "given_by")
    return {key: [str(w).lower() for w in table.get(key, [])] for key in keys}


def consideration_named(filing: FilingDetails, original: Document | None) -> str:
    """What the notice and the filing call the consideration: filing.toml's own word when
    the original uses it, else the offer's own term for it (when it has one)."""
    value = filing.consideration
    if original is None or not value.strip():
        return value
    theirs = offer_consideration(original, filing.tendered)
    if theirs is None or normalised(theirs) == normalised(value):
        return value
    offer = OfferWords(original)
    singular = value.rstrip().removesuffix("s")  # "NEW OPTION" in a table's heading
    return value if offer.uses(value) or offer.uses(singular) else theirs


def described_as(description: str, consideration: str, tendered: str = "") -> str:
    """What is offered as counsel's description of the offer defines it, where it defines
    a term naming the same thing ('restricted stock units (the "New RSUs")' for the offer's
    "RSUs"): the filing's opening quotes the description, and its next sentence names what
    is granted by the term just defined (never what holders tender, `tendered`). Else
    `consideration` itself."""
    wanted = normalised(consideration).split()
    if not wanted:
        return consideration
    for term in defined_terms(description):
        words = normalised(term).split()
        if normalised(term) == normalised(tendered):
            continue
        if len(words) >= len(wanted) and words[-len(wanted) :] == wanted:
            return term
    return consideration


def offer_consideration(document: Document, tendered: str = "") -> str | None:
    """The offer's own term for what it gives: the first name it defines for new
    securities ("New RSUs", "Replacement Options"), else the first it defines, after "for",
    "receive", "grant" or "pay", that names a consideration ("restricted stock units
    ("RSUs")", "a cash payment (the "Cash Payment")"); else a capitalised name of such a
    kind it uses more than once ("Restricted Stock Units"). Never what holders give up."""
    held = _READ.get(id(document))
    if held is not None and held[0] is document and held[1] == tendered:
        return held[2]
    offer = OfferWords(document)
    found = _defined(offer.texts, tendered) or _most_used(offer, tendered)
    if len(_READ) > 8:
        _READ.clear()
    _READ[id(document)] = (document, tendered, found)
    return found


def _defined(texts: list[str], tendered: str) -> str | None:
    given: list[str] = []
    for text in texts:
        for match in _DEFINITION.finditer(text):
            term = re.sub(r"^the\s+", "", " ".join(match.group(1).split()), flags=re.I)
            if not _names(term, tendered):
                continue
            if RECEIVED.match(term):
                return term
            start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, match.start())), default=0)
            before = text[start : match.start()].lower()
            if any(re.search(rf"\b{re.escape(w)}\b", before) for w in _words()["given_by"]):
                given.append(term)
    return given[0] if given else None


def _most_used(offer: OfferWords, tendered: str) -> str | None:
    """The capitalised name of a consideration the offer uses, when it defines none: by
    the order of the firm's `names` (a "Total Consideration" before an "Early Tender
    Payment", a part of it), then the one used most."""
    defined = {t for text in offer.texts for t in defined_terms(text)}
    names = [re.sub(r"^The\s+", "", t) for t in offer.terms if t not in defined]
    names = [n for n in dict.fromkeys(names) if len(n.split()) > 1 and _names(n, tendered)]
    text = " ".join(offer.texts)
    order = _words()["names"]

    def rank(name: str) -> tuple[int, int]:
        last = name.lower().split()[-1]
        used = len(re.findall(rf"\b{re.escape(name)}\b", text))
        return (-order.index(last) if last in order else -len(order), used)

    return max(names, key=rank, default=None)


def _names(term: str, tendered: str) -> bool:
    """Whether `term` may name what the offer gives: its last word names a security or a
    payment ("New Shares" too, never "New York City"), and it is not what holders give up."""
    words = term.lower().split()
    if not words or GIVEN_UP.match(term) or normalised(term) == normalised(tendered):
        return False
    if words[-1] in _words()["names"]:
        return True
    return bool(RECEIVED.match(term)) and len(words) > 1 and words[-1] in _words()["new_names"]
