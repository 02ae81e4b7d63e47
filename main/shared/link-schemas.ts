import { z } from 'zod';
import { toArticleId } from './ids.ts';
import { maxLinkNoteLength, maxLinkTypeLength } from './link-types.ts';

// Requests about article links, validated like every other request (see schemas.ts).

const articleId = z.number().int().positive().transform(toArticleId);
const linkId = z.number().int().positive();

/** A link type: built-in or user-defined, one line, trimmed, 1–40 characters. */
export const linkTypeSchema = z
  .string()
  .trim()
  .min(1)
  .max(maxLinkTypeLength)
  .regex(/^[^\n\r\t]+$/u);

/** A link's note; blank means none (null). */
const linkNote = z
  .string()
  .max(maxLinkNoteLength)
  .transform((note) => (note.trim() === '' ? null : note))
  .nullable();

const madeBy = z.enum(['person', 'suggestion']);
const isoTime = z.iso.datetime({ offset: true });

/** The request schemas of the link methods, spread into requestSchemas. */
export const linkRequestSchemas = {
  /** An article's outgoing and incoming links, with the article at the other end of each. */
  getArticleLinks: z.object({ id: articleId }).strict(),
  /** Links source → target; a self-link fails with link-to-itself, an existing one with link-exists. */
  addArticleLink: z
    .object({
      sourceId: articleId,
      targetId: articleId,
      type: linkTypeSchema,
      note: linkNote.optional(),
      madeBy: madeBy.optional(),
    })
    .strict(),
  /** Retypes a link or edits its note (null or blank clears it). */
  updateArticleLink: z
    .object({ linkId, type: linkTypeSchema.optional(), note: linkNote.optional() })
    .strict(),
  /** Removes a link and answers it, so the UI can undo with restoreArticleLink. */
  removeArticleLink: z.object({ linkId }).strict(),
  /** Puts back a removed link, with its id and created_at when the id is still free. */
  restoreArticleLink: z
    .object({
      link: z
        .object({
          id: linkId,
          sourceId: articleId,
          targetId: articleId,
          type: linkTypeSchema,
          note: linkNote,
          madeBy,
          createdAt: isoTime,
          updatedAt: isoTime,
        })
        .strict(),
    })
    .strict(),
  /** Every link as a CSV or JSON file. */
  exportLinks: z.object({ format: z.enum(['csv', 'json']) }).strict(),
} as const;
