"""Benchmarks of the central server over HTTP (see bench/README.md)."""
