#!/usr/bin/env python3
"""Writes the bad peer pools of the corpus. The hash is computed here, apart
from candor, by the canonical form in docs/benchmark.md, so every file is
wrong in exactly one way. Run from this folder: python3 make.py"""
import hashlib
import json


def encode(scores):
    return ";".join(f"{k}={v}" for k, v in sorted(scores.items()))


def result_hash(framework, r, processes, clauses):
    levels = {p: v for p, v in zip(processes, r["levels"]) if v is not None}
    conformity = {c: v for c, v in zip(clauses, r["conformity_percent"]) if v is not None}
    fields = [r["token"], framework, r["sector"], r["size_band"], str(r["year"]),
              str(r["confidence_percent"]), encode(levels), encode(conformity)]
    text = "candor-peer-result/1" + "".join(f"\n{len(f.encode())}:{f}" for f in fields)
    return hashlib.sha256(text.encode()).hexdigest()


def pool(framework="iso20000-1:2018", processes=("8.6.1", "8.5.1"), level=2, hashed=True):
    processes, clauses = list(processes), ["8"]
    r = {"token": "corpus-1", "sector": "finance", "size_band": "50-249", "year": 2025,
         "confidence_percent": 60, "levels": [level] + [1] * (len(processes) - 1), "conformity_percent": [70]}
    r["hash"] = result_hash(framework, r, processes, clauses) if hashed else "0" * 64
    return {"format": "candor-peer-pool", "format_version": 1, "framework": framework,
            "processes": processes, "clauses": clauses, "results": [r]}


def write(name, document):
    with open(name, "w") as out:
        out.write(json.dumps(document, indent=1) + "\n")


write("unknown-framework.json", pool(framework="cobit:2019"))
write("unknown-process.json", pool(processes=("8.6.1", "99.9")))
write("level-out-of-range.json", pool(level=7))
tampered = pool()
tampered["results"][0]["levels"][0] = 4  # raised after export: the hash no longer matches
write("tampered-hash.json", tampered)
wrong_type = pool()
wrong_type["results"][0]["year"] = "2025"
write("wrong-type.json", wrong_type)
with open("malformed.json", "w") as out:
    out.write(json.dumps(pool(), indent=1)[:200] + "\n")
