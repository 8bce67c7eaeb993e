"""A finding of the checks: severity, a code, the message, and the item it concerns."""

from __future__ import annotations

from dataclasses import dataclass

from amendtool.core.items import letter

# errors stop `export` unless counsel overrides; warnings never do; notes say what the
# checks relied on (counsel's classification, a rule to keep in mind)
ERROR, WARNING, NOTE = "error", "warning", "note"


@dataclass(frozen=True)
class Finding:
    severity: str
    code: str
    message: str
    item: int | None = None  # index into the amendment's change items

    @property
    def label(self) -> str:
        return f"item {letter(self.item)}" if self.item is not None else "filing"
