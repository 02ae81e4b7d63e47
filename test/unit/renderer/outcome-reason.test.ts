import { describe, expect, it } from 'vitest';
import { outcomeReason } from '../../../renderer/components/outcome-reason.ts';
import { errorWording } from '../../../renderer/api/error-messages.ts';
import { sniffBytes } from '../../../main/core/clean/sniff-content.ts';
import { tooLargeMessage } from '../../../main/core/import/size-words.ts';

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

describe('why the import summary lists a failed file', () => {
  it("gives the archive's own reason, the one the CLI prints, for a file that is not a page", () => {
    const sniffed = sniffBytes(png, 'chart.html');
    expect(sniffed.ok).toBe(false);
    if (sniffed.ok) return;
    const reason = outcomeReason({ file: 'in/chart.html', status: 'failed', error: sniffed.error });
    expect(reason).toBe('chart.html is a PNG image, not HTML');
  });

  it('names the size and the limit of a file that is too large', () => {
    const error = {
      code: 'too-large' as const,
      message: tooLargeMessage('big.html', 64_300_000, 50 * 1024 * 1024),
    };
    expect(outcomeReason({ file: 'big.html', status: 'failed', error })).toBe(
      'big.html is 61.4 MB, over the 50 MB limit per file',
    );
  });

  it('leads with what to do for a full disk, then the detail', () => {
    const error = { code: 'disk-full' as const, message: 'Cannot store the original: ENOSPC' };
    expect(outcomeReason({ file: 'a.html', status: 'failed', error })).toBe(
      `${errorWording['disk-full']} (Cannot store the original: ENOSPC)`,
    );
  });

  it('falls back to the general wording when the archive sent no detail', () => {
    expect(outcomeReason({ file: 'a.html', status: 'failed', error: { code: 'empty', message: '' } })).toBe(
      errorWording.empty,
    );
  });
});
