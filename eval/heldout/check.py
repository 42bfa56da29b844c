#!/usr/bin/env python3
"""Checks facts.json against its own labels: the alerts of every story must be exactly those that follow
from the article labels in replay order, no forbidden alert may contradict a labelled one, and every
label must use the vocabulary of the shared FORMAT.md. Exit code 1 and one line per problem otherwise.
usage: check.py [FACTS]   (default: facts.json beside this script)"""
import json, os, sys

TYPES = {'asset_freeze', 'export_ban', 'import_ban', 'swift_exclusion', 'financial_restriction', 'investment_ban',
         'trade_status', 'price_cap', 'travel_ban', 'diplomatic', 'arms_embargo', 'sanctions_general'}
RANK = {'considered': 0, 'announced': 1, 'enacted': 2, 'lifted': 3}
KINDS = {'new_actor', 'new_measure', 'new_target', 'status_change'}
ACTOR_KINDS = {'country', 'person', 'organization'}


def derive(facts, group):
    """The alerts the labels imply, in replay order (published, then id), as the real-dev set derives them:
    a new_target needs the (type, imposer) seen in an earlier article, so two targets first named in one
    article are two new measures."""
    seen_actors, measures, alerts = set(), {}, []
    order = sorted(group['order'], key=lambda i: (facts['articles'][i]['published'], i))
    for i in order:
        labels = facts['articles'][i]['labels']
        for a in labels['actors']:
            if a['name'] not in seen_actors:
                seen_actors.add(a['name'])
                alerts.append({'after': i, 'kind': 'new_actor', 'actor': a['name']})
        known_before = {(t, imp) for (t, imp, _) in measures}
        for m in labels['measures']:
            key = (m['type'], m['imposer'], m['target'])
            if key not in measures:
                measures[key] = m['status']
                kind = 'new_target' if (m['type'], m['imposer']) in known_before else 'new_measure'
                alerts.append({'after': i, 'kind': kind, 'type': m['type'], 'imposer': m['imposer'], 'target': m['target']})
            elif RANK[m['status']] > RANK[measures[key]]:
                measures[key] = m['status']
                alerts.append({'after': i, 'kind': 'status_change', 'type': m['type'], 'imposer': m['imposer'],
                               'target': m['target'], 'status': m['status']})
    return order, alerts


def problems(facts):
    out = []
    for i, a in facts['articles'].items():
        for field in ('url', 'source_domain', 'published', 'title', 'text_sha256_ws'):
            if not a.get(field):
                out.append(f'{i}: no {field}')
        labels = a['labels']
        for m in labels['measures']:
            if m['type'] not in TYPES or m['status'] not in RANK:
                out.append(f'{i}: measure {m} outside the vocabulary')
        keys = [(m['type'], m['imposer'], m['target']) for m in labels['measures']]
        if len(keys) != len(set(keys)):
            out.append(f'{i}: a (type, imposer, target) labelled twice')
        names = [x['name'] for x in labels['actors']]
        if len(names) != len(set(names)):
            out.append(f'{i}: an actor labelled twice')
        for x in labels['actors']:
            if x['kind'] not in ACTOR_KINDS:
                out.append(f'{i}: actor {x["name"]} of kind {x["kind"]}')
        for m in labels['measures']:
            for side in (m['imposer'], m['target']):
                if side not in names:
                    out.append(f'{i}: measure side {side} is not one of its actors')
    in_groups = [i for g in facts['groups'].values() for i in g['order']]
    if sorted(in_groups) != sorted(facts['articles']):
        out.append('groups and articles do not hold the same ids, once each')
    for name, group in facts['groups'].items():
        order, expected = derive(facts, group)
        if order != group['order']:
            out.append(f'{name}: order is not replay order {order}')
        if group['alerts'] != expected:
            out.append(f'{name}: alerts differ from those the labels imply')
        for rule in group['no_alerts']:
            if rule.get('kind') not in KINDS or rule['after'] not in group['order']:
                out.append(f'{name}: bad no_alerts rule {rule}')
            elif any(a['after'] == rule['after'] and a['kind'] == rule['kind'] for a in expected):
                out.append(f'{name}: no_alerts {rule} forbids an alert the labels imply')
    return out


if __name__ == '__main__':
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, 'facts.json')
    found = problems(json.load(open(path, encoding='utf-8')))
    for p in found:
        print(p)
    print('ok' if not found else f'{len(found)} problems')
    sys.exit(1 if found else 0)
