"""The tools a user would otherwise reach for, timed on the same article texts as spacecompare.

A person comparing articles by hand-rolled scripts would find the dates with
`dateparser.search.search_dates(text)` and the numbers, money, percentages and durations with
`quantulum3.parser.parse(text)`. Together they do less than spacecompare's extraction (no
subject, attribute, qualifier or quote), so their throughput is a generous baseline.

Both are optional: `pip install -e '.[bench]'` installs them (quantulum3 also pulls `inflect` and
`num2words`; its optional classifier, which needs scikit-learn, is not used).
"""
from __future__ import annotations

import time
import warnings

INSTALL_HINT = "pip install -e '.[bench]'"


class PeersMissing(RuntimeError):
    """dateparser or quantulum3 is not installed."""


def load_peers():
    """Import both peers lazily; return (search_dates, parse) or raise PeersMissing with one line."""
    missing = []
    try:
        from dateparser.search import search_dates
    except ImportError:
        missing.append("dateparser")
        search_dates = None
    try:
        with warnings.catch_warnings():
            # quantulum3 warns once that its optional classifier (scikit-learn) is absent;
            # parse() works without it
            warnings.simplefilter("ignore")
            from quantulum3 import parser as quantulum_parser
    except ImportError:
        missing.append("quantulum3")
        quantulum_parser = None
    if missing:
        raise PeersMissing(f"the peers are not installed ({', '.join(missing)} missing): run "
                           f"{INSTALL_HINT}, or pass --skip-peers")
    return search_dates, quantulum_parser.parse


def warm_up(peers) -> float:
    """Call each peer once on a short text (dateparser loads its language data on first use).

    Returns the seconds it took; the benchmark reports it but leaves it out of the throughput.
    """
    search_dates, parse = peers
    start = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        search_dates("The plant opened on March 3, 2024, and closed on Tuesday.")
        parse("It cost $4.2 billion, 38% more, over three months.")
    return time.perf_counter() - start


def time_peers(texts, peers=None) -> list[dict]:
    """Run both peers on every text; one record per text with seconds and counts found.

    A text a peer fails on is recorded with its error rather than stopping the benchmark.
    """
    if peers is None:
        peers = load_peers()
    search_dates, parse = peers
    records = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for text in texts:
            record = {"dates": 0, "quantities": 0, "errors": []}
            start = time.perf_counter()
            try:
                record["dates"] = len(search_dates(text) or [])
            except Exception as exc:  # a peer's bug must not stop the run
                record["errors"].append(f"dateparser: {type(exc).__name__}: {exc}")
            middle = time.perf_counter()
            try:
                record["quantities"] = len(parse(text))
            except Exception as exc:
                record["errors"].append(f"quantulum3: {type(exc).__name__}: {exc}")
            end = time.perf_counter()
            record["dateparser_s"] = middle - start
            record["quantulum3_s"] = end - middle
            record["seconds"] = end - start
            records.append(record)
    return records


def summarize(records, sizes_bytes) -> dict:
    """Throughput of the peers over `records` (from time_peers) for texts of the given byte sizes."""
    seconds = sum(r["seconds"] for r in records)
    total_bytes = sum(sizes_bytes)
    n = len(records)
    return {
        "articles": n,
        "bytes": total_bytes,
        "seconds": seconds,
        "dateparser_s": sum(r["dateparser_s"] for r in records),
        "quantulum3_s": sum(r["quantulum3_s"] for r in records),
        "seconds_per_article": seconds / n if n else None,
        "articles_per_s": n / seconds if seconds else None,
        "mb_per_s": total_bytes / 1e6 / seconds if seconds else None,
        "dates_found": sum(r["dates"] for r in records),
        "quantities_found": sum(r["quantities"] for r in records),
        "errors": sum(len(r["errors"]) for r in records),
    }


if __name__ == "__main__":  # quick look: python bench/peers.py FILE...
    import sys
    from pathlib import Path

    try:
        found = load_peers()
    except PeersMissing as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(2)
    print(f"warm-up {warm_up(found):.2f} s")
    files = [Path(p) for p in sys.argv[1:]]
    recs = time_peers([f.read_text(encoding="utf-8") for f in files], found)
    for f, r in zip(files, recs):
        print(f"{f.name}: {r['seconds']:.3f} s, {r['dates']} dates, {r['quantities']} quantities")
    print(summarize(recs, [f.stat().st_size for f in files]))
