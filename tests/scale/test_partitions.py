"""read_partitions: the documents, in the order, that ``legation ingest`` reads from the same paths."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from legation.errors import ConfigError, IngestError
from legation.ingest import read_paths
from legation.model import Document, DocumentError
from legation.scale import items_of, read_partitions
from legation.scale.partitions import Piece, _partitions
from scale.corpus import records, write_corpus


def _items(bag: Any) -> list[Document | DocumentError]:
    return list(bag.compute(scheduler="sync"))


def _as_errors(items: Any) -> list[Document | DocumentError]:
    return [DocumentError(i.source, i.reason, i.line) if isinstance(i, IngestError) else i for i in items]


def _seed_file(path: Path, day: str, text: str) -> None:
    path.write_text(f" date {day} \n\n{text}\n", encoding="utf-8")


def test_folder_of_jsonl_reads_as_read_paths(tmp_path: Path) -> None:
    folder = write_corpus(tmp_path / "news", 25, per_file=10)
    bag = read_partitions(folder)
    assert bag.npartitions == 3  # one per JSONL file
    items = _items(bag)
    assert items == _as_errors(read_paths([folder]))
    assert sum(isinstance(i, DocumentError) for i in items) == 1  # the truncated record, with its line
    error = next(i for i in items if isinstance(i, DocumentError))
    assert error.line == 11 and error.source.endswith("part-000.jsonl")


def test_small_files_are_grouped_in_order(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    (folder / "b").mkdir(parents=True)
    for i in range(5):
        _seed_file(folder / f"a{i}.txt", f"2034-05-0{i + 1}", f"Envoys of Fiji and Samoa met for round {i}.")
    for i in range(2):
        _seed_file(folder / "b" / f"c{i}.txt", "2034-06-01", f"Talks on reef fishing resumed, part {i}.")
    (folder / "a9.jsonl").write_text(json.dumps(records(1)[0]) + "\n", encoding="utf-8")
    (folder / ".hidden.txt").write_text(" date 2034-01-01 \n\nNot read.\n", encoding="utf-8")
    (folder / "notes.bin").write_bytes(b"\x00\x01")
    bag = read_partitions(folder, files_per_partition=2)
    # a0 a1 | a2 a3 | a4 | a9.jsonl | b/c0 b/c1 : the order of read_paths, a record file on its own
    assert bag.npartitions == 5
    assert _items(bag) == _as_errors(read_paths([folder]))
    assert len(_items(bag)) == 8


def test_parquet_row_groups_are_partitions(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = records(10)
    rows[3] = {**rows[3], "text": ""}  # refused like an empty JSONL record, with its row number
    path = tmp_path / "news.parquet"
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=4)
    bag = read_partitions(path)
    assert bag.npartitions == 3
    items = _items(bag)
    jsonl = tmp_path / "news.jsonl"
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    expected = _as_errors(read_paths([jsonl]))
    assert [i.id for i in items if isinstance(i, Document)] == [
        i.id for i in expected if isinstance(i, Document)
    ]
    assert [i.text for i in items if isinstance(i, Document)] == [
        i.text for i in expected if isinstance(i, Document)
    ]
    errors = [i for i in items if isinstance(i, DocumentError)]
    assert [(e.source, e.line) for e in errors] == [(str(path), 4)]
    assert "text" in errors[0].reason


def test_parquet_dates_and_timestamps(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table(
        {
            "text": ["Ministers of Ghana and Togo met on the border question.", "A second report."],
            "published": [dt.datetime(2035, 1, 2, 9, 30), dt.datetime(2035, 1, 3)],
        }
    )
    path = tmp_path / "dated.parquet"
    pq.write_table(table, path)
    published = [i.published for i in _items(read_partitions(path))]
    assert published == [dt.date(2035, 1, 2), dt.date(2035, 1, 3)]


def test_plain_text_takes_the_given_date(tmp_path: Path) -> None:
    (tmp_path / "undated.txt").write_text("Envoys of Bhutan and Nepal met on trade.\n", encoding="utf-8")
    (item,) = _items(read_partitions(tmp_path, date=dt.date(2036, 2, 3)))
    assert isinstance(item, Document) and item.published == dt.date(2036, 2, 3)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p / "absent", "no such file or directory"),
        (lambda p: p, "no files to read"),
        (lambda p: _write(p / "fake.parquet", b"not parquet at all"), "not a readable Parquet file"),
    ],
)
def test_bad_paths_are_refused_up_front(tmp_path: Path, make: Any, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        read_partitions(make(tmp_path))


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_bad_partition_options(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="files per partition"):
        read_partitions(tmp_path, files_per_partition=0)
    with pytest.raises(ConfigError, match="read-ahead"):
        next(items_of(None, None, read_ahead=0))  # type: ignore[arg-type]


@given(
    st.lists(st.sampled_from(["a.txt", "b.html", "c.jsonl", "d.csv", "e.parquet"]), max_size=30),
    st.integers(min_value=1, max_value=5),
)
def test_partitions_keep_order_and_bounds(names: list[str], per: int) -> None:
    pieces = [Piece(f"{i}-{name}", 0 if name.endswith(".parquet") else None) for i, name in enumerate(names)]
    partitions = _partitions(pieces, per)
    assert [p for part in partitions for p in part] == pieces
    for part in partitions:
        assert 1 <= len(part) <= per
        records_here = [p for p in part if not p.path.endswith((".txt", ".html"))]
        assert not records_here or len(part) == 1
