"""Reproducible performance runs; see README.md."""
