"""The filing details as the drafting reads them (filing.toml's facts of the offer and the
amendment), and the error that lists every problem counsel must correct in them."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from amendtool.core.errors import InputError
from amendtool.core.exhibits import StatementExhibit

NOTICE_STYLES = ("plain", "precedent")
# what the offer is for, as the rules that bind it tell it: an issuer tender for equity
# (convertible debt included) is under Rule 13e-4; one for straight debt, Regulation 14E alone
SECURITIES_KINDS = ("equity", "convertible", "debt")
FIRST_YEAR, LAST_YEAR = 1993, 2199


# [offer] keys naming the offer's own terms, as the opening paragraph and notice use them
OFFER_TERMS = ("consideration", "tendered", "transmittal_document")


# the longest filing detail (the offer's description, the notice's explanation) is a
# paragraph of a few hundred words; the longest word, a web address
MAX_DETAIL = 20_000
MAX_DETAIL_WORD = 300
UNKNOWN_DAY = dt.date(1970, 1, 1)  # stands in for a date already reported as a problem


class FilingError(InputError):
    """Every problem found in the filing details, one per entry of `problems`."""

    def __init__(self, path: str | Path, problems: list[str]) -> None:
        from amendtool.core.filing_fields import with_key

        self.problems = problems
        super().__init__(path, "; ".join(with_key(p) for p in problems))


@dataclass
class Party:
    """A person the filing names (the agent for service, a copy to counsel), as the cover
    prints them."""

    name: str
    title: str = ""
    company: str = ""
    firm: str = ""
    address: list[str] = field(default_factory=list)
    phone: str = ""


@dataclass
class FilingDetails:
    """Counsel's filing.toml, read: the cover, the offer's dates and terms as filed, and the
    names the drafted wording fills in."""

    issuer_name: str
    issuer_short_name: str
    state_of_incorporation: str
    securities_title: str
    cusip: str
    underlying: str
    agent: Party
    copy_to: list[Party]
    offer_kind: str
    statement_filed: dt.date
    document_title: str
    document_date: dt.date
    document_exhibit: str
    election_form_exhibit: str
    expiration: dt.datetime
    time_zone: str
    offer_description: str
    amendment_number: int
    amendment_date: dt.date
    final: bool
    items_heading: str
    notice_exhibit: str
    signature_name: str
    signature_title: str
    notice_to: str
    notice_from: str
    notice_subject: str
    program_name: str
    notice_explanation: str
    notice_contact: str
    notice_delivery: str
    # the offer's own words (optional in filing.toml; the option-exchange words by default)
    consideration: str = "New Options"  # what is offered
    tendered: str = "Eligible Options"  # what holders tender
    transmittal_document: str = "Election Form"  # the form holders return
    # the [offer] terms filing.toml gives (the rest are the option-exchange defaults)
    terms_given: frozenset[str] = field(default=frozenset(OFFER_TERMS), compare=False)
    # the issuer's form of entity and defined name; told from its name when left out
    entity_form: str = ""  # "corporation", "limited partnership"
    defined_name: str = ""  # "the Company", "the Partnership"
    notice_style: str = "plain"  # plain (for employees) | precedent (the filing's instructions)
    # the statement's exhibits the tool does not make, as counsel recorded them
    statement_exhibits: list[StatementExhibit] = field(default_factory=list)
    # equity | convertible | debt; "" = told from the title of the class (core/offer_kinds.py)
    securities_kind: str = ""
    # counsel's reason for withdrawal rights that end before the expiration (the check
    # then follows counsel and says so, as with a class counsel chose)
    withdrawal_reason: str = ""

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)

    @property
    def expiration_local(self) -> dt.datetime:
        return self.expiration.replace(tzinfo=self.zone)

    def _terms(self) -> dict[str, str]:
        """The offer's own words as filing.toml gave them or counsel changed them: a default
        left out stays out, so a project saved and opened again still knows it."""
        return {
            key: getattr(self, key)
            for key in OFFER_TERMS
            if key in self.terms_given
            or getattr(self, key) != FilingDetails.__dataclass_fields__[key].default
        }

    def _recorded_exhibits(self) -> dict[str, Any]:
        if not self.statement_exhibits:
            return {}
        return {"exhibits": [e.to_dict() for e in self.statement_exhibits]}

    def to_toml_dict(self) -> dict[str, Any]:
        """The same nesting and keys as filing.toml."""
        agent = {k: v for k, v in asdict(self.agent).items() if k != "firm"}
        return {
            "issuer": {
                "name": self.issuer_name,
                "short_name": self.issuer_short_name,
                "state_of_incorporation": self.state_of_incorporation,
            }
            | {k: v for k in ("entity_form", "defined_name") if (v := getattr(self, k))},
            "securities": {
                "title": self.securities_title,
                "cusip": self.cusip,
                "underlying": self.underlying,
            }
            | ({"kind": self.securities_kind} if self.securities_kind else {}),
            "agent": agent,
            "copy_to": [
                {"name": p.name, "firm": p.firm, "address": p.address, "phone": p.phone}
                for p in self.copy_to
            ],
            "offer": {
                "kind": self.offer_kind,
                "statement_filed": self.statement_filed,
                "document_title": self.document_title,
                "document_date": self.document_date,
                "document_exhibit": self.document_exhibit,
                "election_form_exhibit": self.election_form_exhibit,
                "expiration": self.expiration,
                "time_zone": self.time_zone,
                "description": self.offer_description,
            }
            | self._terms()
            | ({"withdrawal_reason": self.withdrawal_reason} if self.withdrawal_reason else {})
            | self._recorded_exhibits(),
            "amendment": {
                "number": self.amendment_number,
                "date": self.amendment_date,
                "final": self.final,
                "items_heading": self.items_heading,
                "notice_exhibit": self.notice_exhibit,
            },
            "signature": {"name": self.signature_name, "title": self.signature_title},
            "notice": {
                "to": self.notice_to,
                "from": self.notice_from,
                "subject": self.notice_subject,
                "program_name": self.program_name,
                "explanation": self.notice_explanation,
                "contact": self.notice_contact,
                "delivery": self.notice_delivery,
                "style": self.notice_style,
            },
        }
