// Finishes the service worker, last in scripts/build: dist/sw.js gets the list of every
// built file and a version hash of their contents, so a new deployment is a new worker.
//   node scripts/precache.mjs dist
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] || 'dist';
const sha = (data) => createHash('sha256').update(data).digest('hex');
const files = readdirSync(dist).filter((f) => f !== 'sw.js' && !f.startsWith('.')).sort();
const version = sha(files.map((f) => f + sha(readFileSync(join(dist, f)))).join('\n')).slice(0, 16);
const swPath = join(dist, 'sw.js');
const sw = readFileSync(swPath, 'utf8')
  .replace("'__VERSION__'", JSON.stringify(version))
  .replace('__PRECACHE__', JSON.stringify(['./', ...files]));
if (sw.includes('__PRECACHE__') || sw.includes('__VERSION__')) throw new Error('sw.js placeholders left');
writeFileSync(swPath, sw);
console.log(`precache: sw.js ${version} precaches ${files.length + 1} URLs`);
