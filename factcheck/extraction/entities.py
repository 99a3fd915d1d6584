"""Entity mentions: find names in text and resolve them against reference data.

Finding: a name starts at a capitalised word and runs over capitalised words and the
connectors of names ("of", "the", "and", "de", hyphens): "the Polish Foreign Ministry",
"Armed Forces of Ukraine". A leading "the" is part of the mention ("the United States"), a
possessive "'s" is not ("Iran's" gives "Iran"). Inside a run the longest stretch that the
reference data knows wins ("Ukraine's President Volodymyr Zelenskyy" gives "Ukraine" and
"Volodymyr Zelenskyy"); what is left over is kept as an unknown name.

Resolving, in order (see :class:`EntityResolver`):

1. the reference names and aliases through :meth:`ClaimSet.entity_by_name` (case, accents,
   dots, apostrophe style and a leading "the" ignored) -> ``alias``;
2. a demonym or adjective of a known country ("Ukrainian territory", "Polish") -> ``alias``;
3. a near miss by rapidfuzz (``fuzz.ratio`` on the lookup keys, cutoff
   :data:`DEFAULT_FUZZY_CUTOFF` out of 100, names of at least five letters) -> ``fuzzy``;
4. otherwise the name is kept as written, ``resolution: unresolved``.

A name that fits two entities equally well is **ambiguous**: it stays unresolved and the
candidates are listed on the mention, so callers report it instead of guessing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from factcheck.claimset import ClaimSet, _name_key
from factcheck.entities import Entity, EntityRef, RefResolution
from factcheck.extraction.sentences import ABBREVIATIONS

__all__ = [
    "DEFAULT_FUZZY_CUTOFF",
    "DEMONYMS",
    "EntityMention",
    "EntityResolver",
    "Resolution",
    "default_reference",
    "find_entities",
]

#: rapidfuzz ``fuzz.ratio`` score (0-100) a near miss needs. 88 accepts one wrong or missing
#: letter in a nine-letter name ("Zelenskyi" for "Zelensky") and rejects "Austria" for
#: "Australia" (87.5) and "Niger" for "Nigeria" (83).
DEFAULT_FUZZY_CUTOFF = 88.0
#: Two candidates closer than this (in score points) make a near miss ambiguous.
AMBIGUITY_MARGIN = 2.0
_FUZZY_MIN_LENGTH = 5

#: Adjectives and demonyms of countries, to the country name the reference data knows.
DEMONYMS: dict[str, str] = {
    "afghan": "Afghanistan", "american": "United States", "armenian": "Armenia", "australian": "Australia",
    "austrian": "Austria", "azerbaijani": "Azerbaijan", "belarusian": "Belarus", "belgian": "Belgium",
    "brazilian": "Brazil", "british": "United Kingdom", "bulgarian": "Bulgaria", "canadian": "Canada",
    "chinese": "China", "croatian": "Croatia", "czech": "Czechia", "danish": "Denmark", "dutch": "Netherlands",
    "egyptian": "Egypt", "estonian": "Estonia", "finnish": "Finland", "french": "France", "georgian": "Georgia",
    "german": "Germany", "greek": "Greece", "hungarian": "Hungary", "indian": "India", "iranian": "Iran",
    "iraqi": "Iraq", "irish": "Ireland", "israeli": "Israel", "italian": "Italy", "japanese": "Japan",
    "jordanian": "Jordan", "latvian": "Latvia", "lebanese": "Lebanon", "lithuanian": "Lithuania",
    "moldovan": "Moldova", "norwegian": "Norway", "pakistani": "Pakistan", "palestinian": "Palestine",
    "polish": "Poland", "portuguese": "Portugal", "romanian": "Romania", "russian": "Russia",
    "saudi": "Saudi Arabia", "serbian": "Serbia", "slovak": "Slovakia", "slovenian": "Slovenia",
    "spanish": "Spain", "swedish": "Sweden", "swiss": "Switzerland", "syrian": "Syria", "turkish": "Turkey",
    "ukrainian": "Ukraine", "yemeni": "Yemen",
}  # fmt: skip

# Capitalised words that start sentences or name no entity by themselves.
_STOPWORDS = frozenset(
    {
        "a", "an", "the", "this", "these", "that", "those", "there", "here", "it", "its", "he", "she", "they",
        "we", "i", "you", "his", "her", "their", "our", "my", "while", "when", "where", "after", "before",
        "although", "though", "however", "but", "and", "or", "in", "on", "at", "for", "from", "with", "by",
        "as", "of", "to", "if", "since", "until", "during", "following", "according", "meanwhile", "also",
        "read", "some", "several", "many", "most", "all", "both", "each", "no", "not", "yes", "mr", "mrs",
        "ms", "dr", "president", "prime", "minister", "chancellor", "secretary", "spokesperson", "spokesman",
        "spokeswoman", "gen", "general", "adm", "admiral", "rear", "vice", "lt", "col", "colonel", "maj",
        "capt", "sgt", "foreign", "defense", "defence", "former", "deputy", "chief", "head", "ceo",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
        "yesterday", "tomorrow", "last", "next", "earlier", "later", "drawing", "furthering", "we're",
        "article", "section", "chapter", "paragraph", "resolution",
    }
)  # fmt: skip
_CONNECTORS = frozenset({"of", "the", "and", "de", "du", "des", "la", "al", "for", "in", "on", "von", "van", "der"})
_MAX_RUN = 10
# Head words after which "of"/"for"/"the" continue an unknown name ("Bank of England").
_ORGANISATION_HEADS = frozenset(
    {
        "ministry", "department", "office", "bank", "university", "institute", "council", "commission",
        "committee", "court", "forces", "force", "army", "navy", "union", "federation", "republic",
        "kingdom", "states", "association", "agency", "board", "chamber", "house", "school", "college",
        "centre", "center", "church", "party", "front", "corps", "command", "guard", "service",
        "organization", "organisation", "secretary", "minister", "president", "governor", "mayor",
    }
)  # fmt: skip

# A word: letters/digits with inner apostrophes, dots, ampersands and hyphens.
_WORD_TEXT = r"[^\W_][\w'\u2019.&-]{0,60}+"
_WORD = re.compile(_WORD_TEXT)
# One step over a run of ordinary words (an ASCII lowercase letter or a digit first, not a
# connector), which only separate names: most of a sentence. The quantifiers are possessive so
# each word is cut exactly where _WORD alone would cut it (words are separated by [\W_] runs);
# anything else (a capital, a connector, a non-ASCII first letter) is one _WORD. Connectors
# between two ordinary words ("shot down the drones of the army") join the run: a connector
# matters only next to a name ("the United States", "Bank of England"), and the run takes
# them only when an ordinary word follows, so a connector before a capital stays a word.
_CONNECTORS_TEXT = "|".join(sorted(_CONNECTORS, key=lambda w: (-len(w), w)))
_CONNECTOR = rf"(?:{_CONNECTORS_TEXT})(?![\w'\u2019.&-])"
_PLAIN_WORD = r"[a-z0-9][\w'\u2019.&-]{0,60}+"
_PLAIN = rf"(?!{_CONNECTOR}){_PLAIN_WORD}"
# Inside the run no look-ahead is needed: the possessive loop over connectors has taken every
# connector, so what follows it never is one (and trying the alternation twice a word is slow).
_SCAN = re.compile(rf"(?P<plain>{_PLAIN}(?:[\W_]*+(?:{_CONNECTOR}[\W_]*+)*+{_PLAIN_WORD})*+)|{_WORD_TEXT}")
_NAME_GAP = re.compile(r"\s{1,3}|-|\.\s{1,3}")
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,8}s")
_APOSTROPHES = "'\u2019"
_SENTENCE_BREAK = re.compile(r"[.!?:;\"\u201c\u201d(\[\n]\s{0,20}$")


@dataclass(frozen=True, slots=True)
class Resolution:
    """How one name resolved: the reference (possibly unresolved) and any rival candidates."""

    ref: EntityRef
    candidates: tuple[str, ...] = ()

    @property
    def ambiguous(self) -> bool:
        """True when more than one entity fits the name and none was chosen."""
        return len(self.candidates) > 1


@dataclass(frozen=True, slots=True)
class EntityMention:
    """A name in the text, ``text[start:end]``, with its resolution."""

    start: int
    end: int
    ref: EntityRef
    candidates: tuple[str, ...] = ()

    @property
    def ambiguous(self) -> bool:
        """True when the name fits several entities (listed in ``candidates``)."""
        return len(self.candidates) > 1


class EntityResolver:
    """Resolves names against a reference :class:`ClaimSet` (its ``entities``).

    ``fuzzy_cutoff`` is the rapidfuzz ``fuzz.ratio`` score (0-100) a near miss needs;
    ``None`` turns near misses off. Results are cached per name.
    """

    def __init__(self, reference: ClaimSet, *, fuzzy_cutoff: float | None = DEFAULT_FUZZY_CUTOFF) -> None:
        self.reference = reference
        self.fuzzy_cutoff = fuzzy_cutoff
        self._cache: dict[str, Resolution] = {}
        self._fuzzy_keys: list[str] = []
        self._fuzzy_entities: list[Entity] = []
        for entity in reference.entities:
            for key in dict.fromkeys(_name_key(name) for name in entity.names):
                if not key.startswith("=") and len(key) >= _FUZZY_MIN_LENGTH:
                    self._fuzzy_keys.append(key)
                    self._fuzzy_entities.append(entity)
        # The first word of every known name and the most words a name starting with it has,
        # so that most capitalised words need no lookup at all.
        starts: dict[str, int] = {}
        for entity in reference.entities:
            for name in entity.names:
                words = _name_key(name).split()
                if words:
                    starts[words[0]] = max(starts.get(words[0], 0), len(words))
        for demonym in DEMONYMS:
            starts[demonym] = max(starts.get(demonym, 0), 1)
        self._starts = starts
        self._start_cache: dict[str, int] = {}
        self._known_cache: dict[str, tuple[Entity, ...]] = {}
        self._shown_cache: dict[tuple[str, str], Resolution] = {}

    def longest_name_from(self, word: str) -> int:
        """The most words of a known name that begins with ``word`` (0: none begins so)."""
        cached = self._start_cache.get(word)
        if cached is None:
            key = _name_key(word)
            cached = self._starts.get(key, 0) if key else 0
            if key.startswith("="):
                # A code ("U.S.", "UK") may also open a longer name: "U.S. Central Command".
                cached = max(cached, self._starts.get(key[1:].casefold(), 0))
            if len(self._start_cache) < 100_000:
                self._start_cache[word] = cached
        return cached

    def shown(self, name: str, shown: str) -> Resolution:
        """The resolution of ``name``, with the mention written as ``shown`` ("the" included)."""
        cached = self._shown_cache.get((name, shown))
        if cached is None:
            resolution = self.resolve(name)
            ref = resolution.ref if shown == name else resolution.ref.model_copy(update={"text": shown})
            cached = Resolution(ref, resolution.candidates)
            if len(self._shown_cache) < 100_000:
                self._shown_cache[(name, shown)] = cached
        return cached

    def known(self, name: str) -> tuple[Entity, ...]:
        """Entities whose name or alias is ``name``, or whose demonym it is."""
        cached = self._known_cache.get(name)
        if cached is not None:
            return cached
        found = self.reference.entity_by_name(name)
        if not found:
            country = DEMONYMS.get(name.casefold())
            if country is not None:
                found = self.reference.entity_by_name(country)
        if len(self._known_cache) < 100_000:
            self._known_cache[name] = found
        return found

    def resolve(self, name: str) -> Resolution:
        """The resolution of ``name`` as written."""
        cached = self._cache.get(name)
        if cached is not None:
            return cached
        result = self._resolve(name)
        if len(self._cache) < 100_000:
            self._cache[name] = result
        return result

    def _resolve(self, name: str) -> Resolution:
        found = self.known(name)
        if len(found) == 1:
            return Resolution(EntityRef(text=name, entity=found[0].id, resolution=RefResolution.ALIAS))
        if len(found) > 1:
            return Resolution(_unresolved(name), tuple(sorted(e.id for e in found)))
        return self._fuzzy(name)

    def _fuzzy(self, name: str) -> Resolution:
        key = _name_key(name)
        if self.fuzzy_cutoff is None or key.startswith("=") or len(key) < _FUZZY_MIN_LENGTH:
            return Resolution(_unresolved(name))
        from rapidfuzz import fuzz, process

        # One C-level pass over every key; ratio's score cutoff lets rapidfuzz skip keys whose
        # length alone rules them out.
        best: dict[str, float] = {}
        for _, score, index in process.extract(
            key, self._fuzzy_keys, scorer=fuzz.ratio, score_cutoff=self.fuzzy_cutoff, limit=None
        ):
            entity = self._fuzzy_entities[index]
            if score > best.get(entity.id, 0.0):
                best[entity.id] = score
        if not best:
            return Resolution(_unresolved(name))
        ranked = sorted(best.items(), key=lambda item: (-item[1], item[0]))
        top_score = ranked[0][1]
        rivals = tuple(entity_id for entity_id, score in ranked if top_score - score < AMBIGUITY_MARGIN)
        if len(rivals) > 1:
            return Resolution(_unresolved(name), tuple(sorted(rivals)))
        return Resolution(EntityRef(text=name, entity=ranked[0][0], resolution=RefResolution.FUZZY))


def _unresolved(name: str) -> EntityRef:
    return EntityRef(text=name, resolution=RefResolution.UNRESOLVED)


REFERENCE_FOLDER = Path(__file__).resolve().parent.parent.parent / "claims" / "reference"


@lru_cache(maxsize=1)
def default_reference() -> ClaimSet:
    """The reference data shipped in ``claims/reference/`` (empty when it is not installed)."""
    if not REFERENCE_FOLDER.is_dir():
        return ClaimSet()
    from factcheck.files.load import load

    return load(REFERENCE_FOLDER)


@dataclass(slots=True)  # not frozen: built per word, and a frozen __init__ costs twice as much
class _Word:
    start: int
    end: int  # without a possessive
    text: str
    capital: bool
    possessive: bool
    sentence_start: bool


#: Stands for a run of ordinary lowercase words, which only separates names.
_BREAK = _Word(-1, -1, "", False, False, False)
_INITIALISM_DOTS = re.compile(r"(?:[A-Za-z]\.){2,}")


def _abbreviated(word: _Word, gap: str) -> bool:
    """True when ``gap`` is the period of an abbreviated title or an initial, then a space."""
    if not (gap.startswith(".") and gap[1:].isspace() and 1 <= len(gap) - 1 <= 2):
        return False
    return (len(word.text) == 1 and word.text.isupper()) or word.text.casefold() in ABBREVIATIONS


def _words(text: str, start: int, end: int) -> list[_Word]:
    words: list[_Word] = []
    previous_end = start
    for match in _SCAN.finditer(text, start, end):
        raw = match.group()
        first_upper = raw[0].isupper()
        if match.start("plain") >= 0 or (not first_upper and raw not in _CONNECTORS):
            if not words or words[-1] is not _BREAK:
                words.append(_BREAK)
            previous_end = match.end()
            continue
        word_start, word_end = match.span()
        possessive = False
        if raw[-1] in _APOSTROPHES:  # "Allies'"
            if len(raw) > 1:
                possessive = True
                word_end -= 1
        elif raw[-1] == "s" and len(raw) > 2 and raw[-2] in _APOSTROPHES:  # "Iran's"
            possessive = True
            word_end -= 2
        while word_end > word_start + 1 and text[word_end - 1] in ".-":
            # A trailing period ends the sentence unless the word is an initialism ("U.S.").
            if text[word_end - 1] == "." and _INITIALISM_DOTS.fullmatch(text, word_start, word_end):
                break
            word_end -= 1
        between = text[previous_end:word_start]
        if not words:
            sentence_start = True
        elif between == " ":  # the usual gap: cannot break a sentence
            sentence_start = False
        else:
            sentence_start = "\n" in between or bool(_SENTENCE_BREAK.search(between))
            if sentence_start and _abbreviated(words[-1], between):
                sentence_start = False  # "Rear Adm. Daniel Hagari", "C. Todd Lopez"
        capital = first_upper and not (
            text[word_end - 1] == "s" and _PLURAL_ACRONYM.fullmatch(text, word_start, word_end)
        )
        words.append(_Word(word_start, word_end, text[word_start:word_end], capital, possessive, sentence_start))
        previous_end = match.end()
    return words


def find_entities(
    text: str, start: int = 0, end: int | None = None, *, resolver: EntityResolver
) -> list[EntityMention]:
    """Names in ``text[start:end]`` with their resolutions, sorted by start.

    >>> resolver = EntityResolver(default_reference())
    >>> text = "Iran's attack on Israel drew the United States and Jordan in."
    >>> [(text[m.start:m.end], m.ref.entity) for m in find_entities(text, resolver=resolver)]
    [('Iran', 'country:IR'), ('Israel', 'country:IL'), ('the United States', 'country:US'), ('Jordan', 'country:JO')]
    """
    stop = len(text) if end is None else min(end, len(text))
    words = _words(text, max(0, start), stop)
    mentions: list[EntityMention] = []
    index = 0
    unknown: list[_Word] = []

    def flush() -> None:
        while unknown and (unknown[-1].text.casefold() in _CONNECTORS or unknown[-1].text.casefold() in _STOPWORDS):
            unknown.pop()
        while unknown and (unknown[0].text.casefold() in _STOPWORDS or unknown[0].text.casefold() in _CONNECTORS):
            unknown.pop(0)
        if unknown and not (len(unknown) == 1 and unknown[0].sentence_start and not unknown[0].text.isupper()):
            first, last = unknown[0], unknown[-1]
            resolution = resolver.resolve(text[first.start : last.end])
            mentions.append(EntityMention(first.start, last.end, resolution.ref, resolution.candidates))
        unknown.clear()

    while index < len(words):
        word = words[index]
        if not word.capital:
            joins = (
                unknown
                and word.text in _CONNECTORS
                and unknown[-1].text.casefold() in _ORGANISATION_HEADS
                and index + 1 < len(words)
                and words[index + 1].capital
            )
            if not joins:
                if unknown:
                    flush()
            else:
                unknown.append(word)
            index += 1
            continue
        match = _longest_known(text, words, index, resolver)
        if match is None:
            if unknown and (word.sentence_start or not _NAME_GAP.fullmatch(text, unknown[-1].end, word.start)):
                flush()  # "Together, Mr. Clarke": a comma or a quote ends a name
            unknown.append(word)
            if word.possessive:
                flush()
            index += 1
            continue
        flush()
        mention_start, consumed, resolution = match
        last = words[index + consumed - 1]
        mentions.append(EntityMention(mention_start, last.end, resolution.ref, resolution.candidates))
        index += consumed
    flush()
    mentions.sort(key=lambda m: (m.start, m.end))
    return mentions


def _longest_known(
    text: str, words: Sequence[_Word], index: int, resolver: EntityResolver
) -> tuple[int, int, Resolution] | None:
    """The longest known name starting at ``words[index]``: (start, words used, resolution)."""
    first = words[index]
    # "the"/"The" right before the name belongs to the mention ("the United States").
    mention_start = first.start
    if index > 0 and words[index - 1].text.casefold() == "the" and not words[index - 1].possessive:
        between = text[words[index - 1].end : first.start]
        if between.isspace() and len(between) <= 3:
            mention_start = words[index - 1].start
    most = resolver.longest_name_from(first.text)
    if most == 0:
        return None
    limit = index
    while limit + 1 < len(words) and limit - index + 1 < min(most, _MAX_RUN):
        current, following = words[limit], words[limit + 1]
        if following is _BREAK or current.possessive or following.sentence_start:
            break
        gap = text[current.end : following.start]
        if not (gap.isspace() or gap == "-" or _abbreviated(current, gap)) or len(gap) > 3:
            break
        if not (following.capital or following.text in _CONNECTORS):
            break
        limit += 1
    for last in range(limit, index - 1, -1):
        if words[last].text in _CONNECTORS:
            continue
        name = text[first.start : words[last].end]
        if last == index and name.casefold() in _STOPWORDS:
            return None
        if resolver.known(name):
            resolution = resolver.shown(name, text[mention_start : words[last].end])
            if resolution.ref.entity is not None or resolution.ambiguous:
                return mention_start, last - index + 1, resolution
    return None
