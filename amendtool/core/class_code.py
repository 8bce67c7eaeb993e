"""The methods Python writes for a dataclass or a named tuple, kept compiled between runs.

`dataclasses` (Python 3.11) writes each generated method (`__init__`, `__repr__`, `__eq__`,
`__hash__`, `__setattr__`, `__delattr__`) as source text and compiles it with `exec`, one at a
time, and `namedtuple` its `__new__` with `eval`: a draft makes over a hundred such classes
before a word is read, and compiling their text was a tenth of a draft of the sample pair.
In a command-line run (cli.py installs it; the desktop app's window opens without it), `exec`
and `eval` in those two modules compile a text once: its code is kept in the user's cache
folder, keyed by the whole text and the Python build. The same text compiled the same way is
the same code, so a class made from the store is the class made without it: its fields,
equality, hashing, immutability and repr are what `dataclasses` wrote. Anything wrong with
the store (missing, unreadable, written by another build, tampered with) means compiling as
usual.

The store is one file sealed whole like the pattern store's entries (cache_seal.py); it holds
code, so nothing in it is read before its seal verifies under this user's key, and with no
key there is no store.
"""

from __future__ import annotations

import atexit
import builtins
import collections
import dataclasses
import hashlib
import marshal
import sys
from pathlib import Path
from types import CodeType
from typing import Any

from amendtool.core.cache_seal import put_whole, seal, user_key, verifies
from amendtool.core.user_folders import user_folder

STORE_FORMAT = 1  # what the file holds; another format is another name, left alone
SEAL_BYTES = 32  # HMAC-SHA256
# past this many texts the store keeps only those the run that writes it used
MOST_KEPT = 5000
Key = tuple[str, str]  # the mode ("exec" or "eval"), then the text
# the Python build, and its optimisation level (`-O` compiles a text otherwise)
_BUILD = f"{sys.version}|{marshal.version}|{sys.flags.optimize}|{STORE_FORMAT}"
_store: dict[Key, CodeType] | None = None
_added: dict[Key, CodeType] = {}
_used: set[Key] = set()
compiled_texts = 0  # texts compiled in this run (what the store did not hold)


def store_path() -> Path:
    """In the user's cache folder; one file for each Python build."""
    build = hashlib.sha256(_BUILD.encode()).hexdigest()
    return user_folder("cache") / f"class-code-{build[:16]}.marshal"


def install() -> None:
    """`dataclasses` and `collections` compile their methods' text through the store."""
    vars(dataclasses)["exec"] = _exec
    vars(collections)["eval"] = _eval


def _exec(source: Any, globals: Any = None, locals: Any = None, /) -> None:
    if isinstance(source, str):
        source = code_of(source, "exec")
    builtins.exec(source, globals, locals)


def _eval(source: Any, globals: Any = None, locals: Any = None, /) -> Any:
    if isinstance(source, str):
        source = code_of(source.lstrip(" \t"), "eval")  # as `eval` reads a text
    return builtins.eval(source, globals, locals)


def code_of(text: str, mode: str) -> CodeType:
    """`compile(text, "<string>", mode)` as `exec` or `eval` itself compiles a text given by
    code with no `__future__` imports (the callers' case), from the store when an earlier
    run compiled it."""
    key = (mode, text)
    _used.add(key)
    code = _loaded().get(key) or _added.get(key)
    if code is None:
        global compiled_texts
        compiled_texts += 1
        code = compile(text, "<string>", mode, dont_inherit=True)
        if user_key():
            if not _added:
                atexit.register(save)
            _added[key] = code
    return code


def _loaded() -> dict[Key, CodeType]:
    global _store
    if _store is None:
        _store = _read(store_path()) if user_key() else {}
    return _store


def _message(data: bytes) -> bytes:
    """What the checksum seals: the build, then the store."""
    return f"class code\n{_BUILD}\n".encode() + data


def _read(path: Path) -> dict[Key, CodeType]:
    """The store, if its seal is this user's; else nothing."""
    try:
        held = path.read_bytes()
    except OSError:
        return {}
    checksum, data = held[:SEAL_BYTES], held[SEAL_BYTES:]
    if not verifies(checksum, _message(data)):
        return {}
    try:
        loaded: Any = marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        return {}
    if not isinstance(loaded, dict):
        return {}
    return {
        key: code
        for key, code in loaded.items()
        if isinstance(key, tuple) and len(key) == 2 and isinstance(code, CodeType)
    }


def save() -> None:
    """Add the texts compiled in this run to the store (another run's additions kept); written
    whole to a new file and moved into place, so a reader never sees half of it."""
    if not _added:
        return
    path = store_path()
    merged = _read(path) | _added
    if len(merged) > MOST_KEPT:  # classes of builds long gone
        merged = {key: code for key, code in merged.items() if key in _used}
    try:
        data = marshal.dumps(merged)
    except ValueError:
        return
    if not put_whole(path, seal(_message(data)) + data):
        return  # a read-only or full disk: the next run compiles again
    _added.clear()
