"""The issuer's form of entity ("corporation", "limited partnership") and the name the
documents define for it ("the Company", "the Partnership"): filing.toml's [issuer]
entity_form and defined_name, else told from the ending of the issuer's name by the table in
resources/wording/entity_forms.toml. A partnership called a corporation in a filing misstates
the filer, so a name whose ending the table does not know is put to counsel by a check."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from typing import TYPE_CHECKING, Any

from amendtool.resources import resource_path

if TYPE_CHECKING:
    from amendtool.core.filing import FilingDetails

ENTITY = "entity"  # the code of the check's finding
_ARTICLE = re.compile(r"^(?P<article>the|a|an)\s+(?P<term>.+)$", re.I)


@cache
def _table() -> dict[str, Any]:
    with resource_path("wording", "entity_forms.toml").open("rb") as handle:
        return tomllib.load(handle)


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
    from amendtool.core.filing_labels import named
    from amendtool.core.findings import WARNING, Finding

    if filing.entity_form.strip() or not filing.issuer_name.strip():
        return []
    if inferred_form(filing.issuer_name) is not None:
        return []
    message = _table()["messages"]["unknown"].format(
        name=filing.issuer_name, field=named("issuer", "entity_form"), form=entity_form(filing)
    )
    return [Finding(WARNING, ENTITY, message)]
