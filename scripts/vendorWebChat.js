/**
 * Build step: Web Chat's bundle from the botframework-webchat package (a dev dependency) into
 * public/vendor/ under a name carrying its content hash, with brotli and gzip copies made once
 * here rather than at every start. public/vendor/manifest.json tells the portal the name.
 */
'use strict';
const { createHash } = require('node:crypto');
const { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } = require('node:fs');
const path = require('node:path');
const { brotliCompressSync, gzipSync, constants } = require('node:zlib');

const root = path.join(__dirname, '..');
const out = path.join(root, 'public', 'vendor');
const manifestFile = path.join(out, 'manifest.json');

let source;
try {
  source = path.join(path.dirname(require.resolve('botframework-webchat', { paths: [root] })), '..', 'dist', 'webchat.js');
} catch {
  // A pruned production install has no dev dependencies; what an earlier build made is what it serves.
  if (existsSync(manifestFile)) process.exit(0);
  console.error(
    'botframework-webchat is not installed and public/vendor/ is empty: run `npm ci` (with dev dependencies), then `npm run build`.',
  );
  process.exit(1);
}

const body = readFileSync(source);
const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
const name = `webchat.${hash}.js`;
const manifest = { 'webchat.js': name };

const built = existsSync(manifestFile) && readFileSync(manifestFile, 'utf8') === JSON.stringify(manifest) + '\n';
if (!built || !['', '.br', '.gz'].every((ext) => existsSync(path.join(out, name + ext)))) {
  // Stale bundles go: the folder holds what the page references and nothing else.
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, name), body);
  writeFileSync(
    path.join(out, `${name}.br`),
    brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  );
  writeFileSync(path.join(out, `${name}.gz`), gzipSync(body, { level: 9 }));
  writeFileSync(manifestFile, JSON.stringify(manifest) + '\n');
}
console.log(`public/vendor: ${readdirSync(out).join(', ')}`);
