#!/usr/bin/python3
"""The peer for `candor bench compare`: pandas computes the same quartiles
(Series.quantile, linear interpolation = type 7) and mid-rank percentiles
from the same pool file, checks they agree with candor's JSON, and prints
its own timings. Usage: pandas_compare.py POOL.json RESULTS.json COMPARE.json [SECTOR]
RESULTS.json is `candor results A --json` (the subject's evidenced values),
COMPARE.json is `candor bench compare A --json [--sector SECTOR]`."""
import json
import math
import sys
import time

import pandas as pd

K = 5


def subject_values(results):
    levels = {p["id"]: p["evidenced_level"] for p in results["processes"]}
    clauses = {}
    for c in results["clauses"]:
        judged = c["conforming"] + c["minor"] + c["major"]
        clauses[c["id"]] = (c["conforming"] * 100 // judged) if judged else None
    return levels, clauses


def statistics(frame, subject):
    out = {}
    for column in frame.columns:
        values = frame[column].dropna()
        n = len(values)
        if n < K:
            out[column] = None
            continue
        q1, median, q3 = values.quantile([0.25, 0.5, 0.75]).tolist()
        v = subject.get(column)
        percentile = None if v is None else 100.0 * ((values < v).sum() + 0.5 * (values == v).sum()) / n
        out[column] = (n, q1, median, q3, percentile)
    return out


def agree(ours, items):
    problems = 0
    for item in items:
        mine = ours.get(item["pool_item"])
        if item["suppressed"]:
            problems += mine is not None
            continue
        n, q1, median, q3, percentile = mine
        theirs = (item["peers"], item["q1"], item["median"], item["q3"], item["percentile"])
        for a, b in zip((n, q1, median, q3, percentile), theirs):
            if (a is None) != (b is None) or (a is not None and not math.isclose(a, b, abs_tol=1e-9)):
                print(f"  disagree on {item['id']}: pandas {a}, candor {b}")
                problems += 1
    return problems


def main():
    pool_path, results_path, compare_path = sys.argv[1:4]
    sector = sys.argv[4] if len(sys.argv) > 4 else None
    with open(results_path) as f:
        levels, clauses = subject_values(json.load(f))
    with open(compare_path) as f:
        candor = json.load(f)

    # CPU time, like the candor side: the machine may be shared.
    start = time.process_time()
    with open(pool_path) as f:
        pool = json.load(f)
    results = pool["results"]
    if sector:
        results = [r for r in results if r["sector"] == sector]
    level_frame = pd.DataFrame([r["levels"] for r in results], columns=pool["processes"], dtype="float64")
    clause_frame = pd.DataFrame([r["conformity_percent"] for r in results], columns=pool["clauses"], dtype="float64")
    loaded = time.process_time()
    level_stats = statistics(level_frame, levels)
    clause_stats = statistics(clause_frame, clauses)
    done = time.process_time()

    problems = agree(level_stats, candor["processes"]) + agree(clause_stats, candor["clauses"])
    print(f"pandas {pd.__version__}: load {loaded - start:.3f} s, compute {done - loaded:.3f} s (CPU), "
          f"{len(results)} peers, {'agree' if problems == 0 else str(problems) + ' disagreement(s)'}")
    print(f"PANDAS_LOAD={loaded - start:.6f} PANDAS_COMPUTE={done - loaded:.6f} PROBLEMS={problems}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
