"""``packstation --set-key`` / ``--forget-key``: IT stores the API key without the GUI.

The key is read from standard input (never from the command line, where it would end
up in shell history and process lists) and written to the OS keyring of the Windows
user running the command (Credential Manager is per user: run it as the packer's
account). Run it through ``packstation-console.exe``: the windowed ``packstation.exe``
has no console to read from.
"""

from __future__ import annotations

import getpass
import sys
from typing import TextIO

from packstation.station.secrets import ApiKeyStore


def read_key(stdin: TextIO | None) -> str:
    """One line from stdin; a hidden prompt when a person is typing."""
    if stdin is None:
        return ""
    if stdin.isatty():
        return getpass.getpass("Centra API key (input hidden): ")
    return stdin.readline().strip()


def set_key(
    store: ApiKeyStore,
    base_url: str,
    stdin: TextIO | None = None,
    out: TextIO | None = None,
) -> int:
    stream = sys.stdout if out is None else out
    source = sys.stdin if stdin is None else stdin
    if not base_url:
        _say(stream, "Give --base-url (or install with /BASEURL=...) so the key is stored for it.")
        return 2
    if source is None:
        _say(stream, "No console to read the key from: run packstation-console.exe --set-key.")
        return 2
    result = store.save(base_url, read_key(source))
    if not result.stored:
        _say(stream, f"The API key was not stored: {result.reason}")
        return 1
    _say(stream, f"API key stored for {base_url} in {store.backend_name()}.")
    return 0


def forget_key(store: ApiKeyStore, base_url: str, out: TextIO | None = None) -> int:
    stream = sys.stdout if out is None else out
    if not base_url:
        _say(stream, "Give --base-url to say which key to forget.")
        return 2
    if store.delete(base_url):
        _say(stream, f"API key for {base_url} removed.")
    else:
        _say(stream, f"No key stored for {base_url}.")
    return 0


def _say(stream: TextIO | None, line: str) -> None:
    if stream is not None:
        print(line, file=stream, flush=True)
