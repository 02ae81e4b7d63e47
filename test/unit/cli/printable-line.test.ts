import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../main/cli/cli-io.ts';
import { runCli } from '../../../main/cli/main.ts';
import { printableLine } from '../../../main/cli/printable-line.ts';
import { articleHtml, tempDir, writeTestFile } from '../core/import/library-test-kit.ts';

describe('printing untrusted file names', () => {
  it('shows newlines, tabs, escapes and C1 controls as visible escapes and keeps the final newline', () => {
    expect(printableLine('a\nb\tc\r\u001b[31md\u0085e\u007f\n')).toBe(
      'a\\nb\\tc\\r\\u001b[31md\\u0085e\\u007f\n',
    );
    expect(printableLine('caf\u00e9 \u{1F4F0}.html')).toBe('caf\u00e9 \u{1F4F0}.html');
  });

  it('keeps `dossier import` to one line per file when a name holds a newline and an escape sequence', async () => {
    const dir = await tempDir();
    const name = 'forged\nimported   #99  /etc/passwd\u001b[2J.html';
    const file = await writeTestFile(join(dir, 'in', name), articleHtml({ title: 'Forged', body: 'Lines.' }));
    let stdout = '';
    const io: CliIo = {
      out: (text) => (stdout += text),
      err: () => undefined,
      isErrTty: false,
    };

    const code = await runCli(['import', file, '--library', join(dir, 'lib')], io);

    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('forged\\nimported   #99  /etc/passwd\\u001b[2J.html');
    expect(stdout).not.toContain('\u001b');
  });
});
