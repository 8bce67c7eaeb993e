"""The employee notice (or the notice to holders) block by block, in the filing's style, and
the offer's own words that the notice and the Schedule TO's opening share (SPEC §3)."""

from __future__ import annotations

from amendtool.core.amendment import Amendment
from amendtool.core.built_once import built
from amendtool.core.filing import FilingDetails
from amendtool.core.form_names import form_name_now
from amendtool.core.layout import Block, Role
from amendtool.core.offer_consideration import consideration_named, described_as
from amendtool.core.offer_names import entity_terms
from amendtool.core.offer_zone import offer_deadline
from amendtool.core.ratios import GIVEN_UP
from amendtool.core.stated_deadlines import long_date
from amendtool.core.templates import fill_map
from amendtool.core.wording import Wording


def notice_blocks(amendment: Amendment, document: str = "notice") -> list[Block]:
    """The employee notice in the filing's style: plain (for employees, the default) or
    precedent (the filing's instructions numbered, as the example filing has it). The
    filing's exhibit is the same notice, its blocks named for the filing: built once."""
    notice = built(amendment, "notice:notice", lambda: _notice_blocks(amendment, "notice"))
    if document == "notice":
        return notice
    return [in_document(b, document) for b in notice]


def _notice_blocks(amendment: Amendment, document: str) -> list[Block]:
    if amendment.kind == "results":
        from amendtool.core.results_reporting import results_notice_blocks

        return results_notice_blocks(amendment, document)
    if amendment.filing.notice_style == "plain":
        return _plain_notice(amendment, document)
    return _precedent_notice(amendment, document)


def _plain_notice(amendment: Amendment, document: str) -> list[Block]:
    """Headline, answers and a paragraph per change, then the exact changes as filed."""
    from amendtool.core.filing_document import quoted_changes
    from amendtool.core.plain_notice import closing_blocks, plain_notice_blocks

    out = plain_notice_blocks(amendment)
    quoted = quoted_changes(amendment)  # as the Schedule TO quotes them
    for index, item in enumerate(amendment.change_items):
        out.append(Block(Role.ITEM, amendment.notice_instruction(item), label=f"{index + 1}."))
        out += quoted[index]
    out += closing_blocks(amendment)
    return [in_document(b, document) for b in out]


def in_document(block: Block, document: str) -> Block:
    """`block` named for `document`: itself when it is already (a long table's rows are
    not each copied to say what they already say). A copy is the block's fields with the
    document's name: made anew (dataclasses.replace), each block's text was read again for
    its full stops, which it already had, for every block of the notice and of the exhibit."""
    if block.document == document:
        return block
    moved = object.__new__(type(block))
    moved.__dict__.update(vars(block), document=document)
    return moved


def _precedent_notice(amendment: Amendment, document: str) -> list[Block]:
    """Memo block, opening, numbered instructions, deadline, contact, delivery."""
    from amendtool.core.filing_document import quoted_changes  # it imports this module

    f = amendment.filing
    w = amendment.wording.notice_document
    fields, title = w["fields"], amendment.kind_words(w, "title", "title")  # extension_title
    explanation = f" {f.notice_explanation}" if f.notice_explanation else ""
    out = [
        Block(Role.CENTER_BOLD, title.format(document_title_upper=f.document_title.upper())),
        Block(Role.MEMO, f.notice_to, label=fields[0]),
        Block(Role.MEMO, f.notice_from, label=fields[1]),
        Block(Role.MEMO, long_date(f.amendment_date), label=fields[2]),
        Block(Role.MEMO, amendment.memo_subject(), label=fields[3]),
        Block(
            Role.BODY,
            w["opening"].format(
                document_title=f.document_title,
                document_date=long_date(f.document_date),
                explanation=explanation,
                **offer_terms(amendment),
            ),
        ),
    ]
    if amendment.kind == "extension" and amendment.extended_from is not None:
        from amendtool.core.extension import precedent_extension

        out.append(precedent_extension(amendment))
    quoted = quoted_changes(amendment)  # as the Schedule TO quotes them
    for index, item in enumerate(amendment.change_items):
        out.append(Block(Role.ITEM, amendment.notice_instruction(item), label=f"{index + 1}."))
        out += quoted[index]
    out += [
        Block(
            Role.BODY,
            w["reminder"].format(
                deadline=offer_deadline(amendment, f.expiration_local),
                **offer_terms(amendment),
            ),
        ),
        Block(
            Role.BODY,
            w["contact"].format(
                document_title=f.document_title,
                contact=f.notice_contact.rstrip("."),
                **offer_terms(amendment),
            ),
        ),
        Block(Role.BODY, f.notice_delivery),
    ]
    return [in_document(b, document) for b in out]


def notice_name(amendment: Amendment) -> str:
    """The notice's name as a document, for its kind ("Notice of Extension of the Offer to
    Exchange"): the Word file's title and the printed or PDF notice's, from one place."""
    template = amendment.kind_words(amendment.wording.printed, "notice_name", "notice_name")
    return str(template).format(document_title=amendment.filing.document_title)


def consideration_verb(wording: Wording, consideration: str) -> str:
    """How what the offer gives is given, by its last word: "granted" (options), "issued"
    (shares) or "paid" (a price, cash), from the wording's consideration_verbs."""
    verbs: dict[str, str] = wording.schedule_to.get("consideration_verbs", {})
    last = (consideration.split() or [""])[-1].lower()
    return verbs.get(last, verbs.get("default", "granted"))


def offer_terms(amendment: Amendment) -> dict[str, str]:
    """The offer's own words for the opening and the notice: {consideration} (with
    {consideration_verb}: "granted", "issued" or "paid", and {consideration_given}, the two
    together or, for plain cash, what is purchased), {tendered}, {transmittal_document}
    and {transmittal_lower} ("the related election form"); and the issuer's {entity_form},
    {defined_name} and {defined_as}. What is offered is named as the offer names it where
    filing.toml's word is one the original never uses (an RSU exchange's "New RSUs", never
    "New Options"): `consideration_named`."""
    f = amendment.filing
    consideration = consideration_named(f, amendment.original)
    terms = entity_terms(f) | {
        "consideration": consideration,
        "consideration_verb": consideration_verb(amendment.wording, consideration),
        # "The New Options were granted", "The Cash Payment was paid"
        "were": "were" if consideration.rstrip().endswith("s") else "was",
        "tendered": f.tendered,
        "holdings": holdings(f.tendered),  # "options", "RSUs": what holders hold, in plain words
        # the form as the notice's readers now send it: its new name once an item renames it
        "transmittal_document": defined_term(form_name_now(amendment)),
        "transmittal_lower": form_name_now(amendment).lower(),
    }
    # the final amendment reports a grant already made: the opening says so, as Item 4 does
    said = "consideration_given_results" if _granted(amendment) else ""
    schedule_to = amendment.wording.schedule_to
    given = schedule_to.get(said) or schedule_to.get("consideration_given", {})
    # the opening's sentence after counsel's description names what it defines ("New RSUs")
    opening = described_as(f.offer_description, consideration, f.tendered)
    form = "defined" if consideration_defined(amendment.wording, opening) else "plain"
    template = given.get(form, "The {consideration} will be {consideration_verb}")
    were = "were" if opening.rstrip().endswith("s") else "was"
    return terms | {
        "consideration_given": fill_map(template, terms | {"consideration": opening, "were": were}),
        "program_name": offer_name(amendment.wording, f),
    }


def holdings(tendered: str) -> str:
    """What holders hold, in everyday words, from the offer's name for what they tender:
    "Eligible Options" → "options", "Eligible RSUs" → "RSUs", "Preferred Shares" →
    "preferred shares"; "awards" when the name says nothing more."""
    words = [w for w in tendered.split() if not GIVEN_UP.fullmatch(w)]
    said = " ".join(w if sum(c.isupper() for c in w) > 1 else w.lower() for w in words)
    return said or "awards"


def _granted(amendment: Amendment) -> bool:
    """A results amendment dated on or after the grant (or payment): told as done."""
    if amendment.kind != "results":
        return False  # results are read (their module imported) for a report of them only
    from amendtool.core.results import granted

    return granted(amendment)


_SMALL_WORDS = frozenset("a an and as at by for in of on or the to with".split())


def defined_term(name: str) -> str:
    """A name typed in lower case ("election form"), as the filing defines it: with its
    capitals ("Election Form"); a name typed with capitals is kept as typed."""
    if name != name.lower():
        return name
    words = name.split()
    return " ".join(
        w if n and w in _SMALL_WORDS else w[:1].upper() + w[1:] for n, w in enumerate(words)
    )


def offer_name(wording: Wording, filing: FilingDetails) -> str:
    """What the notices call the offer: its program's name when counsel gives one ("Option
    Exchange Program"), else the wording's offer_called ("offer"), for an offer to holders
    has no program of its own."""
    return filing.program_name or str(wording.notice_document.get("offer_called", "offer"))


def program_named(filing: FilingDetails) -> bool:
    """Whether the offer has a program name other than its document's own title: only then
    does a notice say which program the document was sent about."""

    def bare(text: str) -> str:
        words = text.casefold().split()
        return " ".join(words[1:] if words[:1] == ["the"] else words)

    return bool(filing.program_name.strip()) and bare(filing.program_name) != bare(
        filing.document_title
    )


def consideration_defined(wording: Wording, consideration: str) -> bool:
    """Whether the offer's consideration is a term it defines ("Purchase Price", "New
    Options"), which the filing names, rather than plain cash, which it never calls "the
    cash" (the wording's plain_consideration)."""
    plain = wording.schedule_to.get("plain_consideration", [])
    words = " ".join(consideration.casefold().split())
    return words not in {" ".join(str(p).casefold().split()) for p in plain}
