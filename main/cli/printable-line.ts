const named: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Whether a character is a C0 or C1 control character, or DEL. */
function isControl(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

/**
 * Makes one line of output safe for a terminal: a file may be named with a newline (forging an
 * output line) or an escape sequence (rewriting the screen), so each control character is shown as
 * a visible escape (`\n`, `\u001b`). The line's own final newline is kept.
 */
export function printableLine(line: string): string {
  const ending = line.endsWith('\n') ? '\n' : '';
  const body = ending === '' ? line : line.slice(0, -1);
  let printable = '';
  for (const char of body) {
    printable += isControl(char)
      ? (named[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
      : char;
  }
  return printable + ending;
}
