"""Long regular expressions kept compiled between runs.

The patterns that read numbers written in words (exchange ratios above all) are tens of
thousands of characters once their parts are spelled out, and Python compiles each anew in
every process: a tenth of a second or more of each command-line run, before any work. The
compiled form (the regular-expression engine's own code) is kept in the user's cache folder,
keyed by the pattern's whole text, its flags and the Python build, so a changed pattern or
another Python compiles afresh. Anything wrong with the store (missing, unreadable, written
by another version, refused by the engine) means compiling as usual: the store only saves
time, it never decides what a pattern matches.

Each entry is sealed with a keyed checksum (keyed BLAKE2b of the pattern, its flags and its
code) under a random key of this user's (cache_seal.py), kept outside the cache folder with
owner-only permissions: an entry that was altered, swapped with another's or copied from
another user's store does not verify, and the pattern is compiled afresh. Only the entries a
run uses are checked, and the check reads every byte of them (a draft's are some 3 MB): so
the code is kept as packed 32-bit words, not one marshalled number each (a fifth fewer bytes
and a faster read), and sealed with BLAKE2b, which reads a byte in half the work of SHA-256.
"""

from __future__ import annotations

import array
import atexit
import hashlib
import hmac
import marshal
import re
import sys
from pathlib import Path
from typing import Any

from amendtool.core.cache_seal import put_whole, user_key
from amendtool.core.user_folders import user_folder

# The engine's internals (CPython): how `re` itself turns a pattern into code.
try:
    import _sre  # type: ignore[import-not-found,unused-ignore]
    import re._compiler as _compiler  # type: ignore[import-not-found,unused-ignore]
    import re._parser as _parser  # type: ignore[import-not-found,unused-ignore]
except ImportError:  # another Python: compile as usual
    _sre = None  # type: ignore[assignment,unused-ignore]

Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
Key = tuple[str, int]
Sealed = tuple[bytes, bytes]  # the keyed checksum, then the entry as marshal writes it
_store: dict[Key, Sealed] | None = None
_added: dict[Key, Sealed] = {}
# 3: code packed as words, sealed with keyed BLAKE2b; a store of another format (2: HMAC-SHA256
# over marshalled numbers) is another file, left alone and never read
STORE_FORMAT = 3
SEAL_BYTES = 32
_WORD = "I"  # the engine's code words (_sre.CODESIZE == 4)
_made: dict[tuple[str, int], re.Pattern[str]] = {}  # this run's patterns, as `re` keeps its own
# past this many patterns the store keeps only those the run that writes it used
MOST_KEPT = 2000


def store_path() -> Path:
    """In the user's cache folder (see `user_folder`); one file for each Python build."""
    folder = user_folder("cache")
    build = f"{sys.version}|{getattr(_sre, 'MAGIC', 0)}|{STORE_FORMAT}"
    build = hashlib.sha256(build.encode()).hexdigest()
    return folder / f"patterns-{build[:16]}.marshal"


def _seal(key: Key, entry: Entry) -> Sealed:
    """Raises OverflowError for a code word past 32 bits (such an entry is not kept)."""
    all_flags, code, groups, groupindex, indexgroup = entry
    packed = array.array(_WORD, code).tobytes()
    data = marshal.dumps((all_flags, packed, groups, groupindex, indexgroup))
    return _checksum(_message(key, data)), data


def _message(key: Key, data: bytes) -> bytes:
    """What the checksum seals: the store's format, the pattern and its flags spelled out
    (marshal's bytes for equal values may differ), then its code."""
    source, flags = key
    head = f"pattern store {STORE_FORMAT}\n{int(flags)}\n{source}\n"
    return head.encode("utf-8", "surrogatepass") + data


def _checksum(message: bytes) -> bytes:
    """This user's keyed checksum of `message` (BLAKE2b in its keyed mode, a MAC by design)."""
    return hashlib.blake2b(message, key=user_key(), digest_size=SEAL_BYTES).digest()


def _verified(key: object, sealed: object) -> bool:
    if not (isinstance(key, tuple) and len(key) == 2):
        return False
    source, flags = key
    if not (isinstance(source, str) and isinstance(flags, int)):
        return False
    return _opened((source, flags), sealed) is not None


def _opened(key: Key, sealed: object) -> Entry | None:
    """The entry, if its checksum is this user's for this very pattern; else None."""
    if not (isinstance(sealed, tuple) and len(sealed) == 2):
        return None
    mac, data = sealed
    if not (isinstance(mac, bytes) and isinstance(data, bytes) and user_key()):
        return None
    if not hmac.compare_digest(mac, _checksum(_message(key, data))):
        return None
    try:
        entry: Any = marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        return None
    if not (isinstance(entry, tuple) and len(entry) == 5 and isinstance(entry[1], bytes)):
        return None
    code = array.array(_WORD)
    try:
        code.frombytes(entry[1])
    except ValueError:  # not whole words
        return None
    return (entry[0], code.tolist(), *entry[2:])


def compiled(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)`, from the store when an earlier run compiled it."""
    flags = int(flags)
    if _sre is None or flags & re.DEBUG or not user_key():
        return re.compile(source, flags)
    key = (source, flags)
    made = _made.get(key)
    if made is None:
        made = _made[key] = _compiled(key)
    return made


def _compiled(key: Key) -> re.Pattern[str]:
    source, flags = key
    sealed = _loaded().get(key)
    entry = None if sealed is None else _opened(key, sealed)
    if entry is not None:
        try:
            return _from_entry(source, entry)
        except (RuntimeError, TypeError, ValueError):
            pass  # refused by this engine: compile it again below
    parsed = _parser.parse(source, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    entry = (
        int(flags | parsed.state.flags),
        [int(op) for op in code],  # the engine's opcodes are named ints
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )
    try:
        sealed = _seal(key, entry)
    except OverflowError:  # a code word past 32 bits: compiled in every run
        return _from_entry(source, entry)
    if not _added:
        atexit.register(save)
    _added[key] = sealed
    return _from_entry(source, entry)


def _from_entry(source: str, entry: Entry) -> re.Pattern[str]:
    all_flags, code, groups, groupindex, indexgroup = entry
    pattern: re.Pattern[str] = _sre.compile(source, all_flags, code, groups, groupindex, indexgroup)
    return pattern


def _loaded() -> dict[Key, Sealed]:
    global _store
    if _store is None:
        _store = _read(store_path())
    return _store


def _read(path: Path) -> dict[Key, Sealed]:
    try:
        data: Any = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return data if isinstance(data, dict) else {}


def save() -> None:
    """Add the patterns compiled in this run to the store (another run's additions kept);
    written whole to a new file and moved into place, so a reader never sees half of it."""
    if not _added:
        return
    path = store_path()
    kept = {key: sealed for key, sealed in _read(path).items() if _verified(key, sealed)}
    merged = kept | _added  # entries that do not verify are dropped, not kept forever
    if len(merged) > MOST_KEPT:  # counsel's own word lists, edited over the years
        merged = {key: entry for key, entry in merged.items() if key in _made}
    try:
        data = marshal.dumps(merged)
    except ValueError:
        return
    if not put_whole(path, data):
        return  # a read-only or full disk: the next run compiles again
    _added.clear()
