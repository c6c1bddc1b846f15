"""Declarative lexicons of the fact extractors (trigger words, titles, categories, fallbacks)."""
