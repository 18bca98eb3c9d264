// Throughput of the whole analysis through the shipped WASM build, in Node:
// the same fixture corpus as `cargo bench --bench analyze`, reported in MB/s
// of HTML, plus the WASM memory size after the largest page (the counterpart
// of `cargo bench --bench memory`). Run `.ci/build` first, then
// `node benches/wasm.mjs`. Targets: >= 60 MB/s, memory <= 8x the page beyond
// the module's base.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const glue = join(root, 'dist/www/wasm/dealscout.js');
const { default: init, DealScout, decodeHtml, maxHtmlBytes } = await import(glue);
const wasm = await init({ module_or_path: readFileSync(join(root, 'dist/www/wasm/dealscout_bg.wasm')) });
const engine = new DealScout(undefined);

const corpus = [];
for (const set of ['pages', 'heldout']) {
  const dir = join(root, 'tests/fixtures', set);
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.html')).sort()) {
    corpus.push({
      url: `https://corpus.test/${f}`,
      html: decodeHtml(readFileSync(join(dir, f))),
      captured_at: '2026-11-26T00:00:00Z',
    });
  }
}
const bytes = corpus.reduce((n, c) => n + Buffer.byteLength(c.html), 0);
if (bytes === 0) {
  // Nothing to time, and the large page below could never be filled.
  console.error('wasm bench: the fixture corpus (tests/fixtures/pages, heldout) has no HTML');
  process.exit(2);
}
for (const c of corpus) engine.analyze(c, '2026-11-26'); // warm the rule tables

let runs = 0;
const start = process.hrtime.bigint();
let elapsed = 0;
while (elapsed < 3 || runs < 5) {
  for (const c of corpus) engine.analyze(c, '2026-11-26');
  runs += 1;
  elapsed = Number(process.hrtime.bigint() - start) / 1e9;
}
const mbps = (bytes * runs) / 1e6 / elapsed;
console.log(`wasm: ${corpus.length} pages, ${(bytes / 1024).toFixed(0)} KB, ${runs} runs in ${elapsed.toFixed(2)} s: ${mbps.toFixed(1)} MB/s (target >= 60)`);

// Memory: the WASM linear memory only grows, so its size after the largest
// page (fixture pages repeated to the capture cap) is the peak.
const base = wasm.memory.buffer.byteLength;
// Pages are added one at a time while the whole stays under the cap: a page
// past it is cut, and its unread bytes would flatter the ratio.
let big = '';
let bigBytes = 0;
fill: for (;;) {
  for (const c of corpus) {
    const n = Buffer.byteLength(c.html);
    if (bigBytes + n > maxHtmlBytes() - 64 * 1024) break fill;
    big += c.html;
    bigBytes += n;
  }
}
const page = { url: 'https://corpus.test/large', html: big, captured_at: '2026-11-26T00:00:00Z' };
engine.analyze(page, '2026-11-26');
const peak = wasm.memory.buffer.byteLength;
const pageBytes = Buffer.byteLength(big);
console.log(
  `wasm memory: page ${(pageBytes / 1024).toFixed(0)} KB, linear memory ${(base / 1024).toFixed(0)} KB -> ${(peak / 1024).toFixed(0)} KB: ` +
    `${((peak - base) / pageBytes).toFixed(2)}x the page beyond the base (target <= 8x)`,
);
