"""Build ``claims/sources/``: one claim file and one text file per independent source.

The material is ``../shared/seed/sources.md``: each source's quoted excerpt (exactly as
quoted there, the source's own typos included) is the document text, with its publisher,
URL and date; its claims are annotated here by hand, with spans located by exact search
in that text. Verdicts are *not* written here: working them out is the library's job.

Run ``python tests/sources_builder.py`` from the repository root to (re)write the files;
``tests/test_verify_sources.py`` checks that the committed files are what this script
builds, so the data and its annotation cannot drift apart.

The helpers (:func:`quantity`, :func:`statement`, ...) are also used by the matcher tests
to build small claim sets.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from factcheck.claims import Claim, EventClaim, QuantityClaim, StanceClaim, StatementClaim
from factcheck.claimset import ClaimSet, ReferenceRelation
from factcheck.document import Document, Origin, Segment, SegmentLabel, Span, text_sha256
from factcheck.entities import EntityRef, RefResolution
from factcheck.interval import Interval
from factcheck.provenance import AttributionLink, ExtractionMethod, Provenance, SpeechMode
from factcheck.quantity import BareReading, QualifierClass, Quantity, Term
from factcheck.timeref import Granularity, TimeRef, TimeResolution

__all__ = ["SOURCES", "Source", "build", "main"]

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "claims" / "sources"
METHOD = ExtractionMethod(extractor="manual", rule="hand-annotated", version="0.1.0")

#: Agent as written, entity id (or None: kept unresolved), cue, "direct"/"indirect".
Link = tuple[str, str | None, str, str]


@dataclass
class Source:
    """One source document: metadata, its excerpt paragraphs and the claims annotated on them."""

    id: str
    title: str
    publisher: str
    publisher_name: str
    url: str
    published: date
    paragraphs: list[str]
    basis: str | None = None
    language: str = "en"
    derived_from: Origin | None = None
    claims: list[dict[str, Any]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)

    def document(self) -> Document:
        text = self.text
        segments: list[Segment] = []
        offset = 0
        for paragraph in self.paragraphs:
            segments.append(Segment(label=SegmentLabel.PARAGRAPH, start=offset, end=offset + len(paragraph)))
            offset += len(paragraph) + 2
        return Document(
            id=self.id,
            title=self.title,
            publisher=self.publisher,
            url=self.url,
            published=self.published,
            published_basis=self.basis,
            language=self.language,
            text=text,
            text_file=f"{self.id}.txt",
            sha256=text_sha256(text),
            derived_from=self.derived_from,
            segments=tuple(segments),
        )


# -- helpers -------------------------------------------------------------------------------


def ref(text: str, entity: str | None, resolution: str = "alias", antecedent: str | None = None) -> EntityRef:
    """A mention; ``entity=None`` keeps it unresolved."""
    if entity is None:
        return EntityRef(text=text, resolution=RefResolution.UNRESOLVED)
    return EntityRef(text=text, entity=entity, resolution=RefResolution(resolution), antecedent=antecedent)


def find(text: str, needle: str, occurrence: int = 1) -> int:
    """Offset of the ``occurrence``-th exact occurrence of ``needle``; a missing needle is a bug."""
    start = -1
    for _ in range(occurrence):
        start = text.find(needle, start + 1)
        if start < 0:
            raise ValueError(f"{needle!r} (occurrence {occurrence}) not found in {text[:60]!r}...")
    return start


def span_of(document_id: str, text: str, needle: str, occurrence: int = 1) -> Span:
    start = find(text, needle, occurrence)
    return Span(document=document_id, start=start, end=start + len(needle), text=needle)


def when(
    text: str,
    start: str,
    end: str | None = None,
    *,
    granularity: str = "day",
    resolution: str = "anchored",
    anchor: str | None = None,
    year_inferred: bool = True,
) -> dict[str, Any]:
    """A time reference spec; the span is located in the document when the text occurs in it."""
    return {
        "text": text,
        "start": date.fromisoformat(start),
        "end": date.fromisoformat(end or start),
        "granularity": Granularity(granularity),
        "resolution": TimeResolution(resolution),
        "anchor": anchor,
        "year_inferred": year_inferred,
    }


def _time(spec: dict[str, Any] | None, source: Source) -> TimeRef | None:
    if spec is None:
        return None
    located = None
    if spec["resolution"] is not TimeResolution.MANUAL and spec["text"] in source.text:
        located = span_of(source.id, source.text, spec["text"])
    anchor = spec["anchor"] or f"published {source.published.isoformat()}"
    return TimeRef(**{**spec, "anchor": anchor, "span": located})


def _provenance(source: Source, claim_span: Span, chain: list[Link], extra: list[Span] = ()) -> Provenance:  # type: ignore[assignment]
    day = source.published.isoformat()
    links = [
        AttributionLink(
            agent=ref(source.publisher_name, source.publisher if ":" in source.publisher else None, "manual"),
            cue="published",
            date=TimeRef(
                text=day,
                start=source.published,
                end=source.published,
                granularity=Granularity.DAY,
                resolution=TimeResolution.MANUAL,
                anchor="document metadata",
            ),
        )
    ]
    for agent, entity, cue, mode in chain:
        links.append(AttributionLink(agent=ref(agent, entity), cue=cue, mode=SpeechMode(mode)))
    return Provenance(document=source.id, spans=(claim_span, *extra), chain=tuple(links), method=METHOD)


def quantity(
    text: str,
    *,
    interval: str,
    number: str,
    qualifier: str | None,
    qclass: str,
    counted: tuple[str, str],
    actor: EntityRef | None,
    predicate: str,
    chain: list[Link],
    time: dict[str, Any] | None = None,
    occurrence: int = 1,
    part_of: str | None = None,
    modality: str = "reported",
    note: str | None = None,
) -> dict[str, Any]:
    """A quantity claim spec: ``interval`` in text form, ``counted`` as (written, normalised)."""
    return {"kind": "quantity", **locals()}


def statement(
    text: str,
    *,
    speaker: EntityRef,
    cue: str,
    content: str,
    chain: list[Link],
    time: dict[str, Any] | None = None,
    venue: str | None = None,
    mode: str = "indirect",
    occurrence: int = 1,
    modality: str = "asserted",
    note: str | None = None,
) -> dict[str, Any]:
    """A statement claim spec; ``content`` must occur inside the document text."""
    return {"kind": "statement", **locals()}


def event(
    text: str,
    *,
    predicate: str,
    actors: list[EntityRef],
    chain: list[Link],
    targets: list[EntityRef] = (),  # type: ignore[assignment]
    time: dict[str, Any] | None = None,
    place: EntityRef | None = None,
    polarity: str = "positive",
    modality: str = "reported",
    occurrence: int = 1,
    note: str | None = None,
) -> dict[str, Any]:
    """An event claim spec."""
    return {"kind": "event", **locals()}


def stance(
    text: str,
    *,
    holder: EntityRef,
    name: str,
    stance: str,
    target_text: str,
    chain: list[Link],
    modality: str = "reported",
    occurrence: int = 1,
    note: str | None = None,
) -> dict[str, Any]:
    """A stance claim spec: ``text`` is the sentence, ``name`` the holder's own span in it."""
    return {"kind": "stance", **locals()}


def _claim(source: Source, spec: dict[str, Any]) -> Claim:
    text = source.text
    own = span_of(source.id, text, spec["text"], spec.get("occurrence", 1))
    kind = spec["kind"]
    common: dict[str, Any] = {
        "text": own.text,
        "modality": spec.get("modality", "reported"),
        "polarity": spec.get("polarity", "positive"),
        "note": spec.get("note"),
    }
    if kind == "quantity":
        low_text = spec["interval"]
        value = Quantity(
            interval=Interval.parse(low_text),
            number_text=spec["number"],
            qualifier=spec["qualifier"],
            qualifier_class=QualifierClass(spec["qclass"]),
            reading=BareReading.EXACT if spec["qclass"] == "exact" else None,
        )
        return QuantityClaim(
            **common,
            provenance=_provenance(source, own, spec["chain"]),
            value=value,
            counted=Term(text=spec["counted"][0], normalised=spec["counted"][1]),
            actor=spec["actor"],
            predicate=spec["predicate"],
            part_of=spec["part_of"],
            time=_time(spec["time"], source),
        )
    if kind == "statement":
        content = span_of(source.id, text, spec["content"])
        return StatementClaim(
            **common,
            provenance=_provenance(source, own, spec["chain"]),
            speaker=spec["speaker"],
            cue=spec["cue"],
            content=content,
            mode=SpeechMode(spec["mode"]),
            time=_time(spec["time"], source),
            venue=spec["venue"],
        )
    if kind == "event":
        return EventClaim(
            **common,
            provenance=_provenance(source, own, spec["chain"]),
            predicate=spec["predicate"],
            actors=tuple(spec["actors"]),
            targets=tuple(spec["targets"]),
            time=_time(spec["time"], source),
            place=spec["place"],
        )
    if kind == "stance":
        name = span_of(source.id, text, spec["name"], 1)
        # Each holder of a list gets its own name span, so the ids differ (see factcheck.ids).
        return StanceClaim(
            **common,
            provenance=_provenance(source, own, spec["chain"], [name]),
            holder=spec["holder"],
            stance=spec["stance"],
            target_text=spec["target_text"],
        )
    raise ValueError(f"unknown kind {kind!r}")


# -- entities used below -------------------------------------------------------------------

IRAN = ref("Iran", "country:IR")
US_FORCES = ref("US forces", "country:US", "manual")
HAGARI = ("Daniel Hagari", "person:daniel-hagari", "said", "direct")
US_OFFICIALS = ("US officials", "country:US", "according to", "indirect")
CENTCOM_SAID = ("the US Central Command (CENTCOM)", "org:centcom", "said", "indirect")
BILD = ("Bild", "outlet:bild", "reported", "indirect")
ATTACK_DAY = when("on April 13", "2024-04-13")
ATTACK_NIGHT = when(
    "the attack of 13-14 April 2024", "2024-04-13", "2024-04-14", granularity="range", resolution="manual"
)
UAV = "uav"
BALLISTIC = "ballistic missile"
CRUISE = "cruise missile"
PROJECTILE = "projectile"

SOURCES: list[Source] = [
    # -- 1. Iran's attack: IDF figures -------------------------------------------------------
    Source(
        id="axios-2024-04-13-iran-israel-attack",
        title="Iran launches retaliatory attack on Israel",
        publisher="outlet:axios",
        publisher_name="Axios",
        url="https://www.axios.com/2024/04/13/iran-israel-attack",
        published=date(2024, 4, 13),
        basis="The stored copy reads 'Updated Apr 13, 2024'.",
        paragraphs=[
            '"More than 200 drones, cruise missiles and ballistic missiles were fired from Iran," '
            "IDF spokesperson Rear Adm. Daniel Hagari said."
        ],
        claims=[
            quantity(
                "More than 200 drones, cruise missiles and ballistic missiles",
                interval="(200, inf)",
                number="200",
                qualifier="More than",
                qclass="more_than",
                counted=("drones, cruise missiles and ballistic missiles", PROJECTILE),
                actor=IRAN,
                predicate="fired",
                chain=[HAGARI],
                time=ATTACK_NIGHT,
                note="The early overnight figure; the excerpt gives no date, so the attack's is set by hand.",
            )
        ],
    ),
    Source(
        id="npr-2024-04-13-israel-shoots-down-missiles",
        title="Israel shoots down missiles and drones after Iran launches unprecedented attack",
        publisher="outlet:npr",
        publisher_name="NPR",
        url="https://www.kalw.org/npr-news/2024-04-13/israel-shoots-down-missiles-and-drones-after-iran-launches-unprecedented-attack",
        published=date(2024, 4, 13),
        basis="The stored copy (KALW) reads 'Updated April 13, 2024 at 11:11 PM ET'.",
        paragraphs=[
            "Israeli military spokesperson Rear Adm. Daniel Hagari said Iran fired more than 300 projectiles at "
            'Israel overnight, 99% of which were shot down, the "vast majority".'
        ],
        claims=[
            quantity(
                "more than 300 projectiles",
                interval="(300, inf)",
                number="300",
                qualifier="more than",
                qclass="more_than",
                counted=("projectiles", PROJECTILE),
                actor=IRAN,
                predicate="fired",
                chain=[("Daniel Hagari", "person:daniel-hagari", "said", "indirect")],
                time=when("overnight", "2024-04-13", "2024-04-14", granularity="range"),
            )
        ],
    ),
    Source(
        id="abc-2024-04-14-live-updates",
        title="Israel-Gaza live updates (entry on Iran's Saturday attack)",
        publisher="outlet:abc-news",
        publisher_name="ABC News",
        url="https://abcnews.go.com/amp/International/live-updates/israel-gaza-hamas-war/?entryId=109466208&id=108860743&offset=52",
        published=date(2024, 4, 14),
        basis="Live-updates entry about the 'Saturday' attack; dated 14 April 2024 from the entry.",
        paragraphs=[
            "Iran's Islamic Revolutionary Guard Corps, according to Israel Defense Forces spokesperson Daniel "
            "Hagari, launched 170 unmanned aerial vehicles (UAVs), more than 120 ballistic missiles and more "
            "than 30 cruise missiles in the attack."
        ],
        claims=[
            quantity(
                "170 unmanned aerial vehicles (UAVs)",
                interval="[170, 170]",
                number="170",
                qualifier=None,
                qclass="exact",
                counted=("unmanned aerial vehicles (UAVs)", UAV),
                actor=ref("Iran's Islamic Revolutionary Guard Corps", "org:irgc"),
                predicate="launched",
                chain=[("Daniel Hagari", "person:daniel-hagari", "according to", "indirect")],
                time=ATTACK_NIGHT,
            ),
            quantity(
                "more than 120 ballistic missiles",
                interval="(120, inf)",
                number="120",
                qualifier="more than",
                qclass="more_than",
                counted=("ballistic missiles", BALLISTIC),
                actor=ref("Iran's Islamic Revolutionary Guard Corps", "org:irgc"),
                predicate="launched",
                chain=[("Daniel Hagari", "person:daniel-hagari", "according to", "indirect")],
                time=ATTACK_NIGHT,
            ),
            quantity(
                "more than 30 cruise missiles",
                interval="(30, inf)",
                number="30",
                qualifier="more than",
                qclass="more_than",
                counted=("cruise missiles", CRUISE),
                actor=ref("Iran's Islamic Revolutionary Guard Corps", "org:irgc"),
                predicate="launched",
                chain=[("Daniel Hagari", "person:daniel-hagari", "according to", "indirect")],
                time=ATTACK_NIGHT,
            ),
        ],
    ),
    Source(
        id="daily-mail-2024-04-14-iran-israel-attack",
        title="Iran attack on Israel: missile injures girl",
        publisher="outlet:daily-mail",
        publisher_name="Daily Mail",
        url="https://www.dailymail.co.uk/news/article-13307285/iran-israel-attack-missile-girl-critical-condition.html",
        published=date(2024, 4, 14),
        paragraphs=[
            "The Israel Defences Force (IDF) said Iran launched 170 drones, more than 30 cruise missiles and at "
            "least 120 ballistic missiles"
        ],
        claims=[
            quantity(
                "170 drones",
                interval="[170, 170]",
                number="170",
                qualifier=None,
                qclass="exact",
                counted=("drones", UAV),
                actor=IRAN,
                predicate="launched",
                chain=[("The Israel Defences Force (IDF)", "org:idf", "said", "indirect")],
                time=ATTACK_NIGHT,
            ),
            quantity(
                "more than 30 cruise missiles",
                interval="(30, inf)",
                number="30",
                qualifier="more than",
                qclass="more_than",
                counted=("cruise missiles", CRUISE),
                actor=IRAN,
                predicate="launched",
                chain=[("The Israel Defences Force (IDF)", "org:idf", "said", "indirect")],
                time=ATTACK_NIGHT,
            ),
            quantity(
                "at least 120 ballistic missiles",
                interval="[120, inf)",
                number="120",
                qualifier="at least",
                qclass="at_least",
                counted=("ballistic missiles", BALLISTIC),
                actor=IRAN,
                predicate="launched",
                chain=[("The Israel Defences Force (IDF)", "org:idf", "said", "indirect")],
                time=ATTACK_NIGHT,
            ),
        ],
    ),
    Source(
        id="world-israel-news-2024-04-15-us-shot-down",
        title="US shot down over 80 drones, six ballistic missiles",
        publisher="outlet:world-israel-news",
        publisher_name="World Israel News",
        url="https://worldisraelnews.com/us-shot-down-over-80-drones-six-ballistic-missiles/",
        published=date(2024, 4, 15),
        basis="Not shown; about 15 April 2024 (the US figures it reports were released on 14-15 April).",
        paragraphs=[
            "That represents around half of the 170 drones that the IDF said were launched at Israel along with "
            "30 cruise missiles and 110 ballistic missiles."
        ],
        claims=[
            quantity(
                "170 drones",
                interval="[170, 170]",
                number="170",
                qualifier=None,
                qclass="exact",
                counted=("drones", UAV),
                actor=IRAN,
                predicate="launched",
                chain=[("the IDF", "org:idf", "said", "indirect")],
                time=ATTACK_NIGHT,
                note="The launcher is not named in the excerpt; the context is Iran's attack.",
            ),
            quantity(
                "30 cruise missiles",
                interval="[30, 30]",
                number="30",
                qualifier=None,
                qclass="exact",
                counted=("cruise missiles", CRUISE),
                actor=IRAN,
                predicate="launched",
                chain=[("the IDF", "org:idf", "said", "indirect")],
                time=ATTACK_NIGHT,
            ),
            quantity(
                "110 ballistic missiles",
                interval="[110, 110]",
                number="110",
                qualifier=None,
                qclass="exact",
                counted=("ballistic missiles", BALLISTIC),
                actor=IRAN,
                predicate="launched",
                chain=[("the IDF", "org:idf", "said", "indirect")],
                time=ATTACK_NIGHT,
            ),
        ],
    ),
    Source(
        id="kyiv-independent-2024-04-18-teaser",
        title="Air Force: Ukraine downs 13 out of 13 Russian drones overnight on April 18 (teaser)",
        publisher="outlet:kyiv-independent",
        publisher_name="Kyiv Independent",
        url="https://kyivindependent.com/air-force-ukraine-downs-13-out-of-13-russian-drones-overnight-on-april-18",
        published=date(2024, 4, 18),
        basis="The page's date; the stored teaser is truncated mid-word.",
        paragraphs=[
            "over 120 ballistic missiles, over 30 cruise missiles, and about 170 drones … on April 13, Israel's "
            "Defense Forces (IDF) sai…"
        ],
        claims=[
            quantity(
                "over 120 ballistic missiles",
                interval="(120, inf)",
                number="120",
                qualifier="over",
                qclass="more_than",
                counted=("ballistic missiles", BALLISTIC),
                actor=IRAN,
                predicate="launched",
                chain=[("Israel's Defense Forces (IDF)", "org:idf", "said", "indirect")],
                time=ATTACK_DAY,
                note="Launcher and verb are cut off in the stored teaser; the teaser is about Iran's attack.",
            ),
            quantity(
                "over 30 cruise missiles",
                interval="(30, inf)",
                number="30",
                qualifier="over",
                qclass="more_than",
                counted=("cruise missiles", CRUISE),
                actor=IRAN,
                predicate="launched",
                chain=[("Israel's Defense Forces (IDF)", "org:idf", "said", "indirect")],
                time=ATTACK_DAY,
            ),
            quantity(
                "about 170 drones",
                interval="[153, 187]",
                number="170",
                qualifier="about",
                qclass="about",
                counted=("drones", UAV),
                actor=IRAN,
                predicate="launched",
                chain=[("Israel's Defense Forces (IDF)", "org:idf", "said", "indirect")],
                time=ATTACK_DAY,
            ),
        ],
    ),
    Source(
        id="terra-brasil-2024-04-idf-spokesman",
        title="Porta-voz militar de Israel revela quantos mísseis foram lançados pelo Irã em ataque",
        publisher="outlet:terra-brasil-noticias",
        publisher_name="Terra Brasil Notícias",
        url="https://terrabrasilnoticias.com/2024/04/porta-voz-militar-de-israel-revela-quantos-misseis-foram-lancados-pelo-ira-em-ataque",
        published=date(2024, 4, 14),
        basis="Not shown; the URL gives April 2024 and the figure is Hagari's of Sunday 14 April (earliest date).",
        language="pt",
        paragraphs=[
            "Segundo ele, cerca de 350 mísseis, carregando aproximadamente 60 toneladas de explosivos, foram "
            "lançados contra Israel a partir do Irã, Iraque, Iêmen e Hezbollah do Líbano.",
            "mais de 70 drones de ataque e pelo menos três mísseis balísticos",
        ],
        claims=[
            quantity(
                "cerca de 350 mísseis",
                interval="[315, 385]",
                number="350",
                qualifier="cerca de",
                qclass="about",
                counted=("mísseis", PROJECTILE),
                actor=ref("Irã", "country:IR"),
                predicate="lançados",
                chain=[("ele", "person:daniel-hagari", "segundo", "indirect")],
                time=ATTACK_NIGHT,
                note="'ele' is IDF spokesman Daniel Hagari (the headline); the 350 counts missiles and drones "
                "together (i24news headline '350 missiles et drones'), so the counted thing is all projectiles.",
            ),
            quantity(
                "mais de 70 drones de ataque",
                interval="(70, inf)",
                number="70",
                qualifier="mais de",
                qclass="more_than",
                counted=("drones de ataque", UAV),
                actor=ref("forças americanas", "country:US", "manual"),
                predicate="interceptaram",
                chain=[("duas autoridades americanas", "country:US", "segundo", "indirect")],
                time=ATTACK_NIGHT,
                note="Relays the same early figure as CNN, from two US officials.",
            ),
            quantity(
                "pelo menos três mísseis balísticos",
                interval="[3, inf)",
                number="três",
                qualifier="pelo menos",
                qclass="at_least",
                counted=("mísseis balísticos", BALLISTIC),
                actor=ref("forças americanas", "country:US", "manual"),
                predicate="interceptaram",
                chain=[("duas autoridades americanas", "country:US", "segundo", "indirect")],
                time=ATTACK_NIGHT,
            ),
        ],
    ),
    Source(
        id="newsx-2024-04-16-iron-shield",
        title="IDF names Israel's successful operation against Iranian attack 'Iron Shield'",
        publisher="NewsX",
        publisher_name="NewsX",
        url="https://www.newsx.com/world/idf-names-israels-successful-operation-against-iranian-attack-iron-shield/",
        published=date(2024, 4, 16),
        paragraphs=[
            "“’Iron Shield’ – the official name of the interception and thwarting operation of the Iranian attack "
            "on Saturday,” the IDF posted on X"
        ],
        claims=[
            event(
                "the Iranian attack on Saturday",
                predicate="attack",
                actors=[ref("Iranian", "country:IR")],
                targets=[ref("Israel", "country:IL", "manual")],
                chain=[("the IDF", "org:idf", "posted on X", "direct")],
                time=when("on Saturday", "2024-04-13", resolution="relative", anchor="the attack weekend"),
                note="Saturday before publication on Tuesday 16 April 2024 is 13 April.",
            )
        ],
    ),
    # -- 2. The US role ------------------------------------------------------------------------
    Source(
        id="cnn-2024-04-13-live-updates",
        title="Live updates: Iran launches drones and missiles at Israel",
        publisher="outlet:cnn",
        publisher_name="CNN",
        url="https://edition.cnn.com/middleeast/live-news/israel-hamas-war-gaza-news-04-13-24/index.html",
        published=date(2024, 4, 13),
        basis="The live page of 13-14 April (URL 04-13-24); reached through a bing.com redirect.",
        paragraphs=[
            "US forces intercepted more than 70 drones and at least three ballistic missiles, according to US "
            "officials."
        ],
        claims=[
            quantity(
                "more than 70 drones",
                interval="(70, inf)",
                number="70",
                qualifier="more than",
                qclass="more_than",
                counted=("drones", UAV),
                actor=US_FORCES,
                predicate="intercepted",
                chain=[US_OFFICIALS],
                time=ATTACK_NIGHT,
            ),
            quantity(
                "at least three ballistic missiles",
                interval="[3, inf)",
                number="three",
                qualifier="at least",
                qclass="at_least",
                counted=("ballistic missiles", BALLISTIC),
                actor=US_FORCES,
                predicate="intercepted",
                chain=[US_OFFICIALS],
                time=ATTACK_NIGHT,
            ),
        ],
    ),
    Source(
        id="jewish-press-2024-04-14-austin",
        title="Sec. Austin: US Intercepted Dozens of Iranian Missiles",
        publisher="outlet:jewish-press",
        publisher_name="Jewish Press",
        url="https://www.jewishpress.com/news/us-news/sec-austin-us-intercepted-dozens-of-iranian-missiles/2024/04/14/",
        published=date(2024, 4, 14),
        paragraphs=[
            "According to US officials cited by CNN, the US military intercepted more than 70 drones and at least "
            "three ballistic missiles launched by Iran toward Israel.",
            "a senior US official stated that Iran launched over 100 ballistic missiles toward Israel in total.",
        ],
        claims=[
            quantity(
                "more than 70 drones",
                interval="(70, inf)",
                number="70",
                qualifier="more than",
                qclass="more_than",
                counted=("drones", UAV),
                actor=ref("the US military", "country:US", "manual"),
                predicate="intercepted",
                chain=[("CNN", "outlet:cnn", "cited by", "indirect"), US_OFFICIALS],
                time=ATTACK_NIGHT,
            ),
            quantity(
                "at least three ballistic missiles",
                interval="[3, inf)",
                number="three",
                qualifier="at least",
                qclass="at_least",
                counted=("ballistic missiles", BALLISTIC),
                actor=ref("the US military", "country:US", "manual"),
                predicate="intercepted",
                chain=[("CNN", "outlet:cnn", "cited by", "indirect"), US_OFFICIALS],
                time=ATTACK_NIGHT,
            ),
            quantity(
                "over 100 ballistic missiles",
                interval="(100, inf)",
                number="100",
                qualifier="over",
                qclass="more_than",
                counted=("ballistic missiles", BALLISTIC),
                actor=IRAN,
                predicate="launched",
                chain=[("a senior US official", "country:US", "stated", "indirect")],
                time=ATTACK_NIGHT,
            ),
        ],
    ),
    Source(
        id="times-of-israel-2024-04-14-us-official",
        title="US military official says Israel shot down most of Iran's ballistic missiles",
        publisher="outlet:times-of-israel",
        publisher_name="The Times of Israel",
        url="https://www.timesofisrael.com/liveblog_entry/us-military-official-says-israel-shot-down-most-of-irans-ballistic-missiles-praises-phenomenal-defense-capabilities/",
        published=date(2024, 4, 14),
        basis="Not shown; the text says 'last night's attack', so the day after the 13-14 April attack.",
        paragraphs=[
            "US alert aircrafts in the region also shot down more than 70 Iranian UAV drones headed toward Israel"
        ],
        claims=[
            quantity(
                "more than 70 Iranian UAV drones",
                interval="(70, inf)",
                number="70",
                qualifier="more than",
                qclass="more_than",
                counted=("Iranian UAV drones", UAV),
                actor=ref("US alert aircrafts", "country:US", "manual"),
                predicate="shot down",
                chain=[("a senior US military official", "org:us-dod", "says", "indirect")],
                time=ATTACK_NIGHT,
            )
        ],
    ),
    Source(
        id="business-insider-2024-04-14-us-forces",
        title="US forces shot down over 75 Iranian missiles and drones in its biggest air defense",
        publisher="outlet:business-insider",
        publisher_name="Business Insider",
        url="https://africa.businessinsider.com/military-and-defense/us-forces-shot-down-over-75-iranian-missiles-and-drones-in-its-biggest-air-defense/mfnd63z",
        published=date(2024, 4, 14),
        basis="Not shown; it reports a briefing 'on Sunday' (14 April 2024), the earliest date consistent with it.",
        paragraphs=[
            "Iran and its proxy militias launched a barrage of 170 attack drones, 120 ballistic missiles, and 30 "
            "cruise missiles at Israel … according to the Israel Defense Forces.",
            "Two US Navy destroyers operating in the eastern Mediterranean Sea — the USS Arleigh Burke and USS "
            "Carney — engaged and destroyed between four and six ballistic missiles, and a Patriot air-defense "
            "system shot down one ballistic missile above Iraq, an official said.",
        ],
        claims=[
            quantity(
                "170 attack drones",
                interval="[170, 170]",
                number="170",
                qualifier=None,
                qclass="exact",
                counted=("attack drones", UAV),
                actor=ref("Iran and its proxy militias", "country:IR", "manual"),
                predicate="launched",
                chain=[("the Israel Defense Forces", "org:idf", "according to", "indirect")],
                time=ATTACK_NIGHT,
            ),
            quantity(
                "120 ballistic missiles",
                interval="[120, 120]",
                number="120",
                qualifier=None,
                qclass="exact",
                counted=("ballistic missiles", BALLISTIC),
                actor=ref("Iran and its proxy militias", "country:IR", "manual"),
                predicate="launched",
                chain=[("the Israel Defense Forces", "org:idf", "according to", "indirect")],
                time=ATTACK_NIGHT,
            ),
            quantity(
                "30 cruise missiles",
                interval="[30, 30]",
                number="30",
                qualifier=None,
                qclass="exact",
                counted=("cruise missiles", CRUISE),
                actor=ref("Iran and its proxy militias", "country:IR", "manual"),
                predicate="launched",
                chain=[("the Israel Defense Forces", "org:idf", "according to", "indirect")],
                time=ATTACK_NIGHT,
            ),
            quantity(
                "between four and six ballistic missiles",
                interval="[4, 6]",
                number="four and six",
                qualifier="between",
                qclass="range",
                counted=("ballistic missiles", BALLISTIC),
                actor=ref("Two US Navy destroyers", "org:us-navy", "manual"),
                predicate="engaged and destroyed",
                chain=[("an official", "org:us-dod", "said", "indirect")],
                time=ATTACK_NIGHT,
                note="'an official' is the senior US military official of the Sunday briefing.",
            ),
        ],
    ),
    Source(
        id="cnn-2024-04-14-centcom-statement",
        title="Live updates, 14 April 2024, 7:53 p.m. ET (Philip Wang)",
        publisher="outlet:cnn",
        publisher_name="CNN",
        url="https://www.cnn.com/middleeast/live-news/israel-hamas-war-gaza-news-04-14-24/h_6e0626d9523830a5b669ccf2f4b2ec7d",
        published=date(2024, 4, 14),
        basis="The entry's time stamp, 7:53 p.m. ET on 14 April 2024; stored copy through an initialnews.com proxy.",
        paragraphs=[
            "US forces intercepted more than 80 one-way attack drones and at least six ballistic missiles from Iran "
            "and Yemen during its attack on Israel, according to a statement from the Central Command."
        ],
        claims=[
            quantity(
                "more than 80 one-way attack drones",
                interval="(80, inf)",
                number="80",
                qualifier="more than",
                qclass="more_than",
                counted=("one-way attack drones", UAV),
                actor=US_FORCES,
                predicate="intercepted",
                chain=[("the Central Command", "org:centcom", "according to a statement from", "indirect")],
                time=ATTACK_NIGHT,
            ),
            quantity(
                "at least six ballistic missiles",
                interval="[6, inf)",
                number="six",
                qualifier="at least",
                qclass="at_least",
                counted=("ballistic missiles", BALLISTIC),
                actor=US_FORCES,
                predicate="intercepted",
                chain=[("the Central Command", "org:centcom", "according to a statement from", "indirect")],
                time=ATTACK_NIGHT,
            ),
        ],
    ),
    Source(
        id="jpost-2024-04-15-centcom",
        title="US forces destroyed over 80 drones, 6 missiles launched from Iran, Yemen - CENTCOM",
        publisher="outlet:jerusalem-post",
        publisher_name="The Jerusalem Post",
        url="https://www.jpost.com/breaking-news/article-797068",
        published=date(2024, 4, 15),
        basis="The stored copy reads 'Updated: APRIL 15, 2024 04:10'; the text is Reuters'.",
        paragraphs=[
            "US forces, supported by US European Command destroyers, on Saturday and Sunday destroyed more than 80 "
            "one-way attack drones and at least six ballistic missiles aimed at Israel from Iran and Yemen, the US "
            "Central Command (CENTCOM) said on Monday.",
            "…as most were shot down by Israel's Iron Dome defense system and with help from the United States, "
            "Britain, France and Jordan.",
        ],
        claims=[
            quantity(
                "more than 80 one-way attack drones",
                interval="(80, inf)",
                number="80",
                qualifier="more than",
                qclass="more_than",
                counted=("one-way attack drones", UAV),
                actor=US_FORCES,
                predicate="destroyed",
                chain=[("Reuters", "outlet:reuters", "reported", "indirect"), CENTCOM_SAID],
                time=when("on Saturday and Sunday", "2024-04-13", "2024-04-14", granularity="range"),
            ),
            quantity(
                "at least six ballistic missiles",
                interval="[6, inf)",
                number="six",
                qualifier="at least",
                qclass="at_least",
                counted=("ballistic missiles", BALLISTIC),
                actor=US_FORCES,
                predicate="destroyed",
                chain=[("Reuters", "outlet:reuters", "reported", "indirect"), CENTCOM_SAID],
                time=when("on Saturday and Sunday", "2024-04-13", "2024-04-14", granularity="range"),
            ),
            event(
                "with help from the United States, Britain, France and Jordan",
                predicate="intercept",
                actors=[
                    ref("the United States", "country:US"),
                    ref("Britain", "country:GB"),
                    ref("France", "country:FR"),
                    ref("Jordan", "country:JO"),
                ],
                chain=[("Reuters", "outlet:reuters", "reported", "indirect")],
                time=ATTACK_NIGHT,
                note="Helped Israel shoot down Iran's drones and missiles.",
            ),
        ],
    ),
    Source(
        id="middle-east-monitor-2024-04-15-centcom",
        title="US forces destroyed 80 drones and 6 missiles launched from Iran and Yemen",
        publisher="outlet:middle-east-monitor",
        publisher_name="Middle East Monitor",
        url="https://www.middleeastmonitor.com/20240415-us-forces-destroyed-80-drones-and-6-missiles-launched-from-iran-and-yemen/",
        published=date(2024, 4, 15),
        basis="Date from the URL; the text is the same Reuters copy as The Jerusalem Post's.",
        derived_from=Origin(name="Reuters"),
        paragraphs=[
            "US forces, supported by US European Command destroyers, on Saturday and Sunday destroyed more than 80 "
            "one-way attack drones and at least six ballistic missiles aimed at Israel from Iran and Yemen, the US "
            "Central Command (CENTCOM) said on Monday."
        ],
        claims=[
            quantity(
                "more than 80 one-way attack drones",
                interval="(80, inf)",
                number="80",
                qualifier="more than",
                qclass="more_than",
                counted=("one-way attack drones", UAV),
                actor=US_FORCES,
                predicate="destroyed",
                chain=[("Reuters", "outlet:reuters", "reported", "indirect"), CENTCOM_SAID],
                time=when("on Saturday and Sunday", "2024-04-13", "2024-04-14", granularity="range"),
            ),
        ],
    ),
    Source(
        id="american-rhetoric-2024-04-15-ryder-briefing",
        title="Pat Ryder: Pentagon press briefing on Iran's missile attack on Israel",
        publisher="outlet:american-rhetoric",
        publisher_name="American Rhetoric",
        url="https://www.americanrhetoric.com/speeches/patryderpresseriranmissileisrael.htm",
        published=date(2024, 4, 15),
        basis="Transcript of the briefing Maj. Gen. Pat Ryder delivered on 15 April 2024.",
        paragraphs=[
            "…after Iran and its proxies launched more than 300 air threats on the evening of April 13 and the "
            "morning of April 14 from Iran, Iraq, Syria and Yemen, in route to Israel, to include over 110 "
            "medium-range ballistic missiles, over 30 land attack cruise missiles, and over 150 UAVs.",
            "CENTCOM forces supported by the U.S. Navy destroyers, USS Arleigh Burke and USS Carney, currently "
            "assigned to the European Command AOR, successfully engaged and destroyed more than 80 one-way attack "
            "UAVs and at least six ballistic missiles intended to strike Israel from Iran and Yemen.",
        ],
        claims=[
            quantity(
                "more than 300 air threats",
                interval="(300, inf)",
                number="300",
                qualifier="more than",
                qclass="more_than",
                counted=("air threats", PROJECTILE),
                actor=ref("Iran and its proxies", "country:IR", "manual"),
                predicate="launched",
                chain=[("Pat Ryder", "person:pat-ryder", "said", "direct")],
                time=when(
                    "the evening of April 13 and the morning of April 14",
                    "2024-04-13",
                    "2024-04-14",
                    granularity="range",
                ),
            ),
            quantity(
                "over 110 medium-range ballistic missiles",
                interval="(110, inf)",
                number="110",
                qualifier="over",
                qclass="more_than",
                counted=("medium-range ballistic missiles", BALLISTIC),
                actor=ref("Iran and its proxies", "country:IR", "manual"),
                predicate="launched",
                chain=[("Pat Ryder", "person:pat-ryder", "said", "direct")],
                time=ATTACK_NIGHT,
            ),
            quantity(
                "over 30 land attack cruise missiles",
                interval="(30, inf)",
                number="30",
                qualifier="over",
                qclass="more_than",
                counted=("land attack cruise missiles", CRUISE),
                actor=ref("Iran and its proxies", "country:IR", "manual"),
                predicate="launched",
                chain=[("Pat Ryder", "person:pat-ryder", "said", "direct")],
                time=ATTACK_NIGHT,
            ),
            quantity(
                "over 150 UAVs",
                interval="(150, inf)",
                number="150",
                qualifier="over",
                qclass="more_than",
                counted=("UAVs", UAV),
                actor=ref("Iran and its proxies", "country:IR", "manual"),
                predicate="launched",
                chain=[("Pat Ryder", "person:pat-ryder", "said", "direct")],
                time=ATTACK_NIGHT,
            ),
            quantity(
                "more than 80 one-way attack UAVs",
                interval="(80, inf)",
                number="80",
                qualifier="more than",
                qclass="more_than",
                counted=("one-way attack UAVs", UAV),
                actor=ref("CENTCOM forces", "org:centcom", "manual"),
                predicate="engaged and destroyed",
                chain=[("Pat Ryder", "person:pat-ryder", "said", "direct")],
                time=ATTACK_NIGHT,
            ),
            quantity(
                "at least six ballistic missiles",
                interval="[6, inf)",
                number="six",
                qualifier="at least",
                qclass="at_least",
                counted=("ballistic missiles", BALLISTIC),
                actor=ref("CENTCOM forces", "org:centcom", "manual"),
                predicate="engaged and destroyed",
                chain=[("Pat Ryder", "person:pat-ryder", "said", "direct")],
                time=ATTACK_NIGHT,
            ),
        ],
    ),
    Source(
        id="straits-times-2024-04-14-biden",
        title="US helped Israel take down nearly all incoming drones, missiles from Iran: Biden",
        publisher="outlet:straits-times",
        publisher_name="The Straits Times",
        url="https://www.straitstimes.com/world/middle-east/us-helped-israel-take-down-nearly-all-incoming-drones-missiles-from-iran-biden",
        published=date(2024, 4, 14),
        basis="Relays President Biden's White House statement of 13 April 2024.",
        paragraphs=[
            "Earlier today, Iran - and its proxies operating out of Yemen, Syria and Iraq - launched an "
            "unprecedented air attack against military facilities in Israel.",
            "Thanks to these deployments and the extraordinary skill of our service members, we helped Israel take "
            "down nearly all of the incoming drones and missiles.",
        ],
        claims=[
            event(
                "Iran - and its proxies operating out of Yemen, Syria and Iraq - launched an unprecedented air attack "
                "against military facilities in Israel",
                predicate="attack",
                actors=[ref("Iran", "country:IR")],
                targets=[ref("Israel", "country:IL")],
                chain=[("Biden", "person:joe-biden", "said", "direct")],
                time=when(
                    "Earlier today", "2024-04-13", resolution="relative", anchor="Biden's statement of 2024-04-13"
                ),
                modality="reported",
            ),
            event(
                "we helped Israel take down nearly all of the incoming drones and missiles",
                predicate="intercept",
                actors=[ref("we", "country:US", "pronoun", antecedent="the United States")],
                chain=[("Biden", "person:joe-biden", "said", "direct")],
                time=ATTACK_NIGHT,
            ),
        ],
    ),
    Source(
        id="enmnews-2024-04-15-kirby",
        title="White House denies reports Iran tailored strikes against Israel to fail",
        publisher="ENM News",
        publisher_name="ENM News",
        url="https://www.enmnews.com/2024/04/15/white-house-denies-reports-iran-tailored-strikes-against-israel-to-fail/",
        published=date(2024, 4, 15),
        paragraphs=[
            "Israel and the United States shot down more than 99% of the roughly 300 drones and missiles Iran "
            "launched against Israel on Saturday, according to Kirby, calling the attack a “spectacular and "
            "embarrassing failure” for Iran."
        ],
        claims=[
            quantity(
                "roughly 300 drones and missiles",
                interval="[270, 330]",
                number="300",
                qualifier="roughly",
                qclass="about",
                counted=("drones and missiles", PROJECTILE),
                actor=IRAN,
                predicate="launched",
                chain=[("Kirby", "person:john-kirby", "according to", "indirect")],
                time=when("on Saturday", "2024-04-13", resolution="relative", anchor="Monday 2024-04-15"),
            )
        ],
    ),
    # -- 3. UK and Jordan ----------------------------------------------------------------------
    Source(
        id="lbc-2024-04-14-sunak-raf",
        title="Rishi Sunak: RAF jets shot down Iranian attack drones",
        publisher="outlet:lbc",
        publisher_name="LBC",
        url="https://www.lbc.co.uk/news/rishi-sunak-iran-attack-israel-raf-jets-strikes-missiles/",
        published=date(2024, 4, 14),
        paragraphs=["“I can confirm that our pilots did shoot down a number of Iranian attack drones.”"],
        claims=[
            event(
                "our pilots did shoot down a number of Iranian attack drones",
                predicate="intercept",
                actors=[ref("our pilots", "country:GB", "manual")],
                chain=[("Rishi Sunak", "person:rishi-sunak", "said", "direct")],
                time=ATTACK_NIGHT,
                note="'our pilots' are the RAF's, as the UK prime minister says.",
            )
        ],
    ),
    Source(
        id="al-arabiya-2024-04-14-jordan",
        title="Jordan says it intercepted flying objects that entered its airspace last night",
        publisher="outlet:al-arabiya",
        publisher_name="Al Arabiya",
        url="https://english.alarabiya.net/News/middle-east/2024/04/14/jordan-says-it-intercepted-flying-objects-entered-its-airspace-last-night",
        published=date(2024, 4, 14),
        paragraphs=[
            "Jordan intercepted some flying objects that entered its airspace on Saturday night to ensure the "
            "safety of its citizens, a cabinet statement said on Sunday."
        ],
        claims=[
            event(
                "Jordan intercepted some flying objects that entered its airspace on Saturday night",
                predicate="intercept",
                actors=[ref("Jordan", "country:JO")],
                chain=[("a cabinet statement", "country:JO", "said", "indirect")],
                time=when("on Saturday night", "2024-04-13", "2024-04-14", granularity="range", resolution="relative"),
            )
        ],
    ),
]

SOURCES += [
    # -- 4. The Bild report of 27 May 2024 -----------------------------------------------------
    Source(
        id="close-the-sky-2024-05-27-nato-discusses",
        title="NATO discusses the possibility of taking the sky under protection",
        publisher="outlet:close-the-sky-over-ukraine",
        publisher_name="Close the Sky over Ukraine",
        url="https://closetheskyoverukraine.com/latest-news/nato-discusses-the-possibility-of-taking-the-sky-under-protection",
        published=date(2024, 5, 27),
        paragraphs=[
            "NATO is discussing the possibility of protecting the skies over western Ukraine. Poland is the "
            'initiator of the "enhanced air defense", but there is no final decision yet, Bild reported on '
            "Monday, May 27.",
            "Estonia, the United Kingdom, Poland, Canada, Lithuania, and France are in favor of expanding aid. "
            "The United States and Germany are against it.",
        ],
        claims=[
            statement(
                "NATO is discussing the possibility of protecting the skies over western Ukraine. Poland is the "
                'initiator of the "enhanced air defense", but there is no final decision yet, Bild reported on '
                "Monday, May 27.",
                speaker=ref("Bild", "outlet:bild"),
                cue="reported",
                content="NATO is discussing the possibility of protecting the skies over western Ukraine. "
                'Poland is the initiator of the "enhanced air defense", but there is no final decision yet',
                chain=[],
                time=when("on Monday, May 27", "2024-05-27"),
            ),
            event(
                "NATO is discussing the possibility of protecting the skies over western Ukraine",
                predicate="protect",
                actors=[ref("NATO", "org:nato")],
                place=ref("western Ukraine", "country:UA", "manual"),
                chain=[BILD],
                modality="hedged",
            ),
            event(
                "there is no final decision yet",
                predicate="decide",
                actors=[ref("NATO", "org:nato", "manual")],
                chain=[BILD],
                polarity="negative",
            ),
            *(
                stance(
                    "Estonia, the United Kingdom, Poland, Canada, Lithuania, and France are in favor of expanding aid",
                    holder=ref(name, entity),
                    name=name,
                    stance="support",
                    target_text="expanding aid",
                    chain=[BILD],
                )
                for name, entity in [
                    ("Estonia", "country:EE"),
                    ("the United Kingdom", "country:GB"),
                    ("Poland", "country:PL"),
                    ("Canada", "country:CA"),
                    ("Lithuania", "country:LT"),
                    ("France", "country:FR"),
                ]
            ),
            *(
                stance(
                    "The United States and Germany are against it",
                    holder=ref(name, entity),
                    name=name,
                    stance="oppose",
                    target_text="expanding aid",
                    chain=[BILD],
                    note="'it' is the expansion of aid named in the sentence before.",
                )
                for name, entity in [("The United States", "country:US"), ("Germany", "country:DE")]
            ),
        ],
    ),
    Source(
        id="unn-2024-05-27-nato-skies-western-ukraine",
        title="NATO discusses possibility to protect skies over western Ukraine - media",
        publisher="outlet:unn",
        publisher_name="UNN",
        url="https://unn.ua/en/news/nato-discusses-possibility-to-protect-skies-over-western-ukraine-media",
        published=date(2024, 5, 27),
        basis="Not shown; inferred from the Bild report of 27 May 2024 it relays.",
        paragraphs=[
            "Some NATO countries are ready to expand their support for Ukraine and act directly on the country's "
            "territory. Estonia, the United Kingdom, Poland, Canada, Lithuania, and France are in favor of "
            "expanding assistance.",
            "a number of NATO countries, including the United Kingdom, Canada, and Estonia, are ready to deliver "
            "weapons and ammunition not only to Ukraine's borders but also further to the front line. Several "
            'Western countries are currently developing the concept of "advanced logistics.',
        ],
        claims=[
            *(
                stance(
                    "Estonia, the United Kingdom, Poland, Canada, Lithuania, and France are in favor of expanding "
                    "assistance",
                    holder=ref(name, entity),
                    name=name,
                    stance="support",
                    target_text="expanding assistance, acting directly on Ukraine's territory",
                    chain=[BILD],
                )
                for name, entity in [
                    ("Estonia", "country:EE"),
                    ("the United Kingdom", "country:GB"),
                    ("Poland", "country:PL"),
                    ("Canada", "country:CA"),
                    ("Lithuania", "country:LT"),
                    ("France", "country:FR"),
                ]
            ),
            event(
                "a number of NATO countries, including the United Kingdom, Canada, and Estonia, are ready to deliver "
                "weapons and ammunition not only to Ukraine's borders but also further to the front line",
                predicate="deliver",
                actors=[
                    ref("the United Kingdom", "country:GB"),
                    ref("Canada", "country:CA"),
                    ref("Estonia", "country:EE"),
                ],
                place=ref("Ukraine's", "country:UA"),
                chain=[BILD],
                modality="hedged",
            ),
        ],
    ),
    Source(
        id="liga-2024-05-27-nato-may-close-sky",
        title="NATO may close the sky over western Ukraine; where the training of the Armed Forces will take place",
        publisher="outlet:liga-net",
        publisher_name="LIGA.net",
        url="https://news.liga.net/en/politics/news/nato-mozhet-zakryt-nebo-nad-zapadom-ukrainy-gde-budet-prohodit-obuchenie-vsu",
        published=date(2024, 5, 27),
        paragraphs=[
            "According to sources, Poland is considering forming a coalition to strengthen air defenses in western "
            "Ukraine, although no concrete decisions have been made yet.",
            "The UK, Canada, Estonia, Lithuania, and France are prepared to transport military instructors to "
            "Ukraine in the future, Bild reports.",
        ],
        claims=[
            event(
                "no concrete decisions have been made yet",
                predicate="decide",
                actors=[ref("NATO", "org:nato", "manual")],
                chain=[("sources", None, "according to", "indirect")],
                polarity="negative",
                note="The excerpt does not name who has not decided; the context is the NATO discussion.",
            ),
            event(
                "The UK, Canada, Estonia, Lithuania, and France are prepared to transport military instructors to "
                "Ukraine in the future",
                predicate="transport",
                actors=[
                    ref("The UK", "country:GB"),
                    ref("Canada", "country:CA"),
                    ref("Estonia", "country:EE"),
                    ref("Lithuania", "country:LT"),
                    ref("France", "country:FR"),
                ],
                place=ref("Ukraine", "country:UA"),
                chain=[BILD],
                modality="planned",
            ),
        ],
    ),
    Source(
        id="semafor-2024-05-30-nato-weighs-shooting-down",
        title="As Russia's airstrikes grow more successful, NATO countries weigh shooting down missiles over Ukraine",
        publisher="outlet:semafor",
        publisher_name="Semafor",
        url="https://www.semafor.com/article/05/30/2024/as-russias-airstrikes-grow-more-successful-nato-countries-weigh-shooting-down-missiles-over-ukraine",
        published=date(2024, 5, 30),
        basis="Date and title from the URL.",
        paragraphs=[
            "Poland and Romania are “very interested” in the idea, Volker said, but he noted that the US and "
            "Germany have been resistant to it due to the risk of drawing NATO directly into a conflict with Russia."
        ],
        claims=[
            *(
                stance(
                    "the US and Germany have been resistant to it",
                    holder=ref(name, entity),
                    name=name,
                    stance="oppose",
                    target_text="NATO countries shooting down missiles over Ukraine",
                    chain=[("Volker", "person:kurt-volker", "noted", "indirect")],
                    note="'it' is 'the idea' of the headline: NATO countries shooting down missiles over Ukraine.",
                )
                for name, entity in [("the US", "country:US"), ("Germany", "country:DE")]
            ),
        ],
    ),
    # -- 5. Zelenskyy, 15 and 20 April 2024 -----------------------------------------------------
    Source(
        id="ukrainska-pravda-2024-04-15-zelenskyy",
        title="Zelenskyy: the same defence as for Israel is possible for Ukraine",
        publisher="outlet:ukrainska-pravda",
        publisher_name="Ukrainska Pravda",
        url="https://www.pravda.com.ua/eng/news/2024/04/15/7451343/",
        published=date(2024, 4, 15),
        basis="The stored copy reads 'Monday, 15 April 2024, 18:57'; a Telegram post after the Stavka meeting.",
        paragraphs=[
            "The same is possible in defending against terror in Ukraine, which, like Israel, is not a member of "
            "NATO. And this does not require the activation of Article 5, simple political will is enough."
        ],
        claims=[
            statement(
                "The same is possible in defending against terror in Ukraine, which, like Israel, is not a member of "
                "NATO.",
                speaker=ref("Zelenskyy", "person:volodymyr-zelenskyy", "manual"),
                cue="wrote",
                content="The same is possible in defending against terror in Ukraine",
                chain=[],
                mode="direct",
                time=when("2024-04-15", "2024-04-15", resolution="manual", year_inferred=False),
                venue="Telegram post after the Supreme Commander-in-Chief Staff meeting",
            ),
            statement(
                "And this does not require the activation of Article 5, simple political will is enough.",
                speaker=ref("Zelenskyy", "person:volodymyr-zelenskyy", "manual"),
                cue="wrote",
                content="this does not require the activation of Article 5, simple political will is enough",
                chain=[],
                mode="direct",
                time=when("2024-04-15", "2024-04-15", resolution="manual", year_inferred=False),
                venue="Telegram post after the Supreme Commander-in-Chief Staff meeting",
            ),
        ],
    ),
    Source(
        id="interfax-2024-04-15-zelenskyy",
        title="Zelensky: defending Ukraine like Israel needs only political will",
        publisher="outlet:interfax-ukraine",
        publisher_name="Interfax-Ukraine",
        url="https://en.interfax.com.ua/news/general/980613.html",
        published=date(2024, 4, 15),
        paragraphs=["…And this does not require the activation of Article 5, just enough political will"],
        claims=[
            statement(
                "And this does not require the activation of Article 5, just enough political will",
                speaker=ref("Zelensky", "person:volodymyr-zelenskyy", "manual"),
                cue="wrote",
                content="this does not require the activation of Article 5, just enough political will",
                chain=[],
                mode="direct",
                time=when("2024-04-15", "2024-04-15", resolution="manual", year_inferred=False),
            ),
        ],
    ),
    Source(
        id="dagens-2024-04-21-zelensky-nato-intercept",
        title="Zelensky calls on NATO to intercept Russian missiles over Ukraine",
        publisher="outlet:dagens",
        publisher_name="Dagens",
        url="https://www.dagens.com/news/zelensky-calls-on-nato-to-intercept-russian-missiles-over-ukraine",
        published=date(2024, 4, 21),
        basis="The stored copy reads 'Apr.21 - 2024'; the interview was published on Saturday 20 April.",
        paragraphs=[
            "In a recent interview with Brazilian journalists, Ukrainian President Volodymyr Zelensky proposed "
            "that NATO aircraft should intercept Russian missiles over Ukraine."
        ],
        claims=[
            statement(
                "In a recent interview with Brazilian journalists, Ukrainian President Volodymyr Zelensky proposed "
                "that NATO aircraft should intercept Russian missiles over Ukraine.",
                speaker=ref("Ukrainian President Volodymyr Zelensky", "person:volodymyr-zelenskyy"),
                cue="proposed",
                content="NATO aircraft should intercept Russian missiles over Ukraine",
                chain=[],
                time=when("published on Saturday", "2024-04-20", resolution="manual", year_inferred=False),
                venue="interview with Brazilian journalists",
            ),
        ],
    ),
    # -- 6. The Polish Foreign Ministry, 22 May 2024 ---------------------------------------------
    Source(
        id="ukranews-2024-05-22-poland-considering",
        title="Poland thinking about shooting down Russian missiles near its borders - media",
        publisher="outlet:ukrainian-news",
        publisher_name="Ukrainian News",
        url="https://ukranews.com/en/news/1008098-poland-thinking-about-shooting-down-russian-missiles-near-its-borders-media",
        published=date(2024, 5, 22),
        basis="Not shown; the comment it reports was made on Wednesday 22 May 2024 (earliest date).",
        paragraphs=[
            '"This issue is being considered from a legal and technical point of view, but there are no decisions '
            'in this matter. The Ukrainian side appealed to the Polish side with this kind of initiative," said the '
            "spokesman of the Polish Foreign Ministry.",
            "The spokesman of the Ministry of Foreign Affairs of Poland, Paweł Wroński, stated this in a comment to "
            "Ukrinform on Wednesday, May 22.",
        ],
        claims=[
            statement(
                '"This issue is being considered from a legal and technical point of view, but there are no '
                "decisions in this matter. The Ukrainian side appealed to the Polish side with this kind of "
                'initiative," said the spokesman of the Polish Foreign Ministry.',
                speaker=ref("the spokesman of the Polish Foreign Ministry", "person:pawel-wronski", "manual"),
                cue="said",
                content="This issue is being considered from a legal and technical point of view",
                chain=[],
                mode="direct",
                time=when("on Wednesday, May 22", "2024-05-22"),
                venue="comment to Ukrinform",
            ),
        ],
    ),
    Source(
        id="nv-yahoo-2024-05-22-poland-considers",
        title="Poland ‘considers’ shooting down Russian missiles over Ukraine",
        publisher="outlet:nv",
        publisher_name="NV",
        url="https://www.yahoo.com/news/poland-considers-shooting-down-russian-224100571.html?fr=sycsrp_catchall",
        published=date(2024, 5, 22),
        basis="Not shown; reports a comment of 22 May 2024 (earliest date). Another NV piece syndicated on Yahoo.",
        derived_from=Origin(name="The New Voice of Ukraine"),
        paragraphs=[
            "The Polish government is exploring the possibility of using its air defense systems to shoot down "
            "Russian cruise missiles over western Ukraine, Poland’s Foreign Ministry spokesperson Pawel Wronski "
            "told Ukrinform news agency on May 22."
        ],
        claims=[
            statement(
                "The Polish government is exploring the possibility of using its air defense systems to shoot down "
                "Russian cruise missiles over western Ukraine, Poland’s Foreign Ministry spokesperson Pawel Wronski "
                "told Ukrinform news agency on May 22.",
                speaker=ref("Poland’s Foreign Ministry spokesperson Pawel Wronski", "person:pawel-wronski"),
                cue="told",
                content="The Polish government is exploring the possibility of using its air defense systems to shoot "
                "down Russian cruise missiles over western Ukraine",
                chain=[],
                time=when("on May 22", "2024-05-22"),
                venue="Ukrinform news agency",
            ),
        ],
    ),
]


# -- who speaks for whom: the originator of a statement -----------------------------------------

_STRUCTURE = "organisational structure, as the sources in claims/sources name it"
ORIGINATORS: list[tuple[str, str, str, str]] = [
    ("person:daniel-hagari", "spokesperson_of", "org:idf", "'IDF spokesperson Rear Adm. Daniel Hagari' (Axios)"),
    ("person:pat-ryder", "spokesperson_of", "org:us-dod", "Pentagon press secretary (American Rhetoric transcript)"),
    ("person:john-kirby", "spokesperson_of", "org:us-nsc", "NSC spokesman, White House briefing (ENM News)"),
    (
        "person:pawel-wronski",
        "spokesperson_of",
        "org:pl-mfa",
        "'spokesman of the Polish Foreign Ministry' (Ukrainian News)",
    ),
    ("person:joe-biden", "head_of", "country:US", "President of the United States (White House statement)"),
    ("person:rishi-sunak", "head_of", "country:GB", "Prime Minister of the United Kingdom (LBC)"),
    ("person:lloyd-austin", "head_of", "org:us-dod", "US Secretary of Defense (Jewish Press)"),
    ("org:centcom", "part_of", "org:us-dod", f"US combatant command; {_STRUCTURE}"),
    ("org:us-navy", "part_of", "org:us-dod", f"US military department; {_STRUCTURE}"),
    ("org:us-army", "part_of", "org:us-dod", f"US military department; {_STRUCTURE}"),
    ("org:us-air-force", "part_of", "org:us-dod", f"US military department; {_STRUCTURE}"),
    ("org:us-dod", "part_of", "country:US", f"US federal executive department; {_STRUCTURE}"),
    ("org:us-nsc", "part_of", "org:white-house", f"Executive Office of the President; {_STRUCTURE}"),
    ("org:white-house", "part_of", "country:US", f"US executive; {_STRUCTURE}"),
    ("org:raf", "part_of", "org:uk-mod", f"UK armed service; {_STRUCTURE}"),
    ("org:uk-mod", "part_of", "country:GB", f"UK government department; {_STRUCTURE}"),
    ("org:irgc", "part_of", "country:IR", f"Iran's armed forces; {_STRUCTURE}"),
    ("org:pl-mfa", "part_of", "country:PL", f"Polish government ministry; {_STRUCTURE}"),
]


def originators() -> ClaimSet:
    """Reference relations saying who speaks for whom (spokespeople, heads, parts of governments)."""
    rows = [
        ReferenceRelation(subject=subject, relation=relation, object=obj, source=source)
        for subject, relation, obj, source in ORIGINATORS
    ]
    return ClaimSet(relations=tuple(rows))


def build() -> dict[str, ClaimSet]:
    """File stem -> claim set, for every source and the originators table."""
    built: dict[str, ClaimSet] = {}
    for source in SOURCES:
        claims = tuple(_claim(source, spec) for spec in source.claims)
        built[source.id] = ClaimSet(documents=(source.document(),), claims=claims)
    built["originators"] = originators()
    return built


def main(target: Path = TARGET) -> int:
    """Write every claim file (and its text file) under ``target``; remove stale ones."""
    from factcheck.files.dump import dump

    built = build()
    target.mkdir(parents=True, exist_ok=True)
    for stem, claim_set in built.items():
        dump(claim_set, target / f"{stem}.yaml")
    wanted = {f"{stem}.yaml" for stem in built} | {f"{stem}.txt" for stem in built}
    for path in target.iterdir():
        if path.name not in wanted:
            path.unlink()
    print(f"wrote {len(built)} claim files to {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())


# -- small claim sets for the matcher tests ---------------------------------------------------


def figure(
    document_id: str,
    interval: Interval | str,
    *,
    counted: str = "drones",
    actor: str | None = "country:US",
    predicate: str = "intercepted",
    agent: str | None = None,
    published: date = date(2024, 4, 14),
    day: date | None = date(2024, 4, 13),
    publisher: str = "outlet:test",
    number: str = "n",
    qclass: str = "range",
) -> ClaimSet:
    """One document holding one figure: "n drones" intercepted by ``actor``, said by ``agent``."""
    value = interval if isinstance(interval, Interval) else Interval.parse(interval)
    text = f"{number} {counted}"
    source = Source(
        id=document_id,
        title=document_id,
        publisher=publisher,
        publisher_name=publisher.split(":")[-1],
        url=f"https://example.invalid/{document_id}",
        published=published,
        paragraphs=[text],
    )
    chain: list[Link] = [(agent.split(":")[-1], agent, "said", "indirect")] if agent else []
    claim = QuantityClaim(
        text=text,
        provenance=_provenance(source, span_of(document_id, text, text), chain),
        value=Quantity(
            interval=value,
            number_text=number,
            qualifier_class=QualifierClass(qclass),
            reading=BareReading.EXACT if qclass == "exact" else None,
        ),
        counted=Term(text=counted, normalised=counted),
        actor=ref(actor, actor, "manual") if actor else None,
        predicate=predicate,
        time=TimeRef.day(day.isoformat(), day, resolution="manual") if day else None,
        modality="reported",
    )
    return ClaimSet(documents=(source.document(),), claims=(claim,))
