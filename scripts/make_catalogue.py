#!/usr/bin/env python3
"""Build data/catalogue.json, incidex's built-in catalogue of known public
postmortems, from the facts in ../shared/corpus/manifest.jsonl: where each
postmortem is, whose it is, when, its title, and failure patterns and a
one-line description composed here from its title, keywords and categories
(no text of the postmortems or of the manifest's summaries is copied).

usage: python3 scripts/make_catalogue.py ../shared/corpus/manifest.jsonl > data/catalogue.json
"""
import json, re, sys

patterns = json.load(open("data/patterns.json"))

def cue_patterns(text):
    text = text.lower()
    scores = {}
    for p in patterns:
        for cue in p["cues"]:
            w = 2 if cue.startswith("!") else 0.5 if cue.startswith("~") else 1
            c = cue.lstrip("!~").lower()
            if re.search(r"[\u4e00-\u9fff]", c):
                hit = c in text
            else:
                hit = re.search(r"\b" + re.escape(c) + r"s?\b", text) is not None
            if hit:
                scores[p["id"]] = scores.get(p["id"], 0) + w
    ids = [p["id"] for p in patterns]
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], ids.index(kv[0])))
    return [k for k, v in ranked if v >= 1][:4]

def ymd(s):
    return s[:10] if re.match(r"\d{4}-\d{2}-\d{2}", s or "") else ""

def incident_date(m, lab, url, title):
    """The incident's date, or the write-up's, where known; never the date
    a list or an archive republished it (a 1997 account dated 2025): a
    page's publication date from the list counts only when the URL or the
    title names the same year."""
    if ymd(lab.get("start_time")):
        return ymd(lab.get("start_time"))
    d = ymd(m.get("date"))
    translated = (lab.get("translation") or "none").startswith("machine")
    republished = ymd(lab.get("source_published_at"))
    if d and not translated and d != republished:
        return d
    u = re.search(r"/((?:19|20)\d\d)[/-](\d\d)[/-](\d\d)(?:[/-]|$)", re.sub(r"^https?://web\.archive\.org/web/[^/]*/", "", url))
    if u:
        return "-".join(u.groups())
    if republished and (republished[:4] in url or republished[:4] in title):
        return republished
    return ""

out = []
for line in open(sys.argv[1], encoding="utf-8"):
    m = json.loads(line)
    lab = m.get("labels", {})
    url = lab.get("original_url") or m.get("url")
    title = (lab.get("title") or "").strip()
    if not url or not title:
        continue
    kws = [k for k in (lab.get("keywords") or []) if isinstance(k, str)][:6]
    cats = [c for c in (lab.get("categories") or []) if isinstance(c, str)]
    pats = [c for c in cats if c in {p["id"] for p in patterns}]
    for p in cue_patterns(" ".join([title] + kws)):
        if p not in pats:
            pats.append(p)
    pats = pats[:4]
    org = (m.get("org") or "").split(" (")[0].strip()
    zh = m.get("lang") == "zh"
    names = {p["id"]: (p["zh"] if zh else p["en"]).split("：")[0].split(":")[0] for p in patterns}
    if zh:
        desc = f"{org or '某公司'}的故障：{title}。"
        if kws:
            desc += "关键词：" + "、".join(kws) + "。"
        if pats:
            desc += "故障模式：" + "、".join(names[p] for p in pats) + "。"
    else:
        desc = f"{org + ' incident' if org else 'Incident'}: {title}."
        if kws:
            desc += " Keywords: " + ", ".join(kws) + "."
        if pats:
            desc += " Failure patterns: " + "; ".join(names[p] for p in pats) + "."
    date = incident_date(m, lab, url, title)
    out.append({"url": url, "org": org, "date": date, "lang": m.get("lang", "en"), "title": title, "patterns": pats, "summary": desc})

json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
print()
