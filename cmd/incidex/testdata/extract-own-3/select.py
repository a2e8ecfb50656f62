#!/usr/bin/env python3
"""Choose the documents of extract-own-3: deterministic, proportional, none already used.

usage (from the worktree root): python3 cmd/incidex/testdata/extract-own-3/select.py ../shared [N]
Candidates: manifest documents not in extract-dev, extract-own or extract-own-2, and not
marked not_incident in patterns-silver. Every collection with a Chinese document (and a
candidate) gets one seat; all other seats go by D'Hondt on the number of documents a
collection has in the manifest (a collection without a seat has divisor 1). Within a
collection the sorted candidate paths are shuffled by random.Random(20261201) (one generator,
collections in sorted order) and taken in that order. With N larger than 16 the same order
gives reserves: a document read and found not to be an incident is replaced by the next one
of its collection.
"""
import os, random, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from goldset import candidates, seats_for  # noqa: E402 (the sets share goldset.py, one folder up)

shared = sys.argv[1] if len(sys.argv) > 1 else "../shared"
N = int(sys.argv[2]) if len(sys.argv) > 2 else 16
by, cands, cols, zh = candidates(os.path.dirname(os.path.abspath(__file__)), shared)
seats = seats_for(N, by, cands, cols, zh)
rng = random.Random(20261201)
for c in cols:
    ps = list(cands[c])
    rng.shuffle(ps)
    for p in ps[: seats[c]]:
        print(p[len("docs/"):])
