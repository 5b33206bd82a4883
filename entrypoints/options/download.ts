/** A file to hand to the user. */
export interface DownloadFile {
  filename: string;
  mimeType: string;
  bytes: Uint8Array;
}

/**
 * Saves a file through the browser's own download, from memory: a Blob, an object URL and a click on a
 * temporary <a download>. Nothing leaves the device.
 */
export function downloadFile(file: DownloadFile): void {
  // Copying gives the Blob a plain ArrayBuffer, whatever buffer the bytes came from.
  const blob = new Blob([new Uint8Array(file.bytes)], { type: file.mimeType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is ample.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
