"""The seal on what amendtool keeps in the user's cache folder between runs.

The cache folder may be written by anyone who can reach it (another program, a copy from
another machine), and what it holds decides what a run reads: compiled patterns
(pattern_store.py), the parsed resource files (resource_toml.py). Each entry is sealed with a
keyed checksum (HMAC-SHA256) under a random key of this user's, kept outside the cache
folder with owner-only permissions: an entry that was altered, swapped with another's or
copied from another user's cache does not verify, and the run works it out afresh. No key
(none can be made or kept, or others may read or change it) means no cache at all.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import tempfile
from pathlib import Path

from amendtool.core.user_folders import user_folder

KEY_BYTES = 32
_secret: bytes | None = None  # read once a run


def key_path() -> Path:
    """The key, kept apart from the cache in the user's state folder (the name it had when
    only the pattern store used it, so a user's cache stays valid)."""
    return user_folder("state") / "pattern-store.key"


def user_key() -> bytes:
    """This user's key, made on first use; empty when none can be kept (no cache used)."""
    global _secret
    if _secret is None:
        _secret = _read_key(key_path())
    return _secret


def seal(message: bytes) -> bytes:
    """The keyed checksum of `message` (which must spell out everything the entry is for)."""
    return hmac.new(user_key(), message, hashlib.sha256).digest()


def verifies(checksum: object, message: bytes) -> bool:
    """`checksum` is this user's seal of `message`."""
    if not isinstance(checksum, bytes) or not user_key():
        return False
    return hmac.compare_digest(checksum, seal(message))


def _read_key(path: Path) -> bytes:
    for _attempt in range(2):
        try:
            with open(path, "rb") as held:
                status = os.fstat(held.fileno())
                secret = held.read(KEY_BYTES + 1)
        except FileNotFoundError:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                made = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                continue  # another run made it first: read that one
            except OSError:
                return b""
            with os.fdopen(made, "wb") as out:
                out.write(os.urandom(KEY_BYTES))
            continue
        except OSError:
            return b""
        if len(secret) != KEY_BYTES or not _private(status):
            return b""
        return secret
    return b""


def _private(status: os.stat_result) -> bool:
    """POSIX: the key is this user's file and nobody else may read or change it (Windows
    keeps %LOCALAPPDATA% to its user and reports no such bits)."""
    if not hasattr(os, "getuid"):
        return True
    return status.st_uid == os.getuid() and not status.st_mode & 0o077


def put_whole(path: Path, data: bytes) -> bool:
    """`data` written whole to a new file beside `path` and moved into place, so a reader
    (another run) never sees half of it. False, and nothing left behind, where the folder
    cannot be written, the disk is full or another run holds the file: a cache that is not
    written only means the next run does the work again."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as out:
            written = Path(out.name)
    except (OSError, ValueError):
        return False
    try:
        written.write_bytes(data)
        os.replace(written, path)
    except OSError:
        written.unlink(missing_ok=True)
        return False
    return True
