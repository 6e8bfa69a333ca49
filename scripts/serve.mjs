#!/usr/bin/env node
// A small static web server for build/web/site (or any folder): correct MIME types (application/wasm
// for streaming compilation), gzip when the browser accepts it, and no directory listings.
// Usage: node scripts/serve.mjs [--root DIR] [--port N] [--host H]
// Prints "Serving DIR at URL" once listening. Port 0 picks a free port.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm', '.otf': 'font/otf', '.ttf': 'font/ttf', '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.otf', '.ttf', '.svg', '.txt', '.webmanifest']);

export function createServer(root) {
  root = path.resolve(root);
  const gzCache = new Map(); // path -> {mtimeMs, buf}
  return http.createServer((req, res) => {
    let rel;
    try { rel = decodeURIComponent(new URL(req.url, 'http://x').pathname); } catch { rel = null; }
    if (rel === null || rel.includes('\0')) { res.writeHead(400); res.end('bad request'); return; }
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.join(root, rel);
    if (!file.startsWith(root + path.sep)) { res.writeHead(403); res.end('forbidden'); return; }
    fs.stat(file, (err, st) => {
      if (err || !st.isFile()) { res.writeHead(404, { 'Content-Type': 'text/plain' }); res.end('not found'); return; }
      const ext = path.extname(file).toLowerCase();
      const headers = {
        'Content-Type': MIME[ext] || 'application/octet-stream',
        'Cache-Control': 'no-cache', // always revalidate: a rebuilt app is picked up at once
        'Last-Modified': st.mtime.toUTCString(),
      };
      if (req.headers['if-modified-since'] && new Date(req.headers['if-modified-since']) >= new Date(st.mtime.toUTCString())) {
        res.writeHead(304, headers); res.end(); return;
      }
      const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] || '');
      if (!gzip) {
        headers['Content-Length'] = st.size;
        res.writeHead(200, headers);
        if (req.method === 'HEAD') { res.end(); return; }
        fs.createReadStream(file).pipe(res);
        return;
      }
      const cached = gzCache.get(file);
      const send = (buf) => {
        headers['Content-Encoding'] = 'gzip';
        headers['Content-Length'] = buf.length;
        headers['X-Uncompressed-Length'] = st.size; // lets the loading page show true progress
        headers['Vary'] = 'Accept-Encoding';
        res.writeHead(200, headers);
        res.end(req.method === 'HEAD' ? undefined : buf);
      };
      if (cached && cached.mtimeMs === st.mtimeMs) { send(cached.buf); return; }
      fs.readFile(file, (rerr, data) => {
        if (rerr) { res.writeHead(500); res.end('read error'); return; }
        zlib.gzip(data, { level: 6 }, (zerr, buf) => {
          if (zerr) { res.writeHead(500); res.end('gzip error'); return; }
          gzCache.set(file, { mtimeMs: st.mtimeMs, buf });
          send(buf);
        });
      });
    });
  });
}

function arg(name, def) {
  const i = process.argv.indexOf(name);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : def;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = arg('--root', 'build/web/site');
  const host = arg('--host', '127.0.0.1');
  const port = Number(arg('--port', '8080'));
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    console.error(`serve: ${root}/index.html not found; build the web preset first`);
    process.exit(1);
  }
  const server = createServer(root);
  server.on('error', (e) => { console.error(`serve: ${e.message}`); process.exit(1); });
  server.listen(port, host, () => {
    const a = server.address();
    console.log(`Serving ${path.resolve(root)} at http://${host}:${a.port}/`);
  });
}
