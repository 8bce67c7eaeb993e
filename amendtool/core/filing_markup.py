"""Markup typed into a filing detail: "2200 Harbor Point Drive</TEXT></DOCUMENT><PAGE>" is
almost surely a paste from an EDGAR file or a web page. The outputs print it escaped, as
text, so it never breaks the filing; but a cover page reading "2200 Harbor Point Drive<
/TEXT>…" is not what counsel meant to file. Each such field is a warning naming it and what
to do (the message is resources/checks/offer_terms.toml `markup`)."""

from __future__ import annotations

from collections.abc import Iterator

from amendtool.core.filing_details import FilingDetails, Party
from amendtool.core.filing_fields import named
from amendtool.core.filing_names_check import message
from amendtool.core.findings import WARNING, Finding
from amendtool.core.pattern_store import compiled

MARKUP = "filing_markup"  # the finding's code
# a tag (<PAGE>, </TEXT>, <br/>), a comment or an entity (&nbsp;, &#160;)
_TAG = compiled(r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>|<!--|&(?:[A-Za-z]+|#\d+|#x[\da-fA-F]+);")

# (table, key, attribute) of the filing details' own text
_FIELDS = (
    ("issuer", "name", "issuer_name"),
    ("issuer", "short_name", "issuer_short_name"),
    ("issuer", "state_of_incorporation", "state_of_incorporation"),
    ("issuer", "entity_form", "entity_form"),
    ("issuer", "defined_name", "defined_name"),
    ("securities", "title", "securities_title"),
    ("securities", "cusip", "cusip"),
    ("securities", "underlying", "underlying"),
    ("offer", "document_title", "document_title"),
    ("offer", "document_exhibit", "document_exhibit"),
    ("offer", "election_form_exhibit", "election_form_exhibit"),
    ("offer", "description", "offer_description"),
    ("offer", "consideration", "consideration"),
    ("offer", "tendered", "tendered"),
    ("offer", "transmittal_document", "transmittal_document"),
    ("offer", "withdrawal_reason", "withdrawal_reason"),
    ("amendment", "items_heading", "items_heading"),
    ("amendment", "notice_exhibit", "notice_exhibit"),
    ("signature", "name", "signature_name"),
    ("signature", "title", "signature_title"),
    ("notice", "to", "notice_to"),
    ("notice", "from", "notice_from"),
    ("notice", "subject", "notice_subject"),
    ("notice", "program_name", "program_name"),
    ("notice", "explanation", "notice_explanation"),
    ("notice", "contact", "notice_contact"),
    ("notice", "delivery", "notice_delivery"),
)
_PARTY = ("name", "title", "company", "firm", "phone")


def markup_findings(filing: FilingDetails) -> list[Finding]:
    """A warning for each field of the filing details that holds markup."""
    findings = []
    for table, key, text in _texts(filing):
        found = _TAG.search(text)
        if found is not None:
            said = message("markup", field=named(table, key), markup=found.group(0))
            findings.append(Finding(WARNING, MARKUP, said))
    return findings


def _texts(filing: FilingDetails) -> Iterator[tuple[str, str, str]]:
    for table, key, attribute in _FIELDS:
        yield table, key, str(getattr(filing, attribute, "") or "")
    yield from _party("agent", filing.agent)
    for party in filing.copy_to:
        yield from _party("copy_to", party)


def _party(table: str, party: Party) -> Iterator[tuple[str, str, str]]:
    for key in _PARTY:
        yield table, key, str(getattr(party, key, "") or "")
    yield table, "address", "\n".join(party.address)


__all__ = ["MARKUP", "markup_findings"]
