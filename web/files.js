// files.js: the page side of src/platform/web_files.cpp (window.rectifyFiles). Files come from the
// file picker the app opens, or are dropped anywhere on the page; each is read with FileReader
// (progress for large files) and queued in `ready` until the app takes it at its next frame. A file
// larger than any reader of the app takes (maxBytes, set by the app) is not read at all: it is
// queued with its size, and the app says why it was not taken. A plan package (*.rectify.zip) is
// read by the office module instead (web/office.js readPackage): the app gets its plan file. An
// encrypted file (its start says "rectify-encrypted": core/crypt/envelope.h decides what it is)
// may hold a package: it is read up to its own limit (envelopeMaxBytes, set by the app).
'use strict';

(function () {
  const files = {
    ready: [],   // {purpose, name, bytes: Uint8Array, error, size, tooLarge, fromPackage, refused: {zh, en}}
    active: [],  // files being read: {loaded, total}
    maxBytes: 64 * 1024 * 1024, // the app sets it (core/format/input_limits.h: the largest limit)
    envelopeMaxBytes: 360 * 1024 * 1024, // the app sets it (core/crypt/envelope.h kEnvelopeMaxBytes)

    pick(purpose, accept, multiple) {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = accept;
      input.multiple = multiple;
      input.style.display = 'none';
      input.addEventListener('change', () => {
        files.readAll(purpose, input.files);
        input.remove();
      });
      document.body.appendChild(input);
      window.rectifyHost.whenTapped(() => input.click(), 'pick'); // inside the tap (iOS: nowhere else)
    },

    readAll(purpose, list) {
      // Queue in the order given, whatever order the reads finish in. A plan package goes to the
      // office module (web/office.js), never through the app's heap: its files into the store,
      // its plan file to the app.
      const office = window.rectifyOffice;
      const slots = Array.from(list || [], (file) => (office && office.readPackage
        ? office.isPackage(file).then((p) => (p ? office.readPackage(purpose, file) : files.read(purpose, file)))
        : files.read(purpose, file)));
      Promise.all(slots).then((done) => { for (const f of done) files.ready.push(f); });
    },

    // Whether `file` starts as an envelope does (a JSON object naming "rectify-encrypted" in its
    // first kilobyte: written first by core, and by WebCrypto vectors). Only a route: the app's
    // is_envelope decides what the bytes are.
    mayBeEnvelope(file) {
      return file.slice(0, 1024).text().then((head) => /^\uFEFF?\s*\{/.test(head) && head.includes('"rectify-encrypted"'),
                                             () => false);
    },

    read(purpose, file) {
      if (file.size > files.maxBytes) // a video or a disk image dropped by mistake: never read
        return files.mayBeEnvelope(file).then((envelope) => (envelope && file.size <= files.envelopeMaxBytes
          ? files.readWhole(purpose, file)
          : { purpose, name: file.name, bytes: null, error: '', size: file.size, tooLarge: true, envelope }));
      return files.readWhole(purpose, file);
    },

    readWhole(purpose, file) {
      const entry = { loaded: 0, total: file.size };
      files.active.push(entry);
      return new Promise((resolve) => {
        const reader = new FileReader();
        const finish = (result) => {
          files.active.splice(files.active.indexOf(entry), 1);
          resolve(result);
        };
        reader.onprogress = (e) => { entry.loaded = e.loaded; };
        reader.onload = () => finish({ purpose, name: file.name, bytes: new Uint8Array(reader.result), error: '',
                                       size: file.size, tooLarge: false });
        reader.onerror = () => finish({ purpose, name: file.name, bytes: null, size: file.size, tooLarge: false,
                                        error: String((reader.error && reader.error.message) || 'read error') });
        reader.readAsArrayBuffer(file);
      });
    },

    reading() {
      let loaded = 0, total = 0;
      for (const e of files.active) { loaded += e.loaded; total += e.total; }
      return { files: files.active.length, loaded, total };
    },
  };

  // Dropping files anywhere on the page hands them to the app; the browser must not open them
  // itself (that would navigate away from the app and its unsaved state).
  const hasFiles = (e) => e.dataTransfer && Array.from(e.dataTransfer.types || []).includes('Files');
  window.addEventListener('dragover', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    document.body.classList.add('dropping');
  });
  window.addEventListener('dragleave', (e) => {
    if (!e.relatedTarget) document.body.classList.remove('dropping');
  });
  window.addEventListener('drop', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    document.body.classList.remove('dropping');
    // Dropped on an item's evidence list: its evidence (web/evidence.js), not a file to open.
    const target = window.rectifyEvidence ? window.rectifyEvidence.targetAt(e.clientX, e.clientY) : '';
    if (target) window.rectifyEvidence.attach(target, e.dataTransfer.files);
    else files.readAll('drop', e.dataTransfer.files);
  });

  // A file opened with the installed app (the manifest's file_handlers: a double click on a
  // .rectify.json in Explorer or Finder, or 打开方式 → 整改通) arrives through the launch queue and is
  // taken like a dropped file: the app decides by its name and contents.
  if ('launchQueue' in window && window.launchQueue && window.launchQueue.setConsumer) {
    window.launchQueue.setConsumer(async (params) => {
      const list = [];
      for (const handle of (params && params.files) || []) {
        try { if (handle.kind === 'file') list.push(await handle.getFile()); } catch (e) { console.warn('launched file:', e); }
      }
      if (list.length) files.readAll('drop', list);
    });
  }

  window.rectifyFiles = files;
})();
