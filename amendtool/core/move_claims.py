"""The firm's words of a sentence that says something came or went (added, taken out,
rewritten), said moved, or denied ("It was not added"): one reading for the notice's checks
of what only moved, sentences (resources/plain/moved_sentences.toml) and table rows
(resources/plain/moved_rows.toml), each with its own lists."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from amendtool.core.findings import ERROR, Finding
from amendtool.core.items import letter
from amendtool.core.resource_toml import read_toml
from amendtool.core.rule_words import Words
from amendtool.resources import resource_path


@dataclass(frozen=True)
class MoveClaims:
    """The lists of one file: words that say added, taken out, moved, and negations."""

    added: Words
    removed: Words
    moved: Words
    negations: Words

    def came_or_went(self, sentence: str) -> str | None:
        """The word of `sentence` that says something was added or taken out, unless the
        sentence also says it moved or denies it."""
        said = self.added.search(sentence) or self.removed.search(sentence)
        if said is None or self.moved.search(sentence) or self.negations.search(sentence):
            return None
        return said


@cache
def move_claims(name: str) -> MoveClaims:
    """The lists of resources/plain/NAME.toml, read once a run."""
    data = read_toml(resource_path("plain", f"{name}.toml"))
    words = [Words(data.get(k, [])) for k in ("added", "removed", "moved", "negations")]
    return MoveClaims(*words)


def claim_finding(code: str, index: int, counsel: bool, said: str, but: str) -> Finding:
    """The error on a notice paragraph (counsel's or the tool's) whose sentence `said` claims
    something came or went that only moved; `but` says what really happened."""
    writer = "counsel's" if counsel else "the tool's"
    return Finding(
        ERROR,
        code,
        f"item {letter(index)}: the notice's plain paragraph ({writer}) says "
        f"“{' '.join(said.split())}”, but {but}",
        index,
    )
