#!/usr/bin/env python3
"""Choose and number the documents of extract-own-25: deterministic, none already used.

usage (from the worktree root): python3 cmd/incidex/testdata/extract-own-25/select.py ../shared
Candidates: manifest documents not in extract-dev or any extract-own set (extract-own,
extract-own-2 ... extract-own-24, each with its heldout/). When this set was chosen only six
documents were left that patterns-silver does not mark not_incident (two TechCrunch briefs, two
k8s test-infra write-ups, two univaf incidents), so the nine marked not_incident are candidates
too (an extraction is asked only what a document states; a page that tells no incident is asked
for empty times and no cause): fifteen in all, every one taken, one short of the usual sixteen.
The sorted candidate paths are shuffled by random.Random(20261204) and numbered 01..15 in that
order: the odd numbers are the tuning half, the even numbers the held-out half.
"""
import os, random, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from goldset import candidates  # noqa: E402 (the sets share goldset.py, one folder up)

here = os.path.dirname(os.path.abspath(__file__))
shared = sys.argv[1] if len(sys.argv) > 1 else "../shared"
by, cands, cols, zh = candidates(here, shared, not_incident=True)
ps = sorted(p for c in cols for p in cands[c])
random.Random(20261204).shuffle(ps)
for i, p in enumerate(ps, 1):
    print(f"{i:02d}", p[len("docs/"):], "odd" if i % 2 else "even")
