"""Pairs (original, revision) the random tests once found failing, kept so that they run
every time whatever examples the random run draws."""

# ruff: noqa: E501  (the drawn words as drawn)

from __future__ import annotations

from tests.support.builders import Spec

_DRAWN: Spec = [
    (
        "",
        [
            "P.m. $0.001 p.m. will eligible. Offer will offer p.m. (a)(1) “Plan” offer offer vesting. Offer offer offer offer. Not offer p.m. offer.",
            "Offer (a)(1) $0.001 p.m. offer new offer offer be.",
        ],
    ),
    (
        "SUMMARY TERM SHEET",
        [
            "What is the offer?",
            "P.m. holders p.m. offer will eligible offer offer “Plan”.",
            "Not offer Section 7 p.m. offer may offer offer vesting.",
        ],
    ),
    (
        "1. Number of Options",
        [
            "Purchase Price\tVesting eligible offer p.m. holders be eligible offer Rule 13e-4. Will eligible holders.",
            "Expiration Date\tOffer Rule 13e-4 offer vesting offer (a)(1). Be will holders p.m.",
            "Withdrawal Rights\tOffer offer offer offer offer. Offer offer eligible. Offer offer offer offer (a)(1) $0.001 Rule 13e-4 offer may.",
            "Quarter ended\tQuarter ended",
            "Quarter ended\tQuarter ended",
            "Quarter ended\tQuarter ended\tQuarter ended",
            "Determination of Validity; Rejection of Options; Waiver of Defects. (a) (a)(1) offer Rule 13e-4 vesting offer.",
            "(b) Will (a)(1) p.m. offer $0.001 holders (a)(1) offer holders.",
            "[fn 1] Will offer offer (a)(1) offer be offer offer.",
            "(c) Offer offer p.m. p.m. offer.",
            "(d) Offer be offer.",
            "Quarter ended\tQuarter ended\tQuarter ended",
        ],
    ),
    (
        "2. Withdrawal Rights",
        [
            "Quarter ended\tQuarter ended\tQuarter ended",
            "Quarter ended\tQuarter ended",
            "Quarter ended\tQuarter ended\tQuarter ended",
            "Quarter ended\tQuarter ended",
            "Determination of Validity; Rejection of Options; Waiver of Defects. Offer offer offer “Plan” offer be eligible. Offer holders will offer offer. Not Rule 13e-4 “Plan” offer offer not. Offer holders holders Rule 13e-4 offer vesting offer offer offer.",
            "[fn 2] Offer offer offer. P.m. offer offer Section 7 offer $0.001 offer offer offer. Section 7 eligible $0.001 may offer offer holders offer eligible.",
        ],
    ),
    (
        "3. Conditions of the Offer",
        [
            "Quarter ended\tQuarter ended\tQuarter ended",
            "Determination of Validity; Rejection of Options; Waiver of Defects. (a) Offer offer offer Section 7 $0.001 offer offer “Plan” offer.",
            "[fn 3] Offer (a)(1) offer Section 7 Rule 13e-4 may offer.",
            "Section 7 offer offer offer will offer be offer be.",
        ],
    ),
    (
        "4. Purpose of the Offer",
        [
            "(a) Offer offer offer.",
            "(b) Offer offer offer offer offer offer offer offer offer.",
            "Purchase Price\tOffer offer offer. Offer offer offer.",
            "Expiration Date\tOffer offer offer. Offer offer offer offer offer. Offer offer offer offer offer offer.",
            "Withdrawal Rights\tOffer offer offer. Offer offer offer. Offer offer offer offer offer offer offer offer.",
            "Quarter ended\tQuarter ended\tQuarter ended",
            "Quarter ended\tQuarter ended",
            "Quarter ended\tQuarter ended\tQuarter ended",
            "Quarter ended\tQuarter ended\tQuarter ended",
        ],
    ),
    (
        "5. Fees and Expenses",
        [
            "Purchase Price\tOffer offer offer. Offer offer offer offer offer. Offer offer offer.",
            "Expiration Date\tOffer offer offer. Offer offer offer. Offer offer offer offer offer.",
            "Withdrawal Rights\tOffer offer offer offer. Offer offer offer offer offer offer offer offer offer. Offer offer offer.",
            "Determination of Validity; Rejection of Options; Waiver of Defects. Offer offer offer.",
            "[fn 5] Offer offer offer offer offer offer offer. Offer offer offer offer. Offer offer offer offer offer.",
            "Offer offer offer offer offer.",
        ],
    ),
]


def _revised(original: Spec) -> Spec:
    """The cover's first word changed, and footnote 1 of Section 1 replaced, at its place,
    by a paragraph of the body."""
    out = [(heading, list(paragraphs)) for heading, paragraphs in original]
    cover, first = out[0][1], out[2][1]
    cover[0] = "amended" + cover[0].removeprefix("P.m.")
    first[first.index("[fn 1] Will offer offer (a)(1) offer be offer offer.")] = (
        "Offer “Plan” shares"
    )
    return out


FOOTNOTE_MADE_BODY: tuple[Spec, Spec] = (_DRAWN, _revised(_DRAWN))

# A note kept while the paragraph carrying it is deleted, now opening its section, and a new
# body paragraph with exactly the note's words right after it; the other sections stay.
_BESIDE_ITS_WORDS_BEFORE: Spec = [
    (
        "",
        [
            "Offer $0.001 offer offer not offer may offer. Not vesting eligible offer. Offer vesting offer vesting $0.001 offer. May will offer will offer may be offer offer."
        ],
    ),
    (
        "SUMMARY TERM SHEET",
        [
            "What is the offer?",
            "Offer offer offer eligible Section 7 $0.001 offer offer $0.001.",
            "Why are we making the offer?",
            "(a)(1) offer $0.001. Offer $0.001 holders p.m.",
            "Will offer offer “Plan” offer “Plan” be new may. Offer offer offer be p.m. Offer (a)(1) $0.001 will will vesting holders offer vesting. Offer (a)(1) holders offer holders vesting offer offer new.",
        ],
    ),
    (
        "1. Number of Options",
        [
            "Offer offer holders offer not holders.",
            "Quarter ended\tQuarter ended\tQuarter ended",
            "Quarter ended\tQuarter ended\tQuarter ended",
            "Quarter ended\tQuarter ended",
        ],
    ),
    (
        "2. Additional Information",
        [
            "Purchase Price\tOffer offer offer. Offer offer offer. Offer offer offer.",
            "Expiration Date\tOffer Section 7 offer offer “Plan” offer. Offer new holders (a)(1) eligible not offer eligible offer.",
            "Withdrawal Rights\tVesting new new. (a)(1) offer Section 7 $0.001 $0.001. Section 7 new new offer not will holders eligible offer.",
            "Determination of Validity; Rejection of Options; Waiver of Defects. Vesting be p.m. offer $0.001 will offer eligible. Offer holders offer offer. Rule 13e-4 holders p.m. offer. “Plan” holders “Plan”.",
            "Offer offer offer eligible eligible “Plan” offer offer Section 7.",
            "Eligible offer holders offer vesting $0.001 offer offer eligible.",
            "New $0.001 offer. Section 7 (a)(1) not offer. Offer offer offer (a)(1).",
            "Offer offer offer offer offer (a)(1) be. Holders “Plan” p.m. offer holders offer “Plan” offer. Vesting eligible offer offer new holders may be eligible. (a)(1) offer offer Rule 13e-4 may may may eligible may.",
        ],
    ),
]
_BESIDE_ITS_WORDS_AFTER: Spec = [
    (
        "4. Fees and Expenses",
        [
            "Purchase Price\tOffer offer offer. Offer offer offer.",
            "Offer offer offer offer offer offer offer offer offer. Offer offer offer. Offer offer offer. Offer offer offer.",
            "[fn 4] Offer offer offer. Offer offer offer offer. Offer offer offer offer offer.",
        ],
    )
]
NOTE_OPENS_SECTION_BESIDE_ITS_WORDS: tuple[Spec, Spec] = (
    [
        *_BESIDE_ITS_WORDS_BEFORE,
        (
            "3. Conditions of the Offer",
            [
                "(a) Not not not offer offer.",
                "Eligible offer new offer. May vesting p.m. offer.",
                "[fn 3] Offer offer offer.",
            ],
        ),
        *_BESIDE_ITS_WORDS_AFTER,
    ],
    [
        *_BESIDE_ITS_WORDS_BEFORE,
        (
            "3. Conditions of the Offer",
            ["[fn 3] Offer offer offer.", "Offer offer offer.", "(a) Not not not offer offer."],
        ),
        *_BESIDE_ITS_WORDS_AFTER,
    ],
)


# A section's first paragraph moved after its last table, that table's last row moved to the
# top of the section with a word of it changed, and a sentence added to a row of the other
# table: the changed rows are no longer side by side, so each is cited on its own.
_ROW_UP_BEFORE: Spec = [
    ("", []),
    (
        "SUMMARY TERM SHEET",
        [
            "What is the offer?",
            "Offer “Plan” Section 7 be will.",
            "Offer new holders offer.",
            "Why are we making the offer?",
            "Be offer offer offer may offer Rule 13e-4 “Plan” may. (a)(1) offer $0.001 be (a)(1).",
            "Not new offer eligible. Offer offer offer offer Section 7 Rule 13e-4 offer. Vesting "
            "offer new. Offer (a)(1) new.",
        ],
    ),
    (
        "4. Additional Information",
        [
            "Holders offer “Plan” vesting will offer. P.m. (a)(1) will p.m. (a)(1) offer $0.001. "
            "Vesting may $0.001 offer offer offer p.m. not.",
            "[fn 4] Holders offer p.m. price be.",
            "(a) Offer offer offer not offer.",
            "(b) New new offer offer $0.001 offer vesting.",
            "(c) Offer offer (a)(1).",
            "(d) Section 7 vesting will will $0.001 p.m. offer offer offer.",
            "Section 7 may offer be.",
            "Holders offer Rule 13e-4 new offer not $0.001 offer. Offer offer Rule 13e-4 offer. "
            "“Plan” offer offer. Rule 13e-4 Section 7 offer p.m.",
            "Offer offer offer will Section 7. Offer offer be offer offer offer “Plan”. Offer new "
            "offer be will may new offer may.",
            "Purchase Price\tOffer p.m. holders vesting vesting vesting offer offer will. Offer "
            "offer eligible.",
            "Expiration Date\tOffer offer not holders. Rule 13e-4 offer p.m. be will $0.001 offer "
            "offer $0.001.",
            "Withdrawal Rights\tSection 7 Rule 13e-4 not offer vesting Rule 13e-4 offer offer "
            "offer. Offer will offer.",
            "Quarter ended\tQuarter ended",
        ],
    ),
]
_ROW_UP_AFTER: Spec = [
    ("", []),
    (
        "SUMMARY TERM SHEET",
        [
            "What is the offer?",
            "Offer “Plan” Section 7 be will.",
            "Offer new holders offer.",
            "Why are we making the offer?",
            "Be offer offer offer may offer Rule 13e-4 “Plan” may. (a)(1) offer $0.001 be (a)(1).",
            "Not new offer eligible. Offer offer offer offer Section 7 Rule 13e-4 offer. Vesting "
            "offer new. Offer (a)(1) new.",
        ],
    ),
    (
        "4. Additional Information",
        [
            "amended ended\tQuarter ended",
            "[fn 4] Holders offer p.m. price be.",
            "(a) Offer offer offer not offer.",
            "(b) New new offer offer $0.001 offer vesting.",
            "(c) Offer offer (a)(1).",
            "(d) Section 7 vesting will will $0.001 p.m. offer offer offer.",
            "Section 7 may offer be.",
            "Holders offer Rule 13e-4 new offer not $0.001 offer. Offer offer Rule 13e-4 offer. "
            "“Plan” offer offer. Rule 13e-4 Section 7 offer p.m.",
            "Offer offer offer will Section 7. Offer offer be offer offer offer “Plan”. Offer new "
            "offer be will may new offer may.",
            "Purchase Price\tOffer p.m. holders vesting vesting vesting offer offer will. Offer "
            "offer eligible. “Plan” Inc. exchange.",
            "Expiration Date\tOffer offer not holders. Rule 13e-4 offer p.m. be will $0.001 offer "
            "offer $0.001.",
            "Withdrawal Rights\tSection 7 Rule 13e-4 not offer vesting Rule 13e-4 offer offer "
            "offer. Offer will offer.",
            "Holders offer “Plan” vesting will offer. P.m. (a)(1) will p.m. (a)(1) offer $0.001. "
            "Vesting may $0.001 offer offer offer p.m. not.",
        ],
    ),
]
ROW_MOVED_UP_AND_CHANGED: tuple[Spec, Spec] = (_ROW_UP_BEFORE, _ROW_UP_AFTER)


# A restated section: its note's words put into a paragraph of the body after the paragraph
# that carried the mark, and the section's last paragraph moved to its top. The drafting pairs
# the note with the moved paragraph (a few words alike); the redline must not edit the note's
# words into the body's, but strike the note and give the paragraph in the body.
_MADE_BODY_NOTE = "[fn 2] Offer offer offer offer offer offer offer offer offer."
_MADE_BODY_CARRIER = (
    "Determination of Validity; Rejection of Options; Waiver of Defects. (a) Offer."
)
_MADE_BODY_MOVED = "Offer Rule 13e-4 may offer offer may may offer."
NOTE_WORDS_MADE_BODY: tuple[Spec, Spec] = (
    [
        ("1. Number of Options", ["Offer offer offer offer."]),
        (
            "2. Conditions of the Offer",
            [_MADE_BODY_CARRIER, _MADE_BODY_NOTE, "Offer offer offer.", _MADE_BODY_MOVED],
        ),
    ],
    [
        ("1. Number of Options", ["Offer offer offer offer."]),
        (
            "2. Conditions of the Offer",
            [_MADE_BODY_MOVED, "Offer offer offer.", f"{_MADE_BODY_CARRIER} {_MADE_BODY_NOTE}"],
        ),
    ],
)


# A words edit across a table-cell boundary ("Purchase Price<tab>Offer" → "Purchase amended"):
# the first row of a table becomes a paragraph, and the paragraph after the table moves up
# between it and the table's other row. The paragraph must stand between the rows (the
# table split there), not after the whole table.
_CELL_EDGE_ROWS = [
    "Purchase Price\tOffer offer offer. Offer offer offer.",
    "Expiration Date\tOffer offer offer. Offer offer offer.",
]
_CELL_EDGE_MOVED = "Offer offer offer offer offer offer offer offer."
_CELL_EDGE_AROUND: Spec = [
    ("", ["Cover words of the offer."]),
    ("SUMMARY TERM SHEET", ["What is the offer?", "Offer offer offer."]),
]
ROW_MADE_PARAGRAPH_BESIDE_A_MOVE: tuple[Spec, Spec] = (
    [
        *_CELL_EDGE_AROUND,
        ("1. Fees and Expenses", [*_CELL_EDGE_ROWS, _CELL_EDGE_MOVED]),
        ("2. Legal Matters", ["Legal words here for all."]),
    ],
    [
        *_CELL_EDGE_AROUND,
        (
            "1. Fees and Expenses",
            [
                "Purchase amended offer offer. Offer offer offer.",
                _CELL_EDGE_MOVED,
                _CELL_EDGE_ROWS[1],
            ],
        ),
        ("2. Legal Matters", ["Legal words here for all."]),
    ],
)

# A footnote moved to the top of a cover that had no text: a Word original with nothing
# before its first heading has no cover, so the revision adds one holding only the note.
_COVER_NOTE_ROWS: Spec = [
    ("SUMMARY TERM SHEET", ["What is the offer?", "Offer offer offer."]),
    ("1. Number of Options", ["Quarter ended\tQuarter ended"]),
]
NOTE_ALONE_ON_AN_ADDED_COVER: tuple[Spec, Spec] = (
    [
        ("", []),
        *_COVER_NOTE_ROWS,
        (
            "2. Purpose of the Offer",
            ["(a) Offer offer offer.", "Offer offer offer.", "[fn 2] Offer offer offer."],
        ),
    ],
    [
        ("", ["[fn 2] Offer offer offer."]),
        *_COVER_NOTE_ROWS,
        ("2. Purpose of the Offer", ["(a) Offer offer offer.", "Offer offer offer."]),
    ],
)

# A note moved to the top of a section whose table lost its first row: the note opens the
# section as a note, the row is deleted from its table, and no table is restated with the
# note's words set among its rows as body text.
_PURCHASE_PRICE = "Purchase Price\tOffer offer offer. Offer offer offer."
_EXPIRATION_DATE = (
    "Expiration Date\tOffer offer offer offer offer offer offer offer offer. "
    "Offer offer offer offer. Offer offer offer."
)
_NOTE_CARRIER = "Offer offer offer offer offer offer offer offer. Offer offer offer."
NOTE_MOVED_OVER_A_DELETED_ROW: tuple[Spec, Spec] = (
    [
        ("", ["Cover words of the offer."]),
        (
            "4. Purpose of the Offer",
            [_PURCHASE_PRICE, _EXPIRATION_DATE, _NOTE_CARRIER, "[fn 4] Offer offer offer."],
        ),
    ],
    [
        ("", ["Cover words of the offer."]),
        (
            "4. Purpose of the Offer",
            ["[fn 4] Offer offer offer.", _EXPIRATION_DATE, _NOTE_CARRIER, _PURCHASE_PRICE],
        ),
    ],
)

# A clause moved to the end of its section in place of a table row, after a note an EDGAR
# original prints in the body: the clause took the note's look and read back as a note.
_CLAUSE_AFTER_A_NOTE = [
    "[fn 2] Offer offer offer.",
    "(b) Offer offer offer.",
    "(c) Offer offer offer.",
]
_CLAUSE_ROW = "Purchase Price\tOffer offer offer. Offer offer offer."
_CLAUSE_HEAD: Spec = [
    ("", []),
    ("SUMMARY TERM SHEET", ["What is the offer?", "Offer offer offer."]),
    ("1. Number of Options", ["Quarter ended\tQuarter ended"]),
]
CLAUSE_SWAPPED_WITH_A_ROW_AFTER_A_NOTE: tuple[Spec, Spec] = (
    [
        *_CLAUSE_HEAD,
        ("2. Purpose of the Offer", ["(a) Offer offer offer.", *_CLAUSE_AFTER_A_NOTE, _CLAUSE_ROW]),
    ],
    [
        *_CLAUSE_HEAD,
        ("2. Purpose of the Offer", [_CLAUSE_ROW, *_CLAUSE_AFTER_A_NOTE, "(a) Offer offer offer."]),
    ],
)

# a paragraph changed to end with a citation "(a)(1)" while footnote 1 is added to another
# paragraph: the "(1)" of the citation was read as the note's mark, cut from its paragraph
# and printed at the end of the note's own paragraph in the redline
CITATION_LIKE_AN_ADDED_NOTES_MARK: tuple[Spec, Spec] = (
    [("", []), ("1. Number of Options", ["Offer.", "Eligible."])],
    [("", []), ("1. Number of Options", ["Offer (a)(1).", "Eligible.", "[fn 1] Note."])],
)
