"""The form holders return (filing.toml offer.transmittal_document) when the amendment renames
it: the name it was filed under and the name it has now.

Counsel may give either name in the filing details. The notice tells holders what to send
now, so its answers say the new name; the exhibit index and the opening of the Schedule TO
describe the exhibit previously filed, which keeps the name it was filed under (the filed
exhibit is not refiled, and a reader looking it up on EDGAR finds it under that name).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from amendtool.core.changes import item_texts
from amendtool.core.filing_fields import named
from amendtool.core.findings import WARNING, Finding
from amendtool.core.items import letter
from amendtool.core.typography import fold_typography

if TYPE_CHECKING:
    from amendtool.core.amendment import Amendment


@dataclass(frozen=True)
class FormRename:
    """A form of the offer renamed by an item: the name it was filed under and its new one,
    so the drafted wording names the form as the amended offer does."""

    index: int  # the change item that renames the form
    filed: str  # the name the form was filed under, as the original prints it
    now: str  # the name the amended offer gives it
    held_is_old: bool  # the filing details give the name it was filed under


def fold(name: str) -> str:
    """A name as compared: capitals, typography and spacing aside."""
    return " ".join(fold_typography(name).casefold().split())


def form_rename(amendment: Amendment) -> FormRename | None:
    """The first change item that renames the form (made once while outputs are written)."""
    from amendtool.core.built_once import built_value

    return built_value(amendment, "form_rename", lambda: _form_rename(amendment))


def _form_rename(amendment: Amendment) -> FormRename | None:
    """The first change item that renames the form the filing details name, from either of
    its names: "Election Form" gone and "Election and Withdrawal Form" come in its place,
    whether filing.toml gives the old name or the new one (a new name the original never
    uses). None when no item renames it."""
    from amendtool.core.plain_fact_reading import document_names

    held = fold(amendment.filing.transmittal_document)
    if not held:
        return None
    original: str | None = None
    for index, item in enumerate(amendment.change_items):
        old, new = item_texts(item)
        in_old, in_new = held in fold(old), held in fold(new)
        if not (in_old or in_new):
            continue  # no fact read from a text can be the form where its words are not
        # words put after the name keep it inside the new one ("Notice of Withdrawal and
        # Revocation"): the names read from each text tell a rename, not their words
        olds, news = _forms(document_names(old)), _forms(document_names(new))
        folded_olds, folded_news = {fold(n) for n in olds}, {fold(n) for n in news}
        if in_old and held in folded_olds and held not in folded_news:
            came = next((n for n in news if fold(n) not in folded_olds), None)
            if came is not None:
                held_name = next(n for n in olds if fold(n) == held)
                return FormRename(index, held_name, came, True)
        if in_new and held in folded_news and held not in folded_olds:
            went = next((n for n in olds if fold(n) not in folded_news), None)
            if original is None:
                original = " ".join(fold(p.text) for p in amendment.original.paragraphs())
            if went is not None and held not in original:
                held_name = next(n for n in news if fold(n) == held)
                return FormRename(index, went, held_name, False)
    return None


def _forms(names: list[str]) -> list[str]:
    """The names of forms among the documents a text names: the offer itself ("Offer to
    Purchase") is never the form holders return."""
    return [n for n in names if not fold(n).startswith("offer to")]


def renamed_to_it(amendment: Amendment) -> bool:
    """The filing details name the form by the new name an item of the amendment gives it:
    right, though the original never uses it."""
    renamed = form_rename(amendment)
    return renamed is not None and not renamed.held_is_old


def form_name_now(amendment: Amendment) -> str:
    """The form's name as the amended offer gives it: what the notice tells holders to send."""
    renamed = form_rename(amendment)
    return renamed.now if renamed else amendment.filing.transmittal_document


def form_name_filed(amendment: Amendment) -> str:
    """The form's name as it was filed: what the exhibit index and the opening call the
    exhibit previously filed."""
    renamed = form_rename(amendment)
    return renamed.filed if renamed else amendment.filing.transmittal_document


def filed_terms(amendment: Amendment) -> dict[str, str]:
    """The opening's words for the form ({transmittal_document}, {transmittal_lower}), by the
    name the exhibit was filed under."""
    from amendtool.core.notice_document import defined_term

    filed = form_name_filed(amendment)
    return {"transmittal_document": defined_term(filed), "transmittal_lower": filed.lower()}


def renamed_form_held(amendment: Amendment) -> list[Finding]:
    """The form holders return renamed by an item ("Election Form" to "Election and Release
    Form") while the filing details keep the old name: the notice says the new name, but the
    filing details should give the form as it is now called (a new name is right, with no
    warning: form_names.py)."""
    renamed = form_rename(amendment)
    if renamed is None or not renamed.held_is_old:
        return []
    held = amendment.filing.transmittal_document
    return [
        Finding(
            WARNING,
            "renamed_form",
            f"item {letter(renamed.index)}: renames the “{held}” the “{renamed.now}”, but the "
            f"filing details' {named('offer', 'transmittal_document')} is still “{held}”: set "
            "it to the new name",
            renamed.index,
        )
    ]
