"""Reading filing.toml's tables into FilingDetails: every bad value is reported with its
key, so counsel corrects them all at once rather than one per run."""

from __future__ import annotations

import datetime as dt
from typing import Any

from amendtool.core.exhibits import read_statement_exhibits
from amendtool.core.filing_details import (
    FIRST_YEAR,
    LAST_YEAR,
    NOTICE_STYLES,
    OFFER_TERMS,
    SECURITIES_KINDS,
    UNKNOWN_DAY,
    FilingDetails,
    Party,
)
from amendtool.core.filing_text import (
    date_problem,
    read_value,
    reported,
    text_problem,
    validate_cusip,
    validate_exhibit,
)
from amendtool.core.stated_deadlines import long_date
from amendtool.core.text_limits import MAX_AMENDMENTS, shown_count
from amendtool.core.zone_names import zone_problem

# a cover's address runs to a few lines, and its copies to a few firms: past these, a file
# or a generated list was pasted in, and would be set on the cover page whole
MAX_ADDRESS_LINES = 12
MAX_COPIES = 20


class _Reader:
    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.problems: list[str] = []
        self.missing: list[str] = []  # tables not there, or not tables: said once each
        self.wrong: list[str] = []

    def table(self, key: str) -> dict[str, Any]:
        value = self.data.get(key)
        if not isinstance(value, dict):
            (self.missing if value is None else self.wrong).append(key)
            return {}
        return value

    def said(self) -> list[str]:
        return reported(self.problems, self.missing, self.wrong)

    def text(self, table: dict[str, Any], section: str, key: str, optional: bool = False) -> str:
        value = table.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if not optional:
                self.problems.append(f"{section}.{key} is required")
            return ""
        if not isinstance(value, str):
            self.problems.append(f"{section}.{key} must be text in quotes")
            return ""
        value = read_value(value)
        if not self.clean(value, f"{section}.{key}"):
            return ""
        return " ".join(value.split()) if "\n" in value else value.strip()

    def clean(self, value: str, name: str) -> bool:
        """A value no output may hold, or the EDGAR text cannot spell, is refused with its
        key (core/filing_text.py)."""
        problem = text_problem(value, name)
        if problem:
            self.problems.append(problem)
        return problem is None

    def date(self, table: dict[str, Any], section: str, key: str) -> dt.date:
        value = table.get(key)
        if isinstance(value, dt.datetime):
            return self.plausible(value.date(), f"{section}.{key}")
        if isinstance(value, dt.date):
            return self.plausible(value, f"{section}.{key}")
        if isinstance(value, str):
            try:
                return self.plausible(dt.date.fromisoformat(value.strip()), f"{section}.{key}")
            except ValueError:
                pass
        self.problems.append(date_problem(value, f"{section}.{key}"))
        return UNKNOWN_DAY

    def plausible(self, day: dt.date, name: str) -> dt.date:
        """A filing's dates fall between EDGAR's first filings and the next two centuries: a
        year such as 9999 is a slip of the keyboard, and no calendar runs that far."""
        if FIRST_YEAR <= day.year <= LAST_YEAR:
            return day
        self.problems.append(
            f"{name} {day.isoformat()} is not a plausible date for a filing; check the year"
        )
        return dt.date(1970, 1, 1)

    def party(self, table: dict[str, Any], section: str) -> Party:
        address = table.get("address", [])
        if isinstance(address, str):
            address = [address]
        if not isinstance(address, list) or not all(isinstance(a, str) for a in address):
            self.problems.append(f"{section}.address must be a list of lines")
            address = []
        if len(address) > MAX_ADDRESS_LINES:
            self.problems.append(
                f"{section}.address has {len(address):,} lines, more than an address holds "
                f"({MAX_ADDRESS_LINES}); check what was pasted into it"
            )
            address = []
        address = [read_value(line) for line in address]
        if not all(self.clean(line, f"{section}.address") for line in address):
            address = []
        return Party(
            name=self.text(table, section, "name"),
            title=self.text(table, section, "title", optional=True),
            company=self.text(table, section, "company", optional=True),
            firm=self.text(table, section, "firm", optional=True),
            address=list(address),
            phone=self.text(table, section, "phone", optional=True),
        )

    def build(self) -> FilingDetails | None:
        issuer, securities = self.table("issuer"), self.table("securities")
        agent, offer = self.table("agent"), self.table("offer")
        amendment, signature = self.table("amendment"), self.table("signature")
        notice = self.table("notice")
        copies = self.data.get("copy_to", [])
        if isinstance(copies, dict):
            copies = [copies]
        if not isinstance(copies, list):
            self.problems.append("[[copy_to]] must be one or more tables")
            copies = []
        if len(copies) > MAX_COPIES:
            self.problems.append(
                f"[[copy_to]] names {len(copies):,} parties, more than a cover page copies "
                f"({MAX_COPIES}); keep the counsel the filing is copied to"
            )
            copies = []
        cusip = self.text(securities, "securities", "cusip").upper()
        if cusip and (problem := validate_cusip(cusip)):
            self.problems.append(f"securities.cusip: {problem}")
        kind = self.text(offer, "offer", "kind")
        securities_kind = self.text(securities, "securities", "kind", optional=True).lower()
        if securities_kind and securities_kind not in SECURITIES_KINDS:
            choices = ", ".join(f"'{k}'" for k in SECURITIES_KINDS)
            self.problems.append(
                f"securities.kind must be one of {choices} (or left out), not '{securities_kind}'"
            )
            securities_kind = ""
        if kind and kind not in ("issuer", "third-party"):
            self.problems.append(f"offer.kind must be 'issuer' or 'third-party', not '{kind}'")
        exhibits = {}
        for section, table, key in (
            ("offer", offer, "document_exhibit"),
            ("offer", offer, "election_form_exhibit"),
            ("amendment", amendment, "notice_exhibit"),
        ):
            value = self.text(table, section, key)
            if value and (problem := validate_exhibit(value)):
                self.problems.append(f"{section}.{key}: {problem}")
            exhibits[key] = value
        zone = self.text(offer, "offer", "time_zone")
        if zone and (problem := zone_problem(zone)):
            self.problems.append(problem)
        expiration = offer.get("expiration")
        if isinstance(expiration, str):
            from amendtool.core.expirations import typed_moment

            expiration = typed_moment(expiration)
        if not isinstance(expiration, dt.datetime):
            self.problems.append(
                "offer.expiration must be a local date and time such as 2001-09-27T23:59:00; "
                'midnight, the end of a day, is "2001-09-27 24:00" or 2001-09-28T00:00:00'
            )
            expiration = dt.datetime(1970, 1, 1)
        elif self.plausible(expiration.date(), "offer.expiration") != expiration.date():
            expiration = dt.datetime(1970, 1, 1)
        if expiration.tzinfo is not None:
            self.problems.append(
                "offer.expiration is local time in offer.time_zone; leave out the UTC offset"
            )
            expiration = expiration.replace(tzinfo=None)
        number = amendment.get("number")
        if not isinstance(number, int) or isinstance(number, bool) or number < 1:
            self.problems.append("amendment.number must be a whole number, 1 or more")
            number = 1
        elif number > MAX_AMENDMENTS:  # "Amendment No. 1000000000000000000000000000000"
            self.problems.append(
                f"amendment.number must be {MAX_AMENDMENTS} or less (it is "
                f"{shown_count(number)}); give this amendment's number"
            )
            number = 1
        final = amendment.get("final", False)
        if not isinstance(final, bool):
            self.problems.append("amendment.final must be true or false")
            final = False
        style = self.text(notice, "notice", "style", optional=True) or "plain"
        if style not in NOTICE_STYLES:
            self.problems.append(f"notice.style must be 'plain' or 'precedent', not '{style}'")
            style = "plain"
        statement_filed = self.date(offer, "offer", "statement_filed")
        amendment_date = self.date(amendment, "amendment", "date")
        if (
            UNKNOWN_DAY not in (amendment_date, statement_filed)
            and amendment_date < statement_filed
        ):
            self.problems.append("amendment.date is before offer.statement_filed")
        expires = expiration.date()
        if UNKNOWN_DAY not in (expires, statement_filed) and expires < statement_filed:
            # a year typed wrong or the dates swapped: no offer expires before it is made
            self.problems.append(
                f"offer.expiration is {long_date(expires)}, before offer.statement_filed, "
                f"{long_date(statement_filed)}: correct one of them"
            )
        details = FilingDetails(
            issuer_name=self.text(issuer, "issuer", "name"),
            issuer_short_name=self.text(issuer, "issuer", "short_name", optional=True),
            state_of_incorporation=self.text(issuer, "issuer", "state_of_incorporation"),
            securities_title=self.text(securities, "securities", "title"),
            cusip=cusip,
            underlying=self.text(securities, "securities", "underlying", optional=True),
            agent=self.party(agent, "agent"),
            copy_to=[self.party(c, "copy_to") for c in copies if isinstance(c, dict)],
            offer_kind=kind,
            statement_filed=statement_filed,
            document_title=self.text(offer, "offer", "document_title"),
            document_date=self.date(offer, "offer", "document_date"),
            document_exhibit=exhibits["document_exhibit"],
            election_form_exhibit=exhibits["election_form_exhibit"],
            expiration=expiration,
            time_zone=zone,
            offer_description=self.text(offer, "offer", "description"),
            amendment_number=number,
            amendment_date=amendment_date,
            final=final,
            items_heading=self.text(amendment, "amendment", "items_heading"),
            notice_exhibit=exhibits["notice_exhibit"],
            signature_name=self.text(signature, "signature", "name"),
            signature_title=self.text(signature, "signature", "title"),
            notice_to=self.text(notice, "notice", "to"),
            notice_from=self.text(notice, "notice", "from"),
            notice_subject=self.text(notice, "notice", "subject"),
            program_name=self.text(notice, "notice", "program_name", optional=True),
            notice_explanation=self.text(notice, "notice", "explanation", optional=True),
            notice_contact=self.text(notice, "notice", "contact"),
            notice_delivery=self.text(notice, "notice", "delivery"),
            notice_style=style,
            entity_form=self.text(issuer, "issuer", "entity_form", optional=True),
            defined_name=self.text(issuer, "issuer", "defined_name", optional=True),
            securities_kind=securities_kind,
            withdrawal_reason=self.text(offer, "offer", "withdrawal_reason", optional=True),
        )
        given = set()
        for key in OFFER_TERMS:
            if value := self.text(offer, "offer", key, optional=True):
                setattr(details, key, value)
                given.add(key)
        details.terms_given = frozenset(given)
        own = {
            value: key
            for key, value in (
                ("the offer document (offer.document_exhibit)", details.document_exhibit),
                (
                    "the transmittal or election form (offer.election_form_exhibit)",
                    details.election_form_exhibit,
                ),
                ("this amendment's notice (amendment.notice_exhibit)", details.notice_exhibit),
            )
            if value
        }
        details.statement_exhibits = read_statement_exhibits(
            offer.get("exhibits"), own, self.problems, self.clean, validate_exhibit
        )
        return details
