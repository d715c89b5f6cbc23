"""Replace a file in one step, so a reader or a crash never sees half a report."""
from __future__ import annotations

import os
import secrets
from pathlib import Path


def write_atomic(path, data) -> Path:
    """Write `data` (bytes, or consecutive byte strings) to `path` through a temporary file in
    the same directory and os.replace.

    The temporary file is created with the usual permissions (umask applies), synced to disk
    before the rename and removed if anything fails, leaving any previous file untouched.
    """
    path = Path(path)
    temporary = stage(path, data)
    try:
        os.replace(temporary, path)
    except BaseException:
        discard(temporary)
        raise
    sync_directory(path.parent)
    return path


def temporary_for(path: Path) -> tuple[Path, int]:
    """A new, hidden file next to `path` for its next content: its path and a descriptor open
    for writing."""
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    return temporary, os.open(temporary, flags, 0o666)


def fill(descriptor: int, data) -> None:
    """Write `data` (bytes, or consecutive byte strings) to an open file, sync it and close it."""
    with os.fdopen(descriptor, "wb") as handle:
        if isinstance(data, (bytes, bytearray, memoryview)):
            handle.write(data)
        else:
            for chunk in data:
                handle.write(chunk)
        handle.flush()
        os.fsync(handle.fileno())


def stage(path: Path, data) -> Path:
    """`data` written and synced to a temporary file next to `path`, ready to replace it; the
    temporary file is removed if writing fails."""
    temporary, descriptor = temporary_for(Path(path))
    try:
        fill(descriptor, data)
    except BaseException:
        discard(temporary)
        raise
    return temporary


def discard(temporary: Path) -> None:
    """Remove a temporary file that will not replace a report."""
    try:
        os.unlink(temporary)
    except FileNotFoundError:
        pass


def sync_directory(directory: Path) -> None:
    """Make a rename durable where the platform allows syncing a directory."""
    if os.name != "posix":
        return
    try:
        descriptor = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
