"""One Packstation per data folder: a lock the operating system releases when the
process dies (Qt-free).

``InstanceLock(path).acquire()`` takes an exclusive, non-blocking lock on a small file in
the data folder: ``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows. Both locks
belong to the open file, so a crash, a kill or a power cut (the file is closed with the
process) frees it: there is no stale lock file to clean up by hand. The file holds the
owner's pid, for people and for the "already open" message.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import IO

LOCK_NAME = "packstation.lock"


class InstanceLock:
    """An exclusive lock on ``path`` (created if missing), held until ``release`` or exit."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._fh: IO[str] | None = None

    @property
    def held(self) -> bool:
        return self._fh is not None

    def acquire(self) -> bool:
        """True: this process now holds the lock. False: another process holds it.
        Raises ``OSError`` when the lock file cannot be opened at all."""
        if self._fh is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fh = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held for life
        try:
            if not _lock(fh):
                fh.close()
                return False
            fh.seek(0)
            fh.truncate()
            fh.write(f"{os.getpid()}\n")
            fh.flush()
        except BaseException:
            fh.close()
            raise
        self._fh = fh
        return True

    def owner_pid(self) -> int | None:
        """The pid written by the holder (None if unreadable)."""
        try:
            text = self.path.read_text(encoding="utf-8").strip()
        except OSError:
            return None
        return int(text) if text.isdigit() else None

    def release(self) -> None:
        fh, self._fh = self._fh, None
        if fh is not None:
            _unlock(fh)
            fh.close()


if sys.platform == "win32":  # pragma: no cover - exercised by the Windows CI
    import msvcrt

    def _lock(fh: IO[str]) -> bool:
        fh.seek(0)
        try:
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fh: IO[str]) -> None:
        fh.seek(0)
        with contextlib.suppress(OSError):
            msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _lock(fh: IO[str]) -> bool:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fh: IO[str]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
