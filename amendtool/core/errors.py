"""Errors the user can act on: each names the file and says what to do."""

from __future__ import annotations

from pathlib import Path


class AmendtoolError(Exception):
    """A problem with the user's input, reported as one line without a traceback."""


class InputError(AmendtoolError):
    """A file that cannot be read as an Offer to Exchange, filing details or project."""

    def __init__(self, path: str | Path, problem: str, content: str | None = None) -> None:
        self.path = Path(path)
        self.problem = problem
        # what the file holds, when its name says otherwise ("EDGAR HTML, named .txt")
        self.content = content
        name = shown_name(self.path.name)
        label = f"{name} ({content})" if content else name
        super().__init__(f"{label}: {problem}")


def shown_name(name: str, longest: int = 120) -> str:
    """A file's name for a message: a very long one keeps its start and its end."""
    if len(name) <= longest:
        return name
    return f"{name[: longest - 26]}…{name[-25:]}"
