"""``packstation --set-key`` / ``--forget-key``: IT stores the API key without the GUI.

With ``--api integration`` (or a station set up for it) it is the Integration API token,
stored under the ``…/graphql`` address exactly as station setup stores it (OS keyring,
service ``Packstation``, user = the address), so the station finds it at start.

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

from packstation.centra.connection import address_fits
from packstation.station.secrets import ApiKeyStore
from packstation.station.setting_types import SettingError
from packstation.station.setting_types import base_url as parse_base_url


def _what(api: str) -> str:
    return "Integration API token" if api == "integration" else "API key"


def read_key(stdin: TextIO | None, api: str = "order") -> str:
    """One line from stdin; a hidden prompt when a person is typing."""
    if stdin is None:
        return ""
    if stdin.isatty():
        return getpass.getpass(f"Centra {_what(api)} (input hidden): ")
    return stdin.readline().strip()


def address_problem(base_url: str, api: str, *, check_url: bool = True) -> str:
    """Why ``base_url`` cannot take a key or token for ``api`` ("" if it can).
    ``check_url=False``: only whether it fits the API (forgetting a key stored under an
    address that would be refused today must stay possible)."""
    url = base_url.strip().rstrip("/")
    if check_url:
        try:
            url = parse_base_url(base_url)
        except SettingError as exc:
            return str(exc)
    if address_fits(url, api):
        return ""
    if api == "integration":
        return (f"{url} is not an Integration API address. The token belongs to "
                "https://<brand>.centra.com/graphql: give that as --base-url. For an Order "
                "API key use --api order.")
    return (f"{url} is the Integration API (GraphQL) address. For its token add "
            "--api integration; for an Order API key give the base URL from the plugin page.")


def set_key(
    store: ApiKeyStore,
    base_url: str,
    stdin: TextIO | None = None,
    out: TextIO | None = None,
    *,
    api: str = "order",
) -> int:
    stream = sys.stdout if out is None else out
    source = sys.stdin if stdin is None else stdin
    what = _what(api)
    if not base_url:
        _say(stream, f"Give --base-url (or install with /BASEURL=...) so the {what} is "
                     "stored for it.")
        return 2
    problem = address_problem(base_url, api)
    if problem:  # checked before reading: nothing is typed in for a wrong address
        _say(stream, f"The {what} was not stored: {problem}")
        return 2
    if source is None:
        _say(stream, f"No console to read the {what} from: run packstation-console.exe "
                     "--set-key.")
        return 2
    result = store.save(base_url, read_key(source, api))
    if not result.stored:
        _say(stream, f"The {what} was not stored: {result.reason}")
        return 1
    _say(stream, f"{what[0].upper()}{what[1:]} stored for {base_url} in {store.backend_name()}.")
    return 0


def forget_key(store: ApiKeyStore, base_url: str, out: TextIO | None = None, *,
               api: str = "order") -> int:
    stream = sys.stdout if out is None else out
    what = _what(api)
    if not base_url:
        _say(stream, f"Give --base-url to say which {what} to forget.")
        return 2
    problem = address_problem(base_url, api, check_url=False)
    if problem:
        _say(stream, f"Nothing removed: {problem}")
        return 2
    if store.delete(base_url):
        _say(stream, f"{what[0].upper()}{what[1:]} for {base_url} removed.")
    else:
        _say(stream, f"No {what} stored for {base_url}.")
    return 0


def _say(stream: TextIO | None, line: str) -> None:
    if stream is not None:
        print(line, file=stream, flush=True)
