"""SQLite storage: one connection per knowledge base, migrations owned by each domain module."""
from orbat.store.sqlite import connect, migrate, transaction

__all__ = ["connect", "migrate", "transaction"]
