"""Checks of the wording the tool writes for each item: its quotation marks, parentheses and
brackets pair up, every exhibit it refers to is the offer's own or in the exhibit index, and
the offer's own terms it takes from the filing details are words the original uses."""

from __future__ import annotations

from amendtool.core.amendment import Amendment
from amendtool.core.filing import OFFER_TERMS, FilingDetails
from amendtool.core.filing_fields import named
from amendtool.core.filing_names_check import (
    OfferWords,
    filing_names_findings,
    message,
    taken_names,
)
from amendtool.core.findings import ERROR, WARNING, Finding
from amendtool.core.form_names import renamed_to_it
from amendtool.core.items import letter
from amendtool.core.offer_consideration import consideration_named
from amendtool.core.pattern_store import compiled
from amendtool.core.typography import fold_typography

_EXHIBIT_REF = compiled(r"Exhibits? (\([a-z]\)(?:\(\d{1,3}\))?(?:\([A-Za-z]{1,4}\))*)")

_PARENTHESES = compiled(r"[()]")


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
    printed: str | None = None
    for key in OFFER_TERMS:
        value = getattr(amendment.filing, key)
        if not value or fold_typography(value).lower() in words:
            continue
        if key == "transmittal_document" and renamed_to_it(amendment):
            continue  # the form's new name, which an item of the amendment gives it
        said = message("not_in_offer", field=named("offer", key), value=value)
        own = consideration_named(amendment.filing, amendment.original)
        own = own if key == "consideration" else value
        if own != value and not foreign:
            # the notice and the filing say the offer's own term: told whether given or not
            findings.append(Finding(WARNING, "terms", f"{said}; {message(key, theirs=own)}"))
            continue
        if key not in amendment.filing.terms_given and not foreign:
            # left empty: wrong only where the filing or the notice prints the default
            printed = _printed(amendment) if printed is None else printed
            if value not in printed:
                continue
            said = message("default_printed", field=named("offer", key), value=value)
        theirs = own if own != value else None
        theirs = theirs or offer.closest_term(value, taken_names(amendment.filing, offer, value))
        advice = message("term", theirs=theirs) if theirs else message("own_term")
        if foreign and key not in amendment.filing.terms_given:
            said = message("no_default", said=said, key=key)
            findings.append(Finding(ERROR, "terms", f"{said}; {advice}"))
        else:
            findings.append(Finding(WARNING, "terms", f"{said}; {advice}"))
    return findings


def _printed(amendment: Amendment) -> str:
    """The words the filing and the notice print (each built once for the checks)."""
    from amendtool.core.filing_document import notice_blocks, schedule_to_blocks

    blocks = [*schedule_to_blocks(amendment), *notice_blocks(amendment)]
    return " ".join(block.text for block in blocks)
