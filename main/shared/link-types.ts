import type { ArticleId } from './ids.ts';
import type { ArticleSummary } from './types.ts';

/**
 * The link types Dossier knows. A link is directed (source → target) and read from the source:
 * "A follow-up B" means A follows up on B; `incomingLabel` is how the target shows it.
 */
export const builtInLinkTypes = [
  { type: 'related', label: 'Related', incomingLabel: 'Related' },
  { type: 'follow-up', label: 'Follow-up to', incomingLabel: 'Followed up by' },
  { type: 'same-story', label: 'Same story as', incomingLabel: 'Same story as' },
  { type: 'background', label: 'Background for', incomingLabel: 'Background from' },
  { type: 'responds-to', label: 'Responds to', incomingLabel: 'Responded to by' },
  { type: 'contradicts', label: 'Contradicts', incomingLabel: 'Contradicted by' },
] as const;

/** The name of a built-in link type. */
export type BuiltInLinkType = (typeof builtInLinkTypes)[number]['type'];

/** The longest user-defined link type, in characters. */
export const maxLinkTypeLength = 40;

/** The longest note on a link, in characters. */
export const maxLinkNoteLength = 10_000;

/** Who made a link: a person by hand, or a person accepting a related-story suggestion. */
export type LinkMaker = 'person' | 'suggestion';

/** A link type with how to show it on each side; user-defined types read the same both ways. */
export interface LinkTypeInfo {
  readonly type: string;
  readonly label: string;
  readonly incomingLabel: string;
  readonly builtIn: boolean;
}

/** One directed, typed link between two articles. */
export interface ArticleLink {
  readonly id: number;
  readonly sourceId: ArticleId;
  readonly targetId: ArticleId;
  /** A built-in type or a user-defined one (trimmed, 1–40 characters). */
  readonly type: string;
  readonly note: string | null;
  readonly madeBy: LinkMaker;
  /** ISO 8601. */
  readonly createdAt: string;
  /** ISO 8601; equals createdAt until the type or note is edited. */
  readonly updatedAt: string;
}

/** A link seen from one article, with the article at its other end. */
export interface LinkedArticle {
  readonly link: ArticleLink;
  readonly article: ArticleSummary;
}

/** Both sides of an article's links, and the link types to offer when adding one. */
export interface ArticleLinks {
  readonly articleId: ArticleId;
  /** Links this article makes (it is the source), newest first. */
  readonly outgoing: readonly LinkedArticle[];
  /** Links other articles make to this one (it is the target), newest first. */
  readonly incoming: readonly LinkedArticle[];
  /** The built-in types, then every user-defined type in use in the library (alphabetical). */
  readonly types: readonly LinkTypeInfo[];
}

/**
 * How a type is shown: its built-in labels, or its own name, which is the source's words ("A quotes
 * figures from B"), so the target shows it marked "(incoming)" rather than as if it said them.
 */
export function linkTypeInfo(type: string): LinkTypeInfo {
  const builtIn = builtInLinkTypes.find((t) => t.type === type);
  return builtIn === undefined
    ? { type, label: type, incomingLabel: incomingOwnType(type), builtIn: false }
    : { ...builtIn, builtIn: true };
}

/** How the target of a link shows a type of one's own (the renderer repeats it: link-words.ts). */
export const incomingOwnType = (type: string): string => `${type} (incoming)`;
