import {
  cappedScore,
  pieceWeight,
  topicPieces,
  wordingSimilarity,
  type Evidence,
  storyWeekDays,
} from './explain-relation.ts';
import { confidentScore } from './corroboration.ts';

// Where and one number are not what happened (round 26). Countries, capitals and well-known
// institutions (a bloc, a ministry: gazetteer entries many stories share) each weigh little, but a few
// of them summed make a scene piece; one shared percentage or count is then the second piece and also
// "backs" the pair (corroboration.ts), so two singletons months apart (a pharmacy-markup report and a
// district-heating one, both in one country, both quoting "8 per cent") scored as one story. Without a
// rare name, a rare town, a second figure or the story's wording, such a pair is held under the display
// floor. Within a week the same figure where the same country is named is kept: a foreign report of
// the event may repeat nothing else (sceneWithFigure, explain-relation.ts). Only a confident pair is
// held: below the line such pairs already rank under the story's own partners.

/** Whether the pair shares only widely shared scene names and one rare figure, in unlike wording, over a week apart. */
export function sharesOnlyWideSceneAndOneFigure(evidence: Evidence): boolean {
  const wide = evidence.entities.every(
    (e) => e.scene === true && e.person !== true && (e.weight < pieceWeight || e.institution === true),
  );
  const far = evidence.days === null || evidence.days > storyWeekDays;
  const oneFigure = evidence.numbers.filter((n) => n.weight >= pieceWeight).length === 1;
  // topicPieces is then the figure alone: the pair shares no rare wording piece.
  return (
    far &&
    wide &&
    evidence.entities.length > 0 &&
    oneFigure &&
    topicPieces(evidence) === 1 &&
    evidence.similarity < wordingSimilarity
  );
}

/** A candidate as the rule sees it. */
export interface WideSceneCandidate {
  readonly score: number;
  readonly copy: boolean;
  /** Shares only widely shared scene names and one rare figure (sharesOnlyWideSceneAndOneFigure). */
  readonly wideSceneOnly: boolean;
}

/** The candidates, each confident one sharing only a wide scene and one figure held at the single-piece score. */
export function holdWideSceneAndOneFigure<C extends WideSceneCandidate>(candidates: readonly C[]): C[] {
  return candidates.map((c) =>
    c.wideSceneOnly && !c.copy && c.score >= confidentScore ? { ...c, score: cappedScore } : c,
  );
}
