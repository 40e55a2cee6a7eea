/* Files in and out of the renderer, which has no file-system access of its own. */
import type { ExportFile } from '../../shared/export/thread';

/**
 * Saves text through the browser's own download path (a Blob and an `<a download>`), which works the same in
 * the desktop window and the browser mode and needs no file-system access in the renderer.
 */
export const downloadFile = (file: ExportFile, doc: Document = document): void => {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mimeType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some engines; a moment later is safe.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

/** Reads a file the person picked. FileReader rather than `Blob.text()`, which older engines (and jsdom) lack. */
export const readTextFile = (file: Blob): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsText(file);
  });
