import { z } from 'zod';
import { toArticleId } from './ids.ts';
import { maxThreadNameLength } from './thread-types.ts';

// Requests about story threads and the neighbourhood graph, validated like every other request.

const articleId = z.number().int().positive().transform(toArticleId);
const threadId = z.number().int().positive();
const threadName = z
  .string()
  .trim()
  .min(1)
  .max(maxThreadNameLength)
  .regex(/^[^\n\r\t]+$/u);

/** The request schemas of the thread methods, spread into requestSchemas. */
export const threadRequestSchemas = {
  /** The story thread an article belongs to (same-story, follow-up and responds-to links, either way). */
  getThread: z.object({ id: articleId }).strict(),
  /** Names the thread of an article (renaming it when it already has a name); a name in use fails. */
  nameThread: z.object({ id: articleId, name: threadName }).strict(),
  renameThread: z.object({ threadId, name: threadName }).strict(),
  /** Forgets a thread's name; its links stay. */
  deleteThreadName: z.object({ threadId }).strict(),
  listThreads: z.object({}).strict(),
  /** An article's thread as a Markdown reading list with citations. */
  exportThread: z.object({ id: articleId, format: z.enum(['markdown']) }).strict(),
  /** Linked articles and shared entities around an article, up to `depth` steps out. */
  getArticleGraph: z
    .object({
      id: articleId,
      depth: z.number().int().min(1).max(3).optional(),
      maxNodes: z.number().int().min(2).max(500).optional(),
    })
    .strict(),
} as const;
