"""Shared by the extract-own-N gold sets' select.py and mkgold.py (select: extract-own-3 onwards; the rest: extract-own-7 onwards): each
set's script keeps its own docstring, seed and gold, and calls these.

select(here, seed, argv): choose and number a set's documents (the rules are in each select.py's
docstring); candidates(here, shared) and seats_for(...) are its first steps, which the older sets'
select.py (extract-own-3 to -5, chosen and numbered their own ways) call too. write_golds(here, argv, golds): check every phrase against its source and write the
gold files. G(...) and norm(s) build and normalise a gold as score_extract.py reads it.
"""
import glob, json, os, random, re

SEATS = 16


def set_number(d):
    """extract-own is set 1, extract-own-N set N."""
    m = re.fullmatch(r"extract-own(?:-(\d+))?", os.path.basename(os.path.normpath(d)))
    if not m:
        raise ValueError("not a gold set folder: %s" % d)
    return int(m.group(1) or 1)


def candidates(here, shared, not_incident=False):
    """The documents a set may choose from: manifest documents in no set numbered below it (nor
    extract-dev, nor any heldout/), not marked not_incident in patterns-silver (unless
    not_incident is true: extract-own-25 found the rest used up). Returns the
    manifest's paths by collection, the candidates by collection, the collections with a
    candidate (sorted) and the collections with a Chinese document."""
    man = [json.loads(l) for l in open(os.path.join(shared, "corpus/manifest.jsonl"))]
    used = set()
    dirs = [os.path.join(shared, "eval/extract-dev")]
    # Only the sets numbered below this one are excluded: a set's candidates are what was left
    # when it was chosen, so re-running an older set's select.py reproduces its selection even
    # after later sets have taken documents.
    me = set_number(here)
    for d in sorted(glob.glob(os.path.join(here, "..", "extract-own*"))):
        if set_number(d) < me:
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
    cands = {c: sorted(p for p in ps if p not in used and (not_incident or not silver.get(p, {}).get("not_incident"))) for c, ps in by.items()}
    return by, cands, sorted(c for c in cands if cands[c]), zh


def seats_for(n, by, cands, cols, zh):
    """n seats: one for each collection with a Chinese document, the rest by D'Hondt on the
    number of documents a collection has in the manifest."""
    seats = {c: (1 if c in zh else 0) for c in cols}
    while sum(seats.values()) < n:
        c = max((c for c in cols if seats[c] < len(cands[c])), key=lambda c: (len(by[c]) / (seats[c] + 1), c))
        seats[c] += 1
    return seats


def select(here, seed, argv):
    here = os.path.dirname(os.path.abspath(here))
    shared = argv[1] if len(argv) > 1 else "../shared"
    N = int(argv[2]) if len(argv) > 2 else SEATS
    by, cands, cols, zh = candidates(here, shared)
    main = seats_for(min(N, SEATS), by, cands, cols, zh)
    full = seats_for(N, by, cands, cols, zh)
    rng = random.Random(seed)
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


def norm(s):
    s = (s or "").lower()
    s = s.translate(str.maketrans("，：；（）！？｜", ",:;()!?|"))
    return re.sub(r"\s+", "", s)


def G(n, name, doc, lang, org, st, en, dur, tl, cause, rem, imp, tc, tx, req, allowed, lessons=None):
    g = {"doc": doc, "lang": lang, "org": org, "started_at": st, "ended_at": en, "duration_minutes": dur,
         "timeline": [{"at": a, "contains": c} for a, c in tl]}
    for key, sec in (("cause", cause), ("remediation", rem), ("impact", imp), ("lessons", lessons)):
        if sec:
            g[key] = {"contains": sec[0], "excludes": sec[1]}
    g.update({"text_contains": tc, "text_excludes": tx, "patterns": {"required": req, "allowed": allowed}})
    return "%02d-%s.json" % (n, name), g


def write_golds(here, argv, golds):
    D = os.path.dirname(os.path.abspath(here))
    shared = argv[1] if len(argv) > 1 else "../shared"
    bad = 0
    for name, g in golds:
        src = norm(open(os.path.join(shared, "corpus/docs", g["doc"]), encoding="utf-8").read())
        phrases = [e["contains"] for e in g["timeline"]] + g["text_contains"] + g["text_excludes"]
        for sec in ("cause", "remediation", "impact", "lessons"):
            if sec in g:
                phrases += g[sec]["contains"] + g[sec]["excludes"]
        for p in phrases:
            if norm(p) not in src:
                print("MISSING", name, p)
                bad += 1
        with open(os.path.join(D, name), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("bad", bad)
