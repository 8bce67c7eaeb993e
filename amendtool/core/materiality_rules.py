"""The firm's materiality rules (resources/materiality/rules.toml), read once and compiled."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

from amendtool.core.errors import InputError
from amendtool.core.items import Materiality
from amendtool.core.rule_words import Words
from amendtool.resources import resource_path

KINDS = ("material", "terms", "disclosure")

__all__ = ["KINDS", "Measure", "Rules", "Subject", "Words", "house_rules"]


@dataclass(frozen=True)
class Subject:
    name: str
    kind: str  # material | terms | disclosure
    reason: str
    words: Words
    historical: bool = False  # its dates are of past events: a corrected date alone clarifies
    informational: bool = False  # its text also says where to find reports (general disclosure)
    own_words: bool = False  # recognised by the changed sentences' words, not where they are
    updating: bool = False  # disclosure brought up to date (an address, a last sale price)
    describes: bool = False  # describes the company: its counts and words are no term
    unless: Words | None = None  # in a changed sentence: it is no mere description


@dataclass(frozen=True)
class Measure:
    """What a figure measures, said by its words, each list of `also` and none of `unless`
    ("exercise price" with "at least" and "eligible": the minimum exercise price of eligible
    options)."""

    name: str
    kinds: frozenset[str]
    words: Words
    also: tuple[Words, ...] = ()
    unless: Words | None = None

    def found_in(self, context: str) -> bool:
        if not self.words.search(context) or not all(w.search(context) for w in self.also):
            return False
        return self.unless is None or self.unless.search(context) is None


@dataclass(frozen=True)
class Rules:
    periods: dict[str, int]
    labels: dict[str, str]
    subjects: tuple[Subject, ...]
    terms: Words
    eligibility: Words
    forms: Words
    prices: Words
    units: frozenset[str]
    periods_of_terms: frozenset[str]
    percentages: Words
    valuations: Words
    where_to_find: Words
    harmless: Words
    disclaimers: Words
    operative: Words
    connectives: frozenset[str]
    expiration: Words
    expiration_class: Materiality
    extension_wording: Words
    claims: Words
    payments: Words  # a changed amount in a clause with these words is the cash payment
    position: Words
    position_reason: str
    # deadlines that move with an extension: (name, note, the words of their sentences)
    deadlines: tuple[tuple[str, str, Words], ...] = ()
    # a changed sentence's own words, wherever it is printed: who may take part; a right
    participation: Words = field(default_factory=lambda: Words([]))
    # in the offer's terms: a sentence with these words states the consideration itself
    consideration: Words = field(default_factory=lambda: Words([]))
    receives: Words = field(default_factory=lambda: Words([]))  # what holders receive
    rights: Words = field(default_factory=lambda: Words([]))
    # a bare figure in a sentence (or under a column heading) with these words is a ratio
    ratios: Words = field(default_factory=lambda: Words([]))
    # a bare figure followed by one of these names an amount of the securities sought, or
    # is part of the price ("50 basis points")
    securities: Words = field(default_factory=lambda: Words([]))
    price_units: Words = field(default_factory=lambda: Words([]))
    offer_expiration: Words | None = None  # a deadline's sentence that is the offer's own
    # a sentence that states the back-end withdrawal date (fixed from commencement)
    back_end: Words = field(default_factory=lambda: Words([]))
    # what a changed figure measures: (name, kinds of figure, the words that say so)
    measures: tuple[Measure, ...] = ()
    # words of one meaning, group by group ("remain", "stay"); exchanging them is clarifying
    same_meaning: tuple[Words, ...] = ()
    # put in alone, these only describe what the sentence names ("our available cash")
    descriptive: Words = field(default_factory=lambda: Words([]))
    # the words that only point to another place of the offer ("see", "as described in")
    cross_references: Words = field(default_factory=lambda: Words([]))
    # the offer's own names, longest first ("offer to exchange", "exchange offer", "offer")
    offer_names: tuple[str, ...] = ()
    # the last words of a name the offer defines for itself ("Program"): one more of its names
    offer_name_words: frozenset[str] = frozenset()
    # in a sentence that says who is eligible: words that only frame the condition ("if")
    condition_framing: Words = field(default_factory=lambda: Words([]))
    # "will be", "will not be": a term in the future tense, its auxiliary read past
    future_tense: Words = field(default_factory=lambda: Words([]))
    # in a vesting sentence: words that only frame the schedule ("will", "subject to each")
    schedule_framing: Words = field(default_factory=lambda: Words([]))
    # the names the offer defines for the company ("Corvella", "we", "us"): one party
    parties: Words = field(default_factory=lambda: Words([]))
    # an item that changes only an address or a telephone number: its class and reason
    address_class: Materiality = Materiality.CLARIFYING
    address_reason: str = "Updates an address"
    # a subject known by the title of the section a change is printed in, its words not
    # naming it: the reason says where ({name}: the subject's name), not what it changes
    placed_reason: str = "In the part of the offer on {name}"
    # a section's heading, and a question of a summary, reworded: the reasons said
    heading_reasons: dict[str, str] = field(default_factory=dict)
    # how a holder acts, is notified or is bound (notice, delivery, withdrawal, acceptance):
    # the words of such a sentence, the small words whose adding or taking out narrows or
    # widens it ("oral or", "only"), and the reason said
    procedures: Words = field(default_factory=lambda: Words([]))
    narrowing: Words = field(default_factory=lambda: Words([]))
    procedure_reason: str = ""
    # a table column whose heading names the price the offer pays: its amounts are terms
    price_columns: Words = field(default_factory=lambda: Words([]))
    expiration_dated: tuple[str, ...] = ()  # set before a date alone, they state the expiration

    def with_names(self, parties: tuple[str, ...], offers: tuple[str, ...]) -> Rules:
        """The rules with the names this offer defines: for the company (one party) and for
        itself (more of its own names, longest first)."""
        rules = self
        if parties:
            rules = replace(rules, parties=Words(list(parties)))
        if offers:
            names = sorted({*rules.offer_names, *offers}, key=len, reverse=True)
            rules = replace(rules, offer_names=tuple(names))
        return rules

    def narrows_a_procedure(
        self, sentences: list[str], added: list[str], removed: list[str]
    ) -> str | None:
        """The small word added or taken out ("or") of a sentence on how holders act, are
        notified or are bound: the means it allows are fewer or more; None otherwise."""
        if not any(self.procedures.search(s) for s in sentences):
            return None
        gone = [w for w in removed if w not in added]
        new = [w for w in added if w not in removed]
        return next((w for w in gone + new if self.narrowing.matches_word(w)), None)

    def measure_of(self, kind: str, *contexts: str) -> str | None:
        """What a figure of `kind` measures, by the first context (its clause, then its
        sentence) that holds an entry's words; None when none does."""
        for context in contexts:
            for measure in self.measures:
                if kind in measure.kinds and measure.found_in(context):
                    return measure.name
        return None

    def deadline_of(self, sentence: str) -> str:
        """What a date and time a sentence states is: "the expiration" of the offer, or the
        deadline the sentence names by its words ("the withdrawal deadline")."""
        if self.offer_expiration is not None and self.offer_expiration.search(sentence):
            return "the expiration"
        name, _ = self.deadline_named(sentence)
        return "the expiration" if name == "date" else f"the {name}"

    def deadline_named(self, text: str) -> tuple[str, str]:
        """The name of the deadline a sentence states, by its words ("withdrawal deadline"),
        and what to add about it; ("date", "") when no entry's words are in it."""
        for name, note, words in self.deadlines:
            if words.search(text):
                return name, note
        return "date", ""

    def days(self, materiality: Materiality) -> int:
        return self.periods.get(materiality.value, 0)

    def subject_of(self, *contexts: str | None) -> Subject | None:
        """The first subject named by the first context that names one."""
        for context in contexts:
            if not context:
                continue
            for subject in self.subjects:
                if not subject.own_words and subject.words.search(context):
                    return subject
        return None

    def own_subject(self, sentences: list[str]) -> Subject | None:
        """The subject every changed sentence speaks of by its own words (the offer's
        expenses), whatever the question, caption or section it is printed under."""
        for subject in self.subjects:
            if subject.own_words and sentences and all(subject.words.search(s) for s in sentences):
                return subject
        return None

    def position_in(self, sentences: list[str]) -> str | None:
        """The reason, naming the phrase, when a changed sentence states the company's or
        its board's position on the offer (material whatever its section)."""
        phrase = next(filter(None, (self.position.search(s) for s in sentences)), None)
        return f"{self.position_reason} (“{phrase}”)" if phrase else None

    @classmethod
    def load(cls, path: Path) -> Rules:
        try:
            data: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
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
                )
                for s in data.get("subjects", [])
            )
            bad = [s.name for s in subjects if s.kind not in KINDS]
            if bad:
                raise ValueError(f"subjects {', '.join(bad)}: kind must be one of {KINDS}")
            terms, clarifying = data.get("terms", {}), data.get("clarifying", {})
            expiration, disclosure = data.get("expiration", {}), data.get("disclosure", {})
            return cls(
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
                claims=Words(data.get("explanation", {}).get("claims", [])),
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
                rights=Words(disclosure.get("rights", [])),
                ratios=Words(terms.get("ratios", [])),
                securities=Words(terms.get("securities", [])),
                price_units=Words(terms.get("price_units", [])),
                offer_expiration=Words(expiration.get("offer", [])),
                back_end=Words(expiration.get("back_end", [])),
                measures=tuple(
                    Measure(
                        str(m["name"]),
                        frozenset(m["kinds"]),
                        Words(m["words"]),
                        tuple(Words(w) for w in m.get("with", [])),
                        Words(m["unless"]) if m.get("unless") else None,
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
            )
        except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError, ValueError) as exc:
            raise InputError(path, f"materiality rules cannot be read ({exc})") from exc


@cache
def house_rules() -> Rules:
    return Rules.load(resource_path("materiality", "rules.toml"))


@cache
def _house_data() -> dict[str, Any]:
    return tomllib.loads(resource_path("materiality", "rules.toml").read_text(encoding="utf-8"))


def house_table(name: str) -> dict[str, Any] | None:
    """One table of the house rules.toml, the file parsed once for all its readers; None when
    the table is absent or empty (a firm that removed it)."""
    table = _house_data().get(name)
    return table or None
