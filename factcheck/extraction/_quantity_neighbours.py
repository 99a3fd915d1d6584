"""What neighbouring figures share: ellipsis, conversions in parentheses, appositions.

"eight or nine euros" (the unit comes from the right), "435 homes and 187" (the counted
thing from the left), "more than 100 km (62 miles)" (the bound), "lost 190 points, or 0.6%"
(the trend).
"""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.extraction._quantity_interval import cached_interval_for
from factcheck.extraction._quantity_mention import QuantityMention
from factcheck.quantity import DEFAULT_TOLERANCE, QualifierClass

__all__ = ["join_movements", "share_context"]

_GAP_BACK = re.compile(r"[^.;:!?()\n]{0,40}?(?:\band|\bor|\bwhile|\bbut|\bincluding|,)[ \t]+", re.I)


# A wider gap over which a bare figure takes a unit (not a counted noun) from an earlier one:
# "84.75 cents, while the lowest is 74.07", "rose 64.06 points to 4,577.10".
_GAP_BACK_UNIT = re.compile(
    r"(?:[^.;:!?()\n]|(?<=\d)\.(?=\d)){0,60}?\b(?:to|at|from|while|and|or|versus|than|is|was)[ \t]+", re.I
)  # a decimal point inside the gap ("climbed 0.1% to 1,333.18") is no sentence end


# "3.9 million headsets, up from 2.4 million", "more than 460 cars compared with 63".
_GAP_BACK_COMPARE = re.compile(
    r",?[ \t]+(?:[A-Za-z]+[ \t]+)?(?:from|than|versus|vs\.?|compared[ \t]+(?:with|to))[ \t]+", re.I
)


# "eight or nine euros", "37 of 40 drones", "280 million of the 1.5 billion shekels".
_GAP_FORWARD = re.compile(r"[ \t]+(?:or|to|and|of|out[ \t]+of)(?:[ \t]+(?:the|its|their))?[ \t]+", re.I)


_GAP_CONVERSION = re.compile(r"[ \t]*\([ \t]*")


_GAP_APPOSITION = re.compile(r",?[ \t]+or[ \t]+", re.I)


def _bare(mention: QuantityMention) -> bool:
    quantity = mention.quantity
    return (
        mention.counted is None
        and quantity.unit is None
        and quantity.currency is None
        and not quantity.share
        and quantity.qualifier_class is not QualifierClass.VAGUE
    )


def _carries(mention: QuantityMention) -> bool:
    return mention.counted is not None or mention.quantity.unit is not None or mention.quantity.currency is not None


def _inherit(mention: QuantityMention, donor: QuantityMention) -> QuantityMention:
    """``mention`` with the unit, currency and counted thing of ``donor`` ("435 homes and 187")."""
    quantity = mention.quantity.model_copy(
        update={"unit": donor.quantity.unit, "currency": donor.quantity.currency, "share": donor.quantity.share}
    )
    return replace(
        mention,
        quantity=quantity,
        counted=donor.counted,
        counted_start=donor.counted_start,
        counted_end=donor.counted_end,
    )


def _with_trend(mention: QuantityMention, donor: QuantityMention) -> QuantityMention:
    return replace(mention, trend=donor.trend, moved=mention.moved or donor.moved)


def _requalify(mention: QuantityMention, donor: QuantityMention) -> QuantityMention:
    """``mention`` read with the qualifier of ``donor`` (a conversion in parentheses)."""
    quantity, model = mention.quantity, donor.quantity
    value = quantity.interval.low
    tolerance = model.tolerance if model.tolerance is not None else DEFAULT_TOLERANCE
    interval = cached_interval_for(model.qualifier_class, value, tolerance=tolerance)
    updated = quantity.model_copy(
        update={
            "interval": interval,
            "qualifier": model.qualifier,
            "qualifier_class": model.qualifier_class,
            "reading": None,
            "tolerance": model.tolerance,
        }
    )
    return replace(mention, quantity=updated)


# "from 20 mpg in 2008 to 29 mpg", "from $36,040 at 10.45pm to $34,935": a movement over a
# short stretch (a decimal point inside it is no sentence end).
_FOR = re.compile(r"(?<![A-Za-z])for(?![A-Za-z])", re.I)
_FROM_BEFORE = re.compile(r"(?<![A-Za-z])from[ \t]+$", re.I)
_GAP_TO = re.compile(r"(?:[^.,;:!?()\n]|(?<=\d)\.(?=\d)){0,32}?(?<![A-Za-z])to[ \t]+", re.I)


def _movement_span(text: str, first: QuantityMention, second: QuantityMention) -> bool:
    """ "from A <a few words> to B", in the same unit (or currency, or counted thing)."""
    for quantity in (first.quantity, second.quantity):
        if quantity.qualifier_class is not QualifierClass.EXACT:
            return False
    kind = (first.quantity.unit, first.quantity.currency, first.counted.normalised if first.counted else None)
    if kind != (second.quantity.unit, second.quantity.currency, second.counted.normalised if second.counted else None):
        return False
    if kind == (None, None, None):
        return False  # bare numbers: too often two different things
    # "rose to $7.4 billion from $6.8 billion" (the new level, then the old) stays two figures.
    if not _FROM_BEFORE.search(text, max(0, first.start - 8), first.start):
        return False
    gap = _GAP_TO.fullmatch(text, first.end, second.start)
    # "from 0.22 nm for SiC to 1.46 nm for GaN" compares two things: no movement.
    return gap is not None and _FOR.search(gap.group()) is None


def _join(text: str, first: QuantityMention, second: QuantityMention) -> QuantityMention:
    low, high = sorted((first.quantity.interval.low, second.quantity.interval.low))
    quantity = first.quantity.model_copy(
        update={
            "interval": cached_interval_for(QualifierClass.RANGE, low, high),
            "number_text": f"{first.quantity.number_text} to {second.quantity.number_text}",
            "qualifier_class": QualifierClass.RANGE,
            "reading": None,
            "scale": first.quantity.scale or second.quantity.scale,
        }
    )
    counted = first if first.counted is not None else second
    return replace(
        first,
        end=second.end,
        quantity=quantity,
        counted=counted.counted,
        counted_start=counted.counted_start,
        counted_end=counted.counted_end,
        trend=first.trend or second.trend,
        moved=first.moved or second.moved,
    )


def join_movements(text: str, mentions: list[QuantityMention]) -> list[QuantityMention]:
    """ "from 20 mpg in 2008 to 29 mpg" is one span of values, as "from 20 to 29 mpg" is."""
    if len(mentions) < 2:
        return mentions
    result: list[QuantityMention] = []
    i = 0
    while i < len(mentions):
        mention = mentions[i]
        if i + 1 < len(mentions) and _movement_span(text, mention, mentions[i + 1]):
            result.append(_join(text, mention, mentions[i + 1]))
            i += 2
            continue
        result.append(mention)
        i += 1
    return result


def share_context(text: str, mentions: list[QuantityMention]) -> list[QuantityMention]:
    """What an elliptical figure shares with its neighbour in a list or an apposition.

    "eight or nine euros" (the unit comes from the right), "435 homes and 187" (from the
    left), "lost 190 points, or 0.6%" (the trend carries over).
    """
    result = list(mentions)
    for i, mention in enumerate(result):
        if not _bare(mention):
            continue
        if i + 1 < len(result) and _carries(result[i + 1]):
            gap = _GAP_FORWARD.fullmatch(text, mention.end, result[i + 1].start)
            if gap is not None and mention.quantity.qualifier_class is result[i + 1].quantity.qualifier_class:
                result[i] = _inherit(mention, result[i + 1])
                continue
        if (
            i > 0
            and _carries(result[i - 1])
            and (
                _GAP_BACK.fullmatch(text, result[i - 1].end, mention.start)
                or _GAP_BACK_COMPARE.fullmatch(text, result[i - 1].end, mention.start)
            )
        ):
            result[i] = _inherit(mention, result[i - 1])
            continue
        for donor in reversed(result[max(0, i - 2) : i]):
            unit = donor.quantity.unit
            if donor.quantity.currency is None and (unit is None or unit in {"percent", "year of age"}):
                continue  # a percentage or an age is no unit for a bare level
            if _GAP_BACK_UNIT.fullmatch(text, donor.end, mention.start):
                quantity = mention.quantity.model_copy(update={"unit": unit, "currency": donor.quantity.currency})
                result[i] = replace(mention, quantity=quantity, counted=None, counted_start=None, counted_end=None)
            break
    for i in range(1, len(result)):
        previous, mention = result[i - 1], result[i]
        if (
            mention.quantity.qualifier_class is QualifierClass.EXACT
            and previous.quantity.qualifier_class not in {QualifierClass.EXACT, QualifierClass.RANGE}
            and _GAP_CONVERSION.fullmatch(text, previous.end, mention.start)
        ):
            # "more than 100 kilometres (60 miles)": the conversion has the same bound.
            result[i] = mention = _requalify(mention, previous)
        if (
            mention.trend is None
            and (previous.trend is not None or previous.moved is not None)
            and (
                _GAP_APPOSITION.fullmatch(text, previous.end, mention.start)
                or _GAP_CONVERSION.fullmatch(text, previous.end, mention.start)
            )
        ):
            # "lost 190 points, or 0.6%", "dropped by 1 degree (1.8 Fahrenheit)": the same change.
            result[i] = _with_trend(mention, previous)
    return result
