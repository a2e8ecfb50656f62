#!/usr/bin/env python3
"""Choose the documents of extract-own-5: deterministic, proportional, none already used.

usage (from the worktree root): python3 cmd/incidex/testdata/extract-own-5/select.py ../shared [N]
Candidates: manifest documents not in extract-dev, extract-own, extract-own-2, extract-own-3 or
extract-own-4 (each with its heldout), and not marked not_incident in patterns-silver. Every
collection with a Chinese document (and a candidate) gets one seat; all other seats go by
D'Hondt on the number of documents a collection has in the manifest (a collection without a
seat has divisor 1). Within a collection the sorted candidate paths are shuffled by
random.Random(20261203) (one generator, collections in sorted order) and taken in that order.
The same generator then picks 4 of the 20 (rng.sample over the printed order) for heldout/;
those lines are marked "heldout". With N larger than 20 the extra lines (marked "reserve",
collection order) replace a document that is read and found not to be an incident.
"""
import glob, json, os, random, sys

here = os.path.dirname(os.path.abspath(__file__))
shared = sys.argv[1] if len(sys.argv) > 1 else "../shared"
N = int(sys.argv[2]) if len(sys.argv) > 2 else 20
man = [json.loads(l) for l in open(os.path.join(shared, "corpus/manifest.jsonl"))]
used = set()
sets = ("extract-own", "extract-own-2", "extract-own-3", "extract-own-3/heldout",
        "extract-own-4", "extract-own-4/heldout")
for g in [os.path.join(shared, "eval/extract-dev")] + [os.path.join(here, "..", d) for d in sets]:
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


main = seats_for(min(N, 20))
full = seats_for(N)
rng = random.Random(20261203)
chosen, reserve = [], []
for c in cols:
    ps = list(cands[c])
    rng.shuffle(ps)
    chosen += ps[: main[c]]
    reserve += ps[main[c]: full[c]]
held = set(rng.sample(chosen, 4))
for p in chosen:
    print(p[len("docs/"):], "heldout" if p in held else "")
for p in reserve:
    print(p[len("docs/"):], "reserve")
