"""Cross-source matching: candidates by blocking, comparison by kind, verdicts with evidence.

``verify(claims, sources)`` returns a :class:`~factcheck.verdicts.Verdicts` with one verdict
per claim; :class:`MatchConfig` holds the settings (tolerance, bare-number reading, time
window, score threshold). ``match_candidates`` exposes the blocking stage alone. See
docs/verify.md for the rules and the JSON output.
"""

from factcheck.match.config import MatchConfig
from factcheck.match.engine import Candidate, match_candidates, verify

__all__ = ["Candidate", "MatchConfig", "match_candidates", "verify"]
