"""Facts with evidence: one claim per passage, with quote and role spans."""
