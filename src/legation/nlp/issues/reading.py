"""The status a cue gives the words it governs, read in context: the nearest cue above the words,
a verb's status passed to the agreement noun it acts on ("rejected a proposal for X"), and negation,
modality, conditions and pursuit ("failed to agree on X", "hope to agree on X", "negotiating a deal on
X") turning a settled status into a discussed or raised one."""

from __future__ import annotations

import itertools

from legation.nlp.agenda import is_leaving
from legation.nlp.context import DocContext, Span, Token, has_child, parse_tables, sentence_range
from legation.nlp.issues.grammar import (
    ABOUT_TALKS,
    FURTHERING,
    HOLDING,
    LIGHT,
    MEETING_CUES,
    PARTY_ENTS,
    SETTLING,
    TOGETHER,
    Cue,
    a_draft,
    addressee,
    any_document,
    clause_verb,
    conditions,
    cue_lemmas,
    declines_to_tell,
    demanded,
    foreseen,
    is_document,
    is_hedged,
    is_negated,
    not_the_time,
    requested,
    titled_text,
    under_refusal,
    under_the_document,
    unwanted,
)
from legation.nlp.lexicons import agenda_words, meeting_words

#: Verbs under "agree" that make the item a subject of further talks, not of agreement
#: ("agreed to continue work on X", "agreed to study X", "agreed to try to reach a deal on X").
_FURTHER_TALK = {
    "continue", "work", "study", "consider", "discuss", "negotiate", "talk", "explore", "examine", "meet",
    "hold", "keep", "pursue", "resume", "look", "seek", "try", "attempt", "strive", "endeavour", "endeavor",
}  # fmt: skip

#: Prepositions whose object is not what a cue is about ("discussed it with the rebels").
_NOT_ABOUT = {"with", "between", "among", "by", "at", "in", "after", "before", "during", "since", "from"}


def status_for(
    ctx: DocContext, sent: Span, start: int, end: int, cues: list[Cue]
) -> tuple[str | None, Token | None]:
    """The status the nearest cue governing the words ``start:end`` gives them, read in context."""
    tok = ctx.token_at(sent, end - 1)
    if tok is None:
        return None, None
    return governing_cue(tok, cues, set(ctx.tokens_from(sent, start, end)))


#: Relative pronouns that stand for the noun a clause describes ("X, which the other side rejected").
_WHICH = {"which", "that"}


def _turned_down(tok: Token, cues: list[Cue]) -> bool:
    """Whether a clause says another side turned a put-forward item down: "demanded that the community
    have its own police and courts, which Kosovo rejected", "a joint force, which the government has
    refused": the item stood rejected when the report was written (and is still the demander's). The
    clause hangs on the first member of a list, and speaks for all of it."""
    node = tok
    for _ in range(6):
        if node.dep_ != "conj" or node.head.i == node.i:
            break
        node = node.head
    rejecting = {c.token.i: c for c in cues if c.status == "rejected"}
    for clause in (c for c in node.children if c.dep_ == "relcl" and c.i in rejecting):
        pronoun = has_child(clause, ("dobj", "nsubjpass"), _WHICH)
        if pronoun and has_child(clause, ("nsubj",)) and read_cue(rejecting[clause.i], []) == "rejected":
            return True
    return False


def _offer_turned_down(tok: Token) -> bool:
    """ "The US suggested it may offer a lower tariff on vehicles, a proposal the capital has rejected": a
    noun of asking or offering set off by a comma after what a clause put forward, whose own clause
    says another side turned it down, tells the item stood rejected (the parser hangs the noun on
    any word of the clause, and takes its clause for a description)."""
    asking = agenda_words().asking
    rejecting = cue_lemmas()
    # the words after ``tok`` in its sentence read from the document's tables (``Token.sent`` walks the
    # sentence anew, and every word of it was made a Token and its lemma read): only a noun of asking
    # or offering is made a Token
    tables = parse_tables(tok.doc)
    lemmas = tables.lemmas
    for i in range(tok.i + 1, sentence_range(tok)[1]):
        if lemmas[i] not in asking:
            continue
        noun = tables.tokens[i]
        if not _after_a_comma(noun):
            continue
        for clause in (c for c in noun.children if c.dep_ == "relcl"):
            if rejecting.get(clause.lemma_.lower()) == "rejected" and has_child(clause, ("nsubj",)):
                return not is_negated(clause)
    return False


def _after_a_comma(noun: Token) -> bool:
    """Whether a noun's phrase is set off by a comma before it (", a proposal ...")."""
    first = noun.left_edge
    return bool(first.i > first.sent.start and first.nbor(-1).lower_ == ",")


def governing_cue(
    tok: Token, cues: list[Cue], inside: set[int] | None = None
) -> tuple[str | None, Token | None]:
    """The status of the nearest cue above ``tok``, read in context.

    A raising noun ("a proposal", "the demand") governed by a verb cue takes the verb's status: in
    "rejected a proposal for X" X was rejected, in "accepted the demand for X" agreed. The subject of
    a cue ("the rebels rejected ...") and a "with" phrase ("discussed it with the rebels") are not
    what the cue is about; the subject of a clause "on the agenda" is.
    """
    by_token = {c.token.i: c for c in cues}
    placed = {clause_verb(c.token).i: c for c in cues if c.token.dep_ == "pobj"}
    node = tok
    path: list[Token] = []
    found: tuple[Cue, list[Token]] | None = None
    tables = parse_tables(tok.doc)  # the heads read from the table, each Token made once per document
    heads, tokens = tables.heads, tables.tokens
    while heads[node.i] != node.i:
        path.append(node)
        node = tokens[heads[node.i]]
        child = path[-1]
        if node.i in placed and found is None and _placed_on(child, placed[node.i], path):
            found = (placed[node.i], list(path))
            break
        if node.i not in by_token:
            continue
        cue = by_token[node.i]
        if found is not None and _enacts(found[0], child, cue):
            found = (cue, list(path))  # "the deal came into force", "the accord was signed"
            break
        if child.dep_ in ("nsubj", "agent", "npadvmod") or (
            child.dep_ == "prep" and child.lower_ in _NOT_ABOUT
        ):
            break
        if found is None and set_against(child, node):
            break  # "agreed to a prisoner exchange, but remained far apart on X": X was not agreed
        if addressee(child, node):
            break  # "urged the armed groups to cooperate": whom a side urges is not what it raises
        if found is None:
            asker = _asking_for_talk(cue, by_token)
            if asker is not None:
                # "demanded a review of X", "rejected any discussion of X": asking for the talk on X
                # raises X, refusing it rejects X; the talk noun says only what is asked for
                found = (asker, [*path, cue.token])
                break
            found = (cue, list(path))
            if not (cue.token.pos_ == "NOUN" and cue.status in ("proposed", "raised")) and not _a_text(cue):
                break
        elif cue.token.pos_ in ("VERB", "AUX") and (
            not _a_text(found[0]) or cue.token.i == clause_verb(found[0].token).i
        ):
            # "rejected a proposal for X"; "initialled an agreement on X", "implemented the deal on X":
            # what is done to an agreement is what its item's status is
            found = (cue, list(path))
            break
        elif _a_text(found[0]):
            if _a_stage_between(path[len(found[1]) :]):
                # "talks on the second phase of the ceasefire agreement", "no agreement on the next
                # stage of the deal": the agreement is a text reached before, and what the cue above
                # says is of the stage of it now talked about, not of what it settled
                found = (cue, list(path))
            break
    if found is None:
        return None, None
    cue, on_path = found[0], [t for t in found[1] if t.i not in (inside or set())]
    if any(has_child(t, ("neg",)) for t in on_path):
        return None, None  # "focused on X, not on Y"
    if any(_purpose(t) for t in on_path):
        return None, None  # "agreed to release the money in order to help humanitarian aid": a purpose
    status = read_cue(cue, on_path)
    if status in SETTLING and any(t.lemma_.lower() in _WISHES for t in on_path):
        status = "discussed"  # "agreed on the urgent need for a budget deal": the deal is still wanted
    if status in ("raised", "proposed") and has_child(tok, ("det",), ("no",)):
        status = "rejected"  # "the demand that no ceasefire be considered": the side rejects a ceasefire
    if status == "agreed":
        # "agreed to develop a roadmap regarding X": the stronger cue in the agreement's own clause
        # in its subtree (a walk up); a plan named by its title ("to implement the Lisbon Roadmap") is
        # a text the agreed item refers to, not a roadmap the sides draw up
        below = [c.status for c in cues if cue.token.is_ancestor(c.token) and not titled_text(c.token)]
        stronger = [b for b in below if b in ("roadmap", "formalised")]
        if stronger:
            status = stronger[0]
    if status in ("raised", "proposed") and (_turned_down(tok, cues) or _offer_turned_down(tok)):
        # "Serbia demanded its own police, which Kosovo rejected": Serbia's demand, turned down
        return "rejected", cue.token
    return status, cue.token


def _stage_of(noun: Token) -> Token:
    """The stage an agreement is named as the "of" phrase of ("the second phase of the deal"), else the
    agreement itself."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in agenda_words().stage:
        return prep.head
    return noun


def _a_stage_between(between: list[Token]) -> bool:
    """Whether the words between an agreement and a cue above it pass a noun of a stage of it ("the
    second phase of the deal"): the cue above speaks of that stage (``stage`` in ``agenda.yaml``)."""
    stages = agenda_words().stage
    return any(t.lemma_.lower() in stages and t.pos_ == "NOUN" for t in between)


#: Statuses of a verb that asks for, offers or turns down what its object names.
_ASKING_STATUSES = ("raised", "proposed", "rejected")


def _asking_for_talk(cue: Cue, by_token: dict[int, Cue]) -> Cue | None:
    """The verb cue that asks for, offers or turns down a noun of talking ("demanded a review of X",
    "proposed negotiations on X", "rejected any discussion of X"), when the noun is its object: the
    verb's status is what X is given, not the noun's "discussed" (nothing was discussed yet)."""
    noun = cue.token
    if noun.pos_ != "NOUN" or cue.status != "discussed" or noun.dep_ != "dobj":
        return None
    verb = by_token.get(noun.head.i)
    if verb is None or verb.token.pos_ != "VERB" or verb.status not in _ASKING_STATUSES:
        return None
    return verb


#: Conjunctions that set a clause against the one it is joined to.
_CONTRAST = {"but", "yet", "although", "though", "whereas"}


def set_against(child: Token, verb: Token) -> bool:
    """ "agreed to a prisoner exchange, but remained far apart on a ceasefire": a verb joined to a cue
    verb by "but" says something else of its own words, which the cue does not govern."""
    if child.dep_ != "conj" or child.pos_ not in ("VERB", "AUX") or verb.pos_ not in ("VERB", "AUX"):
        return False
    return any(
        c.dep_ == "cc" and c.lower_ in _CONTRAST and verb.i < c.i < child.i for c in verb.children
    ) or (has_child(child, ("cc",), _CONTRAST))


def _a_text(cue: Cue) -> bool:
    """An agreement named as a noun ("an agreement on X"): a verb of its own clause may say more of it;
    not one a clause describes ("rejected the agreement reached between A and B": reached it was, and
    whoever rejects it reacts to it)."""
    described = has_child(cue.token, ("acl", "relcl"))
    return cue.status in SETTLING and is_document(cue.token) and not described


def _enacts(document: Cue, child: Token, verb: Cue) -> bool:
    """ "the deal came into force", "the accord on X was signed": a verb that signs or puts into effect
    the agreement that is its subject gives the agreement's item its status."""
    return (
        _a_text(document)
        and child.i == document.token.i
        and child.dep_ in ("nsubj", "nsubjpass")
        and verb.status in ("formalised", "implemented")
    )


#: Nouns of wanting and of being ready: agreeing on the need for X, or a commitment joined to a
#: readiness to reach X, does not settle X.
_WISHES = {
    "need", "desire", "wish", "hope", "necessity", "importance", "urgency", "readiness", "willingness",
    "intention", "determination", "eagerness", "aspiration",
}  # fmt: skip


def _purpose(tok: Token) -> bool:
    """ "in order to X", "so that X": what a settled act is for is not settled by it."""
    if tok.lower_ == "order" and tok.head.lower_ == "in":
        return True
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("so", "lest") for c in tok.children)


def _placed_on(child: Token, cue: Cue, path: list[Token]) -> bool:
    """Whether a clause's ``child`` is what a cue placed in the clause is about: its subject ("X was
    high on the agenda"), and for a document its object too ("under the deal, they will reopen X"),
    but not what a clause describing them names ("the crossing, closed since the withdrawal")."""
    if any(t.dep_ in ("relcl", "acl", "advcl") for t in path):
        return False
    if child.dep_ in ("nsubj", "nsubjpass", "attr"):
        return True
    return child.dep_ == "dobj" and under_the_document(cue.token)


def _threatened(cue: Token) -> bool:
    """ "threatened to refuse X", "threatens to retaliate by refusing X": a refusal a side holds over
    the other, not made."""
    node = cue
    for _ in range(4):
        if node.dep_ not in ("xcomp", "pcomp", "prep") or node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() == "threaten":
            return True
    return False


#: Conjunctions of a clause that tells what another waits for ("until the deal is signed", "once ...").
_WAITING_MARKS = {"until", "till", "once"}


def _awaited(cue: Token) -> bool:
    """ "military operations would continue until a final peace deal is signed", "ready to help once a
    peace deal was signed": a settling verb in a clause that another waits for tells when that other
    thing happens, not that anything was settled (nor put on the table)."""
    verb = clause_verb(cue)
    if verb.dep_ != "advcl":
        return False
    # the parser takes "once" for an adverb as often as for a conjunction
    return any(
        c.dep_ in ("mark", "advmod") and c.lower_ in _WAITING_MARKS and c.i < verb.i for c in verb.children
    )


#: Verbs of making sure a thing happens, whose clause tells what is still to be done.
_ENSURING = {"ensure", "guarantee", "assure"}


def _to_be_ensured(cue: Token) -> bool:
    """ "ready to return to Washington to ensure the president signs an order cutting X": a settling
    verb in the clause of a making sure still to come (an infinitive or a hedged verb) is not done."""
    verb = clause_verb(cue)
    ensuring = verb.head
    if verb.dep_ != "ccomp" or ensuring.lemma_.lower() not in _ENSURING:
        return False
    return has_child(ensuring, ("aux",), ("to",)) or is_hedged(ensuring)


def read_cue(cue: Cue, path: list[Token]) -> str | None:
    """A cue's status for an item below it, with negation, modality and "agreed to continue work on"."""
    status = cue.status
    if status == "rejected" and declines_to_tell(cue.token):
        return None  # "declined to comment on X": no answer to the press, no refusal of X
    if status == "rejected" and unwanted(cue.token):
        return status
    if status == "rejected" and _threatened(cue.token):
        return "raised"  # "threatened to refuse the transit of X": X is leverage put on the table
    if _conditional(cue.token, path):
        return "raised"  # "will not negotiate until X is lifted": X is a condition the side raises
    if status in SETTLING and (_awaited(cue.token) or _to_be_ensured(cue.token)):
        return None  # "operations will continue until a peace deal is signed": when, not what was settled
    if status == "discussed" and not_the_time(cue.token):
        return "excluded"  # "it is not the time to discuss X": a side keeps X off the table
    negated, hedged = is_negated(cue.token), is_hedged(cue.token)
    if status in (*SETTLING, "discussed") and under_refusal(clause_verb(cue.token)):
        return "rejected"  # "refused to discuss X", "declined to sign X": the side turns X down
    if status in SETTLING and any_document(cue.token):
        return "raised"  # "any deal must allow X": a condition set on a deal not reached
    if status in SETTLING and not negated and under_the_document(cue.token):
        return status  # "under the deal, the crossing will be reopened": what the deal says
    if cue.future and hedged and not negated:
        # "the talks next month will discuss X", "hope to agree on X at the next round": X is on its table
        return status if status in ("rejected", "deferred", "excluded") else "raised"
    if status in SETTLING and a_draft(cue.token):
        return "proposed"  # "presented a draft agreement on X": put forward, not agreed
    if status in SETTLING and _a_stance(cue.token):
        return "discussed"  # "the United States is committed to X": one side's stance, no agreement
    if status in SETTLING:
        pursued = _pursued(cue.token)
        if pursued is not None and not negated:
            return pursued  # "negotiating a deal on X", "pushed for an agreement on X": not reached yet
        if any(t.lemma_.lower() in _FURTHER_TALK and t.pos_ == "VERB" for t in path[2:]) and not _furthered(
            path
        ):
            return "discussed"  # "agreed to continue work on X": X is still being talked about
        if path and path[-1].dep_ == "dobj" and path[-1].lower_ in MEETING_CUES:
            return "discussed"  # "finalised talks on X": the talks, not X, were settled
        if any(t.pos_ == "NOUN" and t.lemma_.lower() in MEETING_CUES for t in path[1:]):
            # "agreed to intensify tariff negotiations", "agreed to launch talks on X": what the sides
            # settled is the talks, X is still to be talked about
            return "discussed"
        if requested(cue.token):
            return "raised"  # "urged Israel to agree to X": X was asked for, not agreed
        if negated or hedged:
            return "discussed"  # "failed to agree on X", "hope to agree on X"
        return status
    if status == "raised" and not negated and not hedged and _jointly(cue.token):
        return "agreed"  # "in their joint statement, the two leaders called for X": both sides want X
    if status in ("discussed", "proposed") and requested(cue.token) and not negated:
        # "called on the parties to negotiate X", "hopes Canada will offer X": X is asked for
        return "raised"
    if negated:
        return None  # "did not discuss X", "did not reject X"
    if hedged and status == "discussed" and cue.under_way and foreseen(cue.token):
        return status  # "the leaders are expected to discuss X", told on the day they meet: its agenda
    if hedged and status in ("discussed", "deferred"):
        return None  # "will discuss X next time": nothing happened yet
    return status


def _furthered(path: list[Token]) -> bool:
    """ "agreed to continue efforts to promote X": the first verb above the item furthers it, so the
    sides agree on X though they go on working at it (unlike "agreed to continue work on X")."""
    verb = next((t for t in path[1:] if t.pos_ == "VERB"), None)
    return verb is not None and verb.lemma_.lower() in FURTHERING


#: Verbs by which sides call for a thing, which called for together they agree on.
_CALLING = {
    "call", "urge", "demand", "appeal", "press", "push", "stress", "underline", "underscore", "emphasise",
    "emphasize", "reaffirm", "reiterate",
}  # fmt: skip

#: Nouns of a text the sides issue together ("in their joint statement").
_JOINT_TEXTS = {"statement", "declaration", "communique", "communiqué"}


def _a_joint_text(noun: Token) -> bool:
    """ "their joint statement", "a joint declaration": a text both sides issue."""
    return noun.lemma_.lower() in _JOINT_TEXTS and any(
        c.dep_ in ("amod", "compound") and c.lower_ == "joint" for c in noun.children
    )


def _jointly(verb: Token) -> bool:
    """ "Yeltsin and Kuchma called for X", "the two leaders urged X", "in their joint statement, they
    called for X", "the joint statement called for X": sides calling for a thing together are agreed on
    it (one side's call only raises it)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _CALLING:
        return False
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        if any(_a_joint_text(g) for g in prep.children if g.dep_ == "pobj"):
            return True
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if _a_joint_text(subject):
        return True  # "the joint statement called for X": the sides' text speaks for both
    if any(c.dep_ == "conj" for c in subject.children) and subject.ent_type_ in ("PERSON", *PARTY_ENTS):
        return True  # "Yeltsin and Kuchma called for X"
    together = any(c.lower_ in ("two", "both") for c in subject.children) or any(
        c.dep_ == "amod" and any(g.dep_ == "conj" for g in c.children) for c in subject.children
    )  # "the two leaders", "the Canadian and Indian ministers"
    return together and subject.lemma_.lower() in TOGETHER and subject.tag_ == "NNS"


#: Verbs by which a side works toward an agreement it has not reached ("negotiating a deal on X").
_PURSUING = {
    "negotiate", "work", "seek", "want", "push", "press", "call", "pursue", "coordinate", "discuss",
    "prepare", "draft", "broker", "mediate", "need", "demand", "urge", "favour", "favor", "support",
    "back", "propose", "offer", "explore", "eye", "chase", "aim",
}  # fmt: skip


def _a_stance(verb: Token) -> bool:
    """ "is committed to X", "remains committed to X": a side's stance, said as a state."""
    if verb.lemma_.lower() != "commit" or verb.tag_ != "VBN":
        return False
    return any(c.dep_ == "auxpass" and c.lemma_.lower() in ("be", "remain") for c in verb.children)


def _pursued(noun: Token) -> str | None:
    """The status of a settling noun ("a deal", "an agreement") that a side is still working toward:
    "negotiating a deal on X" → discussed, "pushed for an agreement on X" → raised; None when the noun
    reports an agreement reached ("reached a deal", "the deal says", "welcomed the agreement")."""
    if noun.pos_ != "NOUN":
        return None
    noun = _stage_of(noun)  # "talks on the second phase of the deal": the phase is what is talked about
    verb = noun.head
    if verb.pos_ == "ADP" and noun.dep_ == "pobj" and verb.head.lemma_.lower() in MEETING_CUES:
        return "discussed"  # "talks on a free trade agreement": the agreement is what is negotiated
    if verb.pos_ == "ADP" and noun.dep_ == "pobj" and _about_a_meeting(verb):
        return "discussed"  # "a summit in Paris on a deal", "held two days of talks in Doha on a deal"
    if verb.pos_ == "ADP" and noun.dep_ == "pobj":
        verb = verb.head  # "working on a deal", "pushed for an agreement"
    if verb.pos_ != "VERB" or noun.dep_ not in ("dobj", "pobj"):
        return None
    lemma = verb.lemma_.lower()
    progressive = verb.tag_ == "VBG" and any(
        c.lemma_.lower() == "be" and c.dep_ == "aux" for c in verb.children
    )
    if lemma not in _PURSUING and not (progressive and lemma in LIGHT) and not _shaping(verb):
        return None  # "reached a deal", "are hammering out a deal" is pursued, "hammered out" is not
    own = cue_lemmas().get(lemma)
    if lemma in _PURSUING_RAISES or demanded(verb):
        return "raised"
    return own if own in ("raised", "proposed", "discussed") else "discussed"


def _about_a_meeting(prep: Token) -> bool:
    """Whether an "on/about/over" phrase says what a meeting is about: hung on a meeting noun ("a
    summit in Paris with X on a deal"), on a noun whose "of" phrase names the talks ("at the end of two
    days of talks in Doha on a deal"), on the verb that holds them ("held two days of talks in Doha
    on a deal") or on a verb of meeting ("met in Doha on a deal"), the parser's places for it. The
    agreement there is what the meeting works toward, not one it reached."""
    if prep.lower_ not in ABOUT_TALKS:
        return False
    head = prep.head
    if head.pos_ in ("NOUN", "PROPN"):
        return _names_talks(head)
    if head.pos_ != "VERB":
        return False
    objects = [c for c in head.children if c.dep_ == "dobj"]
    if not objects:
        return head.lemma_.lower() in meeting_words().verbs  # "met in Ottawa on a deal"
    return head.lemma_.lower() in HOLDING and any(_names_talks(c) for c in objects)


def _names_talks(noun: Token) -> bool:
    """Whether a noun is a meeting, or leads to one through its "of" phrases ("two days of talks", "the
    end of the second round of negotiations")."""
    nouns = meeting_words().nouns
    node: Token | None = noun
    for _ in range(4):
        if node is None:
            return False
        if node.lower_ in nouns or node.lemma_.lower() in nouns or node.lemma_.lower() in MEETING_CUES:
            return True
        of = next((c for c in node.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        node = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    return False


#: Verbs of shaping a text, which said in the "-ing" form tell it is still being shaped.
_SHAPING = {"develop", "shape", "design", "craft", "build", "elaborate"}


def _shaping(verb: Token) -> bool:
    """ "are developing an agreement on X", "measures for developing trade agreements": a text being
    shaped is not reached yet (a past "developed an agreement" may have been)."""
    return verb.tag_ == "VBG" and verb.lemma_.lower() in _SHAPING


#: Pursuing verbs by which a side puts an agreement forward ("called for an accord on X").
_PURSUING_RAISES = {"push", "press", "call", "demand", "urge", "want", "seek"}


def _conditional(cue: Token, path: list[Token]) -> bool:
    """Whether the words a cue governs sit in one of the conditions a side sets (:func:`conditions`)."""
    verbs = [cue, *(c for c in cue.children if c.dep_ == "xcomp")]
    clauses = {c.i for v in verbs for c in conditions(v)}
    for below, t in itertools.pairwise(path):
        if t.i in clauses:
            # "until troops leave Somali territory": the troops' withdrawal, not the place they leave
            return not (is_leaving(t) and below.dep_ != "nsubj")
    return False
