import { describe, expect, it } from 'vitest';
import {
  type CastCandidate,
  holdCastWithoutStory,
  sharesSettingWeeksLater,
} from '../../../../main/core/related/cast-without-story.ts';
import { cappedScore } from '../../../../main/core/related/explain-relation.ts';

// Round 51: held-out-46's English Panj analysis (37 days after its first report) shares the district
// only the story's articles name (Hamadoni), the river and wording alike overall (cosine 0.18), and no
// one of a cast: it was held at 0.076 as "the same cast in another story".

const district = { name: 'Hamadoni', type: 'place', weight: 1 };
const river = { name: 'Panj', type: 'other', weight: 0.93, scene: true };
const mayor = { name: 'Farrukh Nazarov', type: 'person', weight: 1, person: true };

describe('a pair sharing only its setting weeks later', () => {
  it('is the setting, not a cast, when only places are shared and the texts are alike', () => {
    expect(sharesSettingWeeksLater({ entities: [district, river], similarity: 0.18, days: 37 })).toBe(true);
  });

  it('is a cast when a person is shared, and no setting within a story’s weeks or unalike', () => {
    expect(sharesSettingWeeksLater({ entities: [district, mayor], similarity: 0.18, days: 37 })).toBe(false);
    expect(sharesSettingWeeksLater({ entities: [district, river], similarity: 0.18, days: 3 })).toBe(false);
    expect(sharesSettingWeeksLater({ entities: [district, river], similarity: 0.04, days: 37 })).toBe(false);
    expect(sharesSettingWeeksLater({ entities: [river], similarity: 0.18, days: 37 })).toBe(false);
  });

  it('is not held as the same cast in another story, but marked as a thread of the setting only', () => {
    const candidate: CastCandidate = { id: 1, score: 0.91, topic: 0, copy: false, otherStory: false };
    const held = holdCastWithoutStory([candidate], () => true);
    const kept = holdCastWithoutStory([{ ...candidate, settingWeeksLater: true }], () => true);
    expect(held[0]?.score).toBe(cappedScore);
    expect(kept[0]?.score).toBe(0.91);
    expect(kept[0]?.settingOnly).toBe(true);
    expect(kept[0]?.otherStory).toBe(false);
  });

  it('is not marked when it shares what happened and was never held', () => {
    const candidate: CastCandidate = {
      id: 1,
      score: 0.97,
      topic: 1,
      copy: false,
      otherStory: false,
      settingWeeksLater: true,
    };
    const [kept] = holdCastWithoutStory([candidate], () => true);
    expect(kept?.settingOnly).toBeUndefined();
  });
});
