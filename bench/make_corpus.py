"""Write N synthetic news reports for benchmarks (never for accuracy figures).

    .venv/bin/python bench/make_corpus.py 5000 --out /tmp/corpus/          # JSONL part files
    .venv/bin/python bench/make_corpus.py 5000 --out /tmp/corpus.jsonl     # one JSONL file
    .venv/bin/python bench/make_corpus.py 5000 --out /tmp/corpus.parquet   # one Parquet file
    .venv/bin/python bench/make_corpus.py 200 --out /tmp/seed/ --seed-files # one seed-format file each

The reports recombine the sentences of ``examples/`` with other parties, places and dates (see
``bench/corpus.py``); every record has ``source: "synthetic"`` and a title starting ``[synthetic]``
(seed-format files have no source field: there the title alone says so).
Read them with ``legation ingest`` or ``legation.scale.read_partitions``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate, write_jsonl, write_parquet, write_parts, write_seed_files


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("n", type=int, help="number of documents")
    parser.add_argument(
        "--out", type=Path, default=Path("corpus"), help="a folder, a .jsonl or a .parquet file"
    )
    parser.add_argument("--per-file", type=int, default=500, help="records per part file / row group")
    parser.add_argument("--seed-files", action="store_true", help="one seed-format .txt file per report")
    parser.add_argument("--seed", type=int, default=7, help="random seed (same seed, same corpus)")
    args = parser.parse_args()
    if args.n < 1 or args.per_file < 1:
        parser.error("n and --per-file must be at least 1")
    records = generate(args.n, seed=args.seed)
    suffix = args.out.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        count, what = write_jsonl(records, args.out), str(args.out)
    elif suffix in (".parquet", ".pq"):
        count, what = write_parquet(records, args.out, args.per_file), str(args.out)
    elif args.seed_files:
        count, what = write_seed_files(records, args.out), f"{args.out}/*.txt"
    else:
        parts = write_parts(records, args.out, args.per_file)
        count, what = args.n, f"{len(parts)} JSONL part file(s) in {args.out}"
    print(f"wrote {count} synthetic documents: {what}")


if __name__ == "__main__":
    main()
