"""Durable completion outbox (Qt-free): store, dispatcher, drain CLI."""

from packstation.outbox.dispatcher import Delivery, Dispatcher
from packstation.outbox.model import (
    AlreadyCompleted,
    AlreadyQueued,
    AnswerNotRecorded,
    OutboxEntry,
    OutboxError,
    OutboxUnavailable,
    State,
)
from packstation.outbox.store import Outbox

__all__ = [
    "AlreadyCompleted",
    "AlreadyQueued",
    "AnswerNotRecorded",
    "Delivery",
    "Dispatcher",
    "Outbox",
    "OutboxEntry",
    "OutboxError",
    "OutboxUnavailable",
    "State",
]
