"""Ships that each arrive somewhere in one sentence: "The Liberia-flagged ship arrived in Busan on March 4 and the
Togo-flagged vessel carrying coal arrived in Ulsan on March 9" tells two cargoes, one to each port, each on its own
day, not one cargo that arrived twice."""

from __future__ import annotations

import re
from dataclasses import replace

from sanctioneer.evidence.dates import DateMention
from sanctioneer.evidence.drafts import Draft
from sanctioneer.evidence.goods_phrases import names_carrier
from sanctioneer.evidence.lexicon import Mention

__all__ = ["arrivals_apart"]

# The cues of a ship's arrival at a port: "arrived in", "docked at", "entered".
_ARRIVED = re.compile(r"(?:arrived|arrives|arriving|docked|docks|entered|enters|reached|reaches|called)\b",
                      re.IGNORECASE)
# Between the cue and the port: "arrived in the port of".
_TO_THE_PORT = re.compile(r"\s*(?:the\s+(?:(?:South|North)\s+Korean\s+|\w+\s+)?(?:port|harbou?r|city)\s+of\s+)?")
# Between the port and its day: "Ulsan on March 9".
_ON_THE_DAY = re.compile(r"\s*,?\s*(?:on|in)?\s*")
# "two ships", "each ship": no one carrier of its own.
_MANY = re.compile(r"\b(?:two|three|four|both|several|the)\s+(?:[\w-]+\s+)?(?:ships|vessels|freighters|tankers)$",
                   re.IGNORECASE)


def _carrier(mention: Mention) -> bool:
    """A ship named, or told by its kind ("the Togo-flagged vessel")."""
    return mention.kind == "vessel" or (mention.kind == "goods" and names_carrier(mention)
                                        and not _MANY.search(mention.text)) or (
        mention.kind == "country" and mention.role == "vessel")


def _stops(text: str, mentions: list[Mention], dates: list[DateMention],
           start: int, end: int) -> list[tuple[Mention, Mention, DateMention | None]]:
    """Each arrival of the clause: its ship, its port and its day, in the order told."""
    stops = []
    begin = start
    for cue in (m for m in mentions if m.kind == "toward" and start <= m.start < end and _ARRIVED.match(m.text)):
        at = _TO_THE_PORT.match(text, cue.end)
        port = next((m for m in mentions if m.kind == "country" and at is not None and m.start == at.end()), None)
        ship = next((m for m in reversed(mentions) if begin <= m.start and m.end <= cue.start and _carrier(m)), None)
        if port is None or ship is None:
            return []
        on = _ON_THE_DAY.match(text, port.end)
        day = next((d for d in dates if on is not None and d.start == on.end() and d.value is not None), None)
        stops.append((ship, port, day))
        begin = port.end
    return stops


def arrivals_apart(text: str, mentions: list[Mention], dates: list[DateMention], draft: Draft,
                   start: int, end: int) -> list[Draft]:
    """The drafts of each ship's cargo, in the order told, when the clause tells two ships or more each arriving at
    a port of its own (the draft keeps the arrival at its recipient, with that arrival's day); none otherwise."""
    stops = _stops(text, mentions, dates, start, end)
    own = next((stop for stop in stops if draft.recipient is not None and stop[1].start == draft.recipient.start),
               None)
    if len(stops) < 2 or own is None or len({ship.start for ship, _, _ in stops}) < len(stops):
        return []
    if own[2] is not None:
        draft.date, draft.date_sentence = own[2], draft.sentence
    return [draft if port is own[1] else replace(
        draft, recipient=port, evidence=[], quantity=None, value=None, date=day or draft.date,
        date_sentence=draft.sentence if day is not None else draft.date_sentence) for _, port, day in stops]
