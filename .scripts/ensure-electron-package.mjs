// postinstall: make sure the `electron` npm package (its API types and launcher)
// is present even where its binary cannot be downloaded.
//
// electron is an optionalDependency: where its postinstall can download the
// binary, npm installs it as usual and this script does nothing. Where the
// download host is unreachable, npm drops the optional package entirely, which
// would leave main/shell without Electron's type definitions. We then unpack the
// same published package from the npm registry *without* its binary. Its real
// index.js still reports "Electron failed to install correctly" when asked for
// the binary, which is how `npm start` and the Electron e2e spec detect it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = process.cwd();
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const wanted = pkg.optionalDependencies?.electron;
const target = join(root, 'node_modules', 'electron');

if (!wanted) process.exit(0);
if (existsSync(join(target, 'package.json'))) {
  const hasBinary = existsSync(join(target, 'path.txt'));
  if (!hasBinary) {
    console.log(
      'dossier: electron package present without its binary; `npm start` will serve the UI in a browser.',
    );
  }
  process.exit(0);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const work = mkdtempSync(join(tmpdir(), 'dossier-electron-'));
try {
  execFileSync(npm, ['pack', `electron@${wanted}`, '--silent', '--pack-destination', work], {
    stdio: ['ignore', 'ignore', 'inherit'],
    shell: process.platform === 'win32',
  });
  const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error('npm pack produced no tarball');
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', join(work, tarball), '-C', target, '--strip-components=1'], {
    stdio: 'inherit',
  });
  console.log(
    `dossier: the Electron ${wanted} binary could not be downloaded here; installed its npm package without the binary ` +
      '(types only). `npm start` will serve Dossier in your browser instead.',
  );
} catch (error) {
  console.warn(`dossier: could not unpack electron@${wanted} for its types: ${error.message}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
