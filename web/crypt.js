// crypt.js: the page side of src/platform/web_crypt.cpp (window.rectifyCrypt): encrypted plan
// files (core/crypt/envelope.h) through the browser's WebCrypto, never hand-written cryptography:
// PBKDF2-SHA-256 → an AES-GCM 256-bit key → decrypt (the data is the ciphertext with its 16-byte tag).
// The derivation (600,000 iterations or more) runs in the browser's crypto thread: frames go on.
// A decrypted file re-enters as an opened file (web/files.js readAll): a plan file to the app, a
// package to the office module (web/office.js readPackage).
// Index: available · open · poll · sealFor (the export) · seal
'use strict';

(function () {
  const subtle = () => (window.crypto && window.crypto.subtle) || null; // none on plain http
  const STATE = { idle: 0, working: 1, done: 2, wrong: 3, failed: 4 };

  async function key(password, salt, iterations, usage) {
    const base = await subtle().importKey('raw', password, 'PBKDF2', false, ['deriveKey']);
    return subtle().deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, base,
      { name: 'AES-GCM', length: 256 }, false, [usage]);
  }

  // What the decrypted file is called: "x.rectify.enc.json" → "x.rectify.json", or
  // "x.rectify.zip" when its bytes are a ZIP (a package, read as one by the office module).
  function plainName(name, bytes) {
    const stem = name.replace(/\.enc\.json$/i, '').replace(/\.json$/i, '').replace(/\.rectify$/i, '');
    const zip = bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;
    return stem + (zip ? '.rectify.zip' : '.rectify.json');
  }

  const crypt = {
    state: STATE.idle,
    lastMs: 0, // how long the last derivation and decryption took (for the tests)

    available() { return !!subtle(); },

    open(purpose, name, password, iterations, salt, iv, data) {
      if (!subtle()) { crypt.state = STATE.failed; return; }
      crypt.state = STATE.working;
      const started = performance.now();
      key(password, salt, iterations, 'decrypt')
        .then((k) => subtle().decrypt({ name: 'AES-GCM', iv }, k, data))
        .then((plain) => {
          crypt.lastMs = performance.now() - started;
          const bytes = new Uint8Array(plain);
          const file = new File([bytes], plainName(name, bytes));
          crypt.state = STATE.done;
          window.rectifyFiles.readAll(purpose, [file]);
        }, (e) => {
          // OperationError: the tag did not match (a wrong password or a changed byte)
          crypt.state = e && e.name === 'OperationError' ? STATE.wrong : STATE.failed;
          if (crypt.state === STATE.failed) console.warn('decrypt:', e);
        });
    },

    poll() {
      const s = crypt.state;
      if (s !== STATE.working) crypt.state = STATE.idle;
      return s;
    },

    sealed: [], // {name, ok, salt, iv, data} of each finished sealFor, until the app takes it

    // Seals for the app (platform/crypt.h crypt_seal): the result is queued in `sealed`.
    sealFor(name, password, bytes, iterations) {
      const started = performance.now();
      crypt.seal(bytes, password, iterations).then((r) => {
        crypt.lastMs = performance.now() - started;
        crypt.sealed.push({ name, ok: true, ...r });
      }, (e) => {
        console.warn('encrypt:', e);
        crypt.sealed.push({ name, ok: false });
      });
    },

    // The salt, IV and data of `bytes` sealed with `password` (a string), for an envelope
    // (core/crypt/envelope.h writes it): {salt, iv, data} as Uint8Arrays. `password`: UTF-8 bytes.
    async seal(bytes, password, iterations) {
      const salt = crypto.getRandomValues(new Uint8Array(16));
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const k = await key(password, salt, iterations, 'encrypt');
      const data = new Uint8Array(await subtle().encrypt({ name: 'AES-GCM', iv }, k, bytes));
      return { salt, iv, data };
    },
  };

  window.rectifyCrypt = crypt;
})();
