"""Meeting mentions: the rounds a document reports, with date, city, venue, duration, format,
ordinal, parties and delegation heads.

Every sentence that names a meeting ("held talks", "the second round", "the meeting lasted") gives a
partial mention; mentions that agree (no clash of ordinal or date) are merged into the document's
meetings. A sentence with no ordinal and no date of its own is about the meeting the document is
mainly reporting (its *focal* meeting), which is the first one it names.

The package reads a document in this order, each module importing only those listed before it:

- :mod:`.grammar`: the shared reading of the parse around meeting words (verbs of saying, planning,
  wanting; what a meeting noun is about; the actors some tokens name), used by all the others.
- :mod:`.dates`: when a meeting is (the date a sentence ties to it, the lead's date, recent and earlier
  periods, "since", a vague future such as "soon" or "the next round", how long it lasted).
- :mod:`.fate`: whether a meeting is planned, announced, only wished for, refused, put off or called off,
  and the days an announced meeting can be on.
- :mod:`.places`: where a meeting is (its city, the country a sentence names, the dateline's city, its
  venue).
- :mod:`.heads`: the heads of delegation (led by, head of, chief negotiators, signatories) and how a head
  is described (name, role, side).
- :mod:`.parties`: the sides taking part (parties, factions, outsiders) and, when no head is named, the
  principals who met.
- :mod:`.sentence`: the partial mention one sentence gives (:class:`~.sentence.Partial`): its meeting words
  (triggers) and ordinal, and the fields the modules above read.
- :mod:`.merge`: partial mentions merged into the document's meetings, the focal meeting, and the entry
  points :func:`read_meetings` and :func:`find_meetings`.
- :mod:`.attending`: heads named apart from the meeting sentence (those who attended, the sides' office
  holders at a meeting of office holders), read once the document's sides are known.
"""

from legation.nlp.meetings.dates import LEAD_SENTENCES, LOOSE_DATE_DAYS, NEXT_WORDS, VISIT_DAYS, days_lasted
from legation.nlp.meetings.fate import ANNOUNCED_STRETCHES, announced_only, announced_window
from legation.nlp.meetings.grammar import (
    TOPIC_PREPOSITIONS,
    actors_in_tokens,
    is_speech,
    meets_a_requirement,
    of_a_contest,
    others_talks,
)
from legation.nlp.meetings.heads import NAMED_WITHIN, NEGOTIATOR_WORDS
from legation.nlp.meetings.merge import find_meetings, focal_meeting, meeting_for_sentence, read_meetings

__all__ = [
    "ANNOUNCED_STRETCHES",
    "LEAD_SENTENCES",
    "LOOSE_DATE_DAYS",
    "NAMED_WITHIN",
    "NEGOTIATOR_WORDS",
    "NEXT_WORDS",
    "TOPIC_PREPOSITIONS",
    "VISIT_DAYS",
    "actors_in_tokens",
    "announced_only",
    "announced_window",
    "days_lasted",
    "find_meetings",
    "focal_meeting",
    "is_speech",
    "meeting_for_sentence",
    "meets_a_requirement",
    "of_a_contest",
    "others_talks",
    "read_meetings",
]
