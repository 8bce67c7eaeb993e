"""The legal word list knows the words of securities drafting as counsel writes them: plurals
and possessives of listed words, and Latin phrases whose words are listed as one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.gui.spelling import WORD, Speller

PASSAGE = (
    "Tenderers and offerees rank pari passu; the terms apply mutatis mutandis, inter alia, "
    "to the tenderer's Shares, bona fide holders, any sub-custodian, the Offeror's designees, "
    "the Depositary's and Information Agent's fees, ultra vires acts and de minimis amounts, "
    "per annum, ab initio, prima facie, sui generis, ex-dividend, stockholders' consents, "
    "the Dealer Manager's indemnitees and nominees, Rule 13e-4 and Regulation M-A, the "
    "Issuer's warrantholders and noteholders, a proxy's solicitation and escheatment."
)


@pytest.fixture(scope="module")
def speller(tmp_path_factory: pytest.TempPathFactory) -> Speller:
    return Speller(Path(tmp_path_factory.mktemp("words")) / "firm-words.txt")


def test_securities_and_latin_terms_are_known(speller: Speller) -> None:
    unknown = [m.group() for m in WORD.finditer(PASSAGE) if not speller.known(m.group())]
    assert unknown == []


def test_misspellings_are_still_caught(speller: Speller) -> None:
    for word in ("Tendrers", "pasu", "mutandiss", "Withdrawl", "stockholdrs"):
        assert not speller.known(word), word


def test_a_phrase_added_by_the_firm_is_known_word_by_word(tmp_path: Path) -> None:
    firm = tmp_path / "firm-words.txt"
    firm.write_text("# the firm's own\nKrensky Halvorsen\n", encoding="utf-8")
    speller = Speller(firm)
    assert speller.known("Krensky") and speller.known("Halvorsen")
    assert speller.known("Krensky's")
