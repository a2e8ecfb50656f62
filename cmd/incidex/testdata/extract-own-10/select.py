#!/usr/bin/env python3
"""Choose and number the documents of extract-own-10: deterministic, proportional, none already used.

usage (from the worktree root): python3 cmd/incidex/testdata/extract-own-10/select.py ../shared [N]
Candidates: manifest documents not in extract-dev or any extract-own set (extract-own,
extract-own-2 ... extract-own-9, each with its heldout/), and not marked not_incident in
patterns-silver. Every collection with a Chinese document (and a candidate) gets one seat; all
other seats go by D'Hondt on the number of documents a collection has in the manifest (a
collection without a seat has divisor 1). Within a collection the sorted candidate paths are
shuffled by random.Random(20261501) (one generator, collections in sorted order) and taken in
that order. The same generator then shuffles the 16 chosen paths and numbers them 01..16 in
that order: the even numbers are the tuning half, the odd numbers the held-out half. With N
larger than 16 the extra lines (marked "reserve", collection order) replace a document that is
read and found not to be an incident; a reserve takes the number of the document it replaces.
"""
import glob, json, os, random, sys

here = os.path.dirname(os.path.abspath(__file__))
shared = sys.argv[1] if len(sys.argv) > 1 else "../shared"
SEATS = 16
N = int(sys.argv[2]) if len(sys.argv) > 2 else SEATS
man = [json.loads(l) for l in open(os.path.join(shared, "corpus/manifest.jsonl"))]
used = set()
dirs = [os.path.join(shared, "eval/extract-dev")]
for d in sorted(glob.glob(os.path.join(here, "..", "extract-own*"))):
    if os.path.abspath(d) != here:
        dirs += [d, os.path.join(d, "heldout")]
for g in dirs:
    for f in glob.glob(os.path.join(g, "*.json")):
        used.add("docs/" + json.load(open(f))["doc"])
silver = {}
for l in open(os.path.join(shared, "eval/patterns-silver.jsonl")):
    r = json.loads(l)
    silver[r["path"]] = r
by, zh = {}, set()
for m in man:
    c = m["path"].split("/")[1]
    by.setdefault(c, []).append(m["path"])
    if m.get("lang") == "zh":
        zh.add(c)
cands = {c: sorted(p for p in ps if p not in used and not silver.get(p, {}).get("not_incident")) for c, ps in by.items()}
cols = sorted(c for c in cands if cands[c])


def seats_for(n):
    seats = {c: (1 if c in zh else 0) for c in cols}
    while sum(seats.values()) < n:
        c = max((c for c in cols if seats[c] < len(cands[c])), key=lambda c: (len(by[c]) / (seats[c] + 1), c))
        seats[c] += 1
    return seats


main = seats_for(min(N, SEATS))
full = seats_for(N)
rng = random.Random(20261501)
chosen, reserve = [], []
for c in cols:
    ps = list(cands[c])
    rng.shuffle(ps)
    chosen += ps[: main[c]]
    reserve += ps[main[c]: full[c]]
order = list(chosen)
rng.shuffle(order)
for i, p in enumerate(order, 1):
    print(f"{i:02d}", p[len("docs/"):], "odd" if i % 2 else "even")
for p in reserve:
    print("--", p[len("docs/"):], "reserve")
