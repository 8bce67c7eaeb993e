"""Contents entries whose titles are too long for a full leader: "... 10", three dots and
the page, on lines longer than the text's width. Each is an entry of its own; two of them
in a row were joined as one wrapped paragraph, and a revision that moved their pages was
said to have "retitled" them."""

from __future__ import annotations

from amendtool.io.edgar_text_reader import edgar_text_blocks

WIDTH_LINE = "The offer is made on the terms and subject to the conditions set out in this "

CONTENTS = """                              TABLE OF CONTENTS

1. Number of Options; Expiration Date ...................................... 4
2. Purpose of the Offer .................................................... 5
3. Interests of Directors and Officers; Transactions and Arrangements Concerning the Options ... 10
4. Status of Options Acquired by Us in the Offer; Accounting Consequences of the Offer ... 11
5. Legal Matters; Regulatory Approvals ..................................... 11
"""


def _text(contents: str) -> str:
    prose = "\n".join([WIDTH_LINE + "Offer", WIDTH_LINE + "Offer", "to Exchange.", ""])
    return f"{contents}\n<PAGE>\n\n1. Number of Options\n\n{prose}\n\n                 1\n"


def test_long_entries_with_short_leaders_are_entries_of_their_own() -> None:
    texts = [b.text for b in edgar_text_blocks(_text(CONTENTS))]
    long_entries = [t for t in texts if t.startswith(("3. Interests", "4. Status"))]
    assert len(long_entries) == 2, texts
    assert long_entries[0].endswith("10") and long_entries[1].endswith("11")


def test_a_sentence_ending_in_an_ellipsis_is_still_prose() -> None:
    """Three dots before a word, not before a page, are no leader."""
    prose = "     We may waive any condition of the offer, in whole or in part ... at any time\n"
    more = "before the expiration date, in our sole discretion and for any reason.\n"
    texts = [b.text for b in edgar_text_blocks(f"{prose}{more}\n                 1\n")]
    assert any("... at any time before the expiration" in t for t in texts), texts
