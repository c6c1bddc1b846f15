"""From claims to knowledge: entities, deals, series and disputes, dossiers and review verdicts.

Only `verdicts` are primary data here; every other table of this package is derived from the
stored facts plus the verdicts by `resolve(kb)` and can be dropped and rebuilt at any time.
"""
