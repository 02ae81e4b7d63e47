import type { DroppedFile, ImportSource } from './archive-client.ts';

/**
 * Inside dropped folders only saved pages are taken (a "Save page, complete" folder also holds images
 * and scripts): HTML, MHTML and text dumps, as `dossier import` walks a folder (mirrors
 * main/core/import/file-source.ts).
 */
const pageExtension = /\.(?:html?|xhtml|mhtml?|txt|md)$/i;
/** …and the pictures of its NAME_files/ folder, which the archive stores for that page (mirrors main/core/import/page-folders.ts). */
const pageAssetPath = /(?:^|\/)[^/]+_files\/(?:[^/]+\/)*[^/]+\.(?:png|jpe?g|gif|webp|avif)$/i;

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => {
    reader.readEntries(resolve, reject);
  });
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => {
    entry.file(resolve, reject);
  });
}

function isDirectory(entry: FileSystemEntry): entry is FileSystemDirectoryEntry {
  return entry.isDirectory;
}

function isFile(entry: FileSystemEntry): entry is FileSystemFileEntry {
  return entry.isFile;
}

async function walk(entry: FileSystemEntry, topLevel: boolean, out: DroppedFile[]): Promise<void> {
  const path = entry.fullPath.replace(/^\/+/, '') || entry.name;
  if (isFile(entry)) {
    // A file dropped by itself is always sent, so the user hears why it was refused.
    const wanted = pageExtension.test(entry.name) || pageAssetPath.test(path);
    if (!topLevel && (!wanted || entry.name.startsWith('.'))) return;
    try {
      out.push({ file: await fileOf(entry), path });
    } catch {
      // Vanished or unreadable since the drop: nothing to send.
    }
    return;
  }
  if (!isDirectory(entry)) return;
  const reader = entry.createReader();
  // readEntries answers in batches (100 in Chromium) until it answers with none.
  for (let batch = await readEntries(reader); batch.length > 0; batch = await readEntries(reader)) {
    for (const child of batch) await walk(child, false, out);
  }
}

/**
 * Captures a drop. Entries must be taken while the drop event is being dispatched;
 * walking them can wait until the client asks.
 */
export function sourceFromDataTransfer(transfer: DataTransfer): ImportSource {
  const roots = Array.from(transfer.files);
  const dropped: (FileSystemEntry | File)[] = [];
  for (const item of Array.from(transfer.items)) {
    if (item.kind !== 'file') continue;
    // No entry (a synthetic transfer, or no entry API): the file as given, with any relative path it carries.
    const entry = item.webkitGetAsEntry();
    const file = entry === null ? item.getAsFile() : null;
    if (entry !== null) dropped.push(entry);
    else if (file !== null) dropped.push(file);
  }
  if (dropped.length === 0) dropped.push(...roots);
  const collect = async (): Promise<readonly DroppedFile[]> => {
    const out: DroppedFile[] = [];
    for (const item of dropped) {
      if (item instanceof File) out.push({ file: item, path: item.webkitRelativePath || item.name });
      else await walk(item, true, out);
    }
    // Pictures first: a page is imported as soon as it arrives, and looks for them then.
    return [
      ...out.filter((f) => pageAssetPath.test(f.path)),
      ...out.filter((f) => !pageAssetPath.test(f.path)),
    ];
  };
  return { roots, collect };
}

/** Captures the files picked with the Import… button. */
export function sourceFromFileList(list: FileList): ImportSource {
  const roots = Array.from(list);
  return {
    roots,
    collect: () =>
      Promise.resolve(roots.map((file) => ({ file, path: file.webkitRelativePath || file.name }))),
  };
}
