"""Dialogs of the station (setup, settings, PIN, audit view, scanner test)."""
