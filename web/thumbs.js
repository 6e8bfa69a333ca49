// thumbs.js: decoding stored evidence images for the app (issue 19), the page side of
// src/platform/images.h (window.rectifyThumbs). The app asks for (sha256, max px); the file comes
// out of the store (web/evidence.js), the browser decodes it (createImageBitmap: its own decoders,
// EXIF orientation applied as it applies it to <img>), scales it to fit max px (never up) and the
// RGBA pixels wait in `ready` for the app's next frame. A file the store lacks or the browser
// cannot decode (HEIC where it has no decoder, a broken file) is queued as failed. A few decodes
// at a time: a phone has little memory, and a page of thumbnails should not stall the frames.
//
// Index: queue · decode
'use strict';

(function () {
  const MAX_ACTIVE = 3;

  const th = {
    queue: [],  // requests waiting: {sha, px}
    active: 0,  // decodes under way
    ready: [],  // results for the app: {sha, px, width, height, pixels (Uint8ClampedArray), failed, missing}
    decoded: 0, // decodes that succeeded so far (for tests and benchmarks)
  };

  // ---- queue ---------------------------------------------------------------------------------------
  const key = (sha, px) => sha + ':' + px;
  const asked = new Set(); // requests queued or decoding, so a repeat is not decoded twice

  th.request = function (sha, px) {
    const k = key(sha, px);
    if (asked.has(k)) return;
    asked.add(k);
    th.queue.push({ sha, px });
    pump();
  };

  th.pending = () => asked.size + th.ready.length;

  function pump() {
    while (th.active < MAX_ACTIVE && th.queue.length) {
      const r = th.queue.shift();
      th.active++;
      decode(r.sha, r.px)
        .then((out) => { if (!out.failed) th.decoded++; return out; },
              (e) => ({ failed: true, missing: false, detail: String((e && e.message) || e) }))
        .then((out) => {
          th.ready.push(Object.assign({ sha: r.sha, px: r.px, width: 0, height: 0, pixels: null }, out));
          asked.delete(key(r.sha, r.px));
          th.active--;
          pump();
        });
    }
  }

  // ---- decode --------------------------------------------------------------------------------------
  function canvas(w, h) {
    if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(w, h);
    const c = document.createElement('canvas');
    c.width = w;
    c.height = h;
    return c;
  }

  async function decode(sha, px) {
    const ev = window.rectifyEvidence;
    const blob = ev && ev.has(sha) ? await ev.get(sha) : null;
    if (!blob) return { failed: true, missing: true };
    let full;
    try {
      full = await createImageBitmap(blob); // imageOrientation 'from-image' by default: EXIF applied
    } catch (e) {
      return { failed: true, missing: false, detail: String((e && e.message) || e) };
    }
    const scale = Math.min(1, px / Math.max(full.width, full.height, 1));
    const w = Math.max(1, Math.round(full.width * scale)), h = Math.max(1, Math.round(full.height * scale));
    let bitmap = full;
    if (w !== full.width || h !== full.height) {
      // Resizing from a bitmap does not decode again; 'high' is the browser's best filter.
      try { bitmap = await createImageBitmap(full, { resizeWidth: w, resizeHeight: h, resizeQuality: 'high' }); }
      catch (e) { bitmap = full; }
    }
    const c = canvas(w, h);
    const g = c.getContext('2d');
    g.imageSmoothingQuality = 'high';
    g.drawImage(bitmap, 0, 0, w, h);
    const pixels = g.getImageData(0, 0, w, h).data;
    if (bitmap !== full) bitmap.close();
    full.close();
    return { width: w, height: h, pixels, failed: false, missing: false };
  }

  window.rectifyThumbs = th;
})();
