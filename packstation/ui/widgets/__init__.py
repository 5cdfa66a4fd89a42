"""Widgets: what the packer sees. No I/O, no workflow rules."""
