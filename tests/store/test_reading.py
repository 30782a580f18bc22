"""Reading back: the dossier, tracks, documents and stats the web app and reports use."""

from __future__ import annotations

import json

from legation.model import Dossier, from_dict, to_dict
from legation.store import open_store

from .helpers import make_document, titled_analyser


def test_dossier_from_the_store(store_url: str) -> None:
    from legation.errors import BadRecord

    with open_store(store_url) as store:
        store.ingest(
            [
                make_document(
                    "a1", "Officials met in Lima on the aquifer.", 2, title="Chile/Peru: water rights"
                ),
                make_document(
                    "b1", "Officials met in Hanoi about the dam.", 3, title="Laos/Vietnam: hydropower"
                ),
                make_document("fr", "Les délégués se sont réunis à Lima.", 3, language="fr"),
                BadRecord("feed.xml", "item 3 has no link"),
            ]
        )
        store.build(engine=titled_analyser)
        dossier = store.dossier()
        assert [t.id for t in dossier.tracks] == ["chile-peru-water-rights", "laos-vietnam-hydropower"]
        assert [d.id for d in dossier.documents] == ["a1", "b1", "fr"]
        assert dossier.skipped == {"fr": "language 'fr' is not English"}
        assert [(e.source, e.reason) for e in dossier.errors] == [("feed.xml", "item 3 has no link")]
        again = from_dict(Dossier, json.loads(json.dumps(to_dict(dossier))))
        assert to_dict(again) == to_dict(dossier)

        one = store.dossier(["laos-vietnam-hydropower"])
        assert [t.id for t in one.tracks] == ["laos-vietnam-hydropower"]
        assert [d.id for d in one.documents] == ["b1"]


def test_tracks_documents_and_stats(store_url: str) -> None:
    with open_store(store_url) as store:
        store.ingest(
            [
                make_document("a1", "Officials met in Lima.", 2, title="Chile/Peru: water rights"),
                make_document("a2", "Officials met in Arica.", 6, title="Chile/Peru: water rights"),
                make_document("x1", "A report on nothing in particular.", 4),
            ]
        )
        store.build(engine=titled_analyser)
        (summary,) = store.tracks()
        assert (summary.id, summary.parties, summary.documents, summary.rounds) == (
            "chile-peru-water-rights",
            ("Chile", "Peru"),
            2,
            2,
        )
        assert (summary.first_published.day, summary.last_published.day) == (2, 6)  # type: ignore[union-attr]
        assert [d.id for d in store.documents(track_id=summary.id)] == ["a1", "a2"]
        assert [d.id for d in store.documents(limit=1, offset=1)] == ["x1"]
        record = store.document("a2")
        assert record is not None and record.tracks == ("chile-peru-water-rights",)
        assert store.document("missing") is None
        assert store.track("missing") is None
        stats = store.stats()
        assert stats["documents"] == 3 and stats["analysed"] == 3
        assert stats["tracks"] == 1 and stats["rounds"] == 2
        assert stats["facts"]["meeting"] == 3 and stats["facts"]["statement"] == 3
        assert stats["sentences"] == 3 and stats["tracks_to_re_fuse"] == 0
