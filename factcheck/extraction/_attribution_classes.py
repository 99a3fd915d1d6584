"""The broad cue classes of attribution: verbs that report only in an attributive frame.

News attributes far more than saying: people *argue*, *believe*, *plan*, *embrace* or *fault*,
and studies *document*. These verbs have other senses too, so each class says in which frame
it counts (the frames are read in :mod:`factcheck.extraction.attribution`); every verb here is
a weak cue, so it never fires on its own:

* ``COMMUNICATION``: speech acts ("voiced", "downplayed", "rebutted"): a "that" clause, a
  quotation, a noun-phrase object after an agent subject, or "about"/"on"/"of";
* ``COGNITION``: belief and perception ("suspects", "realized", "assumes"): a "that" clause or
  a bare clause ("assumes the vote will ...");
* ``INTENTION``: "seeks to", "aims to", "vowed to": a "to" infinitive;
* ``EVIDENCE``: "documented", "demonstrates": a "that" clause, or any content after a source
  that is evidence ("the study demonstrates ...");
* ``STANCE``: evaluation of a person or a plan ("embraced", "welcomed", "disavowed"): a
  noun-phrase object after an agent subject.

Beyond verbs, the frames of :mod:`factcheck.extraction.attribution` use reporting nouns with a
"that" clause (``REPORT_NOUNS``), light verbs with a noun of saying (``LIGHT_VERBS``,
``LIGHT_NOUNS``: "issued a statement") or of criticism received (``RECEIVING_VERBS``,
``RECEIVED_NOUNS``: "faced criticism"), judgements with "as" (``SEE_AS_VERBS``), belief and
evidence adjectives, and "seem". ``FRAME_TRIGGERS`` are the words those frames need; the cue
scan looks for them in the same pass as the cue words.

Words that are as often nouns or prepositions ("like", "back", "record", "press") are left
out on purpose: the frame checks cannot tell them apart without a parser. So are verbs of
effort and action that take the same frames but report nothing ("attempt to", "prepare to",
"invite", "prove to be", "assuming no change").
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "BELIEF_ADJECTIVES",
    "COGNITION",
    "COMMUNICATION",
    "EVIDENCE",
    "EVIDENT_ADJECTIVES",
    "FRAME_TRIGGERS",
    "INTENTION",
    "IRREGULAR",
    "LIGHT_NOUNS",
    "LIGHT_VERBS",
    "RECEIVED_NOUNS",
    "RECEIVING_VERBS",
    "REPORT_NOUNS",
    "SEEM_FORMS",
    "SEE_AS_VERBS",
    "STANCE",
    "by_form",
    "word_set",
]


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``: word lists stay readable in the source."""
    return frozenset(text.split())


def by_form(forms_of: dict[str, str]) -> dict[str, str]:
    """Each written form of ``{lemma: "form form ..."}`` mapped to its lemma."""
    return {form: lemma for lemma, forms in forms_of.items() for form in forms.split()}


COMMUNICATION: Final = word_set(
    "express voice reference discuss detail outline label dub characterize characterise portray "
    "tout apologize apologise chastise implore bemoan rail deplore disparage downplay "
    "rebut refute lambaste berate assail publicize insinuate allude rave gush grumble whine "
    "sneer marvel"
)
COGNITION: Final = word_set("suspect recognize recognise suppose presume envision foresee")
INTENTION: Final = word_set("seek intend wish aspire")
EVIDENCE: Final = word_set("document illustrate")
STANCE: Final = word_set(
    "embrace welcome admire despise resent dislike disavow renounce repudiate excoriate champion distrust mistrust"
)

#: Nouns of saying, thinking and evidence that report a "that" clause ("his claim that ...",
#: "growing concerns that ...", "an acknowledgment that ..."), singular forms.
REPORT_NOUNS: Final = word_set(
    "claim statement assertion argument belief view conclusion acknowledgment acknowledgement admission "
    "assurance warning promise pledge suggestion allegation accusation charge concern fear hope worry doubt "
    "insistence recognition realization realisation message notion assumption announcement indication "
    "pronouncement emphasis prediction expectation complaint denial speculation rumor rumour impression "
    "contention theory perception suspicion consensus conviction confidence reminder argument threat "
    "opinion position verdict finding"
)

#: Nouns of saying that a light verb turns into a report ("offered some advice", "issued a
#: statement", "raised questions about", "sent a letter"), with their plurals.
LIGHT_NOUNS: Final = word_set(
    "advice proof assessment assessments statement statements remarks comment comments criticism warning "
    "warnings apology explanation assurance assurances praise details argument case promise pledge threat "
    "threats questions concerns objections complaint complaints accusation accusations condemnation "
    "endorsement speech speeches testimony prediction letter letters message insights outrage misgivings "
    "doubts contrast motion proposal proposals ad ads retort rebuttal defense appeal appeals"
)
#: Verbs that make a report of such a noun, by form: the subject is the source.
LIGHT_VERBS: Final[dict[str, str]] = by_form(
    {
        "offer": "offer offers offered offering",
        "make": "make makes made making",
        "issue": "issue issues issued issuing",
        "deliver": "deliver delivers delivered delivering",
        "give": "give gives gave given giving",
        "raise": "raise raises raised raising",
        "file": "file files filed filing",
        "send": "send sends sent sending",
        "release": "release releases released releasing",
        "unveil": "unveil unveils unveiled unveiling",
        "present": "present presents presented presenting",
        "lodge": "lodge lodges lodged lodging",
        "level": "level levels leveled levelled leveling levelling",
        "draw": "draw draws drew drawn drawing",
        "pose": "pose poses posed posing",
    }
)
#: Nouns of a report received ("faced criticism", "came under fire"): the critics are not
#: named, so such a report has no source. "Scrutiny" is left out: it is being examined, not
#: being told anything ("came under scrutiny after the audit").
RECEIVED_NOUNS: Final = word_set("criticism criticisms ridicule questions heat fire backlash condemnation pushback")
RECEIVING_VERBS: Final[dict[str, str]] = by_form(
    {
        "face": "face faces faced facing",
        "draw": "draw draws drew drawn drawing",
        "take": "take takes took taken taking",
        "receive": "receive receives received receiving",
        "attract": "attract attracts attracted attracting",
        "come under": "under",
    }
)

#: Verbs of judgement that report a view with "as" ("Critics see the plan as a giveaway",
#: "who viewed the remark as a dig"), by form.
SEE_AS_VERBS: Final[dict[str, str]] = by_form(
    {
        "see": "see sees saw seen seeing",
        "view": "view views viewed viewing",
        "regard": "regard regards regarded regarding",
        "consider": "consider considers considered considering",
        "perceive": "perceive perceives perceived perceiving",
    }
)

#: Adjectives of certainty and attitude that attribute a belief to the subject of "be"
#: ("She is confident that ...", "Voters are concerned about ..."). Stance adjectives
#: ("supportive of", "critical of", "skeptical of") are the stance finder's.
BELIEF_ADJECTIVES: Final = word_set(
    "sure confident certain convinced concerned aware optimistic pessimistic hopeful adamant unsure uncertain "
    "doubtful fearful"
)
#: Adjectives of evidence in "it is clear that": the writer's evaluation, without a source.
EVIDENT_ADJECTIVES: Final = word_set("clear obvious apparent evident unclear certain")
SEEM_FORMS: Final = word_set("seem seems seemed")
#: Words that the frames outside the verb lexicon need ("that", "about", "seem", the
#: adjectives, the reporting nouns): found by the same scan as the cue words.
FRAME_TRIGGERS: Final = (
    word_set("that about")
    | SEEM_FORMS
    | BELIEF_ADJECTIVES
    | EVIDENT_ADJECTIVES
    | REPORT_NOUNS
    | frozenset(noun + "s" for noun in REPORT_NOUNS)
    | LIGHT_NOUNS
    | RECEIVED_NOUNS
    | frozenset(SEE_AS_VERBS)
)

#: Inflections that the regular rules of the lexicon get wrong.
IRREGULAR: Final[dict[str, tuple[str, ...]]] = {
    "seek": ("sought", "seeks", "seeking"),
    "forget": ("forgot", "forgotten", "forgets", "forgetting"),
    "foresee": ("foresaw", "foreseen", "foresees", "foreseeing"),
    "rebut": ("rebutted", "rebuts", "rebutting"),
}
