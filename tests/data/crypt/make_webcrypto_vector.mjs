// Makes webcrypto-vector.rectify.enc.json: tests/data/formats/v2-sample.rectify.json encrypted
// by node's WebCrypto (crypto.webcrypto: the same API as the browser's, web/crypt.js) with a
// fixed password, salt and IV, so that tests/cli/crypt_test.sh checks the CLI's OpenSSL against
// WebCrypto (a known answer). Run: node tests/data/crypt/make_webcrypto_vector.mjs
import { webcrypto } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const plain = readFileSync(join(here, '../formats/v2-sample.rectify.json'));
const password = '整改通 test password 1';
const salt = Uint8Array.from({ length: 16 }, (_, i) => i * 7 + 1);
const iv = Uint8Array.from({ length: 12 }, (_, i) => 200 - i * 3);
const iterations = 600000;
const base = await webcrypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveKey']);
const key = await webcrypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, base,
  { name: 'AES-GCM', length: 256 }, false, ['encrypt']);
const data = new Uint8Array(await webcrypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain));
const b64 = (u8) => Buffer.from(u8).toString('base64');
const envelope = { format: 'rectify-encrypted', version: 1,
  kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: b64(salt) },
  cipher: { name: 'AES-GCM', iv: b64(iv) }, data: b64(data) };
writeFileSync(join(here, 'webcrypto-vector.rectify.enc.json'), JSON.stringify(envelope, null, 1) + '\n');
writeFileSync(join(here, 'webcrypto-vector.password.txt'), password);
