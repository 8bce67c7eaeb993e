"""An amount whose currency sign is set apart from it ("$ 1.00", as EDGAR text of the 1990s
and 2000s often prints it) is quoted with its sign, as "$1.00" is: the filing never replaces
"the word 1.00"."""

from __future__ import annotations

import pytest

from tests.support.materiality import drafted_one

PAID = "We will pay each holder {} in cash for each option tendered."


@pytest.mark.parametrize(("old", "new"), [("$ 1.00", "$ 1.25"), ("$1.00", "$1.25")])
def test_an_amount_is_quoted_with_its_sign_set_apart_or_not(old: str, new: str) -> None:
    item = drafted_one("1. Terms.", [PAID.format(old)], [PAID.format(new)])
    assert (item.kind.value, item.old_words, item.new_words) == ("replace_words", old, new)
