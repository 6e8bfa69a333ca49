#!/usr/bin/env bash
# Encrypted plan files through the built `rectify` (OpenSSL): encrypt, then validate/stats/merge/
# unpack with the password, without it, with a wrong one, and with one byte changed; a known answer
# made by WebCrypto (tests/data/crypt/make_webcrypto_vector.mjs) decrypted to its plan file; and,
# when node is here, what the CLI wrote decrypted by node's WebCrypto (the browser's API).
# usage: crypt_test.sh RECTIFY_BINARY TEST_DATA_DIR   (run by ctest as native/cli-crypt)
set -u
bin=$1 data=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
source "$(dirname "$0")/expect.sh"
unset RECTIFY_PASSWORD

plan=$data/formats/v2-sample.rectify.json
enc=$tmp/plan.rectify.enc.json

expect 2 "encrypt without a password" -- "$bin" encrypt --lang en "$plan" -o "$enc"
contains "give the password with --password P or the environment variable RECTIFY_PASSWORD" "encrypt: which option"
[ ! -e "$enc" ] || { echo "FAIL: encrypt without a password wrote a file"; failures=$((failures + 1)); }

expect 0 "encrypt" -- "$bin" encrypt --lang en --password 's3cret 密码' "$plan" -o "$enc"
contains "600000 iterations" "encrypt says how"
# The envelope: its fields, and nothing of the plan in clear.
python3 - "$enc" "$plan" <<'PY' || { echo "FAIL: the envelope's fields"; failures=$((failures + 1)); }
import base64, json, sys
e = json.load(open(sys.argv[1], encoding="utf-8"))
plain = open(sys.argv[2], "rb").read()
assert e["format"] == "rectify-encrypted" and e["version"] == 1, e
assert e["kdf"] == {**e["kdf"], "name": "PBKDF2", "hash": "SHA-256"} and e["kdf"]["iterations"] >= 600000
assert len(base64.b64decode(e["kdf"]["salt"])) == 16 and len(base64.b64decode(e["cipher"]["iv"])) == 12
assert e["cipher"]["name"] == "AES-GCM"
assert len(base64.b64decode(e["data"])) == len(plain) + 16
text = open(sys.argv[1], "rb").read()
title = json.loads(plain)["content"]["plans"][0]["title"].encode()
assert title not in text and b"rectify-plan" not in text
PY

expect 1 "validate without a password" -- "$bin" validate --lang en "$enc"
contains "is encrypted: give its password with --password P or the environment variable RECTIFY_PASSWORD" "which option"
expect 0 "validate with --password" -- "$bin" validate --lang en --password 's3cret 密码' "$enc"
contains "valid (format version" "validate decrypted"
RECTIFY_PASSWORD='s3cret 密码' expect 0 "validate with RECTIFY_PASSWORD" -- "$bin" validate --lang en "$enc"
expect 1 "validate with a wrong password" -- "$bin" validate --lang en --password 'wrong' "$enc"
contains "Wrong password, or the file has been changed" "wrong password message"
expect 1 "validate in Chinese with a wrong password" -- "$bin" validate --password 'wrong' "$enc"
contains "密码不正确" "wrong password in Chinese"
expect 0 "stats of an encrypted file" -- "$bin" stats --lang en --password 's3cret 密码' "$enc"
expect 0 "merge of encrypted files" -- "$bin" merge --lang en --password 's3cret 密码' "$enc" "$enc" -o "$tmp/merged.json"
expect 0 "the merged file is plain" -- "$bin" validate --lang en "$tmp/merged.json"
expect 2 "an option a command does not take" -- "$bin" import-text --password x "$plan" -o "$tmp/x.json"

# One byte of the ciphertext changed: refused exactly as a wrong password is.
python3 - "$enc" "$tmp/tampered.json" <<'PY'
import base64, json, sys
e = json.load(open(sys.argv[1], encoding="utf-8"))
d = bytearray(base64.b64decode(e["data"])); d[len(d) // 2] ^= 1
e["data"] = base64.b64encode(bytes(d)).decode()
json.dump(e, open(sys.argv[2], "w"))
PY
expect 1 "a changed byte" -- "$bin" validate --lang en --password 's3cret 密码' "$tmp/tampered.json"
contains "Wrong password, or the file has been changed" "tampered message"
# A damaged envelope says what is wrong with it, not that it is a bad plan file.
sed 's/"iterations":600000/"iterations":1000/' "$enc" >"$tmp/weak.json"
expect 1 "too few iterations" -- "$bin" validate --lang en --password 's3cret 密码' "$tmp/weak.json"
contains "1000 iterations, too few (at least 600000)" "iterations message"

expect 1 "encrypt an encrypted file" -- "$bin" encrypt --lang en --password x "$enc" -o "$tmp/twice.json"
contains "is encrypted already" "already"
expect 1 "encrypt what is not a plan" -- "$bin" encrypt --lang en --password x "$data/crypt/webcrypto-vector.password.txt" -o "$tmp/no.json"
expect 0 "decrypt" -- "$bin" decrypt --lang en --password 's3cret 密码' "$enc" -o "$tmp/back.json"
cmp -s "$tmp/back.json" "$plan" || { echo "FAIL: decrypt gives other bytes"; failures=$((failures + 1)); }

# A package encrypted whole, unpacked and validated with the password.
pkg=$tmp/p.rectify.zip
if "$bin" pack --lang en "$data/formats/evidence-files.rectify.json" --files "$data/evidence" -o "$pkg" >/dev/null 2>&1; then
  expect 0 "encrypt a package" -- "$bin" encrypt --password pk "$pkg" -o "$tmp/p.enc.json"
  expect 0 "validate an encrypted package" -- "$bin" validate --lang en --password pk "$tmp/p.enc.json"
  contains "valid (package" "an encrypted package is a package"
  expect 0 "unpack an encrypted package" -- "$bin" unpack --lang en --password pk "$tmp/p.enc.json" -o "$tmp/unpacked"
else
  echo "FAIL: pack"; failures=$((failures + 1))
fi

# The known answer: WebCrypto's envelope decrypts to the very bytes of its plan file.
vector=$data/crypt/webcrypto-vector.rectify.enc.json
expect 0 "WebCrypto's vector" -- "$bin" decrypt --lang en --password "$(cat "$data/crypt/webcrypto-vector.password.txt")" "$vector" -o "$tmp/kat.json"
cmp -s "$tmp/kat.json" "$plan" || { echo "FAIL: WebCrypto's vector decrypts to other bytes"; failures=$((failures + 1)); }

# What the CLI wrote, opened by WebCrypto (node's is the browser's API).
if command -v node >/dev/null; then
  node --input-type=module - "$enc" "$plan" <<'JS' || { echo "FAIL: WebCrypto cannot open the CLI's envelope"; failures=$((failures + 1)); }
import { webcrypto } from 'node:crypto';
import { readFileSync } from 'node:fs';
const [file, plainFile] = process.argv.slice(2);
const e = JSON.parse(readFileSync(file, 'utf8'));
const b = (s) => Buffer.from(s, 'base64');
const base = await webcrypto.subtle.importKey('raw', new TextEncoder().encode('s3cret 密码'), 'PBKDF2', false, ['deriveKey']);
const key = await webcrypto.subtle.deriveKey({ name: 'PBKDF2', hash: e.kdf.hash, salt: b(e.kdf.salt), iterations: e.kdf.iterations },
  base, { name: 'AES-GCM', length: 256 }, false, ['decrypt']);
const plain = Buffer.from(await webcrypto.subtle.decrypt({ name: 'AES-GCM', iv: b(e.cipher.iv) }, key, b(e.data)));
if (!plain.equals(readFileSync(plainFile))) process.exit(1);
JS
fi

if [ $failures -gt 0 ]; then echo "$failures failures"; exit 1; fi
echo "all passed"
