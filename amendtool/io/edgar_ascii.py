"""The EDGAR .txt filing's text layout, its labelled lines included.

EDGAR ASCII spelling: every character outside 7-bit ASCII is spelt by a reviewed table
(resources/wording/edgar-ascii.toml) or by its plain letter ("é" is "e"), or refused.

A "?" in a filing is a changed figure ("€5" filed as "?5"): a character with no spelling
stops the export with a line naming where it is and what it is, never a silent substitute.

The column a labelled line's text starts at in the EDGAR .txt filing. A fixed column
ran a long label into its text ("(a)(1)(E)Notice of Amendment …"): each kind of labelled
line takes the column its usual width gives, or the one its longest label in the document
needs with two spaces after it, so that all lines of one kind still line up."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from amendtool.core.clean_text import char_name
from amendtool.core.errors import AmendtoolError
from amendtool.core.layout import Block, Role
from amendtool.core.pattern_store import compiled
from amendtool.core.resource_toml import read_toml
from amendtool.core.typography import accent_changes
from amendtool.resources import resource_path

if TYPE_CHECKING:
    from amendtool.core.amendment import Amendment
    from amendtool.core.findings import Finding

TABLE = ("wording", "edgar-ascii.toml")
_OUTSIDE = compiled(r"[^\x00-\x7f]")


class UnspellableCharacter(AmendtoolError):
    """A character EDGAR ASCII cannot hold and the table does not spell; `where` is filled
    in by the writer that knows which item or part of the filing holds it."""

    def __init__(self, char: str, text: str, index: int, where: str = "") -> None:
        self.char, self.text, self.index, self.where = char, text, index, where
        start = max(0, index - 30)
        around = " ".join(text[start : index + 30].split())
        lead = "…" if start else ""
        tail = "…" if index + 30 < len(text) else ""
        place = f" in {where}" if where else ""
        table = f"resources/{'/'.join(TABLE)}"
        super().__init__(
            f"the EDGAR text (.txt) cannot hold {char_name(char)}{place} "
            f'("{lead}{around}{tail}"); {remedy(char)} there'
            + ("" if remedy(char).startswith("remove") else f", or add its spelling to {table}")
        )

    def at(self, where: str) -> UnspellableCharacter:
        return UnspellableCharacter(self.char, self.text, self.index, where)


def remedy(char: str) -> str:
    """What counsel does about a character no table spells, fitting what it is: a separator
    or format character nobody sees is removed, a space of another width replaced with an
    ordinary space, a letter spelt in plain letters ("write it out in words" means nothing
    for any of them); a symbol is written out in words."""
    category = unicodedata.category(char)
    try:
        name = unicodedata.name(char).lower()
    except ValueError:
        name = "control character"
    if category in ("Zl", "Zp", "Cf", "Cc"):
        return f"remove the invisible {name} (U+{ord(char):04X})"
    if category == "Zs":
        return f"replace the {name} (U+{ord(char):04X}) with an ordinary space"
    if category.startswith(("L", "M")):
        return "spell the word in plain letters (A-Z)"
    return "write it out in words"


@cache
def spellings() -> dict[str, str]:
    """The reviewed table: one character to its ASCII spelling."""
    data = read_toml(resource_path(*TABLE))
    table = data.get("characters", {})
    for char, spelling in table.items():
        if len(char) != 1 or not spelling.isascii():
            raise ValueError(f"{'/'.join(TABLE)}: {char!r} = {spelling!r} is no spelling")
    return dict(table)


def edgar_ascii(text: str) -> str:
    """`text` in printable 7-bit ASCII, spelt by the table; UnspellableCharacter otherwise."""
    if text.isascii():
        return text

    def spell(match: re.Match[str]) -> str:
        char = match.group()
        spelling = _spelling(char)
        if spelling is None:
            raise UnspellableCharacter(char, text, match.start())
        following = text[match.end() : match.end() + 1]
        if spelling.endswith(" ") and (not following or following.isspace()):
            return spelling.rstrip(" ")
        if spelling.startswith(" ") and (match.start() == 0 or text[match.start() - 1] == " "):
            return spelling.lstrip(" ")
        return spelling

    return _OUTSIDE.sub(spell, text)


@lru_cache(maxsize=4096)
def _spelling(char: str) -> str | None:
    table = spellings()
    if char in table:
        return table[char]
    if unicodedata.category(char) == "Zs":  # a space of any width is a space in the .txt
        return " "
    # a letter with an accent, a ligature, a compatibility form: its plain letters
    plain = unicodedata.normalize("NFKD", char)
    if plain != char and all(c.isascii() or unicodedata.combining(c) for c in plain):
        letters = "".join(c for c in plain if c.isascii())
        return letters or None
    return None


def edgar_texts(amendment: Amendment) -> list[str | UnspellableCharacter]:
    """Each EDGAR document's .txt (the filing, then the notice exhibit), or why it cannot
    be spelt. Made once inside `built_once`: the check and the export that follows in the
    same run share it (wrapping a long filing's lines is a tenth of a second)."""
    from amendtool.core.built_once import built_value
    from amendtool.core.filing_document import schedule_to_blocks
    from amendtool.core.offer_names import notice_called
    from amendtool.io.edgar_writer import blocks_to_ascii, split_documents

    notice = notice_called(
        amendment.wording, amendment.filing.document_title, amendment.filing.notice_to
    )

    def build() -> list[str | UnspellableCharacter]:
        texts: list[str | UnspellableCharacter] = []
        for blocks in split_documents(schedule_to_blocks(amendment)):
            try:
                texts.append(blocks_to_ascii(blocks, notice))
            except UnspellableCharacter as exc:
                texts.append(exc)
        return texts

    return built_value(amendment, "edgar texts", build)


def edgar_text(amendment: Amendment, part: int) -> str:
    """The .txt of EDGAR document `part` (raises UnspellableCharacter as the writer does)."""
    text = edgar_texts(amendment)[part]
    if isinstance(text, UnspellableCharacter):
        raise text
    return text


def ascii_findings(amendment: Amendment) -> list[Finding]:
    """An error for each EDGAR document (the filing, the notice exhibit) holding a character
    the table cannot spell: `check` says it before `export` is refused for it."""
    from amendtool.core.findings import ERROR, Finding

    findings: list[Finding] = []
    said: set[str] = set()
    for exc in edgar_texts(amendment):
        # the exhibit quotes the filing's items: a character is said once
        if isinstance(exc, UnspellableCharacter) and exc.char not in said:
            said.add(exc.char)
            findings.append(Finding(ERROR, "edgar_ascii", str(exc)))
    return findings + same_in_ascii(amendment)


def same_in_ascii(amendment: Amendment) -> list[Finding]:
    """A warning for each change EDGAR ASCII cannot show: a paragraph restated whose only
    change is an accent reads the same on both sides in the .txt. EDGAR ASCII holds no
    accented letter, so counsel is told once per change. (Words replaced for an accent say
    it in words: 'the word "Boisé" (with an acute accent on the "e")'.)"""
    from amendtool.core.findings import WARNING, Finding

    findings: list[Finding] = []
    said: set[tuple[str, str]] = set()
    for number, item in enumerate(amendment.change_items):
        old = item.old_words or item.old_text
        new = item.new_words or item.new_text
        if old == new or (old, new) in said or not old or not new:
            continue
        if item.new_words and accent_changes(item.old_words, item.new_words):
            continue  # the instruction says the accent in words, which the .txt shows
        try:
            same = edgar_ascii(old) == edgar_ascii(new)
        except UnspellableCharacter:
            continue  # refused above
        if same:
            said.add((old, new))
            findings.append(
                Finding(WARNING, "edgar_ascii_same", _SAME.format(old=old, new=new), number)
            )
    return findings


_SAME = (
    'the EDGAR text (.txt) cannot show the change from "{old}" to "{new}": EDGAR ASCII has no '
    "accented letters, so it reads as the same words on both sides; the .htm shows it, or "
    "describe the change in words"
)


# each labelled role: where its label starts, and the label's usual width (label + spaces)
LABEL_LINES: dict[Role, tuple[int, int]] = {
    Role.CHECKBOX: (0, 5),
    Role.ITEM: (9, 9),
    Role.EXHIBIT_LINE: (18, 9),
    Role.MEMO: (0, 9),
}
GAP = 2  # the fewest spaces between a label and its text


def label_widths(blocks: Iterable[Block]) -> dict[Role, int]:
    """Each labelled role's label width for this document: its usual width, or its longest
    label and two spaces."""
    widths = {role: usual for role, (_, usual) in LABEL_LINES.items()}
    for block in blocks:
        if block.role not in widths:
            continue
        widths[block.role] = max(widths[block.role], len(block.label.rstrip()) + GAP)
    return widths


def label_prefixes(role: Role, label: str, widths: dict[Role, int]) -> tuple[str, str]:
    """The first line's lead (indent and label, padded to the column) and the lead of the
    lines after it (the column, or the role's own indent for an item)."""
    indent, _ = LABEL_LINES[role]
    width = widths.get(role, LABEL_LINES[role][1])
    first = " " * indent + label.ljust(width)
    rest = "" if role is Role.ITEM else " " * (indent + width)
    return first, rest
