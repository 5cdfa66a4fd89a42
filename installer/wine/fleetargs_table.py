"""Run installer/wine/fleetargs_check.exe (fleetargs.nsh) against a table of command lines.

Runs under the Windows Python (wine) from installer/wine_ci.sh:

    python fleetargs_table.py fleetargs_check.exe

Each command line goes to CreateProcess verbatim (a str, not a list), as IT's deployment
tool or cmd.exe would pass it. The first row is the silent-install line of
docs/install-windows.md, exactly as written there.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
URL = "https://shop.centra.com/api/order-api"

# (parameters after the exe name, base_url expected, station expected)
TABLE: list[tuple[str, str, str]] = [
    (f"/S /BASEURL={URL} /STATION=\"Station 3\"", URL, "Station 3"),
    (f"/S /BASEURL=\"{URL}\" /STATION=\"Station 3\"", URL, "Station 3"),
    (f"/S \"/BASEURL={URL}\" \"/STATION=Station 3\"", URL, "Station 3"),
    (f"/S /STATION=Station 3 /BASEURL={URL}", URL, "Station 3"),
    (f"/S /BASEURL={URL} /STATION=Pack 3/Nord /DESKTOP", URL, "Pack 3/Nord"),
    (f"/S /BASEURL={URL}/ /STATION=\"Packbord Åre\" /D=C:\\Apps\\Packstation", URL + "/",
     "Packbord Åre"),
    (f"/S /station=\"Station ß/Øst «2»\" /baseurl={URL}?x=1&y=/z", URL + "?x=1&y=/z",
     "Station ß/Øst «2»"),
    ("/BASEURL=https://a.example/x/y /S", "https://a.example/x/y", ""),
    ("/S /STATION=Kassa 1", "", "Kassa 1"),
    ("/S", "", ""),
]


def docs_line() -> tuple[str, str, str]:
    """The silent-install line of docs/install-windows.md, and what it must write."""
    text = (ROOT / "docs" / "install-windows.md").read_text(encoding="utf-8")
    match = re.search(r"^\s+Packstation-[\d.]+-setup\.exe (/S .*)$", text, re.M)
    if match is None:
        raise SystemExit("docs/install-windows.md: no silent-install line found")
    return match.group(1), "https://YOURSHOP.centra.com/api/order-api", "Station 3"


def parse(exe: str, params: str) -> dict[str, str]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.txt"
        rc = subprocess.run(f'"{exe}" /OUT={out} {params}', check=False).returncode
        if rc != 0:
            raise SystemExit(f"fleetargs_check.exe exited {rc} for: {params}")
        lines = out.read_text(encoding="utf-16").splitlines()
    values = dict(line.split("=", 1) for line in lines[1::2])
    return {k: v[1:-1] for k, v in values.items()}  # [value]


def main(argv: list[str]) -> int:
    exe = argv[0]
    failed = 0
    for params, url, station in [docs_line(), *TABLE]:
        got = parse(exe, params)
        ok = got == {"base_url": url, "station": station}
        failed += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {params!a} -> {got!a}"
              + ("" if ok else f" (expected { {'base_url': url, 'station': station}!a})"))
    print(f"{len(TABLE) + 1 - failed} of {len(TABLE) + 1} command lines read whole")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
