"""Agenda items and their status, sentence by sentence.

An item is named by a taxonomy pattern (``data/issues/*.yaml``; the document's main taxonomy first,
then the others) or, failing that, is the object of a negotiating word (:mod:`legation.nlp.agenda`).
Its status comes from the nearest status cue that governs the words naming it
(``data/status_cues.yaml``; a phrase cue such as "exchanged notes" is anchored on its first word), read
with its negation and modality: "failed to agree on X" and "hope to agree on X" report X discussed,
not agreed; "did not discuss X" reports nothing. A sentence that continues the previous one ("These
commitments ...") inherits that sentence's status.

The round a status belongs to is read from the sentence: a meeting the sentence itself reports, else
the ordinal ("at the first round") or the date of the time expression that governs the cue; only a
sentence that names no other round falls back on the document's focal meeting. Who raised, proposed or
rejected an item is the party behind the clause's subject.

The package reads a sentence in this order, each module importing only those listed before it:

- :mod:`.grammar`: the shared reading of the parse around a cue (its clause, subject, negation,
  modality, request or refusal; documents and meeting nouns) and the lexical sets every step uses.
- :mod:`.cues`: the status cues of a sentence, and the uses of cue words that are no cue.
- :mod:`.reading`: the status the nearest cue gives the words it governs, read with negation, modality,
  conditions and pursuit.
- :mod:`.taxonomy`: items named by a curated taxonomy, the document's main taxonomy first.
- :mod:`.items`: open-vocabulary items, the objects of negotiating words, and what is off the agenda.
- :mod:`.rounds`: the round (meeting, ordinal or date) a sentence's statuses belong to.
- :mod:`.raisers`: who raised, proposed or rejected an item.
- :mod:`.document`: the entry point :func:`find_issues`, which reads a document's sentences in turn.
"""

from legation.nlp.agenda import slug
from legation.nlp.issues.document import find_issues

__all__ = ["find_issues", "slug"]
