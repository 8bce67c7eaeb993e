"""The sentence splitter against sentences as offers print them, run together in any order.

Each sentence below is taken from the way real tender offers are written: acronyms at the
end ("… with the SEC."), corporate names and dotted abbreviations inside ("U.S. federal",
"Inc. and", "No. 2", "a.m. Eastern"). Any run of them must split back into the same
sentences, which is what counting "the second sentence" relies on.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core.segment import sentences

OFFER_SENTENCES = [
    "We file annual, quarterly and current reports with the SEC.",
    "You may read and copy any reports we file at the SEC's public reference room.",
    "Our common stock is quoted on the NASDAQ.",
    "The offer is subject to the rules of the NYSE.",
    "Please consult your own tax advisor about the tax treatment under the Code and ERISA.",
    "The summary of U.S. federal income tax consequences is general in nature.",
    "Acme Widgets, Inc. and its subsidiaries employ about 1,200 people.",
    "Options granted under Amendment No. 2 to the 1998 Plan are eligible.",
    "Acme Holdings Corp. is our parent.",
    "Options held by employees of Acme Partners, L.P. are not eligible.",
    "The offer expires at 9:00 a.m. Eastern Time on March 3, 2003.",
    "We will accept tendered options promptly after 5:00 p.m. Pacific Time.",
    "See Registration No. 333-12345 for the plan's prospectus.",
    "Our principal office is in St. Louis, Missouri.",
    "Dr. Brown, our C.E.O., approved the offer.",
    "Tax rules differ in the U.K. and in Canada.",
    "Employees in the U.S. and in Canada may participate.",
    "The exchange ratio is 2.5 to 1.",
    "We paid $5.50 per share.",
    'We refer to it as the "Offer."',
    "You may (i) tender all options; (ii) tender none; or (iii) withdraw.",
    "This offer is made under Rule 13e-4 of the Exchange Act.",
    "Wells Fargo Bank, N.A. is the depositary.",
    "The new options will vest monthly over three years.",
    "If you have questions, please call Human Resources.",
]
# after these endings only a word that plainly starts a sentence ends the sentence
_AMBIGUOUS_ENDINGS = ("Inc.", "Corp.", "L.P.", "N.A.", "p.m.", "U.S.", "U.K.")
_STARTERS = ("We ", "You ", "The ", "If ", "This ", "Our ", "Please ", "In ")


def _may_follow(before: str, after: str) -> bool:
    return not before.endswith(_AMBIGUOUS_ENDINGS) or after.startswith(_STARTERS)


def test_each_sentence_is_one_sentence() -> None:
    for sentence in OFFER_SENTENCES:
        assert sentences(sentence) == [sentence]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(OFFER_SENTENCES), min_size=2, max_size=6))
def test_a_run_of_offer_sentences_splits_back_into_them(run: list[str]) -> None:
    kept = [run[0]]
    for sentence in run[1:]:
        if _may_follow(kept[-1], sentence):
            kept.append(sentence)
    assert sentences(" ".join(kept)) == kept


def test_an_acronym_ends_a_sentence_before_a_capitalised_word() -> None:
    text = (
        "We file annual reports with the SEC. You may read these reports at the SEC's public "
        "reference room. We also post them on our website."
    )
    assert len(sentences(text)) == 3
    assert sentences("We report to the SEC. Copies are free.") == [
        "We report to the SEC.",
        "Copies are free.",
    ]
    # the same letters as an abbreviation still do not end a sentence
    assert sentences("Under Sec. 13(e) of the Act, we must file.") == [
        "Under Sec. 13(e) of the Act, we must file."
    ]
    assert sentences("See SEC. 13(e) of the Act.") == ["See SEC. 13(e) of the Act."]
    assert sentences("We operate in the U.S. The offer is open to all.") == [
        "We operate in the U.S.",
        "The offer is open to all.",
    ]
    assert sentences("Send it to the U.S. Securities and Exchange Commission.") == [
        "Send it to the U.S. Securities and Exchange Commission."
    ]
