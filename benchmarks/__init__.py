"""Packstation benchmarks: ``python -m benchmarks`` from the repo root (see BENCHMARKS.md)."""
