"""Typed views of the NLP stage's data files (speech cues, status cues, meeting words, events, issues).

Each loader reads its YAML once per process through :func:`legation.lexicon.load_bundled`, which
validates every entry and reports all bad ones with file and line.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from legation.errors import LexiconError
from legation.lexicon import Field, load_bundled, load_data_file
from legation.model import STATUSES


def _phrase_regex(phrases: list[str]) -> re.Pattern[str] | None:
    if not phrases:
        return None
    return re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in phrases) + r")\b", re.IGNORECASE)


#: The meeting readers' word lists that are vocabulary (:func:`legation.lexicon.word_list`).
MEETING_LISTS = "meeting_lists.yaml"

CUE_FRAMES = ("clause", "xcomp", "subject", "bare")
CUE_KINDS = ("spoken", "written", "belief", "act")


@dataclass(frozen=True, slots=True)
class SpeechCues:
    """Reporting words: ``frames[pos][lemma]`` is the set of frames in which the word is a cue
    (see :func:`legation.nlp.statements.cue_frame`); ``lemmas`` are the verbs of speech and writing.

    A frame may be narrowed to the word's dependency label in its sentence: ``subject@advcl`` in
    ``frames`` makes the word a cue in that frame only with that label, and the same in ``excepted``
    makes it no cue there although the frame itself is listed (a verb that reports as a main verb but
    not in a relative clause, say)."""

    lemmas: frozenset[str]
    frames: dict[str, dict[str, frozenset[str]]]
    kinds: dict[str, str]
    excepted: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict)

    def is_cue(self, pos: str, lemma: str, frame: str, dep: str) -> bool:
        """Is ``lemma`` (a ``pos``) a cue in ``frame`` with the dependency label ``dep``?"""
        listed = self.frames.get(pos, {}).get(lemma)
        if not listed:
            return False
        narrow = f"{frame}@{dep}"
        if narrow in listed:
            return True
        return frame in listed and narrow not in self.excepted.get(pos, {}).get(lemma, frozenset())


@functools.cache
def speech_cues() -> SpeechCues:
    data = load_bundled(
        "speech_cues.yaml",
        (
            Field("lemma"),
            Field("pos", choices=("verb", "noun")),
            Field("kind", choices=CUE_KINDS),
            Field("frames", list),
            Field("except", list, required=False),
        ),
    )
    bad = [
        f"{data.path}:{e.line}: {key}: {f!r} is not one of {', '.join(CUE_FRAMES)} (or nested-…, or …@LABEL)"
        for e in data.entries
        for key in ("frames", "except")
        for f in e.get(key) or []
        if not isinstance(f, str)
        or f.split("@")[0].removeprefix("nested-") not in CUE_FRAMES
        or (key == "except" and "@" not in f)
    ]
    if bad:
        raise LexiconError(data.path, bad)
    frames: dict[str, dict[str, frozenset[str]]] = {"verb": {}, "noun": {}}
    excepted: dict[str, dict[str, frozenset[str]]] = {"verb": {}, "noun": {}}
    for e in data.entries:
        frames[e["pos"]][e["lemma"]] = frozenset(e["frames"])
        if e.get("except"):
            excepted[e["pos"]][e["lemma"]] = frozenset(e["except"])
    return SpeechCues(
        frozenset(e["lemma"] for e in data.entries if e["pos"] == "verb" and e["kind"] != "belief"),
        frames,
        {e["lemma"]: e["kind"] for e in data.entries},
        excepted,
    )


@functools.cache
def given_names() -> dict[str, str]:
    """Given name → ``"f"`` or ``"m"`` (``data/given_names.yaml``), for resolving "he" and "she"."""
    data = load_bundled("given_names.yaml", (Field("gender", choices=("f", "m")), Field("names", list)))
    return {name: e["gender"] for e in data.entries for name in e["names"]}


@dataclass(frozen=True, slots=True)
class StatusCue:
    status: str
    lemmas: frozenset[str]
    phrases: re.Pattern[str] | None


@functools.cache
def status_cues() -> tuple[StatusCue, ...]:
    data = load_bundled(
        "status_cues.yaml",
        (Field("status", choices=STATUSES), Field("lemmas", list), Field("phrases", list)),
    )
    return tuple(
        StatusCue(e["status"], frozenset(e["lemmas"]), _phrase_regex(e["phrases"])) for e in data.entries
    )


@dataclass(frozen=True, slots=True)
class MeetingWords:
    nouns: frozenset[str]
    verbs: frozenset[str]
    venues: re.Pattern[str]
    formats: tuple[tuple[str, re.Pattern[str]], ...]
    planned: frozenset[str]
    generic: frozenset[str]
    negotiation: frozenset[str]
    titles: frozenset[str]
    descriptive: frozenset[str]
    commenting: frozenset[str]
    requirements: frozenset[str]
    #: words of a contest ("the first round of voting", "lost in the second round", "meeting champions
    #: X"): a round or a meeting of a game, a race or a vote is no session of talks
    contests: frozenset[str] = frozenset()
    #: venue nouns whose name begins with the city they are in ("Grozny airport"), unlike a house or a
    #: palace named after another city
    city_venues: frozenset[str] = frozenset()
    #: venue nouns that name a place only with a proper name ("the X border post"; "a border post" none)
    named_venues: frozenset[str] = frozenset()
    #: two-word phrases whose meeting noun names no session of talks ("press conference")
    not_meetings: frozenset[str] = frozenset()
    #: verbs of making a statement, whose occasion a meeting can be ("said after talks with Y")
    stating: frozenset[str] = frozenset()
    #: words of a vague future a planned meeting is announced for ("soon", "as soon as possible")
    soon: re.Pattern[str] | None = None
    #: words that make a meeting only wished, asked for or offered ("hope", "could", "possible")
    wishes: frozenset[str] = frozenset()
    #: words opening a sentence about another matter ("Separately, ...")
    asides: re.Pattern[str] | None = None
    #: verbs of setting off: a meeting one sets off for is still to come ("left for X to hold talks")
    departing: frozenset[str] = frozenset()
    #: verbs of arriving: the day someone arrived for talks may be the eve of the talks
    arriving: frozenset[str] = frozenset()
    #: nouns of what happens in a place, whose "in" phrase is that place, not the talks' ("a truce in X")
    local: frozenset[str] = frozenset()
    #: verbs of how things stand, whose meeting-noun subject tells a state, not a meeting ("the talks
    #: appear to be back to square one")
    seeming: frozenset[str] = frozenset()
    #: words that say a meeting is going on as the report is written ("the ongoing summit")
    ongoing: frozenset[str] = frozenset()
    #: verbs of speaking to a gathering, whose object is the occasion of what is said ("told the meeting")
    addressing: frozenset[str] = frozenset()
    #: verbs of joining a body: the organisation joined at a meeting is the other side of it ("X joined
    #: the alliance at a ceremony")
    joining: frozenset[str] = frozenset()
    #: verbs of one side having the other come to it, a meeting of the two when the object is someone ("X
    #: summoned Y's ambassador")
    receiving: frozenset[str] = frozenset()
    #: words written with a hyphen that the tokenizer must keep whole ("co-chaired"), with their lemma:
    #: see :func:`legation.nlp.load_model`
    one_words: dict[str, str] = field(default_factory=dict)
    #: word (lemma) → the level of those who meet at a meeting it describes ("ministerial meeting",
    #: "leaders' meeting", "senior officials met"): two meetings of different levels are two rounds
    levels: dict[str, str] = field(default_factory=dict)
    #: nouns of a legislature, whose own sessions are no talks ("the new parliament holds its first
    #: session", "the senate met")
    legislatures: frozenset[str] = frozenset()
    #: words of a title that makes its holder a side's own office holder ("energy minister", "the
    #: representative to the group"): at a grouping's meeting, the holder heads the side's delegation
    offices: frozenset[str] = frozenset()
    #: nouns of papers one side signs alone ("the letter, signed by X", "signed a decree"): no meeting
    unsigned: frozenset[str] = frozenset()
    #: nouns of those who act for a side at talks ("the X's chief negotiator", "its delegation")
    agents: frozenset[str] = frozenset()
    #: verbs of being at a meeting one does not hold ("also attended", "took part in the talks", "were
    #: joined by X"): a side's people who did are its heads
    attending: frozenset[str] = frozenset()
    #: word forms (not lemmas: fusion reads the evidence sentences, not parses) of talks taken up again
    #: after a pause ("resumed", "resumption"): the report tells a process resumed
    resuming: frozenset[str] = frozenset()
    #: words that count meetings as many without saying which ("several rounds of talks", "a series of
    #: meetings"): a summary of past meetings, no one meeting whose place or day it could give
    many: frozenset[str] = frozenset()
    #: verbs of what two sides do together ("agree", "discuss"): with both sides as the subject ("X and
    #: Y agreed on Thursday", "the two ministers discussed Z") the sides met
    joint: frozenset[str] = frozenset()
    #: the formats (``format`` values) of a meeting held from afar, by phone or video link: it is held in no
    #: city, so the dateline's city is never its place
    remote: frozenset[str] = frozenset()
    #: nouns of a call ("call", "conversation"): a meeting of two sides when by telephone ("a phone call
    #: with Y", "a telephone conversation"), not "a call for talks"
    calls: frozenset[str] = frozenset()
    #: words of the telephone, as a verb ("phoned Y", "telephoned Y": a meeting with Y held from afar) and as
    #: what a call is by ("a phone call", "spoke by telephone")
    calling: frozenset[str] = frozenset()
    #: words that make a standing body the sides' own ("the joint border committee", "a bilateral
    #: commission"): its meeting is one of their talks
    joint_bodies: frozenset[str] = frozenset()
    #: verbs by which one meeting comes after or before another ("the X round follows the first round in
    #: Y"): the sentence tells two meetings, each with its own place, day and number
    succeeding: frozenset[str] = frozenset()
    #: verbs (lemmas) of how long something went on ("lasted"): the length is their subject's ("the talks
    #: lasted four hours"; "a conversation that lasted 45 minutes" is not the talks' length)
    lasting: frozenset[str] = frozenset()


def _opening_regex(phrases: list[str]) -> re.Pattern[str]:
    """Any of these phrases at the start of a sentence, any case, past leading punctuation."""
    words = [r"\s+".join(re.escape(x) for x in p.split()) for p in phrases]
    return re.compile(r"\W*(?:" + "|".join(words) + r")\b", re.IGNORECASE)


@functools.cache
def meeting_words() -> MeetingWords:
    kinds = (
        "noun",
        "verb",
        "venue",
        "format",
        "planned",
        "generic",
        "negotiation",
        "title",
        "descriptive",
        "commenting",
        "requirement",
        "contest",
        "city-venue",
        "named-venue",
        "not-meeting",
        "stating",
        "soon",
        "wish",
        "aside",
        "departing",
        "arriving",
        "local",
        "seeming",
        "ongoing",
        "addressing",
        "joining",
        "receiving",
        "unsigned",
        "one-word",
        "level",
        "legislature",
        "office",
        "agent",
        "attending",
        "resuming",
        "many",
        "joint",
        "remote",
        "call",
        "calling",
        "joint-body",
        "succeeding",
        "lasting",
    )
    data = load_bundled(
        "meetings.yaml", (Field("kind", choices=kinds), Field("words", list), Field("value", required=False))
    )
    by_kind: dict[str, list[str]] = {k: [] for k in kinds}
    formats = []
    for e in data.entries:
        by_kind[e["kind"]].extend(w.lower() for w in e["words"])
        if e["kind"] == "format":
            formats.append((e["value"] or e["words"][0], _phrase_regex([re.escape(w) for w in e["words"]])))
    # a not-meeting phrase is a word and a meeting noun: "press conference", never a noun of its own
    bad = [
        f"{data.path}:{e.line}: words: {w!r} is not a word before a meeting noun"
        for e in data.entries
        if e["kind"] == "not-meeting"
        for w in e["words"]
        if len(w.split()) != 2 or w.split()[1].lower() not in by_kind["noun"]
    ]
    if bad:
        raise LexiconError(data.path, bad)
    venues = sorted({*by_kind["venue"], *by_kind["named-venue"]}, key=len, reverse=True)
    return MeetingWords(
        nouns=frozenset(by_kind["noun"]),
        verbs=frozenset(by_kind["verb"]),
        venues=re.compile(r"\b(?:" + "|".join(re.escape(v) for v in venues) + r")\b", re.IGNORECASE),
        formats=tuple((v, p) for v, p in formats if p is not None),
        planned=frozenset(by_kind["planned"]),
        generic=frozenset(by_kind["generic"]),
        negotiation=frozenset(by_kind["negotiation"]),
        titles=frozenset(by_kind["title"]),
        descriptive=frozenset(by_kind["descriptive"]),
        commenting=frozenset(by_kind["commenting"]),
        requirements=frozenset(by_kind["requirement"]),
        contests=frozenset(by_kind["contest"]),
        city_venues=frozenset(by_kind["city-venue"]),
        named_venues=frozenset(by_kind["named-venue"]),
        not_meetings=frozenset(" ".join(w.split()) for w in by_kind["not-meeting"]),
        stating=frozenset(by_kind["stating"]),
        soon=_phrase_regex([r"\s+".join(re.escape(x) for x in w.split()) for w in by_kind["soon"]]),
        wishes=frozenset(by_kind["wish"]),
        asides=_opening_regex(by_kind["aside"]),
        departing=frozenset(by_kind["departing"]),
        arriving=frozenset(by_kind["arriving"]),
        local=frozenset(by_kind["local"]),
        seeming=frozenset(by_kind["seeming"]),
        ongoing=frozenset(by_kind["ongoing"]),
        addressing=frozenset(by_kind["addressing"]),
        joining=frozenset(by_kind["joining"]),
        receiving=frozenset(by_kind["receiving"]),
        one_words={
            w.lower(): e["value"] for e in data.entries if e["kind"] == "one-word" for w in e["words"]
        },
        levels={w.lower(): e["value"] for e in data.entries if e["kind"] == "level" for w in e["words"]},
        legislatures=frozenset(by_kind["legislature"]),
        offices=frozenset(by_kind["office"]),
        unsigned=frozenset(by_kind["unsigned"]),
        agents=frozenset(by_kind["agent"]),
        attending=frozenset(by_kind["attending"]),
        resuming=frozenset(by_kind["resuming"]),
        many=frozenset(by_kind["many"]),
        joint=frozenset(by_kind["joint"]),
        remote=frozenset(by_kind["remote"]),
        calls=frozenset(by_kind["call"]),
        calling=frozenset(by_kind["calling"]),
        joint_bodies=frozenset(by_kind["joint-body"]),
        succeeding=frozenset(by_kind["succeeding"]),
        lasting=frozenset(by_kind["lasting"]),
    )


@dataclass(frozen=True, slots=True)
class EventRule:
    type: str
    plover: str
    mode: str | None
    lemmas: frozenset[str]
    phrases: re.Pattern[str] | None


@functools.cache
def event_rules() -> tuple[EventRule, ...]:
    data = load_bundled(
        "events.yaml",
        (
            Field("type"),
            Field("plover"),
            Field("mode", required=False),
            Field("lemmas", list),
            Field("phrases", list),
        ),
    )
    return tuple(
        EventRule(e["type"], e["plover"], e.get("mode"), frozenset(e["lemmas"]), _phrase_regex(e["phrases"]))
        for e in data.entries
    )


@dataclass(frozen=True, slots=True)
class IssueDef:
    key: str
    label: str
    pattern: re.Pattern[str]
    #: False: matched only in documents whose main taxonomy this is (its patterns are too loose elsewhere).
    shared: bool = True


@dataclass(frozen=True, slots=True)
class Taxonomy:
    name: str
    subject: str
    issues: tuple[IssueDef, ...]


_ISSUE_FIELDS = (Field("key"), Field("label"), Field("patterns", list), Field("shared", bool, required=False))


def load_taxonomy(path: str | Path) -> Taxonomy:
    """Read one issue taxonomy file (see ``data/issues/diplomatic_missions.yaml`` for the format)."""
    data = load_data_file(path, _ISSUE_FIELDS)
    issues = []
    for e in data.entries:
        pattern = _phrase_regex(e["patterns"])
        assert pattern is not None  # the field is a required non-empty list
        issues.append(IssueDef(e["key"], e["label"], pattern, bool(e.get("shared", True))))
    return Taxonomy(
        str(data.meta.get("name", Path(path).stem)), str(data.meta.get("subject", "")), tuple(issues)
    )


@functools.cache
def taxonomies() -> tuple[Taxonomy, ...]:
    """Every taxonomy shipped in ``legation/data/issues``."""
    folder = Path(str(resources.files("legation.data").joinpath("issues")))
    return tuple(load_taxonomy(p) for p in sorted(folder.glob("*.yaml")))


AGENDA_KINDS = (
    "stop",
    "generic",
    "vague",
    "wrapper",
    "process",
    "document",
    "listing",
    "outsider",
    "nominal",
    "means",
    "whom",
    "placed",
    "hollow",
    "body",
    "pledge",
    "backing",
    "timing",
    "talks",
    "restriction",
    "asking",
    "stage",
)


@dataclass(frozen=True, slots=True)
class AgendaWords:
    """What can and cannot name an agenda item outside the taxonomies (``data/agenda.yaml``)."""

    stop: frozenset[str]
    generic: frozenset[str]
    vague: frozenset[str]
    wrapper: frozenset[str]
    process: frozenset[str]
    document: frozenset[str]
    listing: frozenset[str]
    outsider: frozenset[str]
    nominal: frozenset[str]
    means: frozenset[str]
    whom: frozenset[str]
    placed: frozenset[str]
    hollow: frozenset[str]
    body: frozenset[str]
    pledge: frozenset[str]
    backing: frozenset[str]
    timing: frozenset[str]
    talks: frozenset[str]
    restriction: frozenset[str]
    asking: frozenset[str]
    stage: frozenset[str]

    def noun_of(self, verb: str) -> str | None:
        """The noun of a verb of change ("resume" → "resumption"), from the ``nominal`` entries."""
        return _nouns_of_verbs(self.nominal).get(verb)


@functools.cache
def _nouns_of_verbs(nominal: frozenset[str]) -> dict[str, str]:
    """The ``verb:noun`` pairs as a table, made once: the agenda reader asks for the noun of most verbs
    it walks, and splitting every pair on each question cost more than the rest of the lookup. The
    first pair of a verb wins, as it did when the pairs were searched in the same order."""
    nouns: dict[str, str] = {}
    for pair in nominal:
        verb, _sep, noun = pair.partition(":")
        nouns.setdefault(verb, noun)
    return nouns


@functools.cache
def agenda_words() -> AgendaWords:
    data = load_bundled("agenda.yaml", (Field("kind", choices=AGENDA_KINDS), Field("words", list)))
    by_kind: dict[str, set[str]] = {k: set() for k in AGENDA_KINDS}
    for e in data.entries:
        by_kind[e["kind"]].update(str(w).lower() for w in e["words"])
    return AgendaWords(**{k: frozenset(v) for k, v in by_kind.items()})


@functools.cache
def issue_synonyms() -> dict[str, str]:
    """Word or phrase → the canonical word of its synonym group (``data/issue_synonyms.yaml``)."""
    data = load_bundled("issue_synonyms.yaml", (Field("words", list),))
    out: dict[str, str] = {}
    for e in data.entries:
        words = [str(w).lower() for w in e["words"]]
        for w in words:
            out[w] = words[0]
    return out
