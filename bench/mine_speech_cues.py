"""Write ``src/legation/data/speech_cues.yaml`` from PolNeAR's train split, reproducibly.

For every verb and noun of the train articles the script records its lemma, its frame
(:func:`legation.nlp.statements.cue_frame`: with a clause, an infinitive, only a subject, bare) and its
place (:func:`legation.nlp.statements.cue_place`: free, inside a quotation, inside a reported clause),
and whether an annotator marked it as (part of) a cue. A (lemma, frame) pair becomes a cue when, in
free places, it was a cue at least ``--min-precision`` of the time in at least ``--min-count`` cases.
Where a frame was seen at least ``--min-label`` times with one dependency label (the word as a relative
clause, an adverbial clause, a main verb ...), that label's own counts decide: the data file lists
``frame@label`` where only that label passes, and ``except: [frame@label]`` where all but that label do;
the words the data file must always cover (``ALWAYS``, ``ALWAYS_NOUNS``) are added in the clause
frame whatever their counts. Places are read twice: first with the clauses of ``ALWAYS`` as reported
clauses, then with those of every verb of speech the first round chose, as the extractor reads them.
The kind (spoken, written, belief, act) comes from the hand lists below.
Only the dev split is used to measure, never here.

    .venv/bin/python bench/mine_speech_cues.py [--corpus ../shared/data/polnear/train] [--cache F.spacy]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "polnear" / "train"
OUT = ROOT / "src" / "legation" / "data" / "speech_cues.yaml"

#: Auxiliaries and light verbs: part of a cue ("has said", "is expected") but never the cue word.
NEVER = {
    "have",
    "be",
    "do",
    "will",
    "would",
    "can",
    "could",
    "may",
    "might",
    "shall",
    "should",
    "must",
    "’s",
    "'s",
}
#: Reporting words the data file always carries, in the clause frame at least.
ALWAYS = {
    "say", "tell", "add", "report", "state", "announce", "note", "emphasise", "emphasize", "stress",
    "declare", "confirm", "claim", "insist", "warn", "explain", "write", "deny", "acknowledge", "argue",
    "assert", "comment", "conclude", "reiterate", "underline", "underscore", "tweet", "post", "call",
    "cite", "show", "reply", "respond", "admit", "predict", "suggest", "allege", "testify", "affirm",
}  # fmt: skip
FRAMES = ("clause", "xcomp", "subject", "bare")
#: Reporting nouns the data file always carries when they govern a "that"-clause ("his claim that ...").
ALWAYS_NOUNS = {
    "claim", "allegation", "warning", "assertion", "statement", "announcement", "remark", "comment",
    "insistence", "argument", "suggestion", "promise", "pledge", "admission", "denial", "belief", "view",
    "fear", "hope", "prediction", "accusation", "charge", "complaint", "report",
}  # fmt: skip
#: Deeds that take a stance (deciding, voting, appointing, ordering, suing, moving, angering, showing):
#: PolNeAR's annotators mark them as attributions, but the dossier states nothing of them.
ACT = {
    "adopt", "appoint", "approve", "authorize", "block", "cast", "nominate", "order", "prohibit", "release",
    "restrict", "sentence", "sue", "vote", "negotiate", "shoot", "hop", "lay", "split", "side", "pivot",
    "distance", "embrace", "forward", "position", "resist", "anger", "infuriate", "horrify", "rouse", "show",
    "demonstrate", "document",
}  # fmt: skip
WRITTEN = {"write", "tweet", "post", "publish", "email", "blog", "retweet", "text", "pen", "print"}
BELIEF = {
    "think", "believe", "want", "hope", "expect", "fear", "feel", "know", "seem", "appear", "plan",
    "worry", "doubt", "suspect", "wish", "intend", "consider", "see", "view", "assume", "prefer", "like",
    "love", "hate", "support", "oppose", "favor", "favour", "seek", "try", "decide", "refuse", "agree",
    "disagree", "understand", "realize", "realise", "recognize", "recognise", "imagine", "guess",
    "figure", "trust", "aim", "mean", "need", "desire", "dislike", "welcome", "back", "endorse", "belief",
}  # fmt: skip


def parse(corpus: Path, cache: Path | None) -> tuple[list[str], list[object]]:
    from spacy.tokens import DocBin

    from legation.nlp import load_model

    nlp = load_model()
    paths = sorted((corpus / "text").glob("*.txt"))
    names = [p.stem for p in paths]
    if cache is not None and cache.exists():
        return names, list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    docs = list(nlp.pipe((p.read_text(encoding="utf-8") for p in paths), batch_size=32))
    if cache is not None:
        bin_ = DocBin(store_user_data=False)
        for d in docs:
            bin_.add(d)
        bin_.to_disk(cache)
    return names, docs


Counts = Counter[tuple[str, ...]]


def count(
    corpus: Path, names: list[str], docs: list[object], reporting: frozenset[str]
) -> tuple[Counts, Counts]:
    """How often each (pos, lemma, frame) was seen and was a cue; the same keys with the word's
    dependency label appended, (pos, lemma, frame, label), are counted alongside. A word is nested
    when it stands in the clause one of the ``reporting`` verbs governs."""
    import datetime as dt

    from legation.evaluate.attributions import read_corpus
    from legation.model import Document
    from legation.nlp.context import DocContext
    from legation.nlp.statements import frame_key, nested_tokens, quotations

    articles, _errors = read_corpus(corpus)
    gold = {a.name: a for a in articles}
    seen: Counts = Counter()
    cue: Counts = Counter()
    for name, doc in zip(names, docs, strict=True):
        article = gold.get(name)
        if article is None:
            continue
        marked = {i for a in article.gold for s, e in a.cue for i in range(s, e)}
        quoted = quotations(article.text)
        # the tables the extractor reads a reported clause from; dates play no part in a cue's place
        ctx = DocContext(Document(name, article.text, dt.date(2000, 1, 1)), doc, [])
        for sent in ctx.sents:
            nested = nested_tokens(ctx, sent, reporting)
            for tok in sent:
                pos = "noun" if tok.pos_ == "NOUN" else "verb" if tok.pos_ in ("VERB", "AUX") else None
                lemma = tok.lemma_.lower()
                frame = frame_key(tok, quoted, nested)
                if pos is None or lemma in NEVER or frame is None:
                    continue
                for key in ((pos, lemma, frame), (pos, lemma, frame, tok.dep_)):
                    seen[key] += 1
                    if tok.idx in marked:
                        cue[key] += 1
    return seen, cue


Chosen = dict[tuple[str, str], tuple[set[str], set[str]]]


def select(seen: Counts, cue: Counts, min_count: int, min_precision: float, min_label: int) -> Chosen:
    """``{(pos, lemma): (frames, exceptions)}``: a frame is a cue frame when it passes the thresholds;
    where a dependency label was seen at least ``min_label`` times in that frame, the label's own
    counts decide instead: ``frame@label`` is added where the frame fails but the label passes, and
    excepted where the frame passes but the label fails."""

    def passes(key: tuple[str, ...]) -> bool:
        hits = cue[key]
        return hits >= min_count and hits / seen[key] >= min_precision

    chosen: Chosen = {}

    def entry(pos: str, lemma: str) -> tuple[set[str], set[str]]:
        return chosen.setdefault((pos, lemma), (set(), set()))

    for key in seen:
        if len(key) == 3 and passes(key):
            entry(key[0], key[1])[0].add(key[2])
    for lemma in ALWAYS:
        entry("verb", lemma)[0].add("clause")
    for lemma in ALWAYS_NOUNS:
        entry("noun", lemma)[0].add("clause")
    for key, n in seen.items():
        if len(key) != 4 or n < min_label:
            continue
        pos, lemma, frame, label = key
        listed = frame in chosen.get((pos, lemma), (set(), set()))[0]
        if passes(key) and not listed:
            entry(pos, lemma)[0].add(f"{frame}@{label}")
        elif listed and not passes(key):
            entry(pos, lemma)[1].add(f"{frame}@{label}")
    return chosen


def _frame_order(frame: str) -> tuple[int, str]:
    order = [*FRAMES, *(f"nested-{f}" for f in FRAMES)]
    base, _, label = frame.partition("@")
    return order.index(base), label


def write(chosen: Chosen, out: Path, args: argparse.Namespace) -> None:
    lines = [
        "# Reporting words: a verb or noun whose lemma is here is the cue of an attribution when it is used",
        "# in one of its frames (clause: governs a clause or quotation; xcomp: an infinitive; subject: only",
        "# a subject; bare: neither) and stands outside any other attribution's content; nested-FRAME: the",
        "# same frame inside the clause another reporting verb governs. FRAME@LABEL narrows a frame to the",
        "# word's dependency label (subject@advcl: only as an adverbial clause); except: FRAME@LABEL",
        "# leaves a listed frame out under that label (subject@relcl: not in a relative clause).",
        "# kind: spoken, written, belief (beliefs and intentions: 'believes', 'wants'), or act (deeds",
        "# that take a stance: 'approved', 'ordered', 'voted'; attributions in PolNeAR, no statement in",
        "# a dossier).",
        "# Generated by bench/mine_speech_cues.py from PolNeAR train; edit the script, not this file.",
        f"# (min-count {args.min_count}, min-precision {args.min_precision}, min-label {args.min_label})",
        "entries:",
    ]
    for (pos, lemma), (frames, excepted) in sorted(
        chosen.items(), key=lambda kv: (kv[0][0] != "verb", kv[0][1])
    ):
        kind = (
            "written"
            if lemma in WRITTEN
            else "belief"
            if lemma in BELIEF
            else "act"
            if lemma in ACT
            else "spoken"
        )
        listed = ", ".join(sorted(frames, key=_frame_order))
        tail = f", except: [{', '.join(sorted(excepted, key=_frame_order))}]" if excepted else ""
        lines.append(f"  - {{lemma: {_quote(lemma)}, pos: {pos}, kind: {kind}, frames: [{listed}]{tail}}}")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _quote(word: str) -> str:
    return word if word.isalpha() and word not in ("yes", "no", "true", "false", "on", "off") else f'"{word}"'


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--cache", type=Path, default=None, help="DocBin file to keep the parses in")
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--min-precision", type=float, default=0.6)
    parser.add_argument(
        "--min-label", type=int, default=5, help="cases a dependency label needs to decide on its own"
    )
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    if not (args.corpus / "text").is_dir():
        print(f"no corpus at {args.corpus} (needs ../shared/data/polnear/train)", file=sys.stderr)
        return 1
    names, docs = parse(args.corpus, args.cache)
    # Round 1 reads a word as nested inside the clauses of the always-kept verbs of speech; round 2
    # inside those of every verb of speech round 1 chose, as the extractor will read them.
    reporting = frozenset(ALWAYS - BELIEF)
    for _round in range(2):
        seen, cue = count(args.corpus, names, docs, reporting)
        chosen = select(seen, cue, args.min_count, args.min_precision, args.min_label)
        reporting = frozenset(lemma for pos, lemma in chosen if pos == "verb" and lemma not in BELIEF)
    write(chosen, args.out, args)
    print(f"{len(chosen)} entries written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    raise SystemExit(main())
