const mebibyte = 1024 * 1024;

/**
 * A file size as a reader says it: "812 bytes", "61.3 MB", "50 MB" (1 MB = 1,048,576 bytes, as the
 * limit is set). Rounded up, so a file a byte over the 50 MB limit reads "50.1 MB", never "50 MB".
 */
export function sizeInWords(bytes: number): string {
  if (bytes < mebibyte) return `${bytes.toLocaleString('en-US')} bytes`;
  const megabytes = Math.ceil((bytes / mebibyte) * 10) / 10;
  return `${Number.isInteger(megabytes) ? megabytes.toFixed(0) : megabytes.toFixed(1)} MB`;
}

/** Why a file over the size limit is refused, with both figures; `name` is the file's name, not its path. */
export function tooLargeMessage(name: string, bytes: number, maxBytes: number): string {
  return `${name} is ${sizeInWords(bytes)}, over the ${sizeInWords(maxBytes)} limit per file`;
}
