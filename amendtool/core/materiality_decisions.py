"""The rules' decision for a change that is more than a clarification: material (5 business
days) or a change in the consideration or securities sought (10), by its facts, its words
and what the changed text is about. A change that moves the offer's expiration is weighed
in materiality_expiration.py."""

from __future__ import annotations

from amendtool.core.amount_names import amount_named
from amendtool.core.changes import Change, what_it_does
from amendtool.core.consideration_reasons import consideration_reason
from amendtool.core.corrections import transposed as figures_transposed
from amendtool.core.fact_names import describe_facts
from amendtool.core.facts import Fact
from amendtool.core.figure_places import lowered
from amendtool.core.materiality_caps import CapChange, cap_change
from amendtool.core.materiality_clarifying import C, K, M, Proposal, lower_first
from amendtool.core.materiality_meaning import financial_information, said_otherwise
from amendtool.core.materiality_rules import Rules, Subject
from amendtool.core.materiality_thresholds import eligibility_touched
from amendtool.core.materiality_timing import defined_deadline, only_when
from amendtool.core.segment import sentences
from amendtool.core.sought_figures import counts_or_prices

_FORM_REASON = "May change the form of consideration ({form})"


def decide(change: Change, subject: Subject | None, rules: Rules, where: str) -> Proposal:
    text = change.text
    if subject is not None and subject.describes and subject.unless is not None:
        changed = change.sentences or [change.old, change.new]
        event = next(filter(None, (subject.unless.search(s) for s in changed)), None)
        if event:  # a plan or an event of the company, no mere description
            return Proposal(
                M, f"States a plan or an event of the company (“{event}”): {what_it_does(change)}"
            )
    if subject is not None and subject.describes:
        finances = financial_information(change)
        if finances is not None:  # "net income" → "net loss": no mere description
            return finances
    terms = subject.kind == "terms" if subject else rules.terms.search(text) is not None
    what = what_it_does(change)
    if change.facts:
        context = f"{where}. {text}"
        cap = cap_change(change.old, change.new)
        if cap is not None:  # "any and all" → "up to $150,000,000": the securities sought
            return _capped(cap, change, rules, context)
        facts = describe_facts((change.removed, change.added), rules, context)
        terms = terms or _paid_per_security(change, rules)
        if terms and _paid_per_security(change, rules):
            subject = None  # "Payment", "Fees": the amount paid per option is the consideration
        if subject is not None and (subject.kind == "material" or subject.own_words):
            said = f"{subject.reason}: {lower_first(what if change.whole else facts)}"
            return Proposal(M, said + _maybe_transposed(change))
        if terms:
            chosen = consideration_facts(change, rules)
            if chosen is not None:
                reason, key = consideration_reason(chosen, rules, context)
                form = _changed_form(change, rules)
                if form:  # "in cash" → "in cash or in shares of our common stock"
                    reason += f"; {lower_first(_FORM_REASON.format(form=form))}"
                return Proposal(K, reason, change=key)
            valuation = rules.valuations.search(text)
            if valuation and any(f.kind == "money" for f in change.facts):
                why = f"Changes a valuation behind the offer's terms (“{valuation}”)"
                return Proposal(M, f"{why}: {lower_first(facts)}")
            # facts that are no term (days to pay) count only with words that are: how the
            # price is set ("the average closing price over five trading days")
            worded = any(not rules.harmless.matches_word(w) for w in change.words)
            named = _consideration_named(change, rules) if worded and not valuation else None
            if named:
                return Proposal(K, f"{_sets_consideration(named)}: {lower_first(facts)}")
            # an edit of who may take part: "… under the 2015 Plan or the 2020 Plan are eligible"
            eligibility = None if change.whole else rules.participation.search(text)
            if eligibility:
                why = f"May change who or what is eligible (“{eligibility}”)"
                return Proposal(K, f"{why}: {lower_first(facts)}")
            if all(amount_named(rules, f.kind, text, f.text) for f in change.facts):
                return Proposal(M, facts)  # a fee in a section on the price: no term
            return Proposal(M, f"Changes the terms of the offer: {lower_first(facts)}")
        if subject is not None and subject.describes and not _measures_money(change):
            return Proposal(C, f"{subject.reason}: {lower_first(facts)}")
        return Proposal(M, facts + _maybe_transposed(change))
    own = None if terms else _own_words(change, rules, subject)
    if own is not None:
        return own
    if subject is not None and subject.kind == "material":
        return Proposal(M, f"{subject.reason}: {what}")
    if terms:
        # a form of consideration the changed words name is said before the eligibility
        # words of the sentence around them ("eligible employees … for new options")
        form = _changed_form(change, rules)
        if form:
            return Proposal(K, f"{_FORM_REASON.format(form=form)}: {what}")
        defined = defined_deadline(change, rules)
        if defined:  # when the offer ends, whatever its sentence or title says of eligibility
            return Proposal(M, f"{defined}: {what}")
        # a whole sentence is read by its own words; an edit also by its title ("Eligibility")
        # unless the words it changes only say when (materiality_timing.py)
        titled = None if only_when(change, rules) else rules.eligibility.search(where)
        touched = eligibility_touched(change, rules, text) or titled
        eligibility = rules.participation.search(text) if change.whole else touched
        if eligibility:
            return Proposal(K, f"May change who or what is eligible (“{eligibility}”): {what}")
        named = _consideration_named(change, rules)
        if named:
            return Proposal(K, f"{_sets_consideration(named)}: {what}")
        reason = subject.reason if subject else "Changes the terms of the offer"
        operative = _operative(change, rules)
        if operative and not change.whole and not _states_a_term(change, rules):
            # "Our decision is final and binding" printed in a section on the cash payment:
            # the sentence is no term, so the reason names what its words change
            reason = f"May change a right or an obligation (“{operative}”)"
        return Proposal(M, f"{reason}: {what}")
    if subject is not None and subject.kind == "disclosure":
        if subject.describes or subject.own_words:  # they keep their own rules
            return Proposal(C, f"{subject.reason}: {what}")
        return said_otherwise(change, rules) or Proposal(C, f"{subject.reason}: {what}")
    operative = _operative(change, rules)
    removed = rules.connectives & set(change.removed_words)
    added = rules.connectives & set(change.added_words)
    if removed and added and removed != added:
        operative = f"{' '.join(sorted(removed))}” → “{' '.join(sorted(added))}"
    if operative or change.whole:
        why = f" (“{operative}”)" if operative else ""
        return Proposal(
            M, f"May change a right or an obligation{why}; no rule names this subject: {what}"
        )
    clarifying = Proposal(C, f"Rewords without changing a right, an amount or a date: {what}")
    return said_otherwise(change, rules) or clarifying


def _capped(cap: CapChange, change: Change, rules: Rules, context: str) -> Proposal:
    """The cap's reason, then the other figures of the terms the change alters (the price)."""
    chosen = consideration_facts(change, rules) or ([], [])
    removed, added = (
        [f for f in side if f.text not in printed]
        for side, printed in ((chosen[0], cap.old), (chosen[1], cap.new))
    )
    if not (removed or added):
        return Proposal(K, cap.reason())
    reason, key = consideration_reason((removed, added), rules, context)
    return Proposal(K, f"{cap.reason()}; {lower_first(reason)}", change=key)


def _measures_money(change: Change) -> bool:
    """An amount or a percentage changed: the company's finances, not its description."""
    return any(f.kind in ("money", "percent") for f in change.facts)


def _operative(change: Change, rules: Rules) -> str | None:
    """The first changed word that may change a right or an obligation ("binding")."""
    return next((w for w in change.words if rules.operative.matches_word(w)), None)


def _states_a_term(change: Change, rules: Rules) -> bool:
    """A changed sentence names a term of the offer, who is eligible, how the consideration
    is set, or a form of it."""
    said = change.sentences or [change.old, change.new]
    lists = (rules.terms, rules.eligibility, rules.consideration, rules.forms, rules.payments)
    return any(words.search(s) for words in lists for s in said)


def _own_words(change: Change, rules: Rules, subject: Subject | None) -> Proposal | None:
    """A changed sentence that says who may take part in the offer, or (in general
    disclosure) states a right or an obligation, whatever its section's title says: the
    phrase must be taken out, put in or exchanged, not merely kept."""
    lists = [(rules.participation, K, "Says who may take part in the offer")]
    if subject is not None and subject.kind == "disclosure":  # no subject: [operative] words
        lists.append((rules.rights, M, "States a right or an obligation in the offer"))
    for words, materiality, why in lists:
        before = words.found(change.old)
        after = words.found(change.new)
        changed = [w for w in after if w not in before] + [w for w in before if w not in after]
        if changed:
            return Proposal(materiality, f"{why} (“{changed[0]}”): {what_it_does(change)}")
    return None


def consideration_facts(change: Change, rules: Rules) -> tuple[list[Fact], list[Fact]] | None:
    """The changed facts that are consideration or securities sought, or None; a date is,
    in a sentence about eligibility or a grant."""
    sentence = change.text

    # a value behind the terms is no price (see rules.toml), unless the sentence says it is
    # what holders receive or are paid ("You will receive 50% of the Black-Scholes value")
    received = rules.receives.search(sentence) or rules.payments.search(sentence)
    valuation = rules.valuations.search(sentence) is not None and not received

    def counts(fact: Fact) -> bool:
        if fact.kind in ("ratio", "schedule"):
            return True
        if amount_named(rules, fact.kind, sentence, fact.text):
            return False  # fees, a loan, a salary: no term of the offer (amount_names.py)
        if fact.kind == "money":
            return not valuation
        if fact.kind == "percent":
            # of the class sought, of the new securities that vest, of a price (the exercise
            # price "110% of the closing price"), or of a value paid or received
            priced = rules.prices.search(sentence) is not None and not valuation
            return bool(priced or received or rules.percentages.search(sentence))
        if fact.kind == "count":
            return fact.unit in rules.units or fact.unit in rules.periods_of_terms
        if fact.kind == "date":
            return rules.eligibility.search(sentence) is not None or "grant" in lowered(sentence)
        if fact.kind == "number":  # "Eligible Options for each New RSU: … 4.0"
            return rules.ratios.search(sentence) is not None or counts_or_prices(
                fact, sentence, rules
            )
        return False

    judged: dict[Fact, bool] = {}  # a figure printed in many rows is judged once

    def counts_once(fact: Fact) -> bool:
        if fact not in judged:
            judged[fact] = counts(fact)
        return judged[fact]

    removed = [f for f in change.removed if counts_once(f)]
    added = [f for f in change.added if counts_once(f)]
    return (removed, added) if removed or added else None


def _paid_per_security(change: Change, rules: Rules) -> bool:
    """Whether a changed amount of money is what holders receive or are paid for each
    security they tender ("Each holder who tenders will receive $5.00 per option"), however
    the section it is printed in is headed (rules.toml [terms] paid_per)."""
    text = change.text
    paid = [f for f in (*change.removed, *change.added) if f.kind == "money"]
    if not any(amount_named(rules, f.kind, text, f.text) is None for f in paid):
        return False  # no amount, or only fees, loans and salaries
    return any(
        (rules.receives.search(s) or rules.payments.search(s))
        and rules.paid_per.search(s)
        and not rules.valuations.search(s)
        for s in change.sentences or [change.text]
    )


def _maybe_transposed(change: Change) -> str:
    """A changed figure whose neighbouring digits were swapped may be a typing error put
    right, or a new figure: material all the same, and counsel asked which was the typo."""
    pairs = figures_transposed(change)
    return f" (digits transposed: {pairs}; confirm which figure was the typo)" if pairs else ""


def _consideration_named(change: Change, rules: Rules) -> str | None:
    """The word by which an edited sentence states the consideration itself ("price",
    "rounded", "vest"); a whole text added or taken out, or a paragraph rewritten, is
    judged otherwise (its words may only mention the consideration)."""
    if change.whole or len(change.words) > 12:
        return None
    return rules.consideration.search(change.text)


def _sets_consideration(named: str) -> str:
    return f"Changes how the consideration is set (“{named}”)"


def _changed_form(change: Change, rules: Rules) -> str | None:
    """'“cash” → “restricted stock units”' when an edit names other forms of consideration:
    a form the old text never named, however much is rewritten; one taken out, in a small
    edit only (a rewritten paragraph may simply no longer repeat it)."""
    if change.whole:
        return None
    rewritten = len(change.words) > 12
    old = {_form_key(m): m.casefold() for m in _forms(change.old, rules)}
    new = {_form_key(m): m.casefold() for m in _forms(change.new, rules)}
    if rewritten:  # only a form said to be received is certain
        received = " ".join(s for s in sentences(change.new) if rules.receives.search(s))
        new = {k: v for k, v in new.items() if k in map(_form_key, _forms(received, rules))}
    came = sorted(new[k] for k in new.keys() - old.keys())
    gone = [] if rewritten else sorted(old[k] for k in old.keys() - new.keys())
    if not came and not gone:
        return None
    shown_gone, shown_came = " and ".join(gone), " and ".join(came)
    if shown_gone and shown_came:
        return f"“{shown_gone}” → “{shown_came}”"
    return f"“{shown_gone or shown_came}”"


def _form_key(form: str) -> str:
    """'New Options' and 'new option' are one form."""
    return " ".join(form.casefold().split()).rstrip("s")


def _forms(text: str, rules: Rules) -> list[str]:
    pattern = rules.forms.pattern
    return pattern.findall(text) if pattern is not None else []
