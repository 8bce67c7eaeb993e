"""pyspellchecker's English word list (JSON, word to frequency) as text a key is looked for
in, folded to small letters as the checker folds the words it looks up.

Folding the whole list (millions of characters, some not ASCII) took longer than any word
looked up in it, on every draft that has a word no list knows. A key in ASCII is looked for
in the list's bytes with only their ASCII capitals made small: the same answer, since no
other character folds to a letter of ASCII but the Kelvin sign ("K" → "k", in which case
the list is folded whole) and the dotted capital I ("İ" → "i" and a combining dot, which no
ASCII key can hold). A key in other letters is looked for in the list folded whole.

pyspellchecker writes its list one key a line, sorted: a key in ASCII is first looked for by
halving the lines (a key found there is in the list, the answer the search would give), and
the list is searched through only when that finds nothing, so a list not sorted (or a word
not in it) answers as before."""

from __future__ import annotations

# characters beyond ASCII whose small form holds a letter of ASCII (Python's Unicode data;
# tests/core/test_dictionary_text.py reads every character to keep this list whole)
FOLDS_TO_ASCII = ("\u212a", "\u0130")
_KELVIN = "\u212a".encode()

FOLDED_WHOLE = [0]  # times the whole list was folded: counted, so a test sees it spared
SEARCHED_THROUGH = [0]  # times the whole list was searched for a key: counted likewise


class DictionaryText:
    """The word list, asked whether it holds a key (`"word":`, as its JSON writes it)."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._small_ascii = data.lower() if _KELVIN not in data else None
        self._text: str | None = None

    @classmethod
    def english(cls) -> DictionaryText:
        import gzip
        import pkgutil

        data = pkgutil.get_data("spellchecker", "resources/en.json.gz") or b""
        return cls(gzip.decompress(data))

    @property
    def text(self) -> str:
        """The whole list, decoded and in small letters."""
        if self._text is None:
            FOLDED_WHOLE[0] += 1
            self._text = self._data.decode("utf-8").lower()
        return self._text

    def has_key(self, key: str) -> bool:
        """Whether the list, in small letters, writes `key` (in small letters) as a key."""
        written = f'"{key}":'
        if self._small_ascii is not None and written.isascii():
            key_bytes = written.encode("ascii")
            if _halving_finds(self._small_ascii, key_bytes):
                return True
            SEARCHED_THROUGH[0] += 1
            return key_bytes in self._small_ascii
        SEARCHED_THROUGH[0] += 1
        return written in self.text


def _halving_finds(data: bytes, written: bytes) -> bool:
    """Whether a line of `data` opens with `written` (`"word":`), found by halving the lines
    as though they were sorted by their keys; False may be wrong for a list not sorted."""
    lo = data.find(b'\n"') + 1  # past the JSON's opening brace
    hi = len(data)
    while lo < hi:
        mid = (lo + hi) // 2
        start = data.rfind(b"\n", lo, mid) + 1 or lo
        end = data.find(b"\n", start)
        end = hi if end < 0 or end > hi else end
        line = data[start:end]
        if line.startswith(written):
            return True
        colon = line.find(b'":')
        key = line[: colon + 2] if colon >= 0 else line
        if key < written:
            lo = end + 1
        else:
            hi = start
    return False
