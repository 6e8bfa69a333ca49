#!/usr/bin/env python3
"""How well the text importer reads the document shapes of tests/data/text/shapes (issue 17): runs
`rectify import-text --json-report` on each fixture and compares with its .expect.json: the number
of problems, each problem's text (its start), and its status where the document states one.
Prints one line per shape and the totals; a quick figure (the full check is
tests/unit/text_shapes_test.cpp).

    text_shapes_score.py [path/to/rectify]      default: build/native/src/cli/rectify
"""
import json
import pathlib
import re
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHAPES = ROOT / 'tests/data/text/shapes'


def loose(s):
    """Text compared without spaces and punctuation (the importer folds widths and punctuation)."""
    return re.sub(r'[\s\W_]+', '', s or '')


def problem_status(p):
    statuses = [m.get('status') for m in p.get('measures', [])]
    if not statuses:
        return None
    if all(s == statuses[0] for s in statuses):
        return statuses[0]
    return 'in_progress' if any(s in ('in_progress', 'not_started') for s in statuses) else statuses[0]


def score(rectify, txt):
    expect = json.loads(txt.with_suffix('').with_suffix('.expect.json').read_text(encoding='utf-8'))
    with tempfile.TemporaryDirectory() as tmp:
        run = subprocess.run([rectify, 'import-text', '--json-report', str(txt), '-o', f'{tmp}/out.rectify.json'],
                             capture_output=True, text=True)
    line = run.stdout.split('\n', 1)[0]
    found = json.loads(line).get('problems', []) if line.startswith('{') else []
    want = expect['problems']
    texts = sum(1 for w, f in zip(want, found) if loose(f.get('text', '')).startswith(loose(w['text_starts'])[:8]))
    stated = [(w, f) for w, f in zip(want, found) if w.get('status')]
    statuses = sum(1 for w, f in stated if problem_status(f) == w['status'])
    count_ok = len(found) == len(want)
    return count_ok, len(want), len(found), texts, statuses, sum(1 for w in want if w.get('status'))


def main():
    rectify = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / 'build/native/src/cli/rectify')
    rows, right = [], 0
    for txt in sorted(SHAPES.glob('*.txt')):
        count_ok, want, found, texts, statuses, stated = score(rectify, txt)
        whole = count_ok and texts == want and statuses == stated
        right += whole
        rows.append(f'{"ok  " if whole else "    "}{txt.stem:32} problems {found:2}/{want:2}  texts {texts:2}/{want:2}  statuses {statuses:2}/{stated:2}')
    print('\n'.join(rows))
    print(f'shapes read right: {right} of {len(rows)}')


if __name__ == '__main__':
    main()
