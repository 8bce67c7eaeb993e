"""Reading a firm's materiality rules file (resources/materiality/rules.toml) into the
compiled `Rules`: each table of the file to its word lists, subjects and measures; a file
that cannot be read is one line naming it."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from amendtool.core.errors import InputError
from amendtool.core.items import Materiality
from amendtool.core.materiality_rules import KINDS, Measure, Rules, Subject
from amendtool.core.resource_toml import read_toml
from amendtool.core.rule_words import Words


def read_rules(path: Path) -> Rules:
    try:
        data: dict[str, Any] = read_toml(path)
        subjects = tuple(
            Subject(
                s["name"],
                s["kind"],
                s["reason"],
                Words(s["words"]),
                bool(s.get("historical")),
                bool(s.get("informational")),
                bool(s.get("own_words")),
                bool(s.get("updating")),
                bool(s.get("describes")),
                Words(s["unless"]) if s.get("unless") else None,
                holdings=bool(s.get("holdings")),
            )
            for s in data.get("subjects", [])
        )
        bad = [s.name for s in subjects if s.kind not in KINDS]
        if bad:
            raise ValueError(f"subjects {', '.join(bad)}: kind must be one of {KINDS}")
        terms, clarifying = data.get("terms", {}), data.get("clarifying", {})
        expiration, disclosure = data.get("expiration", {}), data.get("disclosure", {})
        reversals, explanation = data.get("reversals", {}), data.get("explanation", {})
        return Rules(
            periods={k: int(v) for k, v in data["periods"].items()},
            labels=dict(data.get("labels", {})),
            subjects=subjects,
            terms=Words(terms.get("words", [])),
            eligibility=Words(terms.get("eligibility", [])),
            forms=Words(terms.get("forms", [])),
            prices=Words(terms.get("prices", [])),
            price_columns=Words(terms.get("price_columns", [])),
            units=frozenset(terms.get("units", [])),
            periods_of_terms=frozenset(terms.get("periods", [])),
            percentages=Words(terms.get("percentages", [])),
            valuations=Words(terms.get("valuations", [])),
            where_to_find=Words(disclosure.get("where_to_find", [])),
            harmless=Words(clarifying.get("harmless", [])),
            descriptive=Words(clarifying.get("descriptive", [])),
            cross_references=Words(clarifying.get("cross_references", [])),
            offer_names=tuple(
                sorted((str(n).casefold() for n in clarifying.get("offer_names", [])), key=len)
            )[::-1],
            offer_name_words=frozenset(
                str(w).casefold() for w in clarifying.get("offer_name_words", [])
            ),
            disclaimers=Words(clarifying.get("disclaimers", [])),
            operative=Words(data.get("operative", {}).get("words", [])),
            connectives=frozenset(data.get("operative", {}).get("connectives", [])),
            expiration=Words(expiration.get("words", [])),
            expiration_class=Materiality(expiration.get("class", "extension")),
            extension_wording=Words(expiration.get("wording", [])),
            expiration_dated=tuple(expiration.get("dated", [])),
            claims=Words(explanation.get("claims", [])),
            clarify=Words(explanation.get("clarify", [])),
            changes=Words(explanation.get("changes", [])),
            claim_denials=Words(explanation.get("denials", [])),
            payments=Words(terms.get("payments", [])),
            position=Words(data.get("position", {}).get("words", [])),
            position_reason=str(data.get("position", {}).get("reason", "")),
            deadlines=tuple(
                (str(d["name"]), str(d.get("note", "")), Words(d["words"]))
                for d in expiration.get("deadlines", [])
            ),
            participation=Words(disclosure.get("participation", [])),
            consideration=Words(terms.get("consideration", [])),
            receives=Words(terms.get("receives", [])),
            paid_per=Words(terms.get("paid_per", [])),
            rights=Words(disclosure.get("rights", [])),
            ratios=Words(terms.get("ratios", [])),
            securities=Words(terms.get("securities", [])),
            price_units=Words(terms.get("price_units", [])),
            offer_expiration=Words(expiration.get("offer", [])),
            back_end=Words(expiration.get("back_end", [])),
            other_dates=Words(expiration.get("other_dates", [])),
            after_acts=Words(expiration.get("after_acts", [])),
            worked_out_from=tuple(expiration.get("worked_out_from", [])),
            measures=tuple(
                Measure(
                    str(m["name"]),
                    frozenset(m["kinds"]),
                    Words(m["words"]),
                    tuple(Words(w) for w in m.get("with", [])),
                    Words(m["unless"]) if m.get("unless") else None,
                    bool(m.get("before", False)),
                )
                for m in data.get("measures", [])
            ),
            same_meaning=tuple(
                Words(sorted(group, key=len, reverse=True))
                for group in clarifying.get("same_meaning", [])
            ),
            condition_framing=Words(clarifying.get("condition_framing", [])),
            schedule_framing=Words(clarifying.get("schedule_framing", [])),
            future_tense=Words(clarifying.get("future_tense", [])),
            address_class=Materiality(data.get("addresses", {}).get("class", "clarifying")),
            address_reason=str(data.get("addresses", {}).get("reason", "Updates an address")),
            heading_reasons={k: str(v) for k, v in data.get("headings", {}).items()},
            placed_reason=str(data.get("placed", {}).get("reason", Rules.placed_reason)),
            procedures=Words(data.get("procedures", {}).get("words", [])),
            narrowing=Words(data.get("procedures", {}).get("narrowing", [])),
            procedure_reason=str(data.get("procedures", {}).get("reason", "")),
            beyond_update=str(data.get("updating", {}).get("beyond", Rules.beyond_update)),
            deleted_section=str(
                data.get("deleted_section", {}).get("reason", Rules.deleted_section)
            ),
            negations=Words(sorted(reversals.get("negations", []), key=len, reverse=True)),
            with_negation=Words(reversals.get("with_negation", [])),
            limits=tuple(
                Words(sorted(group, key=len, reverse=True)) for group in reversals.get("limits", [])
            ),
            reversal_reasons={k: str(v) for k, v in reversals.items() if k.startswith("reason")},
        )
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError, ValueError) as exc:
        raise InputError(path, f"materiality rules cannot be read ({exc})") from exc
