import { describe, expect, it } from 'vitest';
import { toArticleId } from '../../../main/shared/ids.ts';
import { dossier, talksLibrary } from './support/run-dossier.ts';

/** A closed library of two articles, the second a follow-up to the first, in a thread named "Geneva talks". */
async function threadLibrary(): Promise<string> {
  const { library, path } = await talksLibrary();
  const [first, second] = [toArticleId(1), toArticleId(2)];
  const added = await library.addArticleLink({ sourceId: second, targetId: first, type: 'follow-up' });
  const named = await library.nameThread({ id: first, name: 'Geneva talks' });
  if (!added.ok || !named.ok) throw new Error('set-up failed');
  await library.close();
  return path;
}

describe('dossier thread', () => {
  it('prints the thread as a Markdown reading list with --markdown, and as JSON with --json', async () => {
    const lib = await threadLibrary();

    const markdown = await dossier(['thread', '2', '--markdown', '--library', lib]);
    const json = await dossier(['thread', '1', '--json', '--library', lib]);

    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toMatch(
      /^# Geneva talks\n\n1\. Talks open — .+\n2\. Talks stall — .+\n {3}Follow-up to 1\.\n$/u,
    );
    expect(json.code).toBe(0);
    const thread = JSON.parse(json.stdout) as { name: { name: string }; articles: { title: string }[] };
    expect(thread.name.name).toBe('Geneva talks');
    expect(thread.articles.map((a) => a.title)).toEqual(['Talks open', 'Talks stall']);
  });

  it('refuses a missing id or both output flags, and fails for an unknown article', async () => {
    const lib = await threadLibrary();

    const none = await dossier(['thread', '--library', lib]);
    const both = await dossier(['thread', '1', '--json', '--markdown', '--library', lib]);
    const unknown = await dossier(['thread', '99', '--library', lib]);

    expect([none.code, both.code]).toEqual([2, 2]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No article 99');
  });
});
