"""pyspellchecker's English word list (JSON, word to frequency) as text a key is looked for
in, folded to small letters as the checker folds the words it looks up.

Folding the whole list (millions of characters, some not ASCII) took longer than any word
looked up in it, on every draft that has a word no list knows. A key in ASCII is looked for
in the list's bytes with only their ASCII capitals made small: the same answer, since no
other character folds to a letter of ASCII but the Kelvin sign ("K" → "k", in which case
the list is folded whole) and the dotted capital I ("İ" → "i" and a combining dot, which no
ASCII key can hold). A key in other letters is looked for in the list folded whole."""

from __future__ import annotations

# characters beyond ASCII whose small form holds a letter of ASCII (Python's Unicode data;
# tests/core/test_dictionary_text.py reads every character to keep this list whole)
FOLDS_TO_ASCII = ("\u212a", "\u0130")
_KELVIN = "\u212a".encode()

FOLDED_WHOLE = [0]  # times the whole list was folded: counted, so a test sees it spared


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
            return written.encode("ascii") in self._small_ascii
        return written in self.text
