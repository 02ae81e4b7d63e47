import { describe, expect, it } from 'vitest';
import { libraryWith, nth } from '../core/trash/trash-test-kit.ts';
import { dossier } from './support/run-dossier.ts';

describe('dossier delete, trash, restore-article and empty-trash', () => {
  it('moves an article to the Trash, lists it, restores it, and empties the Trash only with --yes', async () => {
    const { library, dir, ids } = await libraryWith([
      { title: 'Harbour bridge reopens', body: 'The harbour bridge reopened.' },
    ]);
    await library.close();
    const id = String(nth(ids, 0));
    const lib = ['--library', dir];

    expect(await dossier(['delete', id, ...lib])).toMatchObject({
      code: 0,
      stdout: 'Moved 1 of 1 to the Trash.\n',
    });
    const listed = await dossier(['trash', '--json', ...lib]);
    expect(JSON.parse(listed.stdout)).toMatchObject({ id: nth(ids, 0), title: 'Harbour bridge reopens' });
    expect(await dossier(['restore-article', id, ...lib])).toMatchObject({
      code: 0,
      stdout: 'Restored 1 of 1.\n',
    });
    expect((await dossier(['trash', ...lib])).stdout).toBe('');

    await dossier(['delete', id, ...lib]);
    const refused = await dossier(['empty-trash', ...lib]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--yes');
    expect((await dossier(['trash', '--json', ...lib])).stdout).not.toBe('');
    const emptied = await dossier(['empty-trash', '--yes', '--json', ...lib]);
    expect(emptied.code).toBe(0);
    expect(JSON.parse(emptied.stdout)).toMatchObject({ deleted: 1 });
    expect((await dossier(['trash', '--json', ...lib])).stdout).toBe('');
  });

  it('refuses a delete without a valid id', async () => {
    const answer = await dossier(['delete', 'twelve']);
    expect(answer.code).toBe(2);
    expect(answer.stderr).toContain('article ids');
  });
});
