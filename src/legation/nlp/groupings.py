"""Forums: talks held by a named grouping of states, whose sides are the grouping's members.

A report of "the APEC summit", "a meeting of the five permanent members of the Security Council plus
Germany" or "the 11 members of OPEC met in ..." tells of talks among the grouping's members, not of
talks between the grouping and someone else. The groupings and their members are general knowledge,
kept in ``data/groupings.yaml``; the grouping is the forum of the report and its members are the sides:
every member for a grouping named by its membership ("P5+1"), the members the report names for a large
organisation (reports never list all of an organisation's members, and annotators of real coverage take
those shown taking part).

The forum is read from syntax: the grouping's name is the owner of a meeting word ("the APEC summit",
"a summit of X", "leaders of X's member economies began their annual meeting", "the members of X met")
outside a mere reference ("on the sidelines of the X summit", "ahead of ..."), and no other side shares
that meeting ("an X-Russia summit" is a meeting of two sides). A report whose own held meeting is one of
two sides ("A and B met on the sidelines of ...") is that meeting's, not the forum's.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Span, Token

from legation.errors import LexiconError
from legation.lexicon import Field, data_path, load_data_file
from legation.model import Head, MeetingMention
from legation.nlp.actors import ActorMention, is_place
from legation.nlp.context import DocContext, expanded_span
from legation.nlp.gazetteer import load_gazetteer
from legation.nlp.lexicons import meeting_words
from legation.nlp.meetings import focal_meeting, meeting_for_sentence
from legation.nlp.meetings.attending import with_added_heads
from legation.nlp.meetings.heads import of_level, office_holders
from legation.nlp.prefilter import may_match

SIDES = ("all", "named")
#: Words that make a meeting a reference point of another event: "on the sidelines of the X summit",
#: "before the X summit".
_REFERENCE = frozenset(
    {"sidelines", "sideline", "margins", "margin", "eve", "ahead", "prior", "before", "after", "following"}
)
#: Dependency steps from the grouping's name up to the meeting word it owns.
_UP = frozenset({"compound", "nmod", "amod", "poss", "pobj", "nsubj", "nsubjpass", "appos", "npadvmod"})
#: Prepositions through which a grouping owns a meeting: "a summit of X", "talks among the X powers".
_OWNING = frozenset({"of", "among", "amongst", "between"})
_YEARS = re.compile(r"^(\d{4})?-(\d{4})?$")


@dataclass(frozen=True, slots=True)
class Grouping:
    name: str
    sides: str  # one of SIDES
    members: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    #: phrases that describe the grouping without naming it ("six major powers"): they make it the
    #: forum only when the countries named at the talks are mostly its members
    descriptions: tuple[str, ...] = ()
    #: member → (first year, last year); None on either end: open
    years: tuple[tuple[str, int | None, int | None], ...] = ()
    #: member that is no country → how reports write it
    spellings: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def members_in(self, year: int) -> tuple[str, ...]:
        """The members in that year."""
        spans = {m: (lo, hi) for m, lo, hi in self.years}
        out = []
        for m in self.members:
            lo, hi = spans.get(m, (None, None))
            if (lo is None or lo <= year) and (hi is None or year <= hi):
                out.append(m)
        return tuple(out)


@dataclass(frozen=True, slots=True)
class Forum:
    """The grouping a report's talks are held in, and the sides it gives them in that report."""

    name: str
    members: tuple[str, ...]
    wordings: dict[str, tuple[str, ...]]


_FIELDS = (
    Field("name"),
    Field("sides", choices=SIDES),
    Field("members", list),
    Field("aliases", list, required=False),
    Field("descriptions", list, required=False),
    Field("years", dict, required=False),
    Field("spellings", dict, required=False),
)


@functools.cache
def groupings() -> dict[str, Grouping]:
    """The groupings of the bundled ``data/groupings.yaml`` by name."""
    return load_groupings(data_path("groupings.yaml"))


def load_groupings(path: str | Path) -> dict[str, Grouping]:
    """A groupings file by name, checked: sides, members (countries of countries.yaml unless spelt out),
    years; every bad entry is reported with file and line (:class:`LexiconError`)."""
    data = load_data_file(path, _FIELDS)
    gazetteer = load_gazetteer()
    out: dict[str, Grouping] = {}
    bad: list[str] = []
    for e in data.entries:
        where = f"{data.path}:{e.line}"
        members = tuple(e["members"])
        spellings = {str(k): v for k, v in (e.get("spellings") or {}).items()}
        for m, forms in spellings.items():
            if m not in members:
                bad.append(f"{where}: spellings: {m!r} is not a member")
            if not isinstance(forms, list) or not all(isinstance(f, str) and f.strip() for f in forms):
                bad.append(f"{where}: spellings: {m!r}: expected a list of names")
        for m in members:
            if m not in spellings and gazetteer.get(m) is None:
                bad.append(f"{where}: members: {m!r} is no country of countries.yaml (give its spellings)")
        years = []
        for m, span in (e.get("years") or {}).items():
            found = _YEARS.match(str(span))
            if str(m) not in members or found is None or not any(found.groups()):
                bad.append(f"{where}: years: {m}: {span!r} (a member, and FIRST-, -LAST or FIRST-LAST)")
                continue
            lo, hi = found.groups()
            years.append((str(m), int(lo) if lo else None, int(hi) if hi else None))
        if e["name"] in out:
            bad.append(f"{where}: name: {e['name']!r} is listed twice")
        out[e["name"]] = Grouping(
            name=e["name"],
            sides=e["sides"],
            members=members,
            aliases=tuple(e.get("aliases") or ()),
            descriptions=tuple(e.get("descriptions") or ()),
            years=tuple(years),
            spellings=tuple((m, tuple(f)) for m, f in spellings.items() if isinstance(f, list)),
        )
    if bad:
        raise LexiconError(data.path, bad)
    return out


@functools.cache
def _alias_pattern() -> re.Pattern[str] | None:
    """Every grouping's own aliases and descriptions (names the organisation gazetteer does not know),
    longest first."""
    forms = sorted(
        {a for g in groupings().values() for a in (*g.aliases, *g.descriptions)}, key=len, reverse=True
    )
    if not forms:
        return None
    return re.compile(
        r"(?<![\w+-])(?:the\s+)?(" + "|".join(re.escape(f) for f in forms) + r")(?![\w+])", re.IGNORECASE
    )


@functools.cache
def _alias_owner() -> dict[str, tuple[str, bool]]:
    """Each alias or description (lower case) → its grouping, and whether it only describes it."""
    owner = {a.lower(): (g.name, True) for g in groupings().values() for a in g.descriptions}
    owner.update({a.lower(): (g.name, False) for g in groupings().values() for a in g.aliases})
    return owner


def find_forum(ctx: DocContext, meetings: list[MeetingMention], named: Iterable[str] = ()) -> Forum | None:
    """The grouping whose own meeting the report tells of, with the sides it gives it; None when the
    report tells of no grouping's meeting, when one of its meetings is one of two sides ("A and B met on
    the sidelines of ..."), or when it tells as often of a member meeting outside the grouping's meeting
    ("A's minister will hold talks there")."""
    known = groupings()
    own = [m for m in meetings if not m.aside]
    if not known:
        return None
    owning: dict[str, set[int]] = {}  # grouping → sentences in which it owns a meeting
    described: dict[str, bool] = {}  # grouping → whether only descriptions of it own a meeting
    for name, start, end, description in _grouping_mentions(ctx):
        span = expanded_span(ctx.doc, start, end)
        if span is not None and _owns_meeting(ctx, span, known[name]):
            owning.setdefault(name, set()).add(ctx.sentence_index(start))
            described[name] = described.get(name, True) and description
    gazetteer = load_gazetteer()
    countries = [n for n in named if gazetteer.get(n) is not None]
    for name, only in described.items():
        inside = sum(1 for n in countries if n in known[name].members)
        others = len(countries) - inside
        if only and others and inside <= others:
            del owning[name]  # "six major powers" whose envoys are of other countries: not the grouping
    forum_sentences: set[int] = set().union(*owning.values())
    for m in own:
        sides = [p for p in m.parties if p not in known]
        in_forum = bool(_sentences(m) & forum_sentences)
        if len(sides) == 2 or (len(sides) > 2 and not in_forum):
            return None  # a meeting of sides of their own, wherever it was held
    counts = {name: len(found) for name, found in owning.items()}
    for m in own:
        for name in {p for p in m.parties if p in known}:
            if {p for p in m.parties if p != name} <= set(known[name].members):
                counts[name] = counts.get(name, 0) + 1
    for name in list(counts):
        members = set(known[name].members)
        alone = [m for m in own if len([p for p in m.parties if p not in known]) == 1]
        apart = [
            m
            for m in alone
            if next(p for p in m.parties if p not in known) in members
            and not _sentences(m) & owning.get(name, set())
        ]
        if counts[name] <= len(apart) or _only_next_step(own, owning.get(name, set())):
            del counts[name]
    if not counts:
        return None
    name = max(sorted(counts), key=lambda n: counts[n])
    return _forum(ctx, known[name])


def _only_next_step(own: list[MeetingMention], owned: set[int]) -> bool:
    """Whether the grouping's meetings the report tells of are all still to come while it reports talks
    held outside them ("the third round of talks ended ... the grouping's leaders will meet on 19
    October to decide"): the grouping's meeting is the talks' next step, and the report is of the
    talks."""
    mine = [m for m in own if _sentences(m) & owned]
    return bool(mine) and all(m.planned for m in mine) and any(not m.planned for m in own if m not in mine)


def _sentences(m: MeetingMention) -> set[int]:
    return {e.sentence_index for e in m.evidence}


def _grouping_mentions(ctx: DocContext) -> list[tuple[str, int, int, bool]]:
    """Every mention of a grouping (name, start, end, whether a mere description): organisations the
    gazetteer found, and the groupings' own aliases and descriptions."""
    known = groupings()
    found = [(m.name, m.start, m.end, False) for m in ctx.actors.mentions if m.name in known]
    pattern = _alias_pattern()
    if pattern is not None and may_match(pattern, ctx.folded, ctx.word_places):  # most reports name none
        owner = _alias_owner()
        for m in pattern.finditer(ctx.document.text):
            name, description = owner[m.group(1).lower()]
            found.append((name, m.start(1), m.end(1), description))
    return found


def _owns_meeting(ctx: DocContext, span: Span, grouping: Grouping) -> bool:
    """Whether the grouping's name is the owner of a meeting word: "the X summit", "a summit of X",
    "leaders of X began their annual meeting", "the members of X met", "talks among the X powers" — and
    not a reference point ("on the sidelines of the X summit") or one side of a meeting with another
    ("an X-Russia summit")."""
    words = meeting_words()
    if any(
        c.dep_ in ("acl", "relcl") and _meeting_word(c, words.nouns, words.verbs) for c in span.root.children
    ):
        return True  # "the X, meeting in Kuwait, kept its quota"
    tok: Token = span.root
    if _meeting_word(tok, words.nouns, words.verbs):
        # a grouping named after its own meeting ("the inaugural X Summit"): the name is the meeting
        return not _referenced(tok) and not _other_side(ctx, tok, span, grouping)
    for _step in range(6):
        if tok.i != span.root.i and tok.lower_ in words.agents:
            return False  # "the X's chief negotiator", "talks between X's envoy and Y": X at the table
        if tok.i != span.root.i and _meeting_word(tok, words.nouns, words.verbs):
            return not _referenced(tok) and not _other_side(ctx, tok, span, grouping)
        if tok.dep_ not in _UP and not (tok.dep_ == "prep" and tok.lower_ in _OWNING):
            return False
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _meeting_word(tok: Token, nouns: frozenset[str], verbs: frozenset[str]) -> bool:
    if tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in nouns:
        return True
    if tok.pos_ == "VERB" and tok.lemma_.lower() in verbs:
        if tok.lemma_.lower() == "meet":
            return True
        # "resumed talks", "began their annual meeting": a verb of holding with a meeting noun for object
        return any(c.dep_ == "dobj" and c.lower_ in nouns for c in tok.children)
    return False


def _referenced(tok: Token) -> bool:
    """A meeting named as the time or place of something else: "on the sidelines of the X summit"; a
    relative clause between them makes the meeting that clause's own ("on the sidelines of a meeting which
    will be followed by the X summit"), while "after attending the X summit" still refers to it."""
    for a in [tok, *tok.ancestors][:4]:
        if a.lower_ in _REFERENCE:
            return True
        if a.dep_ == "relcl":
            return False
    return False


def _other_side(ctx: DocContext, meeting: Token, span: Span, grouping: Grouping) -> bool:
    """Whether an actor that is no member shares the meeting word with the grouping ("an X-Russia summit",
    "a summit of X and Russia", "X held talks with Russia")."""
    members = set(grouping.members)
    sent = meeting.sent
    # "held talks with X": the "with" hangs on the meeting noun or on the verb it is the object of
    targets = {meeting.i} | ({meeting.head.i} if meeting.dep_ in ("dobj", "nsubjpass") else set())
    targets |= {c.i for c in meeting.children if c.dep_ == "dobj"}
    for m in ctx.actors.in_range(sent.start_char, sent.end_char):
        if m.name == grouping.name or m.name in members or span.start_char <= m.start < span.end_char:
            continue
        other = expanded_span(ctx.doc, m.start, m.end)
        if other is None:
            continue
        tok = other.root
        for _step in range(4):
            if tok.i in targets:
                return True
            if tok.dep_ not in ("compound", "amod", "conj", "pobj", "nmod", "poss", "prep"):
                break
            if tok.dep_ == "prep" and tok.lower_ not in ("of", "with"):
                break
            tok = tok.head
    return False


def _forum(ctx: DocContext, grouping: Grouping) -> Forum:
    """The forum's sides in this report: every member, or those the report names as actors (not as the
    place where something happens), with the wordings it uses for each."""
    members = grouping.members_in(ctx.document.published.year)
    wordings: dict[str, list[str]] = {m: [] for m in members}
    for mention in ctx.actors.mentions:
        if mention.name in wordings and not _only_place(ctx, mention):
            wordings[mention.name].append(mention.surface)
    text = ctx.document.text
    for member, forms in grouping.spellings:
        if member not in wordings:
            continue
        for form in forms:
            for found in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
                owner = re.search(r"(\b[A-Z][\w-]*'s )$", text[max(0, found.start() - 30) : found.start()])
                wordings[member].append((owner.group(1) if owner else "") + found.group(0))
    named = [m for m in members if wordings[m]]
    sides = members if grouping.sides == "all" else tuple(named)
    return Forum(
        name=grouping.name,
        members=tuple(sorted(sides)),
        wordings={m: tuple(dict.fromkeys(wordings[m])) or (m,) for m in sides},
    )


#: Nouns of a country's people or bodies: "the Saudi minister", "his Qatari counterpart" name the country as
#: an actor; "Iraqi production" names a thing of it.
_AGENTS = frozenset(
    {
        "government",
        "delegation",
        "delegate",
        "delegates",
        "official",
        "officials",
        "leader",
        "leaders",
        "counterpart",
        "counterparts",
        "side",
        "negotiator",
        "negotiators",
        "representative",
        "representatives",
        "authorities",
        "team",
        "cabinet",
        "administration",
        "ministry",
        "people",
    }
)


def _only_place(ctx: DocContext, mention: ActorMention) -> bool:
    """A member named as no actor of the talks: as the place where something happens ("in Kuwait", "in
    Doha of Qatar", "the decision of Doha"), as the owner of a thing ("Iraqi production"), or left out
    ("excluding Iraq")."""
    if is_place(ctx.doc, mention):
        return True
    span = expanded_span(ctx.doc, mention.start, mention.end)
    if span is None:
        return False
    root = span.root
    cities = ctx.gazetteer.city_country
    if (
        root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and (cities(root.head.head.text) or cities(mention.surface))
    ):
        return True  # "Doha of Qatar"; a capital for its meeting: "the decision of Doha"
    if root.dep_ == "amod" and root.head.pos_ == "NOUN":
        head = root.head.lower_
        return head not in _AGENTS and head not in meeting_words().titles
    while root.dep_ == "conj":
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ in ("excluding", "except", "without")


def _coming_to(ctx: DocContext, sentence: int) -> bool:
    """Whether a sentence tells of someone coming to a meeting: a verb of arriving or setting off ("was
    first to arrive", "before leaving for X"), or the meeting itself ("would discuss it at the meeting")."""
    words = meeting_words()
    return any(
        (t.pos_ == "VERB" and t.lemma_.lower() in words.arriving | words.departing)
        or (t.pos_ == "NOUN" and t.lower_ in words.nouns)
        for t in ctx.sents[sentence]
    )


def with_members_heads(
    ctx: DocContext, meetings: list[MeetingMention], members: Iterable[str]
) -> list[MeetingMention]:
    """A forum report's held meetings with each member's office holder the report names as that member's
    head ("Kuwaiti Energy Minister X said ...", see :func:`~legation.nlp.meetings.heads.office_holders`):
    at the meeting a sentence naming them tells of, else at the meeting the report is about. A report that
    tells of no held meeting but of one dated meeting to come names the members' office holders it tells
    coming to it ("X was first to arrive", "Y said before leaving for Z", "W said they would discuss it at
    the meeting"), of the meeting's level: theirs once a later report tells it held."""
    added: dict[str, list[Head]] = {}
    dated = [m for m in meetings if m.planned and m.date is not None]
    coming = dated[0].key if len(dated) == 1 and focal_meeting(meetings) is None else None
    level = next((m.level for m in dated if m.key == coming), None)
    for sentence, head in office_holders(ctx, set(members)):
        key = meeting_for_sentence(meetings, sentence)
        if key is None and coming is not None and of_level(head, level) and _coming_to(ctx, sentence):
            key = coming
        if key is not None:
            added.setdefault(key, []).append(head)
    return with_added_heads(meetings, added)
