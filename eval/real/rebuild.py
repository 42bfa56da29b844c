#!/usr/bin/env python3
"""Writes the eval corpora of facts.json from texts re-obtained by hand (see README.md).
usage: rebuild.py TEXTS_DIR OUT_DIR [FACTS]   (TEXTS_DIR holds <id>.txt, the excerpt alone;
FACTS defaults to the facts.json beside this script, e.g. ../heldout/facts.json for the held-out set)"""
import hashlib, json, os, re, sys

here = os.path.dirname(os.path.abspath(__file__))
facts = json.load(open(sys.argv[3] if len(sys.argv) > 3 else os.path.join(here, 'facts.json'), encoding='utf-8'))
texts, out = sys.argv[1], sys.argv[2]
differ = 0
for name, group in facts['groups'].items():
    os.makedirs(os.path.join(out, name, 'articles'), exist_ok=True)
    for i in group['order']:
        a = facts['articles'][i]
        text = open(os.path.join(texts, f'{i}.txt'), encoding='utf-8').read()
        # The hash is of the whitespace-collapsed text, so line breaks lost in copying do not matter.
        if hashlib.sha256(re.sub(r'\s+', ' ', text).strip().encode()).hexdigest() != a['text_sha256_ws']:
            differ += 1
            print(f'{name}/{i}: text differs from the labelled excerpt')
        with open(os.path.join(out, name, 'articles', f'{i}.txt'), 'w', encoding='utf-8') as o:
            o.write(f"url: {a['url']}\nsource: {a['source_domain']}\npublished: {a['published']}\ntitle: {a['title']}\n\n{text}")
    labels = {'topic': group['topic'], 'articles': {i: facts['articles'][i]['labels'] for i in group['order']},
              'alerts': group['alerts'], 'no_alerts': group['no_alerts']}
    with open(os.path.join(out, name, 'labels.json'), 'w', encoding='utf-8') as o:
        json.dump(labels, o, ensure_ascii=False, indent=1)
print('rebuilt', ', '.join(facts['groups']), f'({differ} texts differ)')
