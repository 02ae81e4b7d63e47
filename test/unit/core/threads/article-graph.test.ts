import { describe, expect, it } from 'vitest';
import { articleGraph } from '../../../../main/core/threads/article-graph.ts';
import { value } from '../entities/entity-test-db.ts';
import { threadTestDb } from './thread-test-db.ts';

describe('neighbourhood graph', () => {
  it('reaches linked articles and shared entities two steps out, typed, with their edges', async () => {
    const { ids, api, link, mention } = await threadTestDb();
    const [a, b, c, d, e] = ids;
    link(a, b, 'contradicts');
    const lavrov = mention('Sergey Lavrov', [b, c]);
    link(d, c, 'follow-up');
    mention('Far away', [e]);

    const graph = value(await api.getArticleGraph({ id: a }));

    expect(graph.centreKey).toBe(`a${a}`);
    expect(graph.nodes.map((n) => [n.key, n.kind, n.depth])).toEqual([
      [`a${a}`, 'article', 0],
      [`a${b}`, 'article', 1],
      [`e${lavrov}`, 'entity', 2],
    ]);
    expect(graph.edges).toContainEqual({
      source: `a${a}`,
      target: `a${b}`,
      kind: 'link',
      type: 'contradicts',
    });
    expect(graph.edges).toContainEqual({
      source: `a${b}`,
      target: `e${lavrov}`,
      kind: 'mention',
      type: 'mention',
    });
    const deeper = value(await api.getArticleGraph({ id: a, depth: 3 }));
    expect(deeper.nodes.map((n) => n.key)).toContain(`a${c}`);
    expect(deeper.nodes.map((n) => n.key)).not.toContain(`a${e}`);
  });

  it('trims to maxNodes by relevance, keeping linked articles before a common entity, and flags it', async () => {
    const { db, ids, link, mention } = await threadTestDb();
    const [a, b] = ids;
    link(b, a, 'follow-up');
    // An entity every article mentions says little; the link says more.
    mention('Everyone', ids);

    const graph = articleGraph(db, a, { depth: 2, maxNodes: 3 });
    const whole = articleGraph(db, a, { depth: 2, maxNodes: 200 });

    expect(graph?.nodes.map((n) => n.key)).toEqual([`a${a}`, `a${b}`, expect.stringMatching(/^e/u)]);
    expect(graph?.truncated).toBe(true);
    expect(whole?.nodes).toHaveLength(ids.length + 1);
    expect(whole?.truncated).toBe(false);
    for (const edge of graph?.edges ?? [])
      expect(graph?.nodes.map((n) => n.key)).toEqual(expect.arrayContaining([edge.source, edge.target]));
  });

  it('never keeps a node whose way back to the centre was trimmed', async () => {
    const { db, ids, link, mention } = await threadTestDb();
    const [a, b, c, d, e, f] = ids;
    link(a, b, 'related');
    link(a, c, 'related');
    mention('Rare', [c, d]);
    for (const x of [d, e, f]) link(b, x, 'related');

    const graph = articleGraph(db, a, { depth: 2, maxNodes: 4 });
    const keys = new Set(graph?.nodes.map((n) => n.key));

    for (const node of graph?.nodes ?? []) {
      if (node.depth !== 2) continue;
      const touching =
        graph?.edges.filter((edge) => edge.source === node.key || edge.target === node.key) ?? [];
      expect(touching.length).toBeGreaterThan(0);
      expect(touching.some((edge) => keys.has(edge.source) && keys.has(edge.target))).toBe(true);
    }
    expect(graph?.nodes).toHaveLength(4);
  });
});
