#!/usr/bin/env python3
"""Turn WordNet's exception lists into incidex's table of irregular English
inflections (took → take, worse → bad, data → datum, children → child).

Input: the folder of WordNet 3.0's database (Debian's wordnet-base:
/usr/share/wordnet), whose verb.exc, noun.exc, adj.exc and adv.exc list
"inflected base [base …]" one a line; and data/dict/cedict.txt.gz, whose
English section decides what is kept: an inflection of one plain word whose
base is an English gloss of the lexicon (what search can translate), and
not the base itself.

Output: data/dict/inflections.txt, lines "inflected<TAB>pos:base[ pos:base …]",
sorted, pos v (verb), n (noun), a (adjective) or r (adverb), the bases in
that order. WordNet is licensed under the WordNet 3.0 licence (see
data/dict/WORDNET-LICENSE.txt), which asks that its notice go with every
copy, modified or not.

Usage: scripts/make_inflections.py /usr/share/wordnet data/dict/cedict.txt.gz data/dict/inflections.txt
"""
import gzip
import os
import re
import sys

WORD = re.compile(r'^[a-z]+$')


def glosses(path):
    """Returns the English glosses of the lexicon's #en section."""
    out = set()
    section = None
    with gzip.open(path, 'rt', encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if line.startswith('#'):
                section = line
                continue
            if section == '#en':
                out.add(line.split('\t', 1)[0])
    return out


def main(wordnet, cedict, dst):
    known = glosses(cedict)
    table = {}
    for pos in ('verb', 'noun', 'adj', 'adv'):
        tag = pos[0] if pos != 'adv' else 'r'

        with open(os.path.join(wordnet, pos + '.exc'), encoding='utf-8') as f:
            for line in f:
                words = line.split()
                if len(words) < 2 or not WORD.match(words[0]):
                    continue
                infl = words[0]
                for base in words[1:]:
                    if base != infl and WORD.match(base) and base in known:
                        got = table.setdefault(infl, [])
                        if tag + ':' + base not in got:
                            got.append(tag + ':' + base)
    with open(dst, 'w', encoding='utf-8') as f:
        f.write('# Irregular English inflections from WordNet 3.0 (see WORDNET-LICENSE.txt),\n'
                '# made by scripts/make_inflections.py: inflected<TAB>pos:base[ pos:base ...]\n')
        for infl in sorted(table):
            f.write(infl + '\t' + ' '.join(table[infl]) + '\n')
    print(f'{len(table)} inflections written to {dst}', file=sys.stderr)


if __name__ == '__main__':
    if len(sys.argv) != 4:
        sys.exit('usage: make_inflections.py WORDNET-DIR cedict.txt.gz inflections.txt')
    main(*sys.argv[1:])
