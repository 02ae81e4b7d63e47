import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toArticleId } from '../../../main/shared/ids.ts';
import { tempDir } from '../core/import/library-test-kit.ts';
import { dossier, talksLibrary } from './support/run-dossier.ts';

/** A closed library of two articles, the second a follow-up to the first with a note. */
async function linkedLibrary(): Promise<string> {
  const { library, path } = await talksLibrary();
  const added = await library.addArticleLink({
    sourceId: toArticleId(2),
    targetId: toArticleId(1),
    type: 'follow-up',
    note: 'Day two, "no deal"',
  });
  if (!added.ok) throw new Error(added.error.message);
  await library.close();
  return path;
}

describe('dossier links and export-links', () => {
  it('prints both sides of a link, in words and as JSON with --json', async () => {
    const lib = await linkedLibrary();

    const target = await dossier(['links', '1', '--library', lib]);
    const source = await dossier(['links', '2', '--json', '--library', lib]);

    expect(target.code).toBe(0);
    expect(target.stdout).toBe('  Followed up by: [2] Talks stall\n      “Day two, "no deal"”\n');
    expect(source.code).toBe(0);
    const json = JSON.parse(source.stdout) as {
      outgoing: { link: { type: string }; article: { id: number } }[];
    };
    expect(json.outgoing.map((e) => [e.link.type, e.article.id])).toEqual([['follow-up', 1]]);
  });

  it('exports every link as CSV to stdout, and as JSON into the --out file', async () => {
    const lib = await linkedLibrary();
    const out = join(await tempDir(), 'links.json');

    const csv = await dossier(['export-links', '--library', lib]);
    const json = await dossier(['export-links', '--format', 'json', '--out', out, '--library', lib]);

    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\r\n').slice(0, 2)).toEqual([
      'link_id,source_id,source_title,target_id,target_title,type,note,made_by,created_at,updated_at',
      expect.stringMatching(/^1,2,Talks stall,1,Talks open,follow-up,"Day two, ""no deal""",person,/u),
    ]);
    expect(json.code).toBe(0);
    expect(json.stdout).toBe('');
    const records = JSON.parse(await readFile(out, 'utf8')) as { note: string }[];
    expect(records.map((r) => r.note)).toEqual(['Day two, "no deal"']);
  });

  it('refuses a missing id, an unknown format and an article that is not there', async () => {
    const lib = join(await tempDir(), 'lib');

    const none = await dossier(['links', '--library', lib]);
    const format = await dossier(['export-links', '--format', 'xlsx', '--library', lib]);
    const missing = await dossier(['links', '7', '--library', lib]);

    expect([none.code, format.code, missing.code]).toEqual([2, 2, 1]);
    expect(none.stderr).toContain('give one article id');
    expect(format.stderr).toContain('--format must be csv or json');
    expect(missing.stderr).toContain('No article 7');
  });
});
