import type { LinkTypeInfo } from '../../main/shared/link-types.ts';
import type { ArticleSummary, RelatedReason } from '../../main/shared/types.ts';
import { listDate } from './format-date.ts';

// The renderer imports only types from main/shared, so the limits of link-types.ts are repeated here.
/** The longest link type name the server accepts (maxLinkTypeLength). */
export const linkTypeMaxLength = 40;

/** The longest note the server accepts (maxLinkNoteLength). */
export const linkNoteMaxLength = 10_000;

/**
 * A type the loaded list does not know yet: a user type, named in the source's words, so marked on
 * the target's side (main/shared/link-types.ts, `incomingOwnType`).
 */
function unknownType(type: string): LinkTypeInfo {
  return { type, label: type, incomingLabel: `${type} (incoming)`, builtIn: false };
}

/** Which end of a link the open article is: it makes the link (outgoing) or receives it (incoming). */
export type LinkSide = 'outgoing' | 'incoming';

/** How a link's type reads from one side: "Follow-up to" going out, "Followed up by" coming in. */
export function linkTypeLabel(type: string, side: LinkSide, types: readonly LinkTypeInfo[]): string {
  const info = types.find((t) => t.type === type) ?? unknownType(type);
  return side === 'outgoing' ? info.label : info.incomingLabel;
}

/**
 * The sentence a type of one's own makes, so that it is named the right way round: a link goes from
 * its source, whose words the name is ("A quotes figures from B"); editing an incoming link, they are
 * the other article's words about this one, and this article shows them marked "(incoming)".
 */
export function readsAs(name: string, side: LinkSide, other: string | null): string {
  const them = other === null ? 'the other article' : `“${other || 'Untitled'}”`;
  const words = name === '' ? '…' : name;
  return side === 'outgoing'
    ? `Reads: this article ${words} ${them}.`
    : `Reads: ${them} ${words} this article (shown here as “${words} (incoming)”).`;
}

/** The choices of a type select: every known type once (built-in first, as the server orders them). */
export function linkTypeChoices(types: readonly LinkTypeInfo[], current?: string): readonly LinkTypeInfo[] {
  const seen = new Set(types.map((t) => t.type));
  // A link's own user type is offered even when the list was loaded before it existed.
  return current === undefined || seen.has(current) ? types : [...types, unknownType(current)];
}

/** Scores of 0.5 or more are calibrated to mean a confident suggestion. */
export function suggestionStrength(score: number): 'strong' | 'possible' {
  return score >= 0.5 ? 'strong' : 'possible';
}

/** A score as a whole percentage for a bar's width and its accessible value (clamped to 0–100). */
export function scorePercent(score: number): number {
  return Math.round(Math.min(1, Math.max(0, Number.isFinite(score) ? score : 0)) * 100);
}

const listFormat = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

/** One sentence per reason, strongest first, for the expanded "Why?" of a suggestion. */
export function reasonSentences(reasons: readonly RelatedReason[]): readonly string[] {
  return reasons.map((reason) => {
    switch (reason.kind) {
      case 'shared-entities':
        return `Both mention ${listFormat.format(reason.entities.map((e) => e.name))}.`;
      case 'similar-wording':
        return reason.words.length === 0
          ? `Similar wording (${scorePercent(reason.similarity)}% alike).`
          : `Similar wording (${scorePercent(reason.similarity)}% alike), e.g. ${reason.words.slice(0, 6).join(', ')}.`;
      case 'shared-numbers':
        return `The same figures: ${reason.values.join(', ')}.`;
      case 'close-in-time':
        return reason.days === 0
          ? 'Published the same day.'
          : `Published ${reason.days} day${reason.days === 1 ? '' : 's'} apart.`;
      case 'same-url':
        return 'The same web address (another copy).';
      case 'version':
        return 'Near-identical text (another version).';
      case 'thread':
        return `Both related to ‘${reason.via.title}’.`;
      default:
        return '';
    }
  });
}

/** "Site · date" of an article, as lists show it. */
export function articleFacts(article: ArticleSummary): string {
  return [article.siteName, listDate(article)].filter(Boolean).join(' · ');
}
