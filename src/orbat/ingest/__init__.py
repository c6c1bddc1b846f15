"""Ingest: files, folders and globs → documents (split, cleaned, dated, deduplicated) in the store."""
