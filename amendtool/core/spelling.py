"""Which words the checks call misspelled, said once for the app and the command line.

The list is pyspellchecker's English words (offline, shipped in the package), with the
legal and securities words of `resources/spelling/legal-words.txt` (a firm edits it), the
user's own list (the app's right-click ▸ Add to the Firm's Word List) and every word of the
original as filed (already reviewed). `amendtool check` and the app's Checks build the same
speller and warn of the same words, so neither can pass what the other reports.
"""

from __future__ import annotations

import json
import os
import re
import sys
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from amendtool import APP_NAME, ORGANIZATION
from amendtool.core.dictionary_text import DictionaryText
from amendtool.core.findings import WARNING, Finding
from amendtool.core.items import AmendmentItem, ItemKind, letter
from amendtool.core.model import Document
from amendtool.core.pattern_store import compiled
from amendtool.core.word_forms import edit_distance, singulars, unaccented
from amendtool.resources import resource_path

if TYPE_CHECKING:
    from spellchecker import SpellChecker

# letters of any script, accented ones included ("naïve" is one word, never "na" and "ve")
WORD = compiled(r"[^\W\d_](?:[^\W\d_]|['’])*[^\W\d_]")
# web and e-mail addresses: not words, so never spelled ("www.sec.gov" is no "wow")
ADDRESS = compiled(
    r"(?:\b(?:https?|ftp)://|\bwww\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|gov|org|net|edu|us|io)\b",
    re.IGNORECASE,
)
_PLAIN = compiled(r"[a-z][a-z']*[a-z]\Z")  # a folded WORD: no JSON escape can occur in it
_LETTERS = compiled(
    r"[^\W\d_](?:[^\W\d_]|')*[^\W\d_]\Z"
)  # an accented word: found as written or escaped
LONGEST_LOOKED_UP = 20  # the dictionary's longest word is longer: the checker checks these
_KEY = compiled(r'"((?:[^"\\]|\\.)*)":')  # a word of the dictionary's JSON, as written
_PIECE = 1 << 16  # characters of the dictionary read into words at a time (see `warm`)


class Speller:
    """Which words are known, and what an unknown one may have meant to be."""

    def __init__(self, firm_list: Path, also_known: set[str] | None = None) -> None:
        self._checker: SpellChecker | None = None
        self._word_text: DictionaryText | None = None
        self._words: frozenset[str] | None = None  # the dictionary's words, once warmed
        self.firm_list = firm_list
        self.extra: set[str] = set()
        for path in (resource_path("spelling", "legal-words.txt"), firm_list):
            if path.exists():
                self.extra |= _listed_words(path.read_text(encoding="utf-8"))
        self.filed: set[str] = set()
        self._known: dict[str, bool] = {}
        self.set_filed(also_known or set())

    @property
    def checker(self) -> SpellChecker:
        """The English dictionary, loaded when a word is first not found in the lists or the
        filing (most new words of an amendment are words the offer already has): loading
        it costs a tenth of a second or more."""
        if self._checker is None:
            from spellchecker import SpellChecker

            self._checker = SpellChecker(language="en", distance=2)
        return self._checker

    def in_dictionary(self, word: str) -> bool:
        """Whether the English dictionary has `word` (folded), as `checker.unknown` answers,
        read from the dictionary's own file as text until a suggestion needs it loaded: a
        key of its JSON is the word in quotes before a colon. Words the checker would not
        check (too long for it) are asked of the checker itself."""
        folded = word.lower()
        plain = _PLAIN.match(folded) or _LETTERS.match(folded)
        if self._checker is not None or len(word) > LONGEST_LOOKED_UP or not plain:
            return not self.checker.unknown([word])
        escaped = json.dumps(folded)[1:-1]  # as written, or escaped ("\u00e9")
        if self._words is not None:
            return folded in self._words or escaped in self._words
        if self._word_text is None:
            self._word_text = DictionaryText.english()
        # a word in ASCII is written the same either way: the list is searched for it once
        return any(self._word_text.has_key(key) for key in dict.fromkeys((folded, escaped)))

    def warm(self) -> None:
        """The dictionary's words read into a set (for the app, in a worker): a word not in
        the dictionary was otherwise looked for through all of its text, 3 ms, and the
        desktop's spelling asks of each new word typed ("Counse", "Counsel") as the key is
        pressed. Read a piece at a time, so the worker never holds the interpreter long."""
        if self._word_text is None:
            self._word_text = DictionaryText.english()
        text, words, start = self._word_text.text, set(), 0
        while start < len(text):
            end = text.find("\n", start + _PIECE)
            end = len(text) if end < 0 else end + 1
            words.update(_KEY.findall(text, start, end))
            start = end
        self._words, self._word_text = frozenset(words), None  # the text is not read again

    def set_filed(self, words: set[str]) -> None:
        """The words of the original open (already reviewed when it was filed): another
        original opened vouches for its own words, not the last one's."""
        self.filed = {w.replace("’", "'").casefold() for w in words}
        self._known = {}

    def known(self, word: str) -> bool:
        """Acronyms and words of one letter pass; apostrophes are read as Word reads them; a
        listed word is also known in its plural and possessive ("tenderers", "offerors'")."""
        if word.isupper() or len(word) < 2:
            return True
        found = self._known.get(word)
        if found is None:
            folded = word.replace("’", "'").casefold()
            base = folded[:-2] if folded.endswith("'s") else folded.rstrip("'")
            found = any(
                any(f in self.extra or f in self.filed for f in singulars(form))
                or self.in_dictionary(form)
                for form in dict.fromkeys([base, unaccented(base)])
            )
            self._known[word] = found
        return found

    def suggestions(self, word: str, limit: int = 6) -> list[str]:
        found = self.checker.candidates(word.casefold()) or set()
        # the likeliest first; words as likely in the order of the alphabet, so that the same
        # draft suggests the same word every run (a set's order changes from run to run)
        frequency = self.checker.word_usage_frequency
        ranked = sorted(found, key=lambda w: (-frequency(w), w))[:limit]
        if word[:1].isupper():
            ranked = [w[:1].upper() + w[1:] for w in ranked]
        return ranked

    def add(self, word: str) -> None:
        """Into the user's own list, kept for every later session."""
        self.firm_list.parent.mkdir(parents=True, exist_ok=True)
        with open(self.firm_list, "a", encoding="utf-8") as handle:
            handle.write(word + "\n")
        self.extra.add(word.casefold())
        self._known[word] = True


@cache
def house_speller() -> Speller:
    """English and the legal list alone (no firm's list, no original open): the words the
    materiality proposals know, the same on every machine; loaded once, when first asked."""
    legal = resource_path("spelling", "legal-words.txt")
    return Speller(legal)


def mistyped(taken_out: str, put_in: str) -> bool:
    """Whether `put_in` only breaks the word `taken_out` ("three" → "thre"): a word no
    dictionary knows, a letter or two from a known word (one for a word of four letters or
    fewer). A real word put in ("three" → "two", "tree") is a change, weighed as one."""
    old, new = taken_out.casefold(), put_in.casefold()
    if old == new or not (WORD.fullmatch(taken_out) and WORD.fullmatch(put_in)):
        return False
    if edit_distance(old, new) > (1 if len(old) <= 4 else 2):
        return False
    speller = house_speller()
    return speller.known(taken_out) and not speller.known(put_in)


def firm_word_list() -> Path:
    """The firm's word list the app's spelling adds to, beside its recovery folder in the
    application's data folder, found as Qt finds that folder (QStandardPaths'
    AppDataLocation) without loading Qt, so that the command line reads the same list."""
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        data = os.environ.get("XDG_DATA_HOME", "")
        base = Path(data) if data.startswith("/") else home / ".local" / "share"
    return base / ORGANIZATION / APP_NAME / "firm-words.txt"


def _listed_words(text: str) -> set[str]:
    """Each word of each line that is not a note: a Latin phrase ("pari passu") is listed as
    the lawyer writes it, and checked word by word as the draft is."""
    return {
        word.group().replace("’", "'").casefold()
        for line in text.splitlines()
        if not line.lstrip().startswith("#")
        for word in WORD.finditer(line)
    }


# a clause numbered in roman numerals, in its parentheses: "13e-4(f)(2)(ii)", "(iv)"
_CLAUSE_NUMERAL = compiled(r"\((?:x{0,3})(?:ix|iv|v?i{0,3})\)", re.IGNORECASE)


def words_to_spell(text: str) -> list[re.Match[str]]:
    """The words of `text` the speller reads: every WORD outside a web or e-mail address
    and a clause's roman numeral (the check and the draft's underlining read the same)."""
    spans = [m.span() for m in ADDRESS.finditer(text)] if may_hold_address(text) else []
    spans += [m.span() for m in _CLAUSE_NUMERAL.finditer(text)]
    if not spans:
        return list(WORD.finditer(text))  # most paragraphs: nothing to read around
    return [m for m in WORD.finditer(text) if not any(a <= m.start() < b for a, b in spans)]


# what every web or e-mail address prints, in small letters: ASCII text (most of an offer)
# holding none of them is not read for one (the pattern tries each word at each letter)
_ADDRESS_MARKS = ("@", "://", "www.", *(f".{end}" for end in "com gov org net edu us io".split()))


def may_hold_address(text: str) -> bool:
    """Whether `text` may print a web or e-mail address (ADDRESS): text in ASCII lacking
    every mark of one does not; any other is read, as Unicode capitals are the pattern's."""
    if not text.isascii():
        return True
    lowered = text.lower()
    return any(mark in lowered for mark in _ADDRESS_MARKS)


def filed_words(original: Document) -> set[str]:
    """Every word of the original as filed: counsel has read them, so none is warned of.
    No word runs over white space (WORD is letters and apostrophes), so the words are read
    from each distinct piece between spaces once: an offer repeats most of its pieces, and
    many of its paragraphs (a legend, an answer the section restates), each split once."""
    texts = dict.fromkeys(p.text for p in original.paragraphs())
    pieces = {piece for text in texts for piece in text.split()}
    return set(WORD.findall("\n".join(pieces)))


def spelling_findings(items: list[AmendmentItem], speller: Speller) -> list[Finding]:
    """A warning for each item whose new text has words the speller does not know: the
    filing quotes that text, so a word underlined in the draft would be filed as typed."""
    from amendtool.core.resource_toml import read_toml

    said = read_toml(resource_path("checks", "spelling.toml"))["messages"]
    findings = []
    for index, item in enumerate(items):
        if item.kind is ItemKind.FILE_EXHIBIT or not item.new_text:
            continue
        replaced = list(dict.fromkeys(WORD.findall(item.old_text or "")))
        old = set(replaced)
        unknown: list[str] = []
        for word in (m.group() for m in words_to_spell(item.new_text)):
            if word not in old and word not in unknown and not speller.known(word):
                unknown.append(word)
        if not unknown:
            continue
        # the likeliest word for each, in their order ("receive" and "confirmation")
        close = [found for word in unknown[:3] if (found := _likeliest(word, replaced, speller))]
        joined = "or" if len(close) == 1 else "and"
        hint = said["suggestions"].format(said=_quoted(close, joined)) if close else ""
        message = said["one" if len(unknown) == 1 else "many"].format(
            words=_quoted(unknown, "and"), suggestions=hint
        )
        findings.append(Finding(WARNING, "spelling", f"item {letter(index)}: {message}", index))
    return findings


def _likeliest(word: str, replaced: list[str], speller: Speller) -> str | None:
    """What `word` was likeliest meant to be: the word of the old text it mistypes ("thre"
    for "three", where the speller's first guess is "the"), else the speller's first."""
    near = [w for w in replaced if mistyped(w, word)]
    if near:
        return near[0]
    found = speller.suggestions(word, 1)
    return found[0] if found else None


def _quoted(words: list[str], joined: str) -> str:
    """'"a"', '"a" and "b"', '"a", "b" and "c"'."""
    quoted = [f"\u201c{word}\u201d" for word in words]
    if len(quoted) < 3:
        return f" {joined} ".join(quoted)
    return f"{', '.join(quoted[:-1])} {joined} {quoted[-1]}"
