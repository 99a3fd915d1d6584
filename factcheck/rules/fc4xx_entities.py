"""FC4xx: entities, stances and relations."""

from __future__ import annotations
