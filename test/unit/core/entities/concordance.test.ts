import { describe, expect, it } from 'vitest';
import { concordanceLine } from '../../../../main/core/entities/concordance.ts';
import { toCsv } from '../../../../main/core/entities/csv.ts';
import { toMentionId } from '../../../../main/shared/ids.ts';

const id = toMentionId(1);

describe('concordance lines and CSV cells', () => {
  it('keeps eight words each side, whitespace collapsed, the match separate', () => {
    const text =
      'one two three four five six seven eight nine\nNATO ten eleven twelve thirteen fourteen fifteen sixteen seventeen';
    const start = text.indexOf('NATO');
    expect(concordanceLine(text, { id, start, end: start + 4, text: 'NATO', unplaced: false })).toEqual({
      mentionId: id,
      before: 'two three four five six seven eight nine ',
      match: 'NATO',
      after: ' ten eleven twelve thirteen fourteen fifteen sixteen seventeen',
    });
  });

  it('shows only the words of a mention whose offsets no longer fit the text', () => {
    expect(
      concordanceLine('Other text now', { id, start: 0, end: 4, text: 'NATO', unplaced: false }),
    ).toEqual({
      mentionId: id,
      before: '',
      match: 'NATO',
      after: '',
    });
  });

  it('quotes commas, quotes and line breaks, and guards cells that a spreadsheet would run as formulas', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x, "y"', '=1+2'],
          ['-3', 'line\nbreak'],
          [null, -4],
        ],
      ),
    ).toBe('a,b\r\n"x, ""y""",\'=1+2\r\n\'-3,"line\nbreak"\r\n,-4\r\n');
  });
});
