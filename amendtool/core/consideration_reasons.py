"""The reason given for a change of the consideration: the most telling change of its
figures, then a few more, named in the firm's words; the rest counted. A reason is one line
beside the item (in items.json, the app's list of items and the checks' messages): a grant
list of 15,000 rows that only the revision had gave one of half a million characters."""

from __future__ import annotations

from amendtool.core.fact_names import describe_facts, primary_pair
from amendtool.core.facts import Fact
from amendtool.core.materiality_clarifying import lower_first
from amendtool.core.materiality_rules import Rules, house_table
from amendtool.core.templates import fill


def consideration_reason(
    facts: tuple[list[Fact], list[Fact]], rules: Rules, context: str
) -> tuple[str, tuple[str, str, str] | None]:
    """The reason for a change in consideration, and the (kind, old, new) it names."""
    old, new = primary_pair(facts)
    key = (old.kind, old.value, new.value) if old and new else None
    ratio = rules.ratios.search(context)
    # a ratio printed as a bare figure; one the firm's list names otherwise is that ("a
    # fixed spread of 50 basis points" in a sentence on "each $1,000 principal amount")
    if old and new and old.kind == "number" and ratio and not rules.measure_of("number", context):
        return f"Changes the exchange ratio (“{ratio}”) from {old.text} to {new.text}", key
    said = [describe_facts(facts, rules, context)]
    # a pair printed again (a grant list's "$12.00" in hundreds of rows) is named once
    pairs = list(dict.fromkeys((tuple(o), tuple(n)) for o, n in _other_pairs(facts, old, new)))
    left = len(pairs)
    for o, n in pairs:  # a few named, the rest counted: a reason is one line
        if len(said) >= MOST_NAMED:
            break
        left -= 1
        described = describe_facts((list(o), list(n)), rules, context)
        if described not in said:  # a figure printed twice ("$5.00 … the "$5.00 floor"")
            said.append(described)
    reason = "; ".join([said[0], *map(lower_first, said[1:])])
    if left:
        reason += "; " + fill(_more_figures(), count=f"{left:,}")
    return f"{reason} in the offer's terms", key


MOST_NAMED = 4  # changes of figures a reason names; the rest it counts


def _more_figures() -> str:
    """How a reason counts the changes it does not name (rules.toml [reasons])."""
    return str((house_table("reasons") or {}).get("more_figures", "and {count} more"))


def _other_pairs(
    facts: tuple[list[Fact], list[Fact]], first_old: Fact | None, first_new: Fact | None
) -> list[tuple[list[Fact], list[Fact]]]:
    """The changed facts besides the most telling pair, paired kind by kind in order: each
    is a change of the terms too, and the reason names it."""
    removed, added = facts
    pairs: list[tuple[list[Fact], list[Fact]]] = []
    for kind in dict.fromkeys(f.kind for f in removed + added):
        olds = [f for f in removed if f.kind == kind and f is not first_old]
        news = [f for f in added if f.kind == kind and f is not first_new]
        for index in range(max(len(olds), len(news))):
            pair = (olds[index : index + 1], news[index : index + 1])
            pairs.append(pair)
    return pairs
