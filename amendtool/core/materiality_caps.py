"""A cap put on the securities sought, or taken off: "any and all of its outstanding Notes"
→ "up to $150,000,000 aggregate principal amount of its outstanding Notes".

Read as figures alone, such a change only "adds $150,000,000"; counsel reads it as a change
in the securities sought (10 business days, Rule 13e-4(f)(1)(ii)), and holders must be told
that tenders above the cap may be prorated. The phrases and the reasons are the firm's
(rules.toml [caps]).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from amendtool.core.materiality_rules import house_table
from amendtool.core.pattern_store import compiled
from amendtool.core.templates import fill


@dataclass(frozen=True)
class Caps:
    """The firm's words for a cap put on the securities sought or taken off, and the
    reasons said (rules.toml)."""

    unlimited: re.Pattern[str]
    capped: re.Pattern[str]
    reason_capped: str
    reason_uncapped: str


@dataclass(frozen=True)
class CapChange:
    """The phrases as printed, old and new, and whether a cap was put on (else taken off)."""

    old: str
    new: str
    capped: bool

    def reason(self) -> str:
        caps = _caps()
        assert caps is not None
        template = caps.reason_capped if self.capped else caps.reason_uncapped
        return fill(template, old=self.old, new=self.new)


def _phrases(words: list[str]) -> str:
    return "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in words)


@cache
def _caps() -> Caps | None:
    table = house_table("caps")
    if not table:
        return None
    figure = r"(?:approximately\s+)?\$?\d[\d,]*(?:\.\d+)?(?:\s+(?:million|billion))?"
    return Caps(
        compiled(rf"\b(?:{_phrases(table['unlimited'])})\b", re.IGNORECASE),
        compiled(rf"\b(?:{_phrases(table['capped'])})\s+{figure}", re.IGNORECASE),
        str(table["reason_capped"]),
        str(table["reason_uncapped"]),
    )


def cap_change(old: str, new: str) -> CapChange | None:
    """The cap the change puts on (or takes off) the securities sought; None otherwise.
    Asked of every item with a changed figure, whose texts may be whole sections: the
    phrases of a cap are looked for only where "any and all" is put in or taken out."""
    caps = _caps()
    if caps is None:
        return None
    was_all, now_all = caps.unlimited.search(old), caps.unlimited.search(new)
    if (was_all is None) == (now_all is None):
        return None  # "any and all" on both sides or neither: no cap put on or taken off
    # the cap is looked for only on the side that must print it, then on the other
    if was_all is not None:
        now_cap = caps.capped.search(new)
        if now_cap is not None and caps.capped.search(old) is None:
            return CapChange(_said(was_all[0]), _said(now_cap[0]), True)
        return None
    was_cap = caps.capped.search(old)
    if now_all is not None and was_cap is not None and caps.capped.search(new) is None:
        return CapChange(_said(was_cap[0]), _said(now_all[0]), False)
    return None


def _said(printed: str) -> str:
    return " ".join(printed.split())
