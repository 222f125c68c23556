"""Benchmarks of PersonaBuilder: ``make bench`` runs them and prints their figures."""
