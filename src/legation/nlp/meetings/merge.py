"""From partial mentions to a document's meetings: mentions that agree (no clash of ordinal, city,
venue, sides, heads or day) are merged, an undated sentence joins the report's main (*focal*) meeting, the
lead's date and the dateline's city are lent to it, and meetings announced for a stretch of time that the
report's held meeting falls in are folded into it. Also the entry points :func:`read_meetings` and
:func:`find_meetings`, and which meeting a sentence is about."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from legation.model import Evidence, MeetingMention, TimeValue
from legation.nlp.context import DocContext
from legation.nlp.meetings.dates import (
    LEAD_SENTENCES,
    LOOSE_DATE_DAYS,
    VISIT_DAYS,
    begins_a_visit,
    days_lasted,
    ends_a_visit,
    lead_date,
)
from legation.nlp.meetings.fate import announced_only, announced_window
from legation.nlp.meetings.places import placed_by_dateline
from legation.nlp.meetings.sentence import Partial, read_clauses
from legation.time.values import holds, stretch


def find_meetings(ctx: DocContext) -> list[MeetingMention]:
    """The meetings a document reports, held or planned with a day or an ordinal."""
    return read_meetings(ctx)[0]


def read_meetings(ctx: DocContext) -> tuple[list[MeetingMention], list[MeetingMention]]:
    """The meetings a document reports (:func:`find_meetings`), and those it only announces for a
    stretch of time with no day ("will meet next week", "soon"): see :attr:`Analysis.announced`."""
    partials = [p for sent in ctx.sents for p in read_clauses(ctx, sent)]
    abroad = {p.sentence for p in partials if p.abroad}
    lead = lead_date(ctx)
    merged = _merge(partials, lead, ctx.anchor, ends_a_visit(ctx), begins_a_visit(ctx))
    if not merged and len({frozenset(p.parties) for p in partials if p.untimed is not None}) == 1:
        # A report that places no meeting in time announces the meetings it says are to come between two
        # sides, whenever that is ("during his mission, the envoy will hold talks with X and Y"): planned
        # meetings with a vague future. (A report of a tour that lists the talks of each leg, each with
        # other sides, announces none of them.)
        merged = _merge([_announced_untimed(ctx, p) for p in partials], lead, ctx.anchor)
    found = [
        m if any(e.sentence_index in abroad for e in m.evidence) else placed_by_dateline(ctx, m)
        for m in merged
    ]
    return [m for m in found if not announced_only(m)], [m for m in found if announced_only(m)]


def _announced_untimed(ctx: DocContext, p: Partial) -> Partial:
    """A meeting to come between sides at a time not said, as one announced for a vague future."""
    if p.untimed is None or p.period is not None:
        return p
    evidence = ctx.evidence(p.untimed.start, p.untimed.end)
    return replace(
        p, period=p.untimed, announced=True, field_evidence={**p.field_evidence, "period": evidence}
    )


# --- merging partial mentions into meetings -------------------------------------------------------------


def _compatible(a: Partial, b: Partial) -> bool:
    if a.level and b.level and a.level != b.level:
        return False  # the ministers' meeting is not the leaders' summit, whatever its day and city
    if a.ordinal is not None and b.ordinal is not None and a.ordinal != b.ordinal:
        return False
    if a.city and b.city and a.city.lower() != b.city.lower():
        return False  # a meeting elsewhere is another meeting: it never takes this one's venue or ordinal
    if a.country and b.country and a.country != b.country:
        return False  # "met three times in X" is not the meeting held in a city of Y
    if a.venue and b.venue and not _one_place(a.venue, b.venue):
        return False  # nor does a meeting in another building ("later met the president at his palace")
    # other sides meeting, or one dated apart: another meeting ("X opened the meeting, which lasted an
    # hour" is still this one)
    other = a.parties and b.parties and not _seen(a) & _seen(b)
    if other and not (b.anaphoric and len(b.parties) < 2 and b.date is None and len(a.parties) >= 2):
        # "the talks" told with one side each time, one of the tellings undated, are one meeting: "X's
        # delegation arrived for talks in A ... The talks brought together Y's negotiators and mediators"
        one_each = len(a.parties) == 1 and len(b.parties) == 1 and (a.date is None or b.date is None)
        if not (b.anaphoric and one_each):
            return False
    for lone, named in ((a, b), (b, a)):
        # someone meeting a person no report ties to an actor ("X met the Pope"): a sentence on talks
        # between other sides is about another meeting, not this one
        if _lone_outsider(lone) and (
            len(named.parties) >= 2 or (named.parties and not set(named.parties) & set(lone.parties))
        ):
            return False
    if _other_heads(a, b) or _other_heads(b, a):
        return False
    if a.date is not None and b.date is not None:
        da, db = dt.date.fromisoformat(a.date.value), dt.date.fromisoformat(b.date.value)
        lasted = max(days_lasted(a.duration), days_lasted(b.duration), a.run_days, b.run_days)
        if abs((da - db).days) > max(1, lasted - 1) and not _within_the_visit(a, b):
            return False  # another day, unless talks of several days ("wrapped up four days of talks")
        if da != db and _led_apart(a, b):
            return False  # the next day of a visit, a side led by someone else: another meeting
        if da != db and a.stage in _ENDS and a.stage == b.stage:
            return False  # talks open once: "opened talks with X on Wednesday" is not Thursday's opening
        if da != db and _other_pair(a, b):
            return False  # "X met Y in A on Monday ... On Tuesday X met Z": the next leg of a tour
    return a.planned == b.planned


def _within_the_visit(a: Partial, b: Partial) -> bool:
    """Whether two announced meetings of a report are one, dated once by the day a visit starts and once
    by a later day of the visit ("will sign an accord during his visit to Y on Nov. 29" and "will meet
    Y's president on Dec. 1"): the talks are on the day told for them."""
    if not (a.planned and b.planned and a.date is not None and b.date is not None):
        return False
    for visit, talks in ((a, b), (b, a)):
        if visit.visit_day and not talks.visit_day and visit.date is not None and talks.date is not None:
            days = (dt.date.fromisoformat(talks.date.value) - dt.date.fromisoformat(visit.date.value)).days
            if 0 < days < VISIT_DAYS:
                return True
    return False


#: The stages that are one day of a meeting: its first and its last (not "going", any day after the first).
_ENDS = frozenset({"opened", "closed"})


def _other_heads(a: Partial, b: Partial) -> bool:
    """Whether a sentence names someone else at the head of a side of the meeting: "X met his
    counterpart Y ... Z said after talks in Rome with X's foreign minister W" is W's meeting with Z, not
    X's with Y (a sentence on "the meeting" is about the meeting already named, whoever it names)."""
    if b.anaphoric:
        return False
    ours: dict[str, set[str]] = {h.actor.party: set() for h in a.heads if h.actor.party}
    for h in a.heads:
        if h.actor.party:
            ours[h.actor.party].add(h.actor.name)
    theirs = {h.actor.party for h in b.heads if h.actor.party in ours}
    return bool(theirs) and all(
        not ({h.actor.name for h in b.heads if h.actor.party == side} & ours[side]) for side in theirs
    )


def _other_pair(a: Partial, b: Partial) -> bool:
    """Whether two sentences each see two sides meet and each a side the other does not: one side's
    meetings with two others ("X held talks with Y on Monday ... On Tuesday X met Z"), not one meeting
    told with more or fewer of its sides, nor a sentence on "the talks" already named ("X, Y and Z ended
    the talks on Tuesday", however its sides are read)."""
    if b.anaphoric:
        return False
    seen_a, seen_b = _seen(a), _seen(b)
    return len(seen_a) >= 2 and len(seen_b) >= 2 and bool(seen_a - seen_b) and bool(seen_b - seen_a)


def _led_apart(a: Partial, b: Partial) -> bool:
    """Whether a side has heads in both sentences and none of them the same person: "X held talks with
    the president on Monday ... X met the supreme leader on Tuesday" are two meetings of one visit."""
    led: dict[str, set[str]] = {}
    for h in a.heads:
        if h.actor.party:
            led.setdefault(h.actor.party, set()).add(h.actor.name)
    others: dict[str, set[str]] = {}
    for h in b.heads:
        if h.actor.party in led:
            others.setdefault(h.actor.party, set()).add(h.actor.name)
    return any(not names & led[side] for side, names in others.items())


def _seen(p: Partial) -> set[str]:
    """The sides a sentence sees at its meeting: those it names, and those of the heads it names ("signed
    by A for X and B for Y at a ceremony attended by Z's officials" is X's and Y's meeting too), when
    its heads lead two sides or more."""
    led = {h.actor.party for h in p.heads if h.actor.party}
    return set(p.parties) | (led if len(led) >= 2 else set())


def _lone_outsider(p: Partial) -> bool:
    """A meeting with a person no report ties to an actor, at which at most one side is named."""
    return p.outsider is not None and len(p.parties) <= 1


def _one_place(a: str, b: str) -> bool:
    """Whether two venues one report names are one place: one names the other ("the palace", "the
    Raghdan Palace")."""
    fa, fb = " ".join(a.lower().split()), " ".join(b.lower().split())
    return fa in fb or fb in fa


def _absorb(into: Partial, p: Partial) -> None:
    # a run of days counted back to its first day ("continued on Tuesday for the third day") dates the
    # meeting before any one day a sentence gives it
    if (
        p.date is not None
        and into.date is not None
        and (
            (p.run_days > 1 and p.date.value < into.date.value)
            or (p.direct_date and not into.direct_date and into.run_days == 1)
            or (into.visit_day and not p.visit_day)  # the talks' own day, not the visit's first
        )
    ):
        into.date, into.direct_date, into.arrival, into.stage = p.date, p.direct_date, p.arrival, p.stage
        into.visit_day = p.visit_day
        into.field_evidence["date"] = p.field_evidence.get("date", p.evidence)
    if into.date is None and p.date is not None:
        into.arrival, into.stage = p.arrival, p.stage
    for name in ("date", "city", "venue", "duration", "format", "ordinal"):
        if getattr(into, name) is None and getattr(p, name) is not None:
            setattr(into, name, getattr(p, name))
            if name in p.field_evidence:
                into.field_evidence[name] = p.field_evidence[name]
    into.country = into.country or p.country
    into.outsider = into.outsider or p.outsider
    into.level = into.level or p.level
    into.run_days = max(into.run_days, p.run_days)
    into.occasion = into.occasion or p.occasion
    into.gone_to = into.gone_to and p.gone_to  # another sentence tells it as a meeting of its own
    if into.fate is None and p.fate is not None:
        into.fate = p.fate
        into.field_evidence["fate"] = p.field_evidence.get("fate", p.evidence)
    if into.period is None and p.period is not None:
        into.period = p.period
        into.field_evidence["period"] = p.field_evidence.get("period", p.evidence)
    into.announced = into.announced or p.announced
    into.bound = into.bound or p.bound
    if into.loose_date is None and p.loose_date is not None:
        into.loose_date = p.loose_date
        into.field_evidence.setdefault("loose_date", p.field_evidence.get("loose_date", p.evidence))
        if into.date is None:
            into.stage = p.stage  # "the 11 days of talks, which wrapped up on Monday": the day is the last
    # heads of the meeting's own sides; one whose side the sentence leaves unsaid may stand with them
    # ("A and B's envoy C led their delegations in the talks")
    led = any(h.actor.party in into.parties for h in p.heads) and all(
        h.actor.party in into.parties or h.actor.party is None for h in p.heads
    )
    one_each = len(into.parties) == 1 and len(p.parties) == 1  # see _compatible
    if (
        p.anaphoric
        and into.parties
        and not set(p.parties) & set(into.parties)
        and not (led and not p.parties)
        and not one_each
    ):
        return  # "X opened the meeting": X is not one of its sides ("the talks were led by A for X": A is)
    into.parties += [x for x in p.parties if x not in into.parties]
    into.heads += [h for h in p.heads if h.actor.name not in {x.actor.name for x in into.heads}]


def _merge(
    partials: list[Partial],
    lead: tuple[TimeValue, Evidence, bool] | None = None,
    anchor: dt.date | None = None,
    visit_ended: bool = False,
    visit_began: bool = False,
) -> list[MeetingMention]:
    """The document's meetings from its sentences' partial mentions. ``visit_ended``: the lead tells the
    last day of a visit, which dates the focal meeting only as held on or before it; ``visit_began``: it
    tells the day of a visit or its first, which dates the focal meeting as held then or the day after."""
    groups: list[tuple[Partial, list[Evidence]]] = []
    focal: Partial | None = None
    # the days of a visit date a meeting announced for it wherever the report tells the meeting: "X will
    # start a visit to Y on Sunday ... During the visit, X will meet Z" (so they are read after the rest)
    for p in sorted(partials, key=lambda p: p.visit):
        if p.planned and p.led_before and p.heads and focal is not None and not _other_heads(focal, p):
            focal.heads += [h for h in p.heads if h.actor.name not in {x.actor.name for x in focal.heads}]
            p = replace(p, heads=[])
        explicit = p.ordinal is not None or p.date is not None or p.relative is not None or p.planned
        target = None
        if explicit:
            target = next(
                (
                    g
                    for g in groups
                    if _compatible(g[0], p)
                    # a sentence on another matter ("In a separate development, X met Y on Monday") is
                    # another meeting, whatever its day: it joins none of the report's own
                    and (g[0].other_matter or not p.other_matter)
                    and (
                        (g[0].ordinal is not None and g[0].ordinal == p.ordinal)
                        or (g[0].date is not None and p.date is not None)
                        or (
                            g[0] is focal
                            and p.relative is None
                            and not p.planned
                            and not p.aside
                            and _may_date(g[0], p)
                            and not _long_before(p, anchor)
                        )
                        or _one_announcement(g[0], p)
                        or (g is groups[-1] and _told_of_again(g[0], p))
                    )
                ),
                None,
            )
        elif focal is not None and not p.aside and _compatible(focal, p):
            target = next(g for g in groups if g[0] is focal)
        if target is None and not explicit and focal is None:
            target = None
        if target is None and p.visit:
            continue  # the days of a visit date the meeting announced for it, and are no meeting alone
        if target is None:
            groups.append((_copy(p), [p.evidence]))
            if focal is None and not p.planned and p.relative is None and not p.aside:
                focal = groups[-1][0]
        else:
            _absorb(target[0], p)
            target[1].append(p.evidence)
    for g, _evidence in groups:
        if g is focal and g.date is None and lead is not None and _lead_dates(lead, g):
            # "X and Y agreed Wednesday ... Z flew in for talks"; "X said here Friday ... said X during a
            # meeting with Y"
            g.date, g.field_evidence["date"] = lead[0], lead[1]
            g.departure, g.arrival = visit_ended, visit_began
            if g.loose_date is None or g.loose_date.value != lead[0].value:
                # the first or last day a sentence told of another day ("received them at the close of the
                # talks on Saturday"), not of the lead's ("met on May 10 and 11")
                g.stage = None
            continue
        if g.date is None and g.loose_date is not None and not g.planned and not _later(g.loose_date, anchor):
            # A round the parse could not date: a sentence that names it and one date, not a statement's,
            # is dated by that date ("after a third round of talks ... on Wednesday, officials agreed").
            g.date = g.loose_date
            g.field_evidence["date"] = g.field_evidence.get("loose_date", g.evidence)
    if anchor is not None:
        groups = _fold_announcements(groups, anchor)
    meetings = []
    focal_ordinal = focal.ordinal if focal is not None else None
    for i, (g, evidence) in enumerate(groups):
        ordinal = g.ordinal
        counted_from = None
        if ordinal is None and g.relative is not None and focal_ordinal is not None:
            step = 1 if g.relative == "next" else -1
            ordinal = focal_ordinal + step
            if focal is not None and focal.date is not None:
                counted_from = (focal.date.value[:10], step)
        if g.date is None and ordinal is None and not _vague_planned(g):
            continue  # nothing to place it on a timeline or in a sequence
        _date_from_first_day(g)
        _date_from_range(g)
        meetings.append(
            MeetingMention(
                key=f"m{i}",
                evidence=tuple(evidence),
                date=g.date,
                city=g.city,
                venue=g.venue,
                duration=g.duration,
                format=g.format,
                ordinal=ordinal,
                parties=tuple(g.parties),
                heads=tuple(g.heads),
                planned=g.planned,
                field_evidence={k: v for k, v in g.field_evidence.items() if k != "loose_date"},
                fate=g.fate,
                outsider=g.outsider,
                period=g.period if g.date is None and g.planned else None,
                aside=g.aside,
                arrival=g.arrival and g.date is not None,
                departure=g.departure,
                stage=g.stage if g.date is not None else None,
                level=g.level,
                gone_to=g.gone_to,
                counted_from=counted_from,
            )
        )
    return meetings


def _date_from_first_day(g: Partial) -> None:
    """A meeting told by its last day and its length ("wrapped up two days of talks on Tuesday", "at the
    end of the four-day meeting on Thursday") is dated by its first day, as a round is, its days kept as
    the value's range: another report that tells its opening day then dates it alike."""
    in_days = g.duration is not None and g.duration.mod is None and g.duration.value.endswith("D")
    days = days_lasted(g.duration) if in_days else 0  # "ended a week of talks on Friday": which days?
    if g.stage != "closed" or g.planned or g.date is None or days < 2 or len(g.date.value) != 10:
        return
    last = dt.date.fromisoformat(g.date.value)
    first = (last - dt.timedelta(days=days - 1)).isoformat()
    g.date = replace(g.date, value=first, begin=first, finish=last.isoformat())
    g.stage = "opened"


def _date_from_range(g: Partial) -> None:
    """A meeting dated by a range of days ("from 6 to 10 March", "between March 6 and March 10") is dated
    by its first day, the range kept, whichever end of it the sentence's parse gave the meeting: a
    round's date is its first day, and its reports of later days then fall in the range."""
    if g.date is not None and g.date.begin and g.date.finish and g.date.value[:10] != g.date.begin[:10]:
        g.date = replace(g.date, value=g.date.begin)


def _later(t: TimeValue, anchor: dt.date | None) -> bool:
    """A day after the report's: it cannot date a meeting held ("the two men met during a visit which
    will end with a signing on Tuesday")."""
    return anchor is not None and dt.date.fromisoformat(t.value[:10]) > anchor


def _lead_dates(lead: tuple[TimeValue, Evidence, bool], focal: Partial) -> bool:
    """Whether the lead's date dates the undated focal meeting: a lead about the sides' dealings dates it
    when the meeting is named early; a lead that dates a statement dates it only when the meeting is a
    statement's occasion and no date of its own sentences may date it."""
    if lead[2]:
        return focal.occasion and focal.loose_date is None
    return focal.sentence < LEAD_SENTENCES or focal.occasion


def _fold_announcements(
    groups: list[tuple[Partial, list[Evidence]]], anchor: dt.date
) -> list[tuple[Partial, list[Evidence]]]:
    """A meeting announced for a stretch the report's own held meeting is in is that meeting: "as
    negotiators prepared for this week's talks" in a report of talks held on Thursday."""
    out: list[tuple[Partial, list[Evidence]]] = []
    for g, evidence in groups:
        held = _held_in(groups, g, anchor)
        if held is None:
            out.append((g, evidence))
            continue
        _absorb(held[0], replace(g, fate=None, planned=False))
        held[1].extend(evidence)
    return out


def _held_in(
    groups: list[tuple[Partial, list[Evidence]]], g: Partial, anchor: dt.date
) -> tuple[Partial, list[Evidence]] | None:
    """The report's held meeting dated in the week or month a meeting with no day is announced for."""
    if not g.planned or g.period is None or g.date is not None or g.ordinal is not None:
        return None
    window = announced_window(g.period, anchor)
    if window is None:
        return None
    for h, evidence in groups:
        if h.planned or h.date is None or (g.parties and h.parties and not set(g.parties) & set(h.parties)):
            continue
        if window[0] <= dt.date.fromisoformat(h.date.value[:10]) <= window[1]:
            return h, evidence
    return None


def _vague_planned(p: Partial) -> bool:
    """A meeting announced for a stretch of time and no day ("X and Y will meet next week", "talks are
    expected to resume soon", "the next round"): a planned round with what is known of when. Not one
    only wished ("hope to meet next month"), nor one that names a single side ("talks among the
    factions next week" is no meeting between this negotiation's sides)."""
    return p.planned and p.announced and len(p.parties) != 1


def _one_announcement(g: Partial, p: Partial) -> bool:
    """Whether two sentences of one report announce one meeting: both for a stretch of time and no day
    ("as soon as possible" ... "in a week or two"), or one says its day within the stretch the other
    gives ("next week" ... "on Monday"), or one tells of a delegation setting off for talks whose day the
    other says. One may number it ("the first meeting of the dialogue next month" ... "the talks, which
    will take place on Dec. 14"); two that number it differently are two meetings."""
    if not (g.planned and p.planned) or (g.ordinal is not None and p.ordinal is not None):
        return False
    if g.date is None and p.date is None:
        return g.period is not None and p.period is not None
    dated, vague = (g, p) if g.date is not None else (p, g)
    if dated.date is None or vague.date is not None:
        return False
    if vague.period is None:
        return vague.bound  # "X's delegation left for Y for talks" ... "the talks open on Tuesday"
    if dated.visit and stretch(vague.period.value) is None:
        # "X will start a visit to Y on Sunday ... X will hold talks with Y's leaders": talks to come at no
        # time said are those of the visit the report announces, from its first day
        return True
    return holds(vague.period.value, dated.date.value)


def _told_of_again(g: Partial, p: Partial) -> bool:
    """Whether a sentence tells more of the meeting to come the report last announced: "X and Y will meet
    in Rome on Saturday for a second round. The talks will take place at the Z embassy" (an anaphoric
    meeting word, to come, with no day or stretch of its own), or numbers the dated one ("X and Y will
    meet on Monday. The talks will be the second round since ...")."""
    return (
        g.planned
        and p.planned
        and p.anaphoric
        and (g.date is not None or g.ordinal is not None)
        and p.date is None
        and (p.ordinal is None or (g.ordinal is None and g.date is not None))
        and p.relative is None
        and p.period is None
    )


def _may_date(focal: Partial, p: Partial) -> bool:
    """Whether a dated sentence may be about the focal meeting: not when it tells of a meeting with a
    person no report ties to an actor and shares no side with it ("the question was raised during a
    meeting on Monday between X and Y" in a report of other talks)."""
    return not (_lone_outsider(p) and not set(p.parties) & set(focal.parties))


def _long_before(p: Partial, anchor: dt.date | None) -> bool:
    """Whether a sentence dates its meeting weeks before the report: then it recalls an earlier meeting
    ("the conference first met in Geneva on 12 January", in a June report of a dinner held on Sunday),
    which never dates the report's own meeting that its first sentences leave undated, nor takes its
    venue or length. Not the first day of talks the report tells the end of ("the talks, which opened on
    October 26", in a report of a round of two weeks)."""
    if anchor is None or p.date is None or p.stage == "opened":
        return False
    return (anchor - dt.date.fromisoformat(p.date.value[:10])).days > LOOSE_DATE_DAYS


def _copy(p: Partial) -> Partial:
    return replace(p, parties=list(p.parties), heads=list(p.heads), field_evidence=dict(p.field_evidence))


def focal_meeting(meetings: list[MeetingMention]) -> str | None:
    """The key of the meeting a document mainly reports: the first held (not planned) one."""
    for m in meetings:
        if not m.planned:
            return m.key
    return None


def meeting_for_sentence(meetings: list[MeetingMention], sentence: int) -> str | None:
    """The meeting a sentence is about: one whose evidence includes it, else the focal one."""
    for m in meetings:
        if any(e.sentence_index == sentence for e in m.evidence) and not m.planned:
            return m.key
    return focal_meeting(meetings)
