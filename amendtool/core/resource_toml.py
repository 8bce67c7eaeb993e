"""The resource files counsel may edit (wording, rules, word lists in TOML), each parsed once.

Python's TOML reader is pure Python: parsing the firm's files (rules.toml and standard.toml
are over 80 KB each) was a tenth of a draft's whole run, and several modules read the same
file, some four times over. Here a file's text is parsed once a process, and the parsed data
is kept in the user's cache folder between runs, keyed by the file's exact bytes and the
Python build: a file counsel edits is other bytes, so the next run reads the edit. Entries
are sealed like the pattern store's (cache_seal.py); anything wrong with one (missing,
damaged, tampered with, sealed under another key, a folder that cannot be written) means
parsing as usual, so the cache only saves time and never decides what a file says. Data
marshal cannot hold (a TOML date) is parsed each run.

Every caller gets its own copy (a marshal copy: a fraction of a parse), so a caller that
changes its tables changes nobody else's. A file that cannot be read or parsed raises what
reading it always raised (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError), for each
caller to name the file in its own words.
"""

from __future__ import annotations

import copy
import hashlib
import marshal
import os
import sys
import tomllib
from pathlib import Path
from typing import Any

from amendtool.core.cache_seal import put_whole, seal, user_key, verifies
from amendtool.core.user_folders import user_folder

STORE_FORMAT = 1  # what an entry holds; another format is another name, left alone
SEAL_BYTES = 32  # HMAC-SHA256
_frozen: dict[bytes, bytes] = {}  # a file's bytes: its parsed data as marshal writes it
_dated: dict[bytes, dict[str, Any]] = {}  # a file's bytes: data marshal cannot hold
_BUILD = f"{sys.version}|{marshal.version}|{STORE_FORMAT}".encode()


def read_toml(path: Path) -> dict[str, Any]:
    """The file's TOML as `tomllib.loads(path.read_text("utf-8"))` gives it, a copy of its own."""
    raw = path.read_bytes()
    frozen = _frozen.get(raw)
    if frozen is None:
        if raw in _dated:
            return copy.deepcopy(_dated[raw])
        frozen = _parsed(path, raw)
        if frozen is None:
            return copy.deepcopy(_dated[raw])
        _frozen[raw] = frozen
    data: dict[str, Any] = marshal.loads(frozen)
    return data


def _parsed(path: Path, raw: bytes) -> bytes | None:
    """The marshal bytes of the file's data, from the cache or parsed (and cached); None for
    data marshal cannot hold, parsed and kept in `_dated`."""
    digest = hashlib.sha256(_BUILD + raw).digest()
    entry = _entry_path(path, digest)
    if entry is not None and (kept := _kept(entry, digest)) is not None:
        return kept
    data = tomllib.loads(_text(raw))
    try:
        frozen = marshal.dumps(data)
    except ValueError:  # a date
        _dated[raw] = data
        return None
    if entry is not None:
        _keep(entry, digest, frozen)
    return frozen


def _text(raw: bytes) -> str:
    """Decoded as `read_text("utf-8")` decodes, line ends and all."""
    text = raw.decode("utf-8")
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def store_folder() -> Path:
    return user_folder("cache") / "resources"


def _entry_path(path: Path, digest: bytes) -> Path | None:
    """The entry's file: named for the resource's place (so an edited file's entry replaces
    the one before) and its bytes. None when there is no key to seal entries with."""
    if not user_key():
        return None
    place = hashlib.sha256(_BUILD + os.path.abspath(path).encode("utf-8", "surrogatepass"))
    return store_folder() / f"{place.hexdigest()[:16]}-{digest.hex()[:32]}.marshal"


def _message(digest: bytes, data: bytes) -> bytes:
    """What the checksum seals: the file's bytes and the build (their digest), then the data."""
    return b"resource toml\n" + digest + data


def _kept(entry: Path, digest: bytes) -> bytes | None:
    try:
        held = entry.read_bytes()
    except OSError:
        return None
    checksum, data = held[:SEAL_BYTES], held[SEAL_BYTES:]
    if not verifies(checksum, _message(digest, data)):
        return None
    try:
        loaded = marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        return None
    return data if isinstance(loaded, dict) else None


def _keep(entry: Path, digest: bytes, data: bytes) -> None:
    """Written whole to a new file and moved into place (a reader never sees half of it); the
    entries of the file's earlier bytes are removed. A folder that cannot be written is no
    error: the next run parses again."""
    if not put_whole(entry, seal(_message(digest, data)) + data):
        return
    place = entry.name.split("-")[0]
    try:
        for earlier in entry.parent.glob(f"{place}-*.marshal"):
            if earlier != entry:
                earlier.unlink(missing_ok=True)
    except OSError:
        return  # left for the next run that keeps this file's entry
