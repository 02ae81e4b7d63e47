import { z } from 'zod';
import { toArticleId, toBatchId } from './ids.ts';
import type { ApiMethod } from './methods.ts';

export type { ApiMethod } from './methods.ts';

// Requests arrive from an untrusted side (a renderer or a browser tab); every
// transport validates them with these schemas before the core sees them.

const articleId = z.number().int().positive().transform(toArticleId);
const batchId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/)
  .transform(toBatchId);

/** One file sent by a browser (bytes as base64, because a browser has no paths to give). */
export const uploadedFileSchema = z
  .object({
    name: z.string().min(1).max(1024),
    /** Path relative to what was dropped, e.g. "folder/sub/page.html". */
    path: z.string().min(1).max(4096),
    lastModified: z.number().int().nonnegative().nullable(),
    dataBase64: z.string().max(96 * 1024 * 1024),
  })
  .strict();

/** Request schemas, one per API method. The method names are the contract. */
export const requestSchemas = {
  getLibraryInfo: z.object({}).strict(),
  listArticles: z
    .object({
      sort: z.enum(['added', 'published']),
      order: z.enum(['asc', 'desc']),
      offset: z.number().int().nonnegative(),
      limit: z.number().int().positive().max(500),
    })
    .strict(),
  getArticle: z.object({ id: articleId }).strict(),
  getOriginal: z.object({ id: articleId }).strict(),
  search: z
    .object({
      query: z.string().max(1000),
      limit: z.number().int().positive().max(500),
    })
    .strict(),
  /** Starts a batch. `paths` are files or folders on this machine; with `uploads`, the batch stays open for uploadFiles. */
  startImport: z
    .object({
      paths: z.array(z.string().min(1).max(4096)).max(100_000),
      uploads: z.boolean(),
    })
    .strict(),
  /** Adds browser-sent files to an open batch; `final` closes it. */
  uploadFiles: z
    .object({
      batchId,
      files: z.array(uploadedFileSchema).max(1000),
      final: z.boolean(),
    })
    .strict(),
  cancelImport: z.object({ batchId }).strict(),
  getImportBatch: z.object({ batchId }).strict(),
} as const satisfies Record<ApiMethod, z.ZodType>;

/** The validated request of a method. */
export type ApiRequest<M extends ApiMethod> = z.output<(typeof requestSchemas)[M]>;

/** A browser-sent file, validated. */
export type UploadedFile = z.output<typeof uploadedFileSchema>;
