"""The filing details against the offer they describe: the document title, the issuer, the
terms the offer description defines and an "Offer to …" the description or the notice
names, where the original never uses them. A filing.toml copied from another offer would
put that offer's words into the filing's opening and the notice; each warning names the
field and what the offer calls the thing (read here from the original: the title and the
company its cover prints, the names it defines). The messages are in resources/checks."""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher
from functools import cache, cached_property

from amendtool.core.cover import title_lines
from amendtool.core.filing import OFFER_TERMS, FilingDetails
from amendtool.core.filing_fields import named
from amendtool.core.findings import WARNING, Finding
from amendtool.core.model import Document
from amendtool.core.pattern_store import compiled
from amendtool.core.resource_toml import read_toml
from amendtool.core.typography import fold_typography
from amendtool.resources import resource_path

COVER_LINES = 12  # the title block and the legend are at the top of the cover

# the title an offer gives itself on its cover: "OFFER TO AMEND ELIGIBLE OPTIONS AND TO PAY
# CASH", "Offer to Purchase for Cash", up to a comma, a stop or the date it is "dated"
_OFFER_TITLE = compiled(r"\bOffer\s+to\s+[A-Za-z][^,;.:()\n]*", re.I)
_DATED = compiled(r"\s+dated\b.*$", re.I)
# a company name as a cover prints it: its last word an entity's form
_ENTITY_END = compiled(
    r"\b(?:Inc|Incorporated|Corp|Corporation|Co|Company|Ltd|Limited|LLC|L\.P|LP|N\.V|S\.A|"
    r"PLC|Trust|Holdings|Group|Partners)\.?$",
    re.I,
)
# a name the offer defines: '(the "Eligible Options")', '("New RSUs")'
_DEFINED = compiled(r"[\"“]([A-Z0-9][\w'’&.\- ]{0,58}[\w.])[\"”]")
# a capitalised phrase of two to four words: "Eligible Options", "Cash Payment", "New RSUs"
_PHRASE = compiled(r"\b(?:[A-Z][\w'’-]*\s+){1,3}[A-Z][\w'’-]*")
_SMALL = frozenset("a an and as at by for in of on or the to we our you your if".split())


# an ASCII character that is no word's (not a letter, digit, "_", "$" or "%") read as a space
_ASCII_SPACED = str.maketrans(
    {chr(c): " " for c in range(128) if not (chr(c).isalnum() or chr(c) in "_$%")}
)
SPACED_BY_PATTERN = [0]  # texts normalised by the pattern: counted, so a test sees it spared


def normalised(text: str) -> str:
    """Capitals, quotation marks, punctuation and spacing aside: "Acme, Inc." is "acme inc".
    A text in ASCII (most of an offer, read whole for every draft) has its characters that
    are no word's made spaces by a table, the pattern's answer without its cost (its quotes
    need no straightening); any other is read by the pattern, which knows every script."""
    if text.isascii():
        return " ".join(text.translate(_ASCII_SPACED).lower().split())
    SPACED_BY_PATTERN[0] += 1
    return " ".join(re.sub(r"[^\w$%]+", " ", fold_typography(text).lower()).split())


def defined_terms(text: str) -> list[str]:
    """The names `text` defines or quotes, in order, each once: '(the "Eligible Options")'."""
    return list(dict.fromkeys(m.group(1).strip() for m in _DEFINED.finditer(text)))


class OfferWords:
    """The original offer's words, read once for every field the check compares."""

    def __init__(self, document: Document) -> None:
        self.document = document

    @cached_property
    def texts(self) -> list[str]:
        return [
            text
            for section in self.document.sections
            for text in [section.heading, *(p.text for p in section.paragraphs)]
            if text
        ]

    @cached_property
    def _normalised(self) -> str:
        return f" {' '.join(normalised(t) for t in self.texts)} "

    def uses(self, words: str) -> bool:
        """Whether the offer uses `words` anywhere, capitals and punctuation aside."""
        key = normalised(words)
        return not key or f" {key}" in self._normalised  # "Eligible Option" in "… Options"

    @cached_property
    def _cover(self) -> list[str]:
        front = self.document.sections[0].paragraphs[:COVER_LINES] if self.document.sections else []
        return [p.text for p in front]

    @cached_property
    def title(self) -> str | None:
        """The title the cover gives the offer ("Offer to Amend Eligible Options and to Pay
        Cash"), in the cover's words; set in capitals on the cover, in title case."""
        for text in self._cover:
            match = _OFFER_TITLE.search(text)
            if match:
                title = _DATED.sub("", " ".join(match.group(0).split())).strip()
                return _title_case(title) if title.isupper() else title
        return None

    @cached_property
    def company(self) -> str | None:
        """The company's name as the cover prints it: the title block's line that ends in
        an entity's form ("ASHCOMBE MEDICAL DEVICES CO."), else the first such name the
        offer defines as "the Company"."""
        paragraphs = self.document.sections[0].paragraphs if self.document.sections else []
        block = paragraphs[: title_lines(paragraphs[:COVER_LINES]) or COVER_LINES]
        for paragraph in block:
            text = " ".join(paragraph.text.split()).strip(" ,")
            if len(text.split()) <= 8 and _ENTITY_END.search(text):
                return _title_case(text) if text.isupper() else text
        return None

    @cached_property
    def defines(self) -> bool:
        """Whether the offer defines names of its own ('(the "Eligible Options")')."""
        return any(defined_terms(text) for text in self.texts)

    @cached_property
    def terms(self) -> list[str]:
        """The names the offer defines, then the capitalised phrases it uses more than once
        as names (not a title's words after "to": "… to Amend Eligible Options"), each once."""
        defined = [t for text in self.texts for t in defined_terms(text)]
        phrases = Counter(
            " ".join(m.group(0).split())
            for text in self.texts
            if not text.isupper()
            for m in _PHRASE.finditer(text)
            if not text[: m.start()].rstrip().lower().endswith(" to")
        )
        return list(dict.fromkeys([*defined, *(p for p, n in phrases.items() if n > 1)]))

    def closest_term(self, term: str, taken: frozenset[str] = frozenset()) -> str | None:
        """The offer's own name for what `term` names: the most alike of its terms that
        share the last word or the first ("New RSUs" for "New Options", "Cash Payment" for
        "Cash Consideration"); never one of `taken` (the names the filing gives other
        things, normalised); None when none is near."""
        words = term.lower().split()
        best: tuple[float, str] | None = None
        for candidate in self.terms:
            theirs = candidate.lower().split()
            if not theirs or theirs[0] in _SMALL or normalised(candidate) in taken:
                continue
            shared = theirs[-1] == words[-1] or theirs[0] == words[0]
            if not shared:
                continue
            score = SequenceMatcher(None, term.lower(), candidate.lower()).ratio()
            score += 1 if theirs[-1] == words[-1] else 0
            if best is None or score > best[0]:
                best = (score, candidate)
        return best[1] if best else None


def _title_case(text: str) -> str:
    """A line set in capitals as a title is written in text: "Offer to Amend Eligible
    Options and to Pay Cash", "Ashcombe Medical Devices Co."."""
    words = text.lower().split()
    out = [w if i and w in _SMALL else w[:1].upper() + w[1:] for i, w in enumerate(words)]
    return " ".join(out)


# the fields whose words may name the offer by its title: "the Offer to Exchange"
_TITLED_FIELDS = (
    ("offer", "description", "offer_description"),
    ("notice", "subject", "notice_subject"),
    ("notice", "program_name", "program_name"),
    ("notice", "explanation", "notice_explanation"),
)
# an offer's title as counsel write it, capitalised ("the Offer to Purchase", "OFFER TO
# PURCHASE"): "we changed the offer to answer questions" is English, not a title
_OFFER_NAMED = compiled(r"\b(?:Offer to [A-Z][a-z]+|OFFER TO [A-Z]+)\b")


@cache
def _messages() -> dict[str, str]:
    return dict(read_toml(resource_path("checks", "offer_terms.toml"))["messages"])


def message(which: str, /, **values: str) -> str:
    """A message of resources/checks/offer_terms.toml, filled in."""
    return _messages()[which].format(**values)


def taken_names(filing: FilingDetails, offer: OfferWords, term: str) -> frozenset[str]:
    """The names the filing details rightly give other things than `term` (the offer uses
    them, and they do not open with its first word): none is offered as the offer's word
    for `term` ("Eligible Options" is never what the offer calls "New Options", while "New
    RSUs" may be)."""
    names = [getattr(filing, key) for key in OFFER_TERMS]
    names += defined_terms(filing.offer_description)
    first = normalised(term).split()[:1]
    return frozenset(
        normalised(n)
        for n in names
        if offer.uses(n) and normalised(n).split()[:1] != first and n != term
    )


def filing_names_findings(filing: FilingDetails, offer: OfferWords) -> list[Finding]:
    """The offer's title, its company and the terms the description defines, where the
    original never uses them. Each is compared where the original gives its own to name
    instead: a cover that prints the offer's title and its company, an offer that defines
    its terms."""
    found: list[tuple[str, str]] = []  # (what is wrong, what the offer calls it)
    title = filing.document_title.strip()
    if title and offer.title and not offer.uses(title):
        said = message("not_in_offer", field=named("offer", "document_title"), value=title)
        found.append((said, message("title", theirs=offer.title)))
    if offer.company:
        for key, value in (("name", filing.issuer_name), ("short_name", filing.issuer_short_name)):
            if value.strip() and not offer.uses(value):
                said = message("not_in_offer", field=named("issuer", key), value=value.strip())
                found.append((said, message("company", theirs=offer.company)))
    own = {normalised(getattr(filing, key)) for key in OFFER_TERMS}
    for term in defined_terms(filing.offer_description):
        if normalised(term) in own or offer.uses(term):
            continue
        near = offer.closest_term(term, taken_names(filing, offer, term))
        if near or offer.defines:
            said = message("defines", field=named("offer", "description"), value=term)
            found.append((said, message("term", theirs=near) if near else message("own_words")))
    for table, key, attribute in _TITLED_FIELDS if offer.title else ():
        named_here = (m.group(0) for m in _OFFER_NAMED.finditer(getattr(filing, attribute)))
        for name in dict.fromkeys(named_here):
            if offer.uses(name) or normalised(name) in normalised(offer.title or ""):
                continue
            said = message("speaks_of", field=named(table, key), value=name)
            found.append((said, message("title", theirs=offer.title or "")))
    return [Finding(WARNING, "terms", f"{said}; {advice}") for said, advice in found]
