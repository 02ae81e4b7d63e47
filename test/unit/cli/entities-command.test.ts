import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../support/temp-dir.ts';
import { spawnDossier as dossier } from './support/run-dossier.ts';

const tempDir = useTempDir();

function writePage(dir: string): string {
  const paragraphs = [
    'President Elena Marković arrived in Geneva on Tuesday for talks with the United Nations.',
    'Marković said the Bank of England had nothing to do with the border question.',
    'Officials in Vienna and Belgrade expect a second round of talks before the winter.',
    'The delegations will meet again next month, according to a spokesman in Geneva.',
    'Observers said the talks were slow but that both sides wanted an agreement soon.',
  ];
  const path = join(dir, 'talks.html');
  writeFileSync(
    path,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Talks in Geneva</title></head>
<body><article><h1>Talks in Geneva</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`,
  );
  return path;
}

interface Printed {
  name: string;
  type: string;
  mentions: { start: number; end: number; text: string }[];
}

// Each test starts the real `dossier` process one to three times (1–2 s each on a busy 2-core
// machine): the time allowed is for the processes, not part of what is tested.
describe('dossier entities', { timeout: 30_000 }, () => {
  it('cleans a file and prints its suggestions as [{name, type, mentions}] JSON', () => {
    const page = writePage(tempDir());

    const run = dossier(['entities', page, '--json']);

    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as Printed[];
    expect(printed.map((e) => Object.keys(e))).toEqual(printed.map(() => ['name', 'type', 'mentions']));
    expect(printed).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Elena Marković', type: 'person' }),
        expect.objectContaining({ name: 'Bank of England', type: 'organisation' }),
        expect.objectContaining({ name: 'Geneva', type: 'place' }),
      ]),
    );
    const markovic = printed.find((e) => e.name === 'Elena Marković');
    expect(markovic?.mentions.map((m) => m.text)).toEqual(['Elena Marković', 'Marković']);
  });

  it('reads a stored article by id, with offsets into its cleaned text', () => {
    const dir = tempDir();
    const library = join(dir, 'lib');
    expect(dossier(['import', writePage(dir), '--library', library]).code).toBe(0);

    const run = dossier(['entities', '1', '--json', '--library', library]);
    const text = dossier(['show', '1', '--text', '--library', library]).stdout;

    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as Printed[];
    expect(printed.length).toBeGreaterThan(3);
    for (const entity of printed)
      for (const mention of entity.mentions)
        expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  });

  it('prints one readable line per entity without --json', () => {
    const run = dossier(['entities', writePage(tempDir())]);

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^person\s+Elena Marković\s+\(2 mentions\)$/mu);
  });

  it('refuses a missing argument or one that is neither a file nor an id', () => {
    expect(dossier(['entities']).code).toBe(2);
    const run = dossier(['entities', 'no-such-file.html']);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('neither a file nor an article id');
  });
});
