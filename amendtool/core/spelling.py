"""Which words the checks call misspelled, said once for the app and the command line.

The list is pyspellchecker's English words (offline, shipped in the package), with the
legal and securities words of `resources/spelling/legal-words.txt` (a firm edits it), the
user's own list (the app's right-click ▸ Add to the Firm's Word List) and every word of the
original as filed (already reviewed). `amendtool check` and the app's Checks build the same
speller and warn of the same words, so neither can pass what the other reports.
"""

from __future__ import annotations

import re
from pathlib import Path

from amendtool.core.findings import WARNING, Finding
from amendtool.core.items import AmendmentItem, ItemKind, letter
from amendtool.core.model import Document
from amendtool.resources import resource_path

# letters of any script, accented ones included ("naïve" is one word, never "na" and "ve")
WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’])*[^\W\d_]")


class Speller:
    """Which words are known, and what an unknown one may have meant to be."""

    def __init__(self, firm_list: Path, also_known: set[str] | None = None) -> None:
        from spellchecker import SpellChecker

        self.checker = SpellChecker(language="en", distance=2)
        self.firm_list = firm_list
        self.extra: set[str] = set()
        for path in (resource_path("spelling", "legal-words.txt"), firm_list):
            if path.exists():
                self.extra |= _listed_words(path.read_text(encoding="utf-8"))
        self.filed: set[str] = set()
        self._known: dict[str, bool] = {}
        self.set_filed(also_known or set())

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
                any(f in self.extra or f in self.filed for f in _singulars(form))
                or not self.checker.unknown([form])
                for form in dict.fromkeys([base, _unaccented(base)])
            )
            self._known[word] = found
        return found

    def suggestions(self, word: str, limit: int = 6) -> list[str]:
        found = self.checker.candidates(word.casefold()) or set()
        ranked = sorted(found, key=lambda w: -self.checker.word_usage_frequency(w))[:limit]
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


def _listed_words(text: str) -> set[str]:
    """Each word of each line that is not a note: a Latin phrase ("pari passu") is listed as
    the lawyer writes it, and checked word by word as the draft is."""
    return {
        word.group().replace("’", "'").casefold()
        for line in text.splitlines()
        if not line.lstrip().startswith("#")
        for word in WORD.finditer(line)
    }


def _singulars(word: str) -> tuple[str, ...]:
    """The word and the singulars it may be the plural of (tenderers, indemnitees, proxies)."""
    forms = [word]
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss"):  # "bonuses", never "mutandiss"
        forms.append(word[:-1])
    return tuple(forms)


def _unaccented(word: str) -> str:
    """ "naive" for "naïve": the English list spells most borrowed words without accents."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def filed_words(original: Document) -> set[str]:
    """Every word of the original as filed: counsel has read them, so none is warned of."""
    return {w for p in original.paragraphs() for w in WORD.findall(p.text)}


def spelling_findings(items: list[AmendmentItem], speller: Speller) -> list[Finding]:
    """A warning for each item whose new text has words the speller does not know: the
    filing quotes that text, so a word underlined in the draft would be filed as typed."""
    import tomllib

    with resource_path("checks", "spelling.toml").open("rb") as handle:
        said = tomllib.load(handle)["messages"]
    findings = []
    for index, item in enumerate(items):
        if item.kind is ItemKind.FILE_EXHIBIT or not item.new_text:
            continue
        old = set(WORD.findall(item.old_text or ""))
        unknown: list[str] = []
        for word in WORD.findall(item.new_text):
            if word not in old and word not in unknown and not speller.known(word):
                unknown.append(word)
        if not unknown:
            continue
        # the likeliest word for each, in their order ("receive" and "confirmation")
        close = [found[0] for word in unknown[:3] if (found := speller.suggestions(word, 1))]
        joined = "or" if len(close) == 1 else "and"
        hint = said["suggestions"].format(said=_quoted(close, joined)) if close else ""
        message = said["one" if len(unknown) == 1 else "many"].format(
            words=_quoted(unknown, "and"), suggestions=hint
        )
        findings.append(Finding(WARNING, "spelling", f"item {letter(index)}: {message}", index))
    return findings


def _quoted(words: list[str], joined: str) -> str:
    """'"a"', '"a" and "b"', '"a", "b" and "c"'."""
    quoted = [f"\u201c{word}\u201d" for word in words]
    if len(quoted) < 3:
        return f" {joined} ".join(quoted)
    return f"{', '.join(quoted[:-1])} {joined} {quoted[-1]}"
