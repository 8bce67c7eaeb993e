"""The command line's spelling check reads the firm's word list where the app keeps it, and
loads neither Qt nor the English dictionary for words the lists and the filing already know."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from PySide6.QtCore import QCoreApplication, QStandardPaths

from amendtool import APP_NAME, ORGANIZATION
from amendtool.core import spelling
from amendtool.core.items import AmendmentItem, ItemKind
from amendtool.core.locator import Locator
from amendtool.core.spelling import Speller, spelling_findings

ROOT = Path(__file__).resolve().parents[2]


def _item(old: str, new: str) -> AmendmentItem:
    return AmendmentItem(
        kind=ItemKind.REPLACE_SENTENCE,
        locator=Locator("7", "Withdrawal Rights", paragraph=1, sentence=1),
        old_text=old,
        new_text=new,
    )


def test_words_the_filing_has_need_no_dictionary(tmp_path: Path) -> None:
    speller = Speller(tmp_path / "firm-words.txt", {"Tendered", "options", "withdrawn", "may"})
    item = _item("Options may be withdrawn.", "Tendered options may be withdrawn.")
    assert spelling_findings([item], speller) == []
    assert speller._checker is None  # nothing was looked up in the English dictionary


def test_an_unknown_word_is_still_found_and_corrected(tmp_path: Path) -> None:
    speller = Speller(tmp_path / "firm-words.txt", {"options", "withdrawn", "may"})
    item = _item("Options may be withdrawn.", "Options may be withdrawn on reciept.")
    [finding] = spelling_findings([item], speller)
    assert "\u201creciept\u201d" in finding.message and "\u201creceipt\u201d" in finding.message


@pytest.mark.parametrize("data_home", [None, "/srv/profiles/jroe/data", "relative/data"])
def test_the_firm_word_list_is_where_the_app_keeps_it(
    data_home: str | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The path the command line works out without Qt is the one Qt gives the app."""
    monkeypatch.setenv("HOME", str(tmp_path))
    if data_home is None:
        monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_DATA_HOME", data_home)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APP_NAME)
    location = QStandardPaths.StandardLocation.AppDataLocation
    qt_folder = Path(QStandardPaths.writableLocation(location))
    assert spelling.firm_word_list() == qt_folder / "firm-words.txt"


CHECK_WITHOUT_QT = """
import sys
from amendtool.cli import main
code = main(sys.argv[1:])
print("Qt loaded" if any(m.startswith("PySide6") for m in sys.modules) else "no Qt")
"""


def test_the_command_line_checks_spelling_without_loading_qt(tmp_path: Path) -> None:
    samples = ROOT / "resources" / "samples"
    original = samples / "offer-to-exchange.txt"
    revised = tmp_path / "revised.txt"
    text = original.read_text(encoding="utf-8")
    revised.write_text(text.replace("must be signed by you.", "must be signed by yuo.", 1))
    firm = tmp_path / "data" / ORGANIZATION / APP_NAME / "firm-words.txt"
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data")}
    args = ["check", str(original), str(revised), "--filing", str(samples / "filing.toml")]

    def run() -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-c", CHECK_WITHOUT_QT, *args]
        return subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT)

    first = run()
    assert "\u201cyuo\u201d" in first.stderr, first.stderr
    assert first.stdout.split()[-2:] == ["no", "Qt"], first.stdout
    firm.parent.mkdir(parents=True)
    firm.write_text("yuo\n", encoding="utf-8")  # the firm's list, as the app adds to it
    assert "\u201cyuo\u201d" not in run().stderr


def test_the_word_list_read_as_text_answers_as_the_loaded_dictionary(tmp_path: Path) -> None:
    """Until a suggestion is needed, the dictionary is read as the text of its own file: it
    must know exactly the words the loaded checker knows."""
    text = (ROOT / "resources" / "samples" / "offer-to-exchange.txt").read_text(encoding="utf-8")
    words = {w.replace("’", "'").casefold() for w in spelling.WORD.findall(text)}
    words |= {"reciept", "tendr", "holder's", "o'clock", "nan", "inf", "infinity", "aardvark"}
    words |= {"a" * 25, "counterrevolutionaries", "electroencephalographically", "zzyzx"}
    loaded = Speller(tmp_path / "firm-words.txt")
    assert loaded.checker is not None
    in_words = sorted(loaded.checker.word_frequency.dictionary)[::97]  # its words, sampled
    words |= {w for w in in_words if spelling.WORD.fullmatch(w)}
    read = Speller(tmp_path / "firm-words.txt")
    short = sorted(w for w in words if len(w) <= spelling.LONGEST_LOOKED_UP)
    answers = {w: read.in_dictionary(w) for w in short}
    assert read._checker is None  # every answer so far read from the text
    assert answers == {w: loaded.in_dictionary(w) for w in short}
    assert True in answers.values() and False in answers.values()
    long = sorted(w for w in words if len(w) > spelling.LONGEST_LOOKED_UP)
    assert [read.in_dictionary(w) for w in long] == [loaded.in_dictionary(w) for w in long]


def test_a_warmed_word_list_answers_as_the_loaded_dictionary_without_its_text(
    tmp_path: Path,
) -> None:
    """The app reads the dictionary's words into a set in a worker: each word counsel types
    is then looked up, not searched for through the dictionary's text on the window's
    thread, and the answers are the loaded checker's."""
    text = (ROOT / "resources" / "samples" / "offer-to-exchange.txt").read_text(encoding="utf-8")
    words = {w.replace("’", "'").casefold() for w in spelling.WORD.findall(text)}
    words |= {"reciept", "tendr", "holder's", "o'clock", "nan", "naïve", "café", "zzyzx"}
    words |= {"counse", "couns", "coun", "aa's", "aah"}  # a word as it is being typed
    loaded = Speller(tmp_path / "firm-words.txt")
    assert loaded.checker is not None
    in_words = sorted(loaded.checker.word_frequency.dictionary)[::53]
    words |= {w for w in in_words if spelling.WORD.fullmatch(w)}
    warmed = Speller(tmp_path / "firm-words.txt")
    warmed.warm()
    assert warmed._word_text is None  # nothing left to search through
    short = sorted(w for w in words if len(w) <= spelling.LONGEST_LOOKED_UP)
    answers = {w: warmed.in_dictionary(w) for w in short}
    assert warmed._word_text is None and warmed._checker is None
    assert answers == {w: loaded.in_dictionary(w) for w in short}
    assert answers["counsel"] and not answers["counse"] and not answers["reciept"]
