import { describe, expect, it } from 'vitest';
import { useTempDir } from '../support/temp-dir.ts';
import { dossier } from './support/run-dossier.ts';

const tempDir = useTempDir();

describe('dossier export-entities', () => {
  it('prints the registry as CSV with its header by default', async () => {
    const run = await dossier(['export-entities', 'entities', '--library', tempDir()]);

    expect(run.code).toBe(0);
    expect(run.stdout.split('\r\n')[0]).toBe('id,name,type,aliases,note,colour,mentions,articles');
  });

  it('prints co-occurrences as a JSON array with --format json', async () => {
    const run = await dossier([
      'export-entities',
      'cooccurrences',
      '--format',
      'json',
      '--library',
      tempDir(),
    ]);

    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([]);
  });

  it('refuses an unknown table with a usage error naming the three it knows', async () => {
    const run = await dossier(['export-entities', 'people', '--library', tempDir()]);

    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('entities, mentions, cooccurrences');
  });

  it('refuses a format other than csv or json', async () => {
    const run = await dossier(['export-entities', 'mentions', '--format', 'xlsx', '--library', tempDir()]);

    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('--format must be csv or json');
  });
});
