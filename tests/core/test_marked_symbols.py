"""A redline strikes an amount with its symbol, as the items quote it: "$20.00" struck and
"$17.50" inserted, "58%" and "61%", never the figure alone with "$" or "%" left standing
as if kept; a symbol beside a word that stays is kept."""

from __future__ import annotations

from amendtool.core.diffing import DELETE, INSERT
from amendtool.core.marking import marked_diff, marked_hunks


def _changed(a: str, b: str) -> list[tuple[str, str]]:
    return [(h.old, h.new) for h in marked_hunks(a, b)]


def test_a_currency_sign_and_a_percent_sign_go_with_their_figure() -> None:
    assert _changed("at $20.00 per share", "at $17.50 per share") == [("$20.00", "$17.50")]
    assert _changed("holds 58% of the shares", "holds 61% of the shares") == [("58%", "61%")]
    assert _changed("costs €1,200 today", "costs €1,350 today") == [("€1,200", "€1,350")]


def test_the_text_is_still_rebuilt_exactly() -> None:
    a, b = "from $20.00 (or 58%) to", "from $17.50 (or 61%) to"
    diff = marked_diff(a, b)
    assert "".join(t for op, t in diff if op != INSERT) == a
    assert "".join(t for op, t in diff if op != DELETE) == b


def test_a_symbol_before_a_changed_word_is_kept() -> None:
    assert _changed("pays $ amounts due", "pays $ sums due") == [("amounts", "sums")]
