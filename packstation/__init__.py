"""Packstation: a packing-station desktop app for Centra."""

__version__ = "0.1.0"
