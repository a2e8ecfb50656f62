#!/usr/bin/env python3
"""Choose and number the documents of extract-own-24: deterministic, proportional, none already used.

usage (from the worktree root): python3 cmd/incidex/testdata/extract-own-24/select.py ../shared [N]
Candidates: manifest documents not in extract-dev or any extract-own set (extract-own,
extract-own-2 ... extract-own-23, each with its heldout/), and not marked not_incident in
patterns-silver. Every collection with a Chinese document (and a candidate) gets one seat; all
other seats go by D'Hondt on the number of documents a collection has in the manifest (a
collection without a seat has divisor 1). Within a collection the sorted candidate paths are
shuffled by random.Random(20261203) (one generator, collections in sorted order) and taken in
that order. The same generator then shuffles the 16 chosen paths and numbers them 01..16 in
that order: the odd numbers are the tuning half, the even numbers the held-out half. With N
larger than 16 the extra lines (marked "reserve", collection order) replace a document that is
read and found not to be an incident; a reserve takes the number of the document it replaces.
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from goldset import select  # noqa: E402 (the sets share goldset.py, one folder up)

select(__file__, 20261203, sys.argv)
