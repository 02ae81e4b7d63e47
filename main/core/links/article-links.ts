import type { DatabaseSync } from 'node:sqlite';
import type { ArchiveApi, ArchiveEvent } from '../../shared/api.ts';
import type { ArticleId } from '../../shared/ids.ts';
import {
  builtInLinkTypes,
  linkTypeInfo,
  type ArticleLink,
  type LinkedArticle,
} from '../../shared/link-types.ts';
import { linkTypeSchema } from '../../shared/link-schemas.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import { summariesByIds } from '../store/article-repository.ts';
import { inTransaction } from '../store/database.ts';
import {
  articleExists,
  deleteLink,
  findLink,
  getLink,
  insertLink,
  linksOfArticle,
  linkTypesInUse,
  updateLink,
} from '../store/link-repository.ts';
import { exportLinks } from './link-export.ts';

/** The API methods about links between articles. */
export type LinkApi = Pick<
  ArchiveApi,
  | 'getArticleLinks'
  | 'addArticleLink'
  | 'updateArticleLink'
  | 'removeArticleLink'
  | 'restoreArticleLink'
  | 'exportLinks'
>;

/** What the link methods need from the open library. */
export interface LinkContext {
  readonly db: DatabaseSync;
  readonly now: () => Date;
  readonly emit: (event: ArchiveEvent) => void;
}

// These read the same both ways, so B → A duplicates A → B.
const symmetricTypes: readonly string[] = ['related', 'same-story'];

// The transports validate with the schema already; the core checks again for direct callers (CLI, tests).
function cleanType(type: string): string | null {
  const parsed = linkTypeSchema.safeParse(type);
  return parsed.success ? parsed.data : null;
}

function cleanNote(note: string | null | undefined): string | null {
  return note === undefined || note === null || note.trim() === '' ? null : note.trim();
}

/** Why a link cannot be stored between these articles with this type, or null when it can. */
function linkProblem(
  db: DatabaseSync,
  link: { readonly sourceId: number; readonly targetId: number; readonly type: string },
  exceptId?: number,
): Result<never> | null {
  if (link.sourceId === link.targetId) return fail('link-to-itself', 'An article cannot be linked to itself');
  for (const id of [link.sourceId, link.targetId])
    if (!articleExists(db, id)) return fail('not-found', `No article ${id}`);
  const same = findLink(db, link.sourceId, link.targetId, link.type);
  const reverse = symmetricTypes.includes(link.type)
    ? findLink(db, link.targetId, link.sourceId, link.type)
    : null;
  const existing = [same, reverse].find((found) => found !== null && found.id !== exceptId);
  return existing === undefined || existing === null
    ? null
    : fail(
        'link-exists',
        `Articles ${link.sourceId} and ${link.targetId} already have a “${link.type}” link (${existing.id})`,
      );
}

function invalidType(type: string): Result<never> {
  return fail('invalid-request', `Not a link type: “${type}” (one line, 1–40 characters)`);
}

/** The link methods for one library; every change emits links-changed with both articles. */
export function createLinkApi({ db, now, emit }: LinkContext): LinkApi {
  const changed = (link: ArticleLink): void => {
    emit({ type: 'links-changed', articleIds: [link.sourceId, link.targetId] });
  };
  const withArticles = (
    links: readonly ArticleLink[],
    other: (link: ArticleLink) => ArticleId,
  ): LinkedArticle[] => {
    const summaries = summariesByIds(db, links.map(other));
    return links.flatMap((link) => {
      const article = summaries.get(other(link));
      return article === undefined ? [] : [{ link, article }];
    });
  };
  return {
    getArticleLinks: ({ id }) => {
      if (!articleExists(db, id)) return Promise.resolve(fail('not-found', `No article ${id}`));
      const { outgoing, incoming } = linksOfArticle(db, id);
      const builtIn: readonly string[] = builtInLinkTypes.map((t) => t.type);
      const custom = linkTypesInUse(db).filter((type) => !builtIn.includes(type));
      return Promise.resolve(
        ok({
          articleId: id,
          outgoing: withArticles(outgoing, (link) => link.targetId),
          incoming: withArticles(incoming, (link) => link.sourceId),
          types: [...builtIn, ...custom].map(linkTypeInfo),
        }),
      );
    },
    addArticleLink: ({ sourceId, targetId, type, note, madeBy }) => {
      const cleaned = cleanType(type);
      if (cleaned === null) return Promise.resolve(invalidType(type));
      const result = inTransaction(db, (): Result<ArticleLink> => {
        const problem = linkProblem(db, { sourceId, targetId, type: cleaned });
        if (problem !== null) return problem;
        const at = now().toISOString();
        const link = { sourceId, targetId, type: cleaned, note: cleanNote(note), madeBy: madeBy ?? 'person' };
        return ok(insertLink(db, { ...link, createdAt: at, updatedAt: at }));
      });
      if (result.ok) changed(result.value);
      return Promise.resolve(result);
    },
    updateArticleLink: ({ linkId, type, note }) => {
      const cleaned = type === undefined ? undefined : cleanType(type);
      if (cleaned === null) return Promise.resolve(invalidType(type ?? ''));
      const result = inTransaction(db, (): Result<ArticleLink> => {
        const link = getLink(db, linkId);
        if (link === null) return fail('not-found', `No link ${linkId}`);
        const next = { type: cleaned ?? link.type, note: note === undefined ? link.note : cleanNote(note) };
        if (next.type === link.type && next.note === link.note) return ok(link);
        const problem = linkProblem(db, { ...link, type: next.type }, link.id);
        if (problem !== null) return problem;
        const updated = updateLink(db, linkId, { ...next, updatedAt: now().toISOString() });
        return updated === null ? fail('not-found', `No link ${linkId}`) : ok(updated);
      });
      if (result.ok) changed(result.value);
      return Promise.resolve(result);
    },
    removeArticleLink: ({ linkId }) => {
      const removed = deleteLink(db, linkId);
      if (removed === null) return Promise.resolve(fail('not-found', `No link ${linkId}`));
      changed(removed);
      return Promise.resolve(ok({ removed }));
    },
    restoreArticleLink: ({ link }) => {
      const cleaned = cleanType(link.type);
      if (cleaned === null) return Promise.resolve(invalidType(link.type));
      const result = inTransaction(db, (): Result<ArticleLink> => {
        const problem = linkProblem(db, { ...link, type: cleaned });
        if (problem !== null) return problem;
        // The old id comes back unless another link took it since (ids are not reused by AUTOINCREMENT).
        const id = getLink(db, link.id) === null ? link.id : undefined;
        return ok(insertLink(db, { ...link, id, type: cleaned, note: cleanNote(link.note) }));
      });
      if (result.ok) changed(result.value);
      return Promise.resolve(result);
    },
    exportLinks: ({ format }) => Promise.resolve(ok(exportLinks(db, format))),
  };
}
