"""The firm's materiality rules (resources/materiality/rules.toml), read once and compiled."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from amendtool.core.items import Materiality
from amendtool.core.resource_toml import read_toml
from amendtool.core.rule_words import Words

if TYPE_CHECKING:
    from amendtool.core.ratio_reading import Reading
from amendtool.resources import resource_path

KINDS = ("material", "terms", "disclosure")

__all__ = ["KINDS", "Measure", "Rules", "Subject", "Words", "house_rules"]


@dataclass(frozen=True)
class Subject:
    """A subject of the offer the firm's rules name by its words, with the class of a
    change to it and the reason counsel will read."""

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
    # its tables state what others hold or were paid (an officer's options): a figure under
    # a column headed by a price or a term is theirs, not the offer's
    holdings: bool = False


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
    before: bool = False  # read in the words just before the figure (amount_names.py)

    def found_in(self, context: str) -> bool:
        if not self.words.search(context) or not all(w.search(context) for w in self.also):
            return False
        return self.unless is None or self.unless.search(context) is None


@dataclass(frozen=True)
class Rules:
    """The firm's materiality rules, read once and shared by every proposal of a run
    (frozen: a cached copy no caller may change)."""

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
    # "per option", "for each": an amount received or paid with these is paid per security
    paid_per: Words = field(default_factory=lambda: Words([]))
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
    # dates the offer names as something else (its early tender date): no expiration
    other_dates: Words = field(default_factory=lambda: Words([]))
    # what is done with tenders once the offer expires (accept, cancel, grant, pay)
    after_acts: Words = field(default_factory=lambda: Words([]))
    # what a date is worked out from ("the business day following the expiration date")
    worked_out_from: tuple[str, ...] = ()
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
    placed_reason: str = "In the part of the offer titled “{title}”"
    # a section's heading, and a question of a summary, reworded: the reasons said
    heading_reasons: dict[str, str] = field(default_factory=dict)
    # how a holder acts, is notified or is bound (notice, delivery, withdrawal, acceptance):
    # the words of such a sentence, the small words whose adding or taking out narrows or
    # widens it ("oral or", "only"), and the reason said
    procedures: Words = field(default_factory=lambda: Words([]))
    narrowing: Words = field(default_factory=lambda: Words([]))
    procedure_reason: str = ""
    # a change of an updating subject's sentence that does more than update it
    beyond_update: str = "Speaks of {subject} and changes more than that disclosure: {what}"
    # a whole section taken out, whose words alone would be clarifying: proposed material
    deleted_section: str = "Takes out a whole section, which counsel should read: {reason}"
    # words that reverse or limit a sentence ("not", "only", "unless"), group by group: an
    # edited sentence that gains or loses one is never clarifying; the reasons said
    negations: Words = field(default_factory=lambda: Words([]))
    with_negation: Words = field(default_factory=lambda: Words([]))
    limits: tuple[Words, ...] = ()
    reversal_reasons: dict[str, str] = field(default_factory=dict)
    # an explanation's sentence that says the changes clarify, unless it also says they
    # change something; one that says they do more than clarify is never a claim
    clarify: Words = field(default_factory=lambda: Words([]))
    changes: Words = field(default_factory=lambda: Words([]))
    claim_denials: Words = field(default_factory=lambda: Words([]))
    # a table column whose heading names the price the offer pays: its amounts are terms
    price_columns: Words = field(default_factory=lambda: Words([]))
    expiration_dated: tuple[str, ...] = ()  # set before a date alone, they state the expiration
    # how this offer's own explanations read its bare "X for Y" ratios (ratio_reading.py)
    ratio_reading: Reading | None = None
    # the forms of consideration the offer gives ("cash", "rsu"); None: not known
    given: AbstractSet[str] | None = None
    # the words that carry each text's meaning, read with these rules (its names of the
    # company among them): kept, since the proposals read the same sentences again
    # (materiality_same_meaning.py); rules made with other names start with none
    meanings: dict[tuple[str, bool, int], tuple[str, ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def with_names(
        self,
        parties: tuple[str, ...],
        offers: tuple[str, ...],
        ratios: Reading | None = None,
        given: AbstractSet[str] | None = None,
    ) -> Rules:
        """The rules with the names this offer defines: for the company (one party) and for
        itself (more of its own names, longest first); how it reads its bare ratios; and the
        forms of consideration it gives."""
        rules = replace(self, ratio_reading=ratios) if ratios else self
        if given is not None:
            rules = replace(rules, given=given)
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
        out, put = set(removed) - set(added), set(added) - set(removed)  # as sets: long lists
        changed = [w for w in removed if w in out] + [w for w in added if w in put]
        return next((w for w in changed if self.narrowing.matches_word(w)), None)

    def measure_of(self, kind: str, *contexts: str) -> str | None:
        """What a figure of `kind` measures, by the first context (its clause, then its
        sentence) that holds an entry's words; None when none does."""
        for context in contexts:
            for measure in self.measures:
                if measure.before:  # read before the figure only (amount_names.py)
                    continue
                if kind in measure.kinds and measure.found_in(context):
                    return measure.name
        return None

    def names_another_date(self, sentence: str) -> bool:
        """Whether the sentence's date is one the offer names as something other than its
        expiration ("The Early Tender Date is …, unless extended"), with no words of the
        offer's own expiration beside it."""
        if not self.other_dates.search(sentence):
            return False
        return self.offer_expiration is None or not self.offer_expiration.search(sentence)

    def deadline_of(self, sentence: str) -> str:
        """What a date and time a sentence states is: "the expiration" of the offer, or the
        deadline the sentence names by its words ("the withdrawal deadline")."""
        if self.offer_expiration is not None and self.offer_expiration.search(sentence):
            return "the expiration"
        name, _ = self.deadline_named(sentence)
        return "the expiration" if name == "date" else f"the {name}"

    def deadline_named(self, text: str) -> tuple[str, str]:
        """The name of the deadline a sentence states, by its words ("withdrawal deadline"),
        and what to add about it; ("date", "") when no entry's words are in it. The names of
        documents it gives are read last, and a form's name ("Election and Withdrawal
        Form") never makes its date a withdrawal deadline (deadline_words.py)."""
        from amendtool.core.deadline_words import names_in, outside_names

        for name, note, words in self.deadlines:
            if words.search(outside_names(text)):
                return name, note
        names = names_in(text)
        for name, note, words in self.deadlines:
            if names and "withdraw" not in name and words.search(names):
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
        """The rules a firm's rules.toml states (materiality_rules_file.py reads it)."""
        from amendtool.core.materiality_rules_file import read_rules

        return read_rules(path)


@cache
def house_rules() -> Rules:
    return Rules.load(resource_path("materiality", "rules.toml"))


@cache
def _house_data() -> dict[str, Any]:
    return read_toml(resource_path("materiality", "rules.toml"))


def house_table(name: str) -> dict[str, Any] | None:
    """One table of the house rules.toml, the file parsed once for all its readers; None when
    the table is absent or empty (a firm that removed it)."""
    table = _house_data().get(name)
    return table or None
