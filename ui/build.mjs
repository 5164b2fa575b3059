// Bundles the console into server/src/main/resources/ui/ (index.html + content-hashed assets),
// which is committed and packed into the jar. `--check` builds in memory and fails when the
// committed files differ, so CI catches sources changed without a rebuild.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..', 'server', 'src', 'main', 'resources', 'ui');
const check = process.argv.includes('--check');

const result = await build({
  absWorkingDir: here,
  entryPoints: { app: 'src/main.js' },
  bundle: true,
  minify: true,
  format: 'esm',
  target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
  outdir: outDir,
  entryNames: 'assets/[name]-[hash]',
  assetNames: 'assets/[name]-[hash]',
  legalComments: 'eof',
  charset: 'utf8',
  write: false,
  metafile: true,
  logLevel: 'warning',
});

// Relative to the output directory, with '/' separators: the names index.html refers to.
const files = new Map(result.outputFiles.map((f) => [relative(outDir, f.path).split('\\').join('/'), f.contents]));
const js = [...files.keys()].find((n) => n.endsWith('.js'));
const css = [...files.keys()].find((n) => n.endsWith('.css'));

// No inline script or style: the Content-Security-Policy allows only files from 'self'.
const index = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>Switchboard console</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${css}">
<script type="module" src="${js}"></script>
</head>
<body>
<div id="app"></div>
<noscript><p>The Switchboard console needs JavaScript.</p></noscript>
</body>
</html>
`;
files.set('index.html', new TextEncoder().encode(index));

function listCommitted(dir, prefix = '') {
  let names = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return names;
  }
  for (const e of entries) {
    const name = prefix + e.name;
    if (e.isDirectory()) names = names.concat(listCommitted(join(dir, e.name), name + '/'));
    else names.push(name);
  }
  return names;
}

if (check) {
  const problems = [];
  const committed = listCommitted(outDir);
  for (const name of committed) if (!files.has(name)) problems.push(`stale file: ${name}`);
  for (const [name, bytes] of files) {
    let old;
    try {
      old = readFileSync(join(outDir, name));
    } catch {
      problems.push(`missing file: ${name}`);
      continue;
    }
    if (Buffer.compare(old, Buffer.from(bytes)) !== 0) problems.push(`differs: ${name}`);
  }
  if (problems.length) {
    console.error('The committed UI build does not match the sources; run `npm run build` in ui/ and commit:');
    for (const p of problems) console.error('  ' + p);
    process.exit(1);
  }
  console.log(`UI build up to date (${files.size} files).`);
} else {
  rmSync(outDir, { recursive: true, force: true });
  for (const [name, bytes] of files) {
    mkdirSync(dirname(join(outDir, name)), { recursive: true });
    writeFileSync(join(outDir, name), bytes);
  }
  for (const [name, bytes] of files) console.log(`${String(bytes.length).padStart(8)}  ${name}`);
}
