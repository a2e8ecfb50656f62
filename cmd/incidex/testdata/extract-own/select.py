#!/usr/bin/env python3
"""Choose the documents of extract-own: deterministic, proportional, none of extract-dev.

usage (from the worktree root): python3 cmd/incidex/testdata/extract-own/select.py ../shared
Every collection gets one seat; the other seats go by D'Hondt on the number of documents
a collection has in the manifest. Within a collection the sorted paths not in extract-dev
are shuffled by random.Random(20261130) (one generator, collections in sorted order) and
taken in that order, skipping those patterns-silver marks as not an incident.
"""
import glob, json, os, random, sys

shared = sys.argv[1] if len(sys.argv) > 1 else "../shared"
N = 20
man = [json.loads(l) for l in open(os.path.join(shared, "corpus/manifest.jsonl"))]
dev = {"docs/" + json.load(open(f))["doc"] for f in glob.glob(os.path.join(shared, "eval/extract-dev/*.json"))}
silver = {}
for l in open(os.path.join(shared, "eval/patterns-silver.jsonl")):
    r = json.loads(l)
    silver[r["path"]] = r
by = {}
for m in man:
    by.setdefault(m["path"].split("/")[1], []).append(m["path"])
cands = {c: sorted(p for p in ps if p not in dev and not silver.get(p, {}).get("not_incident")) for c, ps in by.items()}
cols = sorted(c for c in cands if cands[c])
seats = {c: 1 for c in cols}
while sum(seats.values()) < N:
    c = max(cols, key=lambda c: (len(by[c]) / (seats[c] + 1), c))  # D'Hondt (first seat is free)
    seats[c] += 1
rng = random.Random(20261130)
for c in cols:
    ps = list(cands[c])
    rng.shuffle(ps)
    for p in ps[: seats[c]]:
        print(p[len("docs/"):])
