/** A download's content type: the file's own, with UTF-8 named unless it already names a charset. */
export function blobType(mimeType: string): string {
  // The core names it for CSV ("text/csv; charset=utf-8"): a second one made the type malformed.
  return /;\s*charset=/i.test(mimeType) ? mimeType : `${mimeType};charset=utf-8`;
}

/** Saves text as a file through the browser's download (the same in Electron, which shows a save dialog). */
export function downloadFile(file: { fileName: string; mimeType: string; content: string }): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: blobType(file.mimeType) }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled, so the download has its bytes.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}
