"""Centra's Integration API (GraphQL at ``https://<brand>.centra.com/graphql``), Qt-free.

- ``transport``: POST with ``Authorization: Bearer <token>``, the overall deadline, HTTP and
  GraphQL errors mapped to ``centra.errors`` (403 token, 400 bug report, 429 Retry-After).
- ``models``: pydantic models of the answers.
- ``queries``: the GraphQL documents the bench sends.
- ``client``: lookups, ready list, changed-since and events feed, the mutations.
- ``sequence``: completing as a resumable sequence (good-to-go, capture, complete, comment).

See docs/integration-api.md.
"""
