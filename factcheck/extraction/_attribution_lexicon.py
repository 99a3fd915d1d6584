"""The cue lexicon of attribution extraction: reporting verbs and phrases with their inflections.

Each cue lemma has a class that says how much context it needs before it counts as an
attribution:

* ``SAY``: verbs of saying that are attributions wherever they have a speaker ("said",
  "told", "according to");
* ``WEAK``: verbs that also have non-reporting senses ("added", "noted", "showed",
  "believes", "called"); they count only with a reporting complement (a "that" clause, a
  quotation, a colon) or in the post-posed frame "..., X added.";
* ``TELL``: saying verbs whose addressee comes before the content ("told reporters that",
  "warned Congress that", "assured allies"); the addressee is skipped, not taken as content.

Inflections are generated (regular rules plus an irregular table), so every surface form maps
back to one lemma, which is what :class:`~factcheck.extraction.attribution.AttributionMention`
reports as ``cue``.
"""

from __future__ import annotations

import re
from enum import Enum
from typing import Final

from factcheck.extraction import _attribution_classes as broad
from factcheck.extraction._attribution_classes import word_set

__all__ = [
    "CANDIDATE_PATTERN",
    "CANDIDATE_PATTERN_ANYCASE",
    "CLASSES",
    "FORMS",
    "MULTIWORD_CUES",
    "MULTIWORD_FIRST",
    "MULTIWORD_PATTERN",
    "NOUNISH_FORMS",
    "REITERATION_LEMMAS",
    "CueClass",
    "multiword_lemma",
    "trie_pattern",
    "word_set",
]


class CueClass(Enum):
    """How much context a cue needs (see the module docstring)."""

    SAY = "say"
    WEAK = "weak"
    TELL = "tell"


_SAY: Final = (
    "say tell report confirm disclose emphasize emphasise reiterate repeat announce warn write "
    "tweet claim state explain argue insist acknowledge admit deny assert contend stress mention "
    "remark complain concede vow pledge allege boast brag caution declare reply respond testify "
    "quip joke shout yell scream chant predict reveal recount retort counter affirm inform assure "
    "notify recall lament speculate posit opine grumble muse urge cite"
)
_WEAK: Final = (
    "add note post agree suggest indicate conclude believe think fear hope expect worry doubt "
    "know find show estimate ask answer observe comment describe demand propose recommend "
    "criticize criticise praise condemn blast slam tout signal hint acknowledge learn hear cite "
    "echo accuse charge question wonder feel maintain promise threaten call understand want "
    "attack support decline refuse discuss endorse reject liken mock encourage oppose defend dismiss "
    "blame applaud dispute challenge denounce ridicule rule plan intend decide vow pledge "
    "reaffirm underscore highlight swear confess plead object protest decry deride scoff lambast "
    "laud hail chide scold rebuke fault congratulate imply forecast reckon theorize "
    "lobby request instruct advocate praise reassure recommend stress counter continue speak"
)
_TELL: Final = "tell inform assure notify remind warn advise urge ask"

#: Past tense, past participle and third person forms that the regular rules get wrong.
_IRREGULAR: Final[dict[str, tuple[str, ...]]] = {
    "say": ("said", "says", "saying"),
    "tell": ("told", "tells", "telling"),
    "write": ("wrote", "written", "writes", "writing"),
    "think": ("thought", "thinks", "thinking"),
    "know": ("knew", "known", "knows", "knowing"),
    "find": ("found", "finds", "finding"),
    "hear": ("heard", "hears", "hearing"),
    "feel": ("felt", "feels", "feeling"),
    "show": ("showed", "shown", "shows", "showing"),
    "learn": ("learned", "learnt", "learns", "learning"),
    "understand": ("understood", "understands", "understanding"),
    "quip": ("quipped", "quips", "quipping"),
    "admit": ("admitted", "admits", "admitting"),
    "regret": ("regretted", "regrets", "regretting"),
    "slam": ("slammed", "slams", "slamming"),
    "plan": ("planned", "plans", "planning"),
    "speak": ("spoke", "spoken", "speaks", "speaking"),
    "swear": ("swore", "sworn", "swears", "swearing"),
    "forecast": ("forecasts", "forecasting"),
    "posit": ("posited", "posits", "positing"),
    "opine": ("opined", "opines", "opining"),
}

_IRREGULAR.update(broad.IRREGULAR)
#: The broad classes (:mod:`._attribution_classes`): weak cues that need an attributive frame.
_BROAD: Final = broad.COMMUNICATION | broad.COGNITION | broad.INTENTION | broad.EVIDENCE | broad.STANCE

#: Multi-word cues: lemma -> regex over the surface forms (whitespace-flexible).
MULTIWORD_CUES: Final[dict[str, str]] = {
    "according to": r"according\s{1,3}to",
    "point out": r"(?:point|points|pointed|pointing)\s{1,3}out",
    "point to": r"(?:point|points|pointed|pointing)\s{1,3}to",
    "call for": r"(?:call|calls|called|calling)\s{1,3}(?:for|on)",
    "go on to say": r"(?:go|goes|went|going)\s{1,3}on\s{1,3}to\s{1,3}(?:say|add|note)",
    "make clear": r"(?:make|makes|made|making)\s{1,3}(?:it\s{1,3})?clear",
}

#: Surface forms that are as often plural nouns as verbs ("reports say", "his claims"): they
#: need a reporting complement or the post-posed frame, whatever their lemma's class.
NOUNISH_FORMS: Final = word_set(
    "reports claims notes calls tweets posts estimates remarks answers comments charges promises "
    "demands questions hopes fears findings warnings shows finds thoughts counters tweet note remark "
    "claim reply promise estimate"
)

#: Cues that restate an earlier statement by the same speaker.
REITERATION_LEMMAS: Final = frozenset({"reiterate", "repeat"})


_CVC: Final = re.compile(r"(?:^|[^aeiou])[aeiou][^aeiouwxy]$")


def _regular_forms(lemma: str) -> tuple[str, ...]:
    if lemma.endswith("e"):
        return (lemma + "s", lemma + "d", lemma[:-1] + "ing")
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return (lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing")
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return (lemma + "es", lemma + "ed", lemma + "ing")
    if len(lemma) <= 4 and _CVC.search(lemma):
        # One syllable ending consonant-vowel-consonant doubles the consonant: "brag" -> "bragged".
        return (lemma + "s", lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing")
    return (lemma + "s", lemma + "ed", lemma + "ing")


def _build() -> tuple[dict[str, str], dict[str, CueClass]]:
    forms: dict[str, str] = {}
    classes: dict[str, CueClass] = {}
    # Later groups win the class: SAY < WEAK < TELL, so "warn" is TELL and "add" is WEAK.
    groups = ((_SAY, CueClass.SAY), (_WEAK + " " + " ".join(sorted(_BROAD)), CueClass.WEAK), (_TELL, CueClass.TELL))
    for group, cls in groups:
        for lemma in group.split():
            classes[lemma] = cls
            for form in (lemma, *_IRREGULAR.get(lemma, _regular_forms(lemma))):
                forms.setdefault(form, lemma)
    return forms, classes


_FORMS, CLASSES = _build()
# Surface forms that are far more often nouns or names than reporting verbs.
for _noun in ("states", "state", "post", "posts", "report", "charge", "charges", "hope", "fear", "call", "calls"):
    _FORMS.pop(_noun, None)
for _noun in ("find", "finding", "answer", "question", "comment", "counter", "echo", "doubt", "worry", "want"):
    _FORMS.pop(_noun, None)

#: Surface forms -> lemma for single-word cues (lower case).
FORMS: Final[dict[str, str]] = _FORMS
#: First words of multi-word cues, for a cheap check before the multi-word pattern runs.
MULTIWORD_FIRST: Final = word_set(
    "according point points pointed pointing call calls called calling go goes went going make makes made making"
)
_MULTI_ALTERNATION = "|".join(f"(?P<m{i}>{rx})" for i, rx in enumerate(MULTIWORD_CUES.values()))
#: The multi-word cues, matched at a known word start (named groups ``m0``, ``m1``, ...).
#: Alternatives are literal words joined by bounded whitespace, so matching is linear.
MULTIWORD_PATTERN: Final = re.compile(rf"(?:{_MULTI_ALTERNATION})\b", re.IGNORECASE)
_MULTI_LEMMAS: Final = tuple(MULTIWORD_CUES)


class _Node:
    __slots__ = ("children", "end")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.end = False


def trie_pattern(words: frozenset[str] | set[str]) -> str:
    """A regex alternation shaped as a prefix tree: each position tests one character class.

    Python's ``re`` tries the alternatives of a flat alternation one by one; a tree shares
    prefixes, so scanning a sentence for any of a few hundred words stays fast. The pattern
    has no nested quantifiers, so it cannot backtrack catastrophically.
    """
    root = _Node()
    for word in words:
        node = root
        for ch in word:
            node = node.children.setdefault(ch, _Node())
        node.end = True

    def build(node: _Node) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.children.items())]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if node.end else body

    return build(root)


_CANDIDATES = trie_pattern(set(_FORMS) | MULTIWORD_FIRST | broad.FRAME_TRIGGERS)
#: Every single-word cue form, every first word of a multi-word cue and every frame trigger
#: (:data:`._attribution_classes.FRAME_TRIGGERS`), as whole words, in
#: lower-case text (matching lowered text is about twice as fast as ``re.IGNORECASE``).
CANDIDATE_PATTERN: Final = re.compile(rf"\b(?:{_CANDIDATES})\b")
#: The same, case-insensitive, for text whose lower-casing changes its length.
CANDIDATE_PATTERN_ANYCASE: Final = re.compile(rf"\b(?:{_CANDIDATES})\b", re.IGNORECASE)


def multiword_lemma(match: re.Match[str]) -> str:
    """The lemma of a :data:`MULTIWORD_PATTERN` match."""
    for index, lemma in enumerate(_MULTI_LEMMAS):
        if match.group(f"m{index}") is not None:
            return lemma
    raise AssertionError("MULTIWORD_PATTERN matched without a group")  # pragma: no cover
