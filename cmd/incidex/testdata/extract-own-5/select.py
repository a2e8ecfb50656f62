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
import os, random, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from goldset import candidates, seats_for  # noqa: E402 (the sets share goldset.py, one folder up)

shared = sys.argv[1] if len(sys.argv) > 1 else "../shared"
N = int(sys.argv[2]) if len(sys.argv) > 2 else 20
by, cands, cols, zh = candidates(os.path.dirname(os.path.abspath(__file__)), shared)
main = seats_for(min(N, 20), by, cands, cols, zh)
full = seats_for(N, by, cands, cols, zh)
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
