import { useEffect, useEffectEvent, useState } from 'react';
import type { ImportSource } from '../api/archive-client.ts';
import { sourceFromDataTransfer } from '../api/import-source.ts';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/** Accepts files and folders dropped anywhere on the window; true while a drag is over it. */
export function useWindowDrop(onDrop: (source: ImportSource) => void): boolean {
  const [dragging, setDragging] = useState(false);
  const dropped = useEffectEvent(onDrop);

  useEffect(() => {
    let depth = 0;
    const enter = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth += 1;
      setDragging(true);
    };
    const over = (event: DragEvent): void => {
      if (!carriesFiles(event) || event.dataTransfer === null) return;
      // Without this the browser would open the file in place of the app.
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (event: DragEvent): void => {
      if (!carriesFiles(event) || event.dataTransfer === null) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      // Entries must be captured now, while the drop is being dispatched.
      dropped(sourceFromDataTransfer(event.dataTransfer));
    };
    // A drag entering straight over the article frame is announced by the frame (see ArticleFrame).
    const fromFrame = (): void => {
      setDragging(true);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    window.addEventListener('dossier:frame-drag', fromFrame);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
      window.removeEventListener('dossier:frame-drag', fromFrame);
    };
  }, []);

  return dragging;
}
