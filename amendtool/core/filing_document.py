"""What the Schedule TO amendment says, block by block (SPEC §3), and how it and the notice
quote new text; the notice it files as an exhibit is built by notice_document."""

from __future__ import annotations

from dataclasses import replace

from amendtool.core.amendment import Amendment
from amendtool.core.built_once import built, built_once, built_value
from amendtool.core.cited_places import filed_sentence
from amendtool.core.exhibits import as_amended_phrase, index_rows
from amendtool.core.form_names import filed_terms
from amendtool.core.items import STRUCTURE_KINDS, TABLE_KINDS, AmendmentItem, ItemKind, letter
from amendtool.core.layout import CHECKED, UNCHECKED, Block, Role, row_spans, spanned
from amendtool.core.model import CELL_BREAK
from amendtool.core.notes import printed_mark
from amendtool.core.notice_document import notice_blocks, offer_terms
from amendtool.core.series_amendment import (
    exhibits_heading,
    exhibits_in_item_12,
    in_item_order,
    supplement_blocks,
)
from amendtool.core.stated_deadlines import long_date
from amendtool.core.typography import inner_quotes, whole_quotation

__all__ = ["built_once", "notice_blocks", "offer_terms", "quoted_blocks", "schedule_to_blocks"]


def schedule_to_blocks(amendment: Amendment) -> list[Block]:
    """Cover, boxes, opening, lettered items, signature, exhibit index, then the exhibits."""
    return built(amendment, "schedule_to", lambda: _schedule_to_blocks(amendment))


def _schedule_to_blocks(amendment: Amendment) -> list[Block]:
    f = amendment.filing
    w = amendment.wording.schedule_to
    issuer = f.offer_kind != "third-party"
    out: list[Block] = [
        Block(Role.CENTER_BOLD, w["commission"]),
        Block(Role.CENTER, w["commission_city"]),
        Block(Role.RULE),
        Block(Role.CENTER_BOLD, w["form"]),
        Block(Role.CENTER, w["rule_issuer" if issuer else "rule_third_party"]),
        *[Block(Role.CENTER, line) for line in w["statement"]],
        Block(Role.CENTER, w["amendment_line"].format(number=f.amendment_number)),
        Block(Role.RULE),
        Block(Role.CENTER_BOLD, f.issuer_name.upper()),
        Block(Role.CAPTION, w["filer_caption_issuer" if issuer else "filer_caption_third_party"]),
        Block(Role.RULE),
        Block(Role.CENTER, f.securities_title),
        Block(Role.CAPTION, w["class_caption"]),
        Block(Role.RULE),
        Block(Role.CENTER, f.cusip),
        Block(Role.CAPTION, w["cusip_caption"]),
    ]
    if f.underlying:
        out.append(Block(Role.CAPTION, w["underlying_caption"].format(underlying=f.underlying)))
    out.append(Block(Role.RULE))
    agent = f.agent
    out += [
        Block(Role.CENTER, line)
        for line in [agent.name, agent.title, agent.company, *agent.address, agent.phone]
        if line
    ]
    out.append(Block(Role.CAPTION, w["agent_caption"]))
    if f.copy_to:
        out.append(Block(Role.CENTER, w["copy_to"]))
        for party in f.copy_to:
            out += [
                Block(Role.CENTER, line)
                for line in [party.name, party.firm or party.company, *party.address, party.phone]
                if line
            ]
    out.append(Block(Role.PAGE_BREAK))
    out.append(Block(Role.CHECKBOX, w["fee_box"], label=UNCHECKED))
    out += [Block(Role.CENTER, line) for line in w["fee_fields"]]
    out.append(Block(Role.CHECKBOX, w["preliminary_box"], label=UNCHECKED))
    out.append(Block(Role.PLAIN, w["transactions_lead"]))
    boxes = [
        (w["third_party_box"], not issuer),
        (w["issuer_box"], issuer),
        (w["going_private_box"], False),
        (w["schedule_13d_box"], False),
    ]
    out += [Block(Role.CHECKBOX, text, label=CHECKED if on else UNCHECKED) for text, on in boxes]
    final = f.final or amendment.kind == "results"
    out.append(Block(Role.PLAIN, f"{w['final_box']} {CHECKED if final else UNCHECKED}"))
    out.append(Block(Role.PAGE_BREAK))
    out.append(
        Block(
            Role.BODY,
            w["opening"].format(
                number=f.amendment_number,
                statement_filed=long_date(f.statement_filed),
                as_amended=as_amended_phrase(amendment),
                issuer=f.issuer_name,
                state=f.state_of_incorporation,
                description=f.offer_description.rstrip("."),
                document_title=f.document_title,
                document_date=long_date(f.document_date),
                document_exhibit=f.document_exhibit,
                election_form_exhibit=f.election_form_exhibit,
                # the form as filed, as the exhibit index names it
                **(offer_terms(amendment) | filed_terms(amendment)),
            ),
        )
    )
    items = [Block(Role.HEADING, f.items_heading)]
    changes = amendment.change_items
    for index, (item, quoted) in enumerate(zip(changes, quoted_changes(amendment), strict=True)):
        items.append(
            Block(Role.ITEM, amendment.filing_instruction(item), label=f"{letter(index)}.")
        )
        items += quoted
    filed: list[Block] = []
    for offset, exhibit in enumerate(amendment.exhibits()):
        label = f"{letter(len(changes) + offset)}."
        filed.append(Block(Role.ITEM, amendment.exhibit_instruction(exhibit), label=label))
        filed.append(Block(Role.EXHIBIT_LINE, exhibit.description, label=exhibit.label))
    # an extension's or the results' Item 4, in the order of the form's items; the exhibits
    # filed under Item 12, whatever item the changes to the offer are listed under, or
    # under the items' own heading when it names them ("Item 1.  Exhibits."), before Item 4
    supplement = supplement_blocks(amendment)
    if exhibits_heading(f.items_heading):
        out += in_item_order(items + filed, supplement, f.items_heading)
    else:
        out += exhibits_in_item_12(
            in_item_order(items, supplement, f.items_heading),
            filed,
            f.items_heading,
            str(amendment.wording.schedule_to["item12_heading"]),
        )
    rows, previously_filed_note = index_rows(amendment)
    out.append(Block(Role.PAGE_BREAK))
    out.append(Block(Role.CENTER_BOLD, w["signature_heading"]))
    out.append(Block(Role.BODY, w["certification"].format(number=f.amendment_number)))
    out += [
        Block(Role.SIGNATURE, f.issuer_name.upper()),
        Block(Role.SIGNATURE, w["signature_line"].format(name_upper=f.signature_name.upper())),
        Block(Role.RULE, label="signature"),
        Block(Role.SIGNATURE, f.signature_name),
        Block(Role.SIGNATURE, f.signature_title),
        Block(Role.PLAIN, w["date_line"].format(date=long_date(f.amendment_date))),
        Block(Role.PAGE_BREAK),
        Block(Role.CENTER_BOLD, w["index_heading"]),
        Block(Role.TABLE_HEADER, cells=tuple(w["index_columns"])),
        *[Block(Role.TABLE_ROW, cells=row) for row in rows],
    ]
    if previously_filed_note:
        out.append(Block(Role.PLAIN, previously_filed_note))
    out.append(Block(Role.PAGE_BREAK))
    out.append(
        Block(Role.RIGHT, w["exhibit_caption"].format(label=f.notice_exhibit), document="exhibit")
    )
    out += notice_blocks(amendment, document="exhibit")
    return out


_ROW_KINDS = (ItemKind.INSERT_ROW, ItemKind.REPLACE_ROW)


def quoted_changes(amendment: Amendment) -> list[list[Block]]:
    """Each change item's new text quoted (quoted_blocks), as the Schedule TO and the notice
    both quote it: while the outputs are written, quoted once for both, the offers' merged
    rows read once. The lists are shared: add their blocks, never change them."""

    def quote() -> list[list[Block]]:
        spans = row_spans([amendment.original, amendment.revised])
        return [quoted_blocks(item, spans) for item in amendment.change_items]

    return built_value(amendment, "filing_document:quoted", quote)


def quoted_blocks(
    item: AmendmentItem, spans: dict[str, tuple[int, ...]] | None = None
) -> list[Block]:
    """New text in quotation marks; several paragraphs open each, close only the last. A
    table is set as a table, a cell merged across columns (`spans`, layout.row_spans)
    merged as in the offer."""
    if item.kind in TABLE_KINDS:
        rows = [tuple(row.split("\t")) for row in item.new_paragraphs]
        # rows restated or put in alone carry their table's column headings ("HIGH", "LOW"):
        # without them a reader cannot tell one figure's column from another's
        headings = item.locator.row_headings if item.kind in _ROW_KINDS and rows else None
        heads = [tuple(h.split("\t")) for h in headings.split("\n")] if headings else []
        # and a row restated alone is quoted under its row group ("FISCAL YEAR 2002")
        group = item.locator.group_over(item.new_paragraphs)
        rows = ([(group,)] if group and item.kind is ItemKind.REPLACE_ROW else []) + rows
        width = max((len(r) for r in heads + rows), default=0)
        laid = [
            Block(
                role,
                cells=r + ("",) * (width - len(r)),
                spans=spanned(r, width, spans or {}),
                quoted=True,
            )
            for role, r in [(Role.TABLE_HEADER, h) for h in heads]
            + [(Role.TABLE_ROW, r) for r in rows]
        ]
        # the headings and the row group over the rows are set in with them, outside the
        # quotation marks: they are not the words the item adds
        context = len(laid) - len(item.new_paragraphs)
        return laid[:context] + quoted_rows(laid[context:])
    if item.kind in STRUCTURE_KINDS:
        return []  # the words are unchanged: the instruction quotes them
    paragraphs = list(item.new_paragraphs) or ([item.new_text] if item.new_text else [])
    if item.new_section is not None and item.kind.value in (
        "add_section",
        "retitle_section",
        "replace_section",
    ):
        heading = item.new_section.printed
        if item.kind.value == "retitle_section":
            paragraphs = [heading]
        elif item.kind.value == "add_section" or item.new_section.heading:
            paragraphs = [heading, *paragraphs]
    if not paragraphs:
        return []
    if _whole_note(item) and not item.locator.note_bare:
        # a note restated is quoted as it prints: led by its mark "(1)" (EDGAR text); a
        # superscript or a Word footnote's mark is no word of the note
        paragraphs[0] = f"{printed_mark(item.locator.note or '')} {paragraphs[0]}"
    if all(CELL_BREAK not in p and whole_quotation(p) for p in paragraphs):
        # quotations in their own marks, quoted as counsel quote a quotation: ours outside,
        # theirs inside in single marks ("'No option …'"), so the reader still sees that
        # the paragraph is a quotation; marks that do not nest are the only pair
        nested = [inner_quotes(f'"{p.strip()}"') for p in paragraphs]
        if all(n != f'"{p.strip()}"' for n, p in zip(nested, paragraphs, strict=True)):
            return [Block(Role.QUOTE, n) for n in nested]
        return [Block(Role.QUOTE, inner_quotes(p.strip())) for p in paragraphs]
    last = len(paragraphs) - 1
    out: list[Block] = []
    # the offer's own quotation marks inside ours are single (house style): '"… (the
    # 'Purchase Price')."'; each paragraph opens the quotation again, a row's later cells
    # stand inside it
    for i, text in enumerate(paragraphs):
        quoted = '"' + text if CELL_BREAK not in text else text
        if i == last:
            quoted += '"'
        if CELL_BREAK not in text:
            out.append(Block(Role.QUOTE, inner_quotes(quoted)))
            continue
        cells = quoted.split(CELL_BREAK)  # a table row inside the quoted text stays a row
        if i == 0:
            cells[0] = '"' + cells[0]
        nested = [inner_quotes(c, depth=0 if i == j == 0 else 1) for j, c in enumerate(cells)]
        out.append(Block(Role.TABLE_ROW, cells=tuple(nested), quoted=True))
    return _even_rows(out)


def quoted_rows(rows: list[Block]) -> list[Block]:
    """Rows an item quotes, as quoted matter: set in (`Block.quoted`) and inside quotation
    marks, opened in the first cell and closed after the last words, the offer's own marks
    inside them single ('"… the 'Offer'"')."""
    if not rows:
        return rows
    cells = [list(r.cells) for r in rows]
    cells[0][0] = '"' + cells[0][0]
    last = max((i for i, c in enumerate(cells[-1]) if c), default=0)
    cells[-1][last] += '"'
    return [
        replace(
            r,
            cells=tuple(inner_quotes(c, depth=0 if i == j == 0 else 1) for j, c in enumerate(row)),
            quoted=True,
        )
        for i, (r, row) in enumerate(zip(rows, cells, strict=True))
    ]


def _whole_note(item: AmendmentItem) -> bool:
    """The quoted text is a whole footnote or endnote (not one sentence of a longer one)."""
    if item.locator.note is None or not item.locator.note:
        return False
    if item.kind is ItemKind.REPLACE_PARAGRAPH:
        return True
    restated = item.kind in (ItemKind.REPLACE_WORDS, ItemKind.REPLACE_SENTENCE)
    return restated and filed_sentence(item.locator)[1] == 1


def _even_rows(blocks: list[Block]) -> list[Block]:
    """Each run of rows padded to as many cells as its widest row."""
    out: list[Block] = []
    run: list[Block] = []
    for block in [*blocks, Block(Role.QUOTE)]:
        if block.role is Role.TABLE_ROW:
            run.append(block)
            continue
        width = max((len(r.cells) for r in run), default=0)
        # a row already as wide is kept as it is: a long table's rows are not each copied
        out += [
            r
            if len(r.cells) == width
            else replace(r, cells=r.cells + ("",) * (width - len(r.cells)))
            for r in run
        ]
        run = []
        out.append(block)
    return out[:-1]
