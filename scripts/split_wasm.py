#!/usr/bin/env python3
"""Splits the linked app in two (issue 23): rectify.wasm keeps the functions the start and the
first views run (src/app/split/startup-functions.txt, written by scripts/split_profile.mjs), the
rest goes to rectify.deferred.wasm, which web/loader.js loads right after the first frame.

Usage: split_wasm.py SITE_DIR KEEP_LIST OUT_DIR WASM_SPLIT
       split_wasm.py --kept WHOLE_WASM PROFILE WASM_SPLIT   (prints the names a profile keeps, one a
       line: scripts/split_profile.mjs, so that both split with the same features and prefix)

emcc's -sSPLIT_MODULE link leaves SITE_DIR/rectify.wasm instrumented (it records which functions
run, for scripts/split_profile.mjs) and the whole program as rectify.wasm.orig. Both move to
OUT_DIR (they are not part of the site); the split modules take their place.
"""
import os
import re
import shutil
import subprocess
import sys

# The features emcc's link uses (cmake/deps.cmake: -fwasm-exceptions); wasm-split validates
# against them, so a new feature fails the build here rather than in a browser.
FEATURES = ['--enable-mutable-globals', '--enable-exception-handling', '--enable-bulk-memory',
            '--enable-sign-ext']


def split(wasm_split, whole, primary, deferred, *selection):
    """Runs wasm-split on the whole program; `selection` says what stays (--keep-funcs or --profile)."""
    r = subprocess.run([wasm_split, *FEATURES, '--export-prefix=%', whole, '-o1', primary, '-o2', deferred,
                        *selection], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f'wasm-split failed:\n{r.stdout}{r.stderr}')
    return r


def print_kept(whole, profile, wasm_split):
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        r = split(wasm_split, whole, os.path.join(tmp, 'p.wasm'), os.path.join(tmp, 'd.wasm'),
                  f'--profile={profile}', '-v')
    line = next((l for l in r.stdout.splitlines() + r.stderr.splitlines() if l.startswith('Keeping functions: ')), None)
    if line is None:
        sys.exit('wasm-split printed no list of kept functions')
    names = [n for n in line[len('Keeping functions: '):].split(', ') if n]
    sys.stdout.write('\n'.join(names) + '\n')


def main():
    if sys.argv[1] == '--kept':
        print_kept(*sys.argv[2:5])
        return
    site, keep_list, out, wasm_split = sys.argv[1:5]
    os.makedirs(out, exist_ok=True)
    instrumented = os.path.join(out, 'rectify.instrumented.wasm')
    whole = os.path.join(out, 'rectify.orig.wasm')
    shutil.move(os.path.join(site, 'rectify.wasm'), instrumented)
    shutil.move(os.path.join(site, 'rectify.wasm.orig'), whole)

    # The list names one function a line as wasm-split prints them; '#' lines are comments.
    with open(keep_list, encoding='utf-8') as f:
        names = [l.rstrip('\n') for l in f if l.strip() and not l.startswith('#')]
    if not names:
        sys.exit(f'{keep_list}: no function names (run scripts/split_profile.mjs)')
    plain = os.path.join(out, 'keep.txt')
    with open(plain, 'w', encoding='utf-8') as f:
        f.write('\n'.join(names) + '\n')

    r = split(wasm_split, whole, os.path.join(site, 'rectify.wasm'), os.path.join(site, 'rectify.deferred.wasm'),
              f'--keep-funcs=@{plain}', '--placeholdermap')
    # Which function a placeholder stands for ("placeholder function called: N" in the console).
    shutil.move(os.path.join(site, 'rectify.wasm.placeholders'), os.path.join(out, 'rectify.placeholders.txt'))
    missing = len(re.findall(r'^warning: function .* does not exist$', r.stderr, re.M))
    primary = os.path.getsize(os.path.join(site, 'rectify.wasm'))
    deferred = os.path.getsize(os.path.join(site, 'rectify.deferred.wasm'))
    print(f'split: rectify.wasm {primary / 1000:.1f} kB (kept {len(names) - missing} functions), '
          f'rectify.deferred.wasm {deferred / 1000:.1f} kB')
    if missing:
        # Renamed or removed since the list was made: harmless for what is left, but a function
        # the start needs and the list lacks is loaded from the deferred module synchronously.
        print(f'split: {missing} names in {os.path.basename(keep_list)} are not in the program; '
              'renew it with `node scripts/split_profile.mjs`')


if __name__ == '__main__':
    main()
