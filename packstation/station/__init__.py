"""Qt-free station core: settings, secrets, supervisor PIN, audit log, paths, operators.

Modules (import them directly; this package imports nothing eagerly):

* ``secrets``      ``ApiKeyStore`` (keyring-backed API key, env override, session-only
                   choice, no plaintext fallback) and the ``Secret`` wrapper.
* ``pin``          ``hash_pin`` / ``verify_pin`` (scrypt) and ``SupervisorLock``.
* ``audit``        ``AuditLog`` (append-only SQLite), ``AuditKind``, ``redact``.
* ``audit_hooks``  observers that write lock and settings events to the audit log.
* ``settings``     the typed ``Setting`` registry, ``StationSettings``, ``MemoryStorage``.
* ``paths``        ``AppPaths`` (data folder, audit/outbox/cache DBs, logs).
* ``operators``    ``OperatorSession`` (sign-in by name or badge, packed-by comment).
* ``qsettings_store``  ``QSettingsStorage``: the only module here that imports PySide6.
"""
