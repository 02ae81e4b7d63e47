import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../support/temp-dir.ts';
import { spawnDossier as dossier } from './support/run-dossier.ts';

const tempDir = useTempDir();

function article(title: string, body: string): string {
  const paragraphs = Array.from(
    { length: 6 },
    (_, i) => `<p>${body} Paragraph ${i + 1} adds detail about ${title}.</p>`,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body><article><h1>${title}</h1>${paragraphs.join('\n')}</article></body></html>`;
}

function writePages(dir: string): { good: string; folder: string; png: string } {
  const good = join(dir, 'harbour.html');
  writeFileSync(
    good,
    article(
      'Harbour cranes return',
      'The quayside cranes at Tilbury were repaired over the winter by welders from three firms.',
    ),
  );
  const folder = join(dir, 'saved');
  mkdirSync(join(folder, 'nested'), { recursive: true });
  writeFileSync(
    join(folder, 'glacier.htm'),
    article(
      'Glacier survey',
      'Surveyors measured the retreating glacier tongue with drones and stakes every month.',
    ),
  );
  writeFileSync(
    join(folder, 'nested', 'vineyard.html'),
    article('Vineyard frost', 'Growers lit candles between the vines when the late frost arrived in April.'),
  );
  const png = join(folder, 'photo.html');
  writeFileSync(
    png,
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
  );
  return { good, folder, png };
}

// Each test starts the real `dossier` process one to three times (1–2 s each on a busy 2-core
// machine): the time allowed is for the processes, not part of what is tested.
describe('the dossier command', { timeout: 30_000 }, () => {
  it('prints help and refuses an unknown command with a usage exit code', () => {
    expect(dossier(['--help']).stdout).toContain('dossier import');
    const unknown = dossier(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command');
  });

  it('imports files and folders and reports one JSON line per file, the bad one failed with a code', () => {
    const dir = tempDir();
    const { good, folder, png } = writePages(dir);
    const run = dossier(['import', good, folder, '--json', '--library', join(dir, 'lib')]);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(4);
    expect(lines.filter((line) => line['status'] === 'imported')).toHaveLength(3);
    expect(lines.find((line) => line['file'] === png)).toMatchObject({
      status: 'failed',
      error: { code: 'not-html' },
    });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('4/4');
  });

  it('reports re-imported bytes as a duplicate of the first article', () => {
    const dir = tempDir();
    const { good } = writePages(dir);
    const library = join(dir, 'lib');
    const first = JSON.parse(dossier(['import', good, '--json', '--library', library]).stdout) as {
      id: number;
    };
    const again = JSON.parse(
      dossier(['import', good, '--json'], { DOSSIER_LIBRARY: library }).stdout,
    ) as unknown;
    expect(again).toMatchObject({ status: 'duplicate', duplicateOf: first.id });
  });

  it('finds an imported article by a word of its body, and shows it as text and JSON', () => {
    const dir = tempDir();
    const { good, folder } = writePages(dir);
    const library = join(dir, 'lib');
    dossier(['import', good, folder, '--library', library]);
    const search = dossier(['search', 'welders', '--json', '--library', library]);
    const hits = search.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: number; title: string });
    expect(hits.map((hit) => hit.title)).toEqual(['Harbour cranes return']);
    const [hit] = hits;
    if (hit === undefined) throw new Error('no hit');
    expect(dossier(['show', String(hit.id), '--text', '--library', library]).stdout).toContain(
      'quayside cranes',
    );
    const shown = JSON.parse(dossier(['show', String(hit.id), '--json', '--library', library]).stdout) as {
      provenance: { sha256: string };
    };
    expect(shown.provenance.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('cleans without storing: one stable JSON object per file', () => {
    const dir = tempDir();
    const { good, png } = writePages(dir);
    const run = dossier(['clean', good, png, '--json']);
    const [cleaned, failed] = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(Object.keys(cleaned ?? {})).toEqual([
      'file',
      'ok',
      'title',
      'byline',
      'siteName',
      'publishedTime',
      'url',
      'lang',
      'excerpt',
      'text',
      'html',
    ]);
    expect(cleaned).toMatchObject({ file: good, ok: true, title: 'Harbour cranes return', lang: 'en' });
    expect(String(cleaned?.['text']).split('\n').length).toBeGreaterThanOrEqual(6);
    expect(failed).toMatchObject({ file: png, ok: false });
    expect(String(failed?.['error'])).toMatch(/^not-html/);
    expect(run.code).toBe(3);
  });
});
