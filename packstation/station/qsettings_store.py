"""``SettingsStorage`` on top of ``QSettings`` (the only Qt import in ``packstation.station``).

Values are written as strings (see ``settings.py``), so the INI file and the registry
hold the same representation and conversion back happens through the typed registry.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings

ORGANIZATION = "Packstation"
APPLICATION = "Packstation"


class SettingsStorageError(RuntimeError):
    """Settings could not be saved. The message is meant for people."""


class QSettingsStorage:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._q = qsettings if qsettings is not None else QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
        )

    @classmethod
    def at_path(cls, path: str | os.PathLike[str]) -> QSettingsStorage:
        """An INI file at ``path`` (tests, portable installs)."""
        return cls(QSettings(os.fspath(path), QSettings.Format.IniFormat))

    @property
    def file_name(self) -> str:
        return self._q.fileName()

    def value(self, key: str) -> object | None:
        if not self._q.contains(key):
            return None
        result: object = self._q.value(key)
        return result

    def set_value(self, key: str, value: object) -> None:
        self._q.setValue(key, value)

    def remove(self, key: str) -> None:
        self._q.remove(key)

    def sync(self) -> None:
        self._q.sync()
        status = self._q.status()
        if status == QSettings.Status.AccessError:
            raise SettingsStorageError(
                f"Packstation could not save its settings to {self._q.fileName()}: "
                "no write access. Ask IT to check the permissions."
            )
        if status == QSettings.Status.FormatError:
            raise SettingsStorageError(
                f"The settings file {self._q.fileName()} is damaged. "
                "Rename or delete it to start with default settings."
            )
