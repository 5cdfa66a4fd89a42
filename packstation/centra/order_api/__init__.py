"""Centra's Order API adapter: client, wire models, documents."""
