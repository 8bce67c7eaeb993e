"""The checks every text value of filing.toml passes (the CUSIP and exhibit labels too), and
the problems said as counsel reads them: each with its key, and a file without its tables
told where a complete one is.

A value is read as the accented letters it shows (an accent typed as a letter and a combining
mark is the accented letter, as documents are read), then refused with its key when it holds
what no output may hold, or what the EDGAR text (.txt) cannot spell: said of the field it
was typed into, not of a cover page counsel has not seen yet.
"""

from __future__ import annotations

from amendtool.core.clean_text import char_name, composed, strip_unsafe
from amendtool.core.filing_details import MAX_DETAIL, MAX_DETAIL_WORD
from amendtool.core.pattern_store import compiled

_EXHIBIT = compiled(r"^\([a-z]\)(\([0-9]{1,3}\))?(\([A-Za-z]{1,4}\))*$")
_CUSIP = compiled(r"^[0-9A-Z*@#]{8}[0-9]$")


def cusip_check_digit(first_eight: str) -> int:
    total = 0
    for position, char in enumerate(first_eight.upper(), start=1):
        if char.isdigit():
            value = int(char)
        elif char.isalpha():
            value = ord(char) - ord("A") + 10
        else:
            value = {"*": 36, "@": 37, "#": 38}[char]
        if position % 2 == 0:
            value *= 2
        total += value // 10 + value % 10
    return (10 - total % 10) % 10


def validate_cusip(value: str) -> str | None:
    """None when valid, otherwise what is wrong."""
    cusip = value.strip().upper()
    if not _CUSIP.match(cusip):
        return f"'{value}' is not a CUSIP (nine characters: eight letters or digits and a digit)"
    expected = cusip_check_digit(cusip[:8])
    if int(cusip[8]) != expected:
        return f"'{value}' has check digit {cusip[8]}, expected {expected}; check for a typo"
    return None


def validate_exhibit(value: str) -> str | None:
    if not _EXHIBIT.match(value.strip()):
        return f"'{value}' is not an exhibit label such as (a)(1) or (a)(11)"
    return None


LONG_RUN = compiled(rf"\S{{{MAX_DETAIL_WORD + 1},}}")
COMPLETE_EXAMPLE = "resources/samples/filing.toml"


def read_value(value: str) -> str:
    """The value as counsel sees it: accented letters composed."""
    return composed(value)


def text_problem(value: str, name: str) -> str | None:
    """Why `value`, typed into `name`, cannot be filed; None when it can."""
    _, removed = strip_unsafe(value)
    if removed is not None:  # typed in by mistake, it would hide or reorder words
        where = removed.first_index + 1
        return f"{name} holds {removed.first_named()} at character {where}; remove it"
    # a name, an address line or a paragraph at most: a file pasted into a field, or a
    # generated string, is refused with its field before it reaches the cover page
    if len(value) > MAX_DETAIL:
        return (
            f"{name} is {len(value):,} characters long, more than a filing detail holds "
            f"({MAX_DETAIL:,}); check what was pasted into it"
        )
    if run := LONG_RUN.search(value):
        return (
            f"{name} holds {len(run.group()):,} characters without a space at character "
            f"{run.start() + 1}; check what was pasted into it"
        )
    return _unspellable(value, name)


def _unspellable(value: str, name: str) -> str | None:
    from amendtool.io.edgar_ascii import UnspellableCharacter, edgar_ascii, remedy

    try:
        edgar_ascii(value)
    except UnspellableCharacter as exc:
        return (
            f"{name} holds {char_name(exc.char)} at character {exc.index + 1}, which the EDGAR "
            f"text (.txt) cannot hold; {_what_to_do(remedy(exc.char), name)}"
        )
    return None


def _what_to_do(remedy: str, name: str) -> str:
    """An invisible character is removed from its key (no spelling would show it); any
    other is written out in words or given a spelling in the reviewed table."""
    from amendtool.io.edgar_ascii import TABLE

    if remedy.startswith("remove"):
        return f"{remedy} from {name}"
    return f"{remedy}, or add its spelling to resources/{'/'.join(TABLE)}"


def date_problem(value: object, name: str) -> str:
    """A date that does not read: what was written, and how to write it."""
    if isinstance(value, str) and value.strip():
        shown = " ".join(value.split())
        shown = shown if len(shown) <= 40 else shown[:39] + "…"
        return f'{name} must be a date written as 2001-09-13, not "{shown}"'
    return f"{name} must be a date such as 2001-09-13"


def reported(problems: list[str], missing: list[str], wrong: list[str]) -> list[str]:
    """The problems to say: a table that is missing (or not a table) is said once, with
    where a complete file is, and nothing about the keys it would hold."""
    absent = set(missing) | set(wrong)
    kept = [p for p in problems if not any(p.startswith(f"{t}.") for t in absent)]
    said = []
    if wrong:
        tables = ", ".join(f"[{t}]" for t in wrong)
        one = len(wrong) == 1
        copy = "" if missing else f"; copy {'it' if one else 'them'} from {COMPLETE_EXAMPLE}"
        said.append(f"{tables} must be {'a table' if one else 'tables'} of details{copy}")
    if missing:
        tables = ", ".join(f"[{t}]" for t in missing)
        one = len(missing) == 1
        said.append(
            f"{tables} {'is' if one else 'are'} missing; copy {'it' if one else 'them'} from "
            f"{COMPLETE_EXAMPLE}"
        )
    return said + kept
