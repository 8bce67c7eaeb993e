"""The names of the offer and of its parties: what the offer is called and whom its notice speaks
to, the names its cover gives the company, and the issuer's form of entity.

What the open offer is called and who its notice speaks to, for every place that names
them (dialogs, the export list, the item panel): one answer, from the filing details when
they give a title, else from the original's own cover, so a stockholder offer to purchase
is never called an Offer to Exchange nor its holders employees.

The names an offer gives the company on its cover ("Corvella Systems, Inc. ("Corvella,"
"we," "us" or "our")"): "employed by us" and "employed by Corvella" name one employer, so an
edit from one to the other changes nobody's eligibility. A name the offer does not define
that way may be another company of the group, and is read as such. The names the offer
defines for itself ("(the "Exchange Program")") are read here too: calling the offer by one
of them changes none of its terms.

The issuer's form of entity ("corporation", "limited partnership") and the name the
documents define for it ("the Company", "the Partnership"): filing.toml's [issuer]
entity_form and defined_name, else told from the ending of the issuer's name by the table in
resources/wording/entity_forms.toml. A partnership called a corporation in a filing misstates
the filer, so a name whose ending the table does not know is put to counsel by a check."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from amendtool.core.cover import title_lines
from amendtool.core.pattern_store import compiled
from amendtool.core.resource_toml import read_toml
from amendtool.resources import resource_path

if TYPE_CHECKING:
    from amendtool.core.filing import FilingDetails
    from amendtool.core.model import Document
    from amendtool.core.wording import Wording

NEUTRAL_TITLE = "offer document"
NEUTRAL_AUDIENCE = "employees"  # the notice's readers when the wording names none
NEUTRAL_NOTICE = "notice"  # the notice, when the wording does not say whose

# the title an offer's cover gives itself: "OFFER TO PURCHASE FOR CASH", "Offer to Exchange"
_COVER_TITLE = compiled(r"\bOFFER\s+TO\s+(EXCHANGE|PURCHASE)\b", re.I)
COVER_LINES = 12  # the title block is at the top of the cover


def offer_title(filing: FilingDetails | None, original: Document | None = None) -> str:
    """The offer document's title: the filing details', else its cover's, else neutral."""
    if filing is not None and filing.document_title.strip():
        return filing.document_title.strip()
    if original is not None and original.sections:
        paragraphs = original.sections[0].paragraphs[:COVER_LINES]
        lines = paragraphs[: title_lines(paragraphs) or len(paragraphs)]
        for paragraph in lines:
            if match := _COVER_TITLE.search(paragraph.text):
                return f"Offer to {match.group(1).capitalize()}"
    return NEUTRAL_TITLE


def notice_called(wording: Wording, title: str, to: str = "") -> str:
    """The notice as a refusal or a check names it ("employee notice", "notice to
    holders"), as the notice's own wording for this kind of offer says; `to`: the notice's
    To line, who the offer is made to (employees, whatever its title)."""
    from amendtool.core.plain_summary import plain_words

    return str(plain_words(wording, title, to).get("notice_called", NEUTRAL_NOTICE))


def audience(wording: Wording, title: str, to: str = "") -> str:
    """Who the notice is written for ("employees", "holders"), as the notice's own wording
    for this kind of offer says (resources/wording: plain_notice.audience)."""
    from amendtool.core.plain_summary import plain_words

    return str(plain_words(wording, title, to).get("audience", NEUTRAL_AUDIENCE))


def notice_file(wording: Wording, title: str, to: str = "") -> str:
    """The notice's own file name, without its extension, named for its readers
    ("employee-notice", "holders-notice": plain_notice.notice_file of the offer's voice)."""
    from amendtool.core.plain_summary import plain_words

    return str(plain_words(wording, title, to).get("notice_file", "employee-notice"))


if TYPE_CHECKING:
    from amendtool.core.model import Document

_PARENTHESIS = compiled(r"\(([^()]{1,240})\)")
_QUOTED = compiled(r"[\"“]([^\"”]{1,60}?)[,.;]?[\"”]")
_PRONOUNS = frozenset({"we", "us", "our"})
# the company's full name just before the definition: capitalised words ("Corvella Systems,
# Inc."), ending at the parenthesis
_FULL_NAME = compiled(r"((?:[A-Z][\w&'’.-]*,?\s+){0,6}[A-Z][\w&'’.-]*)\s*$")
_SEARCHED = 80  # the definition is on the cover or in the introduction


def party_names(*documents: Document | None) -> tuple[str, ...]:
    """Every name the first definition of the company holds ("Corvella Systems, Inc.",
    "Corvella", "we", "us", "our"), longest first; () when no document defines the company
    as "we" or "us"."""
    for document in documents:
        if document is None:
            continue
        for paragraph in document.paragraphs()[:_SEARCHED]:
            names = _defined(paragraph.text)
            if names:
                return names
    return ()


def _defined(text: str) -> tuple[str, ...]:
    for match in _PARENTHESIS.finditer(text):
        names = [n.strip().rstrip(",.;") for n in _QUOTED.findall(match.group(1))]
        names = [n for n in names if n]
        if not _PRONOUNS & {n.casefold() for n in names}:
            continue
        full = _FULL_NAME.search(text[: match.start()])
        if full:
            names.append(full.group(1).rstrip(","))
        return tuple(sorted(set(names), key=lambda n: (-len(n), n)))
    return ()


# a definition of a name: '(the "Exchange Program")', '(collectively, the "Offer")'
_DEFINES = compiled(
    r"\((?:collectively|together|as amended)?,?\s*(?:the|this|our)\s+[\"“]([^\"”]{2,60})[\"”]",
    re.IGNORECASE,
)


def offer_names_defined(*documents: Document | None) -> tuple[str, ...]:
    """The names the offer defines for itself, casefolded: a defined name whose last word
    names an offer (rules.toml [clarifying] offer_name_words: "Program", "Offer"), and not
    the short form of the proper name just before it ("New York Stock Exchange (the
    "Exchange")"); or any name defined just after one of the offer's names ("this Offer to
    Exchange (the "Kestrel Equity Refresh")"), whatever its last word."""
    from amendtool.core.materiality_rules import house_rules

    rules = house_rules()
    last_words = rules.offer_name_words
    found: dict[str, None] = {}
    for document in documents:
        if document is None:
            continue
        for paragraph in document.paragraphs()[:_SEARCHED_OFFER]:
            for match in _DEFINES.finditer(paragraph.text):
                name = " ".join(match.group(1).split()).strip(" ,.;").casefold()
                before = paragraph.text[: match.start()].rstrip(" ,").casefold()
                if not name or before.endswith(name):
                    continue
                if name.split()[-1] in last_words or _after_offer_name(before, rules.offer_names):
                    found[name] = None
    return tuple(found)


def _after_offer_name(before: str, names: tuple[str, ...]) -> bool:
    """The words just before a definition are one of the offer's names ("… described in
    this offer to exchange")."""
    words = " ".join(re.sub(r"[^\w\s]", " ", before).split())
    return any(words == n or words.endswith(f" {n}") for n in names)


_SEARCHED_OFFER = 400  # the offer defines its own name in its first pages


if TYPE_CHECKING:
    from amendtool.core.filing import FilingDetails

ENTITY = "entity"  # the code of the check's finding
_ARTICLE = compiled(r"^(?P<article>the|a|an)\s+(?P<term>.+)$", re.I)


@cache
def _table() -> dict[str, Any]:
    return read_toml(resource_path("wording", "entity_forms.toml"))


def _folded(text: str) -> str:
    """Compared without dots, commas or case: "L.P.", "LP" and "l.p" are one ending."""
    return " ".join(re.sub(r"[.,]", " ", text).lower().split()).replace(" ", "")


def inferred_form(name: str) -> str | None:
    """The form the ending of `name` says ("Bramblewick Partners, L.P." -> "limited
    partnership"), or None when the table knows no ending of it."""
    words = re.sub(r"[.,]", " ", name).split()
    suffixes = {_folded(k): v for k, v in _table()["suffixes"].items()}
    # the longest ending first: "Limited Partnership" before "Limited"
    for count in range(min(len(words), 3), 0, -1):
        ending = "".join(words[-count:]).lower()
        if ending in suffixes:
            return str(suffixes[ending])
    return None


def entity_form(filing: FilingDetails) -> str:
    """The form the opening says: counsel's, the name's, else the table's stand-in."""
    given = filing.entity_form.strip()
    if given:
        return given
    return inferred_form(filing.issuer_name) or str(_table()["unknown"])


def defined_name(filing: FilingDetails) -> str:
    """The name the documents define for the issuer ("the Company"): counsel's, else the
    table's for its form."""
    given = filing.defined_name.strip()
    if given:
        return given
    names: dict[str, str] = _table()["defined_names"]
    return names.get(entity_form(filing), names["default"])


def entity_terms(filing: FilingDetails) -> dict[str, str]:
    """The wording file's placeholders: {entity_form} ("limited partnership"),
    {defined_name} ("the Partnership") and {defined_as} ('the "Partnership"', as the opening
    defines it; a name given without an article is quoted whole)."""
    name = defined_name(filing)
    match = _ARTICLE.match(name)
    quoted = f'{match.group("article")} "{match.group("term")}"' if match else f'"{name}"'
    return {"entity_form": entity_form(filing), "defined_name": name, "defined_as": quoted}


def entity_findings(filing: FilingDetails) -> list[Any]:
    """A warning when neither counsel nor the name's ending says the issuer's form."""
    from amendtool.core.filing_fields import named
    from amendtool.core.findings import WARNING, Finding

    if filing.entity_form.strip() or not filing.issuer_name.strip():
        return []
    if inferred_form(filing.issuer_name) is not None:
        return []
    message = _table()["messages"]["unknown"].format(
        name=filing.issuer_name, field=named("issuer", "entity_form"), form=entity_form(filing)
    )
    return [Finding(WARNING, ENTITY, message)]
