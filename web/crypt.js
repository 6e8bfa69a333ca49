// crypt.js: the page side of src/platform/web_crypt.cpp (window.rectifyCrypt): encrypted plan
// files (core/crypt/envelope.h) through the browser's WebCrypto, never hand-written cryptography:
// PBKDF2-SHA-256 → an AES-GCM 256-bit key → decrypt (the data is the ciphertext with its 16-byte tag).
// The derivation (600,000 iterations or more) runs in the browser's crypto thread: frames go on.
// A decrypted file re-enters as an opened file (web/files.js readAll): a plan file to the app, a
// package to the office module (web/office.js readPackage).
// An encrypted export (sealFor: a plan file; sealPackage: a package streamed by the office module
// into memory here, up to `packageLimit`) keeps its ciphertext in the page: the app takes the salt
// and IV, writes the envelope's text around the data (core/crypt/envelope.h envelope_frame) and
// the page downloads head + Base64(data) + tail (downloadSealed), in chunks, frames going on.
// Index: available · open · poll · sealFor · sealPackage · progress · downloadSealed · seal · base64
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

    // {name, ok, salt, iv, data, tooLarge, size} of each finished seal, until the app takes it; the
    // first one stays (its data) until downloadSealed.
    sealed: [],
    packageLimit: 0, // set with the app's first package (core/crypt/envelope.h kEnvelopeMaxPlainBytes); tests lower it
    sealing: null, // {name, loaded, total, stage} while a package is collected, encrypted, written
  
    // Seals a plan file for the app (platform/crypt.h crypt_seal): the result is queued in `sealed`.
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

    // Seals the package `manifestJson` describes (platform/zip_stream.h): the office module streams
    // it (web/office.js exportStream) into parts kept here, never in the app's heap; over
    // packageLimit it stops at once (queued with tooLarge). A stream that fails (a file missing from
    // the store) is told by the office module's failures, so nothing is queued here.
    sealPackage(name, packageName, password, manifestJson, iterations) {
      const entries = JSON.parse(manifestJson).entries || [];
      const total = entries.reduce((n, e) => n + (typeof e.text === 'string' ? e.text.length : e.size || 0), 0);
      const at = { name, loaded: 0, total, stage: 'collect' };
      crypt.sealing = at;
      let parts = [];
      const stop = new Error('over the limit');
      const sink = {
        write(bytes) {
          at.loaded += bytes.length;
          if (at.loaded > crypt.packageLimit) { parts = []; throw stop; }
          parts.push(bytes);
        },
        close() {},
        abort() { parts = []; },
      };
      const started = performance.now();
      return window.rectifyOffice.exportStream(manifestJson, packageName, 'application/zip', sink, (e) => e === stop)
        .then(async (r) => {
          if (!r.ok) {
            if (r.stopped) crypt.sealed.push({ name, ok: false, tooLarge: true, size: at.loaded });
            return;
          }
          at.stage = 'encrypt';
          let plain = new Uint8Array(await new Blob(parts).arrayBuffer());
          parts = [];
          const sealed = await crypt.seal(plain, password, iterations);
          plain = null;
          crypt.lastMs = performance.now() - started;
          crypt.sealed.push({ name, ok: true, ...sealed });
        })
        .catch((e) => {
          console.warn('encrypt:', e);
          crypt.sealed.push({ name, ok: false });
        })
        .finally(() => { parts = []; if (crypt.sealing === at) crypt.sealing = null; });
    },

    // A package being sealed: {name, fraction}, or null.
    progress() {
      const s = crypt.sealing;
      if (!s) return null;
      const collected = s.total > 0 ? Math.min(1, s.loaded / s.total) : 0;
      return { name: s.name, fraction: s.stage === 'collect' ? 0.9 * collected : 0.95 };
    },

    // The sealed file the app took downloaded as head + Base64(data) + tail (its envelope, written
    // by the app), then let go. The Base64 is made in slices between frames.
    async downloadSealed(head, tail) {
      const i = crypt.sealed.findIndex((e) => e.taken);
      if (i < 0) return;
      const s = crypt.sealed.splice(i, 1)[0];
      const pieces = [head];
      for await (const piece of crypt.base64(s.data)) pieces.push(piece);
      pieces.push(tail);
      s.data = null;
      window.rectifyHost.download(s.name, 'application/json', new Blob(pieces, { type: 'application/json' }));
    },

    // Base64 of `bytes` in slices (a multiple of 3 bytes, so the pieces join into one Base64 text),
    // yielding to the page between them.
    async *base64(bytes) {
      const SLICE = 3 << 18; // 768 KB in, 1 MB out
      for (let at = 0; at < bytes.length; at += SLICE) {
        const part = bytes.subarray(at, Math.min(bytes.length, at + SLICE));
        let bin = '';
        for (let i = 0; i < part.length; i += 0x8000) bin += String.fromCharCode.apply(null, part.subarray(i, i + 0x8000));
        yield btoa(bin);
        if (at + SLICE < bytes.length) await new Promise((r) => setTimeout(r, 0));
      }
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
