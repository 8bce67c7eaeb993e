"""Mistakes on the command line, said in one line with the command's synopsis: what to type.

argparse would print a usage block of every option and a terse message ("the following
arguments are required: revised, --filing"); counsel gets one line naming the mistake in the
words of the README's synopsis, and an option the command does not have is named before
anything missing (a mistyped `-f` for `--filing` is the mistake, not the missing `--filing`).
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from typing import Any, NoReturn

from amendtool.core.errors import AmendtoolError, shown_name
from amendtool.core.pattern_store import compiled

SYNOPSIS = {
    "outline": "amendtool outline FILE [--json]",
    "draft": "amendtool draft ORIGINAL REVISED --filing FILING.toml --out DIR [--project P.amend]",
    "export": "amendtool export PROJECT.amend --out DIR [--force]",
    "check": "amendtool check PROJECT.amend, or ORIGINAL REVISED --filing FILING.toml",
    "plain": 'amendtool plain PROJECT.amend ITEM (--text "…" | --file FILE | --clear)',
    "classify": "amendtool classify PROJECT.amend ITEM (CLASS [--reason TEXT] | --clear)",
    "amend": "amendtool amend PROJECT.amend REVISED --filing FILING.toml --out DIR "
    '[--to "YYYY-MM-DD HH:MM"]',
    "extend": 'amendtool extend PROJECT.amend --to "YYYY-MM-DD HH:MM" --filing FILING.toml '
    "--out DIR",
    "results": "amendtool results PROJECT.amend --filing FILING.toml --out DIR",
    "history": "amendtool history PROJECT.amend [--docx FILE [--through N] [--since M] "
    "[--author NAME]]",
    "filed": "amendtool filed PROJECT.amend",
}
_NUMBER = compiled(r"^-\d")
# what every command takes as a path (of a file, or --out's folder), refused when empty
_PATHS = frozenset({"out", "project", "filing", "docx", "file", "original", "revised", "files"})
_TYPES = {"int": "a whole number", "float": "a number"}


class CommandLineError(AmendtoolError):
    """A mistake in the words typed: one line and exit status 2, like every refusal."""


class Parser(argparse.ArgumentParser):
    """An argparse parser whose every complaint is a CommandLineError in counsel's words."""

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: Any = None
    ) -> tuple[Any, list[str]]:
        if args is not None and self._command() and (wrong := self._unknown_option(args)):
            self.error(f"unrecognized arguments: {wrong}")
        namespace, extras = super().parse_known_args(args, namespace)
        if extras and self._command():
            self.error(f"unrecognized arguments: {' '.join(extras)}")  # said by the command
        if self._command():
            self._refuse_empty_paths(namespace)
        return namespace, extras

    def _refuse_empty_paths(self, namespace: Any) -> None:
        """A path typed as "" (a script's unset variable) is no file and no folder: `--out ""`
        was the current folder, `--project ""` no project at all, and neither was said."""
        for action in self._actions:
            if action.dest not in _PATHS:
                continue
            value = getattr(namespace, action.dest, None)
            if value != "" and not (isinstance(value, list) and "" in value):
                continue
            kind = "a folder" if action.dest == "out" else "a file"
            if isinstance(value, list):
                raise CommandLineError(f"a file given is empty; give {kind}")
            long = [o for o in action.option_strings if o.startswith("--")]
            name = (
                long[0]
                if long
                else _argument_name(
                    action.metavar if isinstance(action.metavar, str) else action.dest
                )
            )
            raise CommandLineError(f"{name} is empty; give {kind}")

    def error(self, message: str) -> NoReturn:
        raise CommandLineError(self._said(message))

    def _command(self) -> str:
        words = self.prog.split()[1:]
        return words[0] if words else ""

    def _unknown_option(self, args: Sequence[str]) -> str | None:
        """The first word that looks like an option and is none of this command's (nor the
        start of one, as argparse reads `--forc` as `--force`)."""
        known = self._option_string_actions
        for word in args:
            if word == "--":
                return None
            if not word.startswith("-") or word == "-" or _NUMBER.match(word):
                continue
            name = word.split("=", 1)[0]
            if name in known:
                continue
            if name.startswith("--") and any(option.startswith(name) for option in known):
                continue
            return word
        return None

    def _said(self, message: str) -> str:
        command = self._command()
        usage = f"; usage: {SYNOPSIS[command]}" if command in SYNOPSIS else " (amendtool --help)"
        if match := re.match(r"the following arguments are required: (.*)", message):
            names = [_argument_name(n) for n in match.group(1).split(", ")]
            listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" and {names[-1]}"
            return f"{command} needs {listed}{usage}"
        if match := re.match(r"unrecognized arguments: (\S+)", message):
            word = match.group(1)
            if word.startswith("-") and not _NUMBER.match(word):
                option = echoed(word.split("=", 1)[0])
                return f"{command or 'amendtool'} has no option {option}{usage}"
            return f"{command} takes {self._takes()}, not also '{echoed(word)}'{usage}"
        if match := re.match(r"argument (\S+?)(?:/\S+)?: expected one argument", message):
            return f"{match.group(1)} needs a value{usage}"
        if match := re.match(r"argument (\S+?)(?:/\S+)?: invalid (\w+) value: (.*)", message):
            kind = _TYPES.get(match.group(2), match.group(2))
            return f"{match.group(1)} takes {kind}, not {echoed(match.group(3))}{usage}"
        return f"{message}{usage}"

    def _takes(self) -> str:
        names = [
            _argument_name(a.metavar if isinstance(a.metavar, str) else a.dest)
            for a in self._actions
            if not a.option_strings and a.dest != "command"
        ]
        return "one " + names[0] if len(names) == 1 else " ".join(names)


def _argument_name(name: str) -> str:
    """'revised' → 'REVISED'; options ('--filing') and names already written out stay."""
    return name if name.startswith("-") or not name.islower() else name.upper()


def echoed(value: str) -> str:
    """A word the user typed, said back: shortened, and made visible as a file name is."""
    return shown_name(value, 60)


def typed_text(value: str, option: str, limit: int, instead: str) -> str:
    """`value` of `option` as typed, refused in one line when it is longer than `limit`
    (a runaway paste, a file's content) or holds a character no output may hold (a
    control, a direction override that would reorder the words shown); `instead` says
    what to do about the length."""
    from amendtool.core.clean_text import strip_unsafe
    from amendtool.core.text_limits import shown_count

    if len(value) > limit:
        raise CommandLineError(
            f"{option}: holds {shown_count(len(value))} characters, more than amendtool takes "
            f"there ({limit:,}); {instead}"
        )
    _, removed = strip_unsafe(value)
    if removed is not None:
        raise CommandLineError(
            f"{option}: holds {removed.first_named()}, which no output may hold; type it without it"
        )
    from amendtool.core.filing_text import LONG_RUN

    if run := LONG_RUN.search(value):  # as a filing detail: a file's content pasted in
        raise CommandLineError(
            f"{option}: holds {len(run.group()):,} characters without a space at character "
            f"{run.start() + 1}; check what was pasted there"
        )
    return value
