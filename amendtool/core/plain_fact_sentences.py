"""The plain sentences on the facts a change alters, for employees or holders: "The minimum
exercise price per share is now $17.50. It was $20.00.", with what the change means where
the firm's list says (plain_meanings.py), in the voice of the offer (Voice; its words are
read in plain_voice_words.py, `plain_words` re-exported here). An exchange ratio is said as
what one receives, in the offer's terms (plain_exchange_terms.py).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from typing import Any

from amendtool.core.amount_names import amount_named
from amendtool.core.materiality_rules import house_rules
from amendtool.core.model import Document
from amendtool.core.pattern_store import compiled
from amendtool.core.plain_amounts import says_no_measure
from amendtool.core.plain_deadlines import said_deadline
from amendtool.core.plain_exchange_terms import in_offer_words, ratio_sentence
from amendtool.core.plain_facts import FactChange
from amendtool.core.plain_labels import only_its_kind
from amendtool.core.plain_meanings import meaning, pays
from amendtool.core.plain_units import plural
from amendtool.core.plain_voice_words import plain_words as plain_words
from amendtool.core.templates import fill
from amendtool.core.typography import single_stops
from amendtool.core.wording import Wording


@dataclass(frozen=True)
class Voice:
    """How the notice speaks for this offer: its sentences ([plain_notice] of the wording,
    with the offer's own voice applied: a tender for cash speaks of tendering and holders),
    the offer's words (filing.toml [offer]: consideration, tendered …), and the original,
    where a table's rows, pages and scale are read."""

    words: dict[str, Any]
    terms: dict[str, str] = field(default_factory=dict)
    document: Document | None = None
    zone_said: str = ""  # the offer's own name of its zone ("Pacific Time"), offer_zone.py
    revised: Document | None = None  # where a section taken out may stand again (moved)
    zone: str = ""  # the filing's zone ("America/New_York"): named where the offer names none


_MEASURED = ("percent", "money", "number", "count")  # a vague word ("rate", "value") misnames


def sentence_name(change: FactChange, terms: dict[str, str], label: str = "") -> tuple[str, bool]:
    """What "The … is now" calls a figure, and whether nothing names it (then counsel does):
    the one name its sentence and the heading over it both say."""
    name = in_offer_words(label or change.label, terms)
    if change.unowned and not label:  # whose it is its sentence does not say: counsel does
        return name, True
    unnamed = not (change.specific or label or change.row) and only_its_kind(change.label)
    # "a rate of 24%" names no measure either: "The rate is now 20%" would not say whose
    vague = change.kind in _MEASURED and says_no_measure(change.label)
    unnamed = unnamed or (vague and not (label or change.row))
    # a count the sentence calls a ratio ("a ratio of 3 options") is no ratio to say
    # "is now" of: counsel says what one receives
    unnamed = unnamed or (change.kind != "ratio" and name.endswith("ratio"))
    # what the firm's rules say the figure measures ("the market-decline threshold")
    rules = house_rules()
    measured = rules.measure_of(change.kind, change.sentence) if unnamed else None
    if unnamed and measured is None:  # "an annual base salary of $450,000": the salary
        measured = amount_named(rules, change.kind, change.sentence, change.new)
    if unnamed and measured:
        name, unnamed = measured.removeprefix("the "), False
    return name, unnamed


def fact_sentences(
    changes: list[FactChange] | tuple[FactChange, ...],
    wording: Wording,
    label: str = "",
    voice: Voice | None = None,
    paid: bool = False,
) -> list[str]:
    """'The … is now … It was …' for each fact, with what it means where the firm says.
    `paid`: another change the paragraph speaks for moves what holders receive for each
    security (so no sentence here says it is unchanged)."""
    w = voice.words if voice else wording.plain_notice
    terms = voice.terms if voice else {}
    paid = paid or any(pays(c) for c in changes if not c.history)
    out: list[str] = []
    examples: set[str] = set()
    history: list[FactChange] = []  # figures of the past: said together, in one sentence
    history_at = 0  # where: the first such figure's place
    for change in changes:
        tabled = False
        change = _zoned(change, voice)
        if is_example(change.sentence) and not change.row:
            # one quotation of the example, however many of its figures changed
            if change.sentence not in examples:
                examples.add(change.sentence)
                quoted = " ".join(change.sentence.split())
                out.append(tidy(fill(w["fact_example"], sentence=quoted)))
            continue
        name, unnamed = sentence_name(change, terms, label)
        if change.history:  # disclosure of the past or the market: updated, not "now"
            if not history:
                history_at = len(out)
            history.append(change)
        elif change.kind == "ratio" and change.unread:
            out.append(w["fact_ratio_unread"].format(new=change.new, old=change.old))
        elif change.kind == "ratio" and " for " in change.new and " for " in change.old:
            out.append(ratio_sentence(change, w, terms))
        elif tabled := bool(change.row and change.column):
            # a table's figure, by the table's own labels: a heading is never shortened or
            # lowercased into a name it does not print ("eligible Options for each …")
            said = w["fact_in_table_under" if change.group else "fact_in_table"]
            out.append(
                said.format(
                    column=change.column,
                    row=change.row,
                    group=change.group,
                    new=change.new,
                    old=change.old,
                )
            )
        elif tabled := unmeasured(change) and not change.column:
            # no heading over it says what it is ("The amount is now …" would not): its row
            said = w["fact_in_row_under" if change.group else "fact_in_row"]
            out.append(
                said.format(row=change.row, group=change.group, new=change.new, old=change.old)
            )
        elif change.kind == "document" and "fact_document" in w:
            # a document is named by its own old name: no placeholder inside the sentence,
            # and each name with its article ("We renamed the Notice of Withdrawal. …")
            out.append(w["fact_document"].format(new=change.new, old=change.old))
        elif unnamed:
            # the tool only knows the kind of fact ("time") and its sentence does not say
            # what it is: counsel names it (a placeholder, which export will not let pass)
            out.append(w["fact_unnamed"].format(label=name, new=change.new, old=change.old))
        else:
            # a table's column heading names one figure ("Distributions per unit … is")
            many = plural(name) and not change.row
            said = w.get("fact_plural", w["fact"]) if many else w["fact"]
            out.append(said.format(label=name, new=change.new, old=change.old))
        audience = str(w.get("audience", "employees"))
        if not change.history and (meant := meaning(change, terms, audience, paid)):
            out.append(meant)
        if change.row and not tabled:
            under = change.group and "fact_context_row_under" in w
            said = w["fact_context_row_under"] if under else w["fact_context_row"]
            out.append(tidy(said.format(row=change.row, group=change.group)))
        if change.row and change.sub:  # "Officers" keep theirs: the column is named
            out.append(tidy(w["fact_context_column"].format(column=change.sub)))
    if history:
        out.insert(history_at, _history_sentence(history, w))
    # a figure that ends with its own stop ("5:00 p.m.") ends the sentence, on every path
    return [single_stops(s) for s in out]


def _zoned(change: FactChange, voice: Voice | None) -> FactChange:
    """A deadline said whole, with weekday, time and zone, as the notice's answers say it
    (plain_deadlines.py), however the place that moved it prints it."""
    zone_said, zone = (voice.zone_said, voice.zone) if voice else ("", "")
    old, new = (
        said_deadline(value, change.sentence, zone_said, zone) for value in (change.old, change.new)
    )
    same = (old, new) == (change.old, change.new)
    return change if same else dataclasses.replace(change, old=old, new=new)


_EXAMPLE = compiled(
    r"^\W*(?:for example|for instance|by way of example|as an example|to illustrate|example:)"
    r"|\b(?:for example|for instance),",
    re.I,
)


def is_example(sentence: str) -> bool:
    """Whether a sentence is a worked example ("For example, if you exchange 3 options, …"):
    its figures illustrate the terms; they are not terms of their own."""
    return _EXAMPLE.search(sentence) is not None


def _history_sentence(history: list[FactChange], w: dict[str, Any]) -> str:
    """Figures of the past updated together (a last sale price's day and price) in one
    sentence: the same sentence said for each would repeat itself."""
    if len(history) == 1:
        return str(w["fact_history"].format(new=history[0].new, old=history[0].old))
    return str(
        w["fact_history_many"].format(
            new=_and([c.new for c in history]), old=_and([c.old for c in history])
        )
    )


def _and(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def unmeasured(change: FactChange) -> bool:
    """A table's figure whose heading does not say what it measures (or that has none), or
    which side of a ratio it counts ("Options for One Option": ratio_columns.py)."""
    if change.kind == "ratio" or not change.row:
        return False
    if change.unread:
        return True
    return says_no_measure(change.column) if change.column else only_its_kind(change.label)


def tidy(sentence: str) -> str:
    """A quotation that ends its own sentence ends ours: 'begins "… expiry."', not '"."'."""
    return re.sub(r'([.?!])(["”])\.', r"\1\2", sentence)
