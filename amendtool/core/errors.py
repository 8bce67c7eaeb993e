"""Errors the user can act on: each names the file and says what to do."""

from __future__ import annotations

from pathlib import Path


class AmendtoolError(Exception):
    """A problem with the user's input, reported as one line without a traceback."""


class LocatorError(AmendtoolError):
    """An item's locator does not find the text it says it changes."""


class InputError(AmendtoolError):
    """A file that cannot be read as an Offer to Exchange, filing details or project."""

    def __init__(
        self, path: str | Path, problem: str, content: str | None = None, by_path: bool = False
    ) -> None:
        self.path = Path(path)
        self.problem = problem
        # what the file holds, when its name says otherwise ("EDGAR HTML, named .txt")
        self.content = content
        # `by_path`: the path is what is wrong (not there, a loop of links, no permission)
        alone = not by_path and named_alone(self.path)
        name = shown_name(self.path.name) if alone else shown_path(self.path)
        label = f"{name} ({content})" if content else name
        super().__init__(f"{label}: {problem}")


def named_alone(path: Path) -> bool:
    """A document (or a file not there) is named by its name; a device, a pipe or a folder
    by its whole path, which alone says which one was meant ("/dev/zero", not "zero")."""
    try:
        return path.is_file() or not path.exists()
    except OSError:
        return True


def shown_name(name: str, longest: int = 120) -> str:
    """A file's name for a message or the screen: a very long one keeps its start and its
    end; what a name must not do to the line it is printed in (a newline splits it, an
    escape sequence drives the terminal, a right-to-left override shows "txt.exe" as
    "exe.txt") is written out visibly (core/shown_names.py)."""
    from amendtool.core.shown_names import visible

    name = visible(name)
    if len(name) <= longest:
        return name
    return f"{name[: longest - 26]}…{name[-25:]}"


def shown_path(path: str | Path, longest: int = 240) -> str:
    """A whole path for a message or the screen, made visible as shown_name makes a name."""
    return shown_name(str(path), longest)
