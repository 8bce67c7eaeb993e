"""Only the typed command's parser is built (the other ten commands' options cost every run
some 15 million instructions), and it reads every command line as the whole parser does: the
same values, the same one-line mistakes, the same help. Counted and compared, never timed."""

from __future__ import annotations

import contextlib
import io
from typing import Any

import pytest

from amendtool import cli, cli_mistakes
from amendtool.cli import _COMMANDS, _parser

LINES = [
    [],
    ["-h"],
    ["--bogus"],
    ["a"],
    ["a", "b"],
    ["a", "b", "c"],
    ["a", "b", "--filing", "f.toml", "--out", "o"],
    ["a", "--filing", "f.toml", "--out", "o"],
    ["a", "b", "--filing", "f.toml", "--out", ""],
    ["a", "b", "--filing", "f.toml", "--out", "o", "--project", "p.amend", "--force"],
    ["a", "b", "--filing", "f.toml", "--out", "o", "--author", "Jane Roe", "--straight-quotes"],
    ["a", "b", "--filing"],
    ["a", "--out", "o", "--forc"],
    ["a", "--out", "o", "--only", "x", "--progress", "--amendment", "2"],
    ["a", "--amendment", "two"],
    ["a", "--to", "2026-01-01 17:00", "--filing", "f.toml", "--out", "o"],
    [
        "a",
        "b",
        "--to",
        "2026-01-01 17:00",
        "--filing",
        "f.toml",
        "--out",
        "o",
        "--reverses-earlier",
    ],
    ["a", "--docx", "d.docx", "--through", "2", "--since", "1", "--author", "Roe"],
    ["a", "--docx", "d.docx", "--through", "x"],
    ["a", "A", "--text", "It means this."],
    ["a", "A", "--file", "f.txt"],
    ["a", "A", "--clear"],
    ["a", "A", "--text", "x", "--clear"],
    ["a", "A", "material", "--reason", "Changes the price."],
    ["a", "A", "material", "-f"],
    ["a", "--json"],
    ["a", "b", "--", "-c"],
    ["a", "-5"],
]


def outcome(parser: Any, argv: list[str]) -> tuple[Any, ...]:
    """What the parser made of `argv`: its values, its mistake, or what it printed."""
    said = io.StringIO()
    try:
        with contextlib.redirect_stdout(said), contextlib.redirect_stderr(said):
            values = vars(parser.parse_args(argv))
    except cli_mistakes.CommandLineError as mistake:
        return ("mistake", str(mistake))
    except SystemExit as ended:
        return ("ended", ended.code, said.getvalue())
    return ("read", sorted((k, getattr(v, "__qualname__", v)) for k, v in values.items()))


@pytest.mark.parametrize("command", _COMMANDS)
def test_the_typed_command_reads_every_line_as_the_whole_parser(command: str) -> None:
    kinds = set()
    for line in LINES:
        argv = [command, *line]
        read = outcome(_parser(command), argv)
        assert read == outcome(_parser(), argv), argv
        kinds.add(read[0])
    assert kinds == {"read", "mistake", "ended"}  # values, mistakes and help all compared


def test_only_the_typed_command_s_parser_is_built(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[str] = []
    made = cli_mistakes.Parser.__init__

    def counted(self: Any, *args: Any, **kwargs: Any) -> None:
        built.append(kwargs.get("prog", ""))
        made(self, *args, **kwargs)

    monkeypatch.setattr(cli_mistakes.Parser, "__init__", counted)
    _parser()
    assert len(built) == 1 + len(_COMMANDS)
    built.clear()
    _parser("draft")
    assert built == ["amendtool", "amendtool draft"]


def test_help_and_the_version_still_list_every_command() -> None:
    said = io.StringIO()
    with contextlib.redirect_stdout(said), pytest.raises(SystemExit):
        cli._dispatch(["--help"])
    assert said.getvalue() == outcome(_parser(), ["--help"])[2]
    listed = said.getvalue().split("{", 1)[1].split("}", 1)[0].split(",")
    assert sorted(listed) == sorted(_COMMANDS)
