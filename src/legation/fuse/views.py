"""A report that tells several negotiations: one view of it per pair of sides that met.

A visiting minister meets one host after another ("X met Y's chancellor in A on Tuesday and Z's prime
minister in B on Wednesday"); a story about the talks of two sides also tells another pair's meeting.
The sentence reader keys such a report by the pair it leads with (:func:`legation.nlp.sides._lead_pair`),
and the other pairs' meetings then belong to no track: fusion keeps out a meeting that names an actor of
no side of the track. Here the report is read as *views*: the same :class:`~legation.model.Document`,
each view with the meetings of one pair, the agenda items told of those meetings and the statements of
their sentences, so that each pair's track gets its own meetings only (``docs/fusion.md``, "Reports that
tell several negotiations").

A report is split only when it clearly tells other pairs: two held meetings or more, not background, each
naming two sides of its own from the text (the report's third parties, any role, are no side: a mediator
meeting one side is part of that side's negotiation, :data:`~legation.fuse.keys.GO_BETWEEN_ROLES`), their
pairs differ, none sees three sides or more (talks of many, told also by their pairs), the report speaks
of no "N-party talks", and one pair is the report's own sides (its *main* view, which keeps everything
that is not another pair's). Every other report is its one view, itself.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import replace

from legation.fuse.keys import TrackSummary, assign_keys, key_form, key_parties, place_key, substantial
from legation.model import Analysis, MeetingMention


def views(analysis: Analysis) -> tuple[Analysis, ...]:
    """The report's views: itself alone, or its main view (its own sides, with every meeting, item and
    statement that is not another pair's) followed by one view per other pair of sides it clearly tells
    (see the module's docstring)."""
    pairs = _other_pairs(analysis)
    if not pairs:
        return (analysis,)
    taken = [_meetings_of_pair(analysis, pair) for pair in pairs]
    others = tuple(_view(analysis, pair, meetings) for pair, meetings in zip(pairs, taken, strict=True))
    return (_without(analysis, [m for meetings in taken for m in meetings]), *others)


def _other_pairs(analysis: Analysis) -> list[tuple[str, ...]]:
    """The pairs of sides, other than the report's own, whose held meetings the report tells, each as the
    two names its first meeting gives them (in the order of the report's meetings); none when the report
    does not clearly tell several negotiations."""
    if analysis.skipped or analysis.forum or analysis.size or not analysis.negotiation:
        return []
    own = key_parties(analysis)
    if len(own) != 2:
        return []
    third = {t.name for t in analysis.third_parties}
    held: list[tuple[frozenset[str], tuple[str, ...], MeetingMention]] = []
    for m in analysis.meetings:
        if m.planned or m.date is None or not substantial(analysis, m):
            continue
        sides = _sides(analysis, m, third)
        if len(sides) > 2:
            return []  # talks of many, told also by their pairs
        if len(sides) == 2:
            held.append((frozenset(key_form(p, analysis) for p in sides), sides, m))
    # where and when the report's own sides met: another pair met on that day, in no other city it names,
    # is a meeting on the side of their talks ("earlier on Friday he met X's minister at the same palace")
    ours = {(_day(m), place_key(m.city) if m.city else None) for forms, _n, m in held if forms == own}
    if not ours:
        return []
    pairs: dict[frozenset[str], tuple[str, ...]] = {}
    for forms, names, m in held:
        if forms != own and _apart(m, ours):
            pairs.setdefault(forms, names)
    return list(pairs.values())


def _day(m: MeetingMention) -> str:
    return m.date.value[:10] if m.date is not None else ""


def _apart(m: MeetingMention, ours: Collection[tuple[str, str | None]]) -> bool:
    """Whether a meeting is held apart from the report's own sides' meetings (``ours``: their days and
    cities): on another day, or in another city it names."""
    cities = {city for day, city in ours if day == _day(m)}
    if not cities:
        return True
    return m.city is not None and place_key(m.city) not in cities


def _sides(analysis: Analysis, m: MeetingMention, third: Collection[str]) -> tuple[str, ...]:
    """The sides a meeting names, less the report's third parties, each once in key form."""
    seen: dict[str, str] = {}
    for p in m.parties:
        if p not in third:
            seen.setdefault(key_form(p, analysis), p)
    return tuple(seen.values())


def _meetings_of_pair(analysis: Analysis, pair: tuple[str, ...]) -> list[MeetingMention]:
    """The report's meetings (held or announced) whose sides are the pair's."""
    third = {t.name for t in analysis.third_parties}
    forms = {key_form(p, analysis) for p in pair}
    return [
        m
        for m in (*analysis.meetings, *analysis.announced)
        if {key_form(p, analysis) for p in _sides(analysis, m, third)} == forms
    ]


def _told(analysis: Analysis, meetings: Collection[MeetingMention]) -> tuple[set[int], set[str], set[int]]:
    """Of these meetings of the report: which they are (by identity), the keys its agenda items name them
    by (none that another of its meetings has too), and the sentences they were read from that tell none
    of its other meetings."""
    chosen = {id(m) for m in meetings}
    rest = [m for m in (*analysis.meetings, *analysis.announced) if id(m) not in chosen]
    keys = {m.key for m in meetings} - {m.key for m in rest}
    sentences = {e.sentence_index for m in meetings for e in m.evidence} - {
        e.sentence_index for m in rest for e in m.evidence
    }
    return chosen, keys, sentences


def _view(analysis: Analysis, pair: tuple[str, ...], meetings: Collection[MeetingMention]) -> Analysis:
    """The view of one other pair: its meetings, the items told of them and the statements of their
    sentences, the pair for its sides and the only actors it names; no third party, subject or forum."""
    chosen, keys, sentences = _told(analysis, meetings)
    return replace(
        analysis,
        meetings=tuple(m for m in analysis.meetings if id(m) in chosen),
        announced=tuple(m for m in analysis.announced if id(m) in chosen),
        issues=tuple(i for i in analysis.issues if i.meeting in keys),
        statements=tuple(s for s in analysis.statements if s.evidence.sentence_index in sentences),
        events=tuple(e for e in analysis.events if e.evidence.sentence_index in sentences),
        parties=pair,
        named=pair,
        movements=tuple(p for p in analysis.movements if p in pair),
        party_names={p: n for p, n in analysis.party_names.items() if p in pair},
        third_parties=(),
        subject=None,
        members=(),
        size=None,
        forum=None,
        negotiation=True,
    )


def _without(analysis: Analysis, meetings: Collection[MeetingMention]) -> Analysis:
    """The report less these meetings, the items told of them and the statements and events of their
    sentences (those sentences that tell none of its other meetings)."""
    if not meetings:
        return analysis
    chosen, keys, sentences = _told(analysis, meetings)
    return replace(
        analysis,
        meetings=tuple(m for m in analysis.meetings if id(m) not in chosen),
        announced=tuple(m for m in analysis.announced if id(m) not in chosen),
        issues=tuple(i for i in analysis.issues if i.meeting not in keys),
        statements=tuple(s for s in analysis.statements if s.evidence.sentence_index not in sentences),
        events=tuple(e for e in analysis.events if e.evidence.sentence_index not in sentences),
    )


#: The keys of one report's views: its main view's (None: no track) and those of its other views keyed to
#: a track of their own, by their place among :func:`views` (1, 2 ...).
ViewKeys = tuple[str | None, dict[int, str]]


def assign_view_keys(
    analyses: Sequence[Analysis], existing: Iterable[TrackSummary] = ()
) -> dict[str, ViewKeys]:
    """The keys of every report's views (:data:`ViewKeys`, by document id): each report's main view keyed
    as a report is (:func:`~legation.fuse.keys.assign_tracks`), then its other views, once every report is
    keyed, so that a pair that is one side and a go-between of a track joins that track. A view that joins
    no track, or the track of another view of its report, goes back into its report's main view (no
    report is fused twice into one track). A report of one view is keyed exactly as by ``assign_tracks``.
    The store keeps these keys, and :func:`keyed_views` gives the views back from them."""
    split = [views(a) for a in analyses]
    mains = [v[0] for v in split]
    later = [(i, n) for i, v in enumerate(split) for n in range(1, len(v))]
    keys, later_keys = assign_keys(mains, existing, [split[i][n] for i, n in later])
    out: dict[str, ViewKeys] = {a.document.id: (keys.get(a.document.id), {}) for a in analyses}
    for (i, n), key in zip(later, later_keys, strict=True):
        main, kept = out[analyses[i].document.id]
        if key is not None and key != main and key not in kept.values():
            kept[n] = key
    return out


def keyed_views(analysis: Analysis, keys: ViewKeys) -> list[tuple[Analysis, str]]:
    """A report's views with their track keys, from the keys :func:`assign_view_keys` gave them: the main
    view less the meetings of the views keyed elsewhere (the whole report when none is), then those views."""
    main, kept = keys
    if not kept:
        return [(analysis, main)] if main is not None else []
    split = views(analysis)
    others = [(split[n], key) for n, key in sorted(kept.items()) if n < len(split)]
    gone = [m for v, _k in others for m in (*v.meetings, *v.announced)]
    return [*([(_without(analysis, gone), main)] if main is not None else []), *others]


def assign_views(
    analyses: Sequence[Analysis], existing: Iterable[TrackSummary] = ()
) -> list[tuple[Analysis, str]]:
    """Every keyed view of these reports with its track key (:func:`assign_view_keys`), each report's main
    view first."""
    keys = assign_view_keys(analyses, existing)
    return [pair for a in analyses for pair in keyed_views(a, keys[a.document.id])]
