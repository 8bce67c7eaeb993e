"""Checks of the wording the tool writes for each item: its quotation marks, parentheses and
brackets pair up, every exhibit it refers to is the offer's own or in the exhibit index, and
the offer's own terms it takes from the filing details are words the original uses."""

from __future__ import annotations

import re

from amendtool.core.amendment import Amendment
from amendtool.core.filing import OFFER_TERMS, FilingDetails
from amendtool.core.filing_labels import named
from amendtool.core.findings import ERROR, WARNING, Finding
from amendtool.core.items import letter
from amendtool.core.offer_own_words import OfferWords, defined_terms, normalised
from amendtool.core.typography import fold_typography

_EXHIBIT_REF = re.compile(r"Exhibits? (\([a-z]\)(?:\(\d{1,3}\))?(?:\([A-Za-z]{1,4}\))*)")

_PARENTHESES = re.compile(r"[()]")


def _unbalanced(text: str) -> list[str]:
    problems = []
    if text.count('"') % 2:
        problems.append("an unpaired straight quotation mark")
    if text.count("“") != text.count("”"):
        problems.append("unpaired curly quotation marks")
    depth = 0
    for char in _PARENTHESES.findall(text):
        depth += 1 if char == "(" else -1
        if depth < 0:
            problems.append("a closing parenthesis without an opening one")
            break
    if depth > 0:
        problems.append("an unclosed parenthesis")
    if text.count("[") != text.count("]"):
        problems.append("unbalanced brackets")
    return problems


def check_balanced(amendment: Amendment) -> list[Finding]:
    findings = []
    for index, item in enumerate(amendment.change_items):
        texts = {
            "filing wording": amendment.filing_instruction(item),
            "notice wording": amendment.notice_instruction(item),
            "quoted text": '"' + "\n".join(item.new_paragraphs or [item.new_text]) + '"'
            if (item.new_paragraphs or item.new_text)
            else "",
        }
        for what, text in texts.items():
            for problem in _unbalanced(text):
                findings.append(
                    Finding(
                        WARNING, "balance", f"item {letter(index)}: {what} has {problem}", index
                    )
                )
    return findings


def check_exhibits(amendment: Amendment) -> list[Finding]:
    """Every exhibit the wording refers to is the offer's own or is in the exhibit index."""
    filing = amendment.filing
    known = {
        filing.document_exhibit,
        filing.election_form_exhibit,
        *(e.label for e in amendment.exhibits()),
        *(e.label for e in amendment.previously_filed()),
    }
    findings = []
    for index, item in enumerate(amendment.change_items):
        text = amendment.filing_instruction(item) + " " + amendment.notice_instruction(item)
        for label in _EXHIBIT_REF.findall(text):
            if label not in known:
                findings.append(
                    Finding(
                        ERROR,
                        "exhibit",
                        f"item {letter(index)} refers to "
                        f"Exhibit {label}, which is not in the index",
                        index,
                    )
                )
    return findings


def check_terms(amendment: Amendment) -> list[Finding]:
    """The filing details speak of the offer the original is: its title, its company, the
    offer's own words ([offer] consideration, tendered, transmittal_document) and the terms
    the description defines are words the original uses, and each that is not is named by
    its field with what the offer itself calls the thing. An RSU exchange or a tender with
    a Letter of Transmittal left with the option-exchange defaults would misstate the
    offer: a default filing.toml leaves in place when the original uses none of the
    defaults and speaks of a purchase or a Letter of Transmittal is an error (the opening
    and the notice would grant "New Options" against an "Election Form" in a cash tender);
    anything else, a warning."""
    offer = OfferWords(amendment.original)
    words = " ".join(fold_typography(text).lower() for text in offer.texts)
    defaults = {key: str(FilingDetails.__dataclass_fields__[key].default) for key in OFFER_TERMS}
    # the offer speaks other words than an option exchange: none of its defaults, and a
    # purchase for cash or a Letter of Transmittal
    other = "purchase" in amendment.filing.document_title.lower() or any(
        w in words for w in ("letter of transmittal", "offer to purchase")
    )
    foreign = other and not any(fold_typography(d).lower() in words for d in defaults.values())
    findings = filing_names_findings(amendment.filing, offer)
    for key in OFFER_TERMS:
        value = getattr(amendment.filing, key)
        if not value or fold_typography(value).lower() in words:
            continue
        message = f'filing details: {named("offer", key)} "{value}" never appears in the original'
        theirs = offer.closest_term(value, taken_names(amendment.filing, offer, value))
        advice = (
            f'; the offer calls it "{theirs}"' if theirs else "; set it to the offer's own term"
        )
        if foreign and key not in amendment.filing.terms_given:
            findings.append(
                Finding(
                    ERROR,
                    "terms",
                    f"{message}, nor does any option-exchange default: filing.toml leaves "
                    f"[offer] {key} out{advice}",
                )
            )
        else:
            findings.append(Finding(WARNING, "terms", f"{message}{advice}"))
    return findings


# the fields whose words may name the offer by its title: "the Offer to Exchange"
_TITLED_FIELDS = (
    ("offer", "description", "offer_description"),
    ("notice", "subject", "notice_subject"),
    ("notice", "program_name", "program_name"),
    ("notice", "explanation", "notice_explanation"),
)
_OFFER_NAMED = re.compile(r"\bOffer to [A-Za-z]+", re.I)


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
    original never uses them (a filing.toml copied from another offer). Each is compared
    where the original gives its own to name instead: a cover that prints the offer's
    title and its company, an offer that defines its terms."""
    found: list[tuple[str, str]] = []  # (what is wrong, what the offer calls it)
    title = filing.document_title.strip()
    if title and offer.title and not offer.uses(title):
        found.append(
            (f'{named("offer", "document_title")} "{title}"', f"calls itself {_q(offer.title)}")
        )
    issuer = filing.issuer_name.strip()
    if issuer and offer.company and not offer.uses(issuer):
        found.append(
            (f'{named("issuer", "name")} "{issuer}"', f"names its company {_q(offer.company)}")
        )
    own = {normalised(getattr(filing, key)) for key in OFFER_TERMS}
    for term in defined_terms(filing.offer_description):
        if normalised(term) in own or offer.uses(term):
            continue
        near = offer.closest_term(term, taken_names(filing, offer, term))
        if near or offer.defines:
            theirs = f"calls it {_q(near)}" if near else ""
            found.append((f'{named("offer", "description")} defines "{term}", which', theirs))
    for table, key, attribute in _TITLED_FIELDS if offer.title else ():
        for name in dict.fromkeys(
            m.group(0) for m in _OFFER_NAMED.finditer(getattr(filing, attribute))
        ):
            if offer.uses(name) or normalised(name) in normalised(offer.title or ""):
                continue
            found.append(
                (
                    f'{named(table, key)} speaks of the "{name}", which',
                    f"calls itself {_q(offer.title)}",
                )
            )
    findings = []
    for what, theirs in found:
        advice = f"; the offer {theirs}" if theirs else "; set it to the offer's own words"
        message = f"filing details: {what} never appears in the original{advice}"
        findings.append(Finding(WARNING, "terms", message))
    return findings


def _q(text: str | None) -> str:
    return f'"{text}"'
