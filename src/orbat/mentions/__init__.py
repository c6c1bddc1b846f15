"""Entity mentions: typed, normalised spans linked to reference data."""
