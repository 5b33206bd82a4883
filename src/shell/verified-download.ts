import { browser } from 'wxt/browser';

/** A file to save where the browser saves downloads. */
export type FileToSave = { filename: string; mimeType: string; bytes: Uint8Array };

export type SaveResult = { ok: true; filename: string; bytes: number } | { ok: false; reason: string };

/**
 * Asks for the downloads permission, which lets Power of Many see that a backup was really written before
 * it deletes anything. Call it straight from a click: browsers only ask inside a user gesture.
 */
export function requestDownloadCheck(): Promise<boolean> {
  return browser.permissions.request({ permissions: ['downloads'] }).catch(() => false);
}

/** Resolves when the browser reports the download finished (complete) or failed (interrupted). */
function finished(id: number): Promise<SaveResult> {
  return new Promise((resolve) => {
    const settle = async (state: string | undefined, error?: string) => {
      if (state !== 'complete' && state !== 'interrupted') return;
      browser.downloads.onChanged.removeListener(onChanged);
      const [item] = await browser.downloads.search({ id });
      if (state === 'complete' && item?.exists !== false)
        resolve({
          ok: true,
          filename: item?.filename ?? '',
          bytes: item?.fileSize ?? item?.bytesReceived ?? 0,
        });
      else resolve({ ok: false, reason: error ?? item?.error ?? 'interrupted' });
    };
    const onChanged = (delta: { id: number; state?: { current?: string }; error?: { current?: string } }) => {
      if (delta.id === id) void settle(delta.state?.current, delta.error?.current);
    };
    browser.downloads.onChanged.addListener(onChanged);
    // It may already have finished before the listener was added.
    void browser.downloads.search({ id }).then(([item]) => settle(item?.state, item?.error));
  });
}

/** Saves the file through the downloads API and waits until the browser says it is written, or why not. */
export async function saveAndVerify(file: FileToSave): Promise<SaveResult> {
  const url = URL.createObjectURL(new Blob([new Uint8Array(file.bytes)], { type: file.mimeType }));
  try {
    const id = await browser.downloads.download({ url, filename: file.filename, saveAs: false });
    const result = await finished(id);
    if (result.ok && result.bytes !== 0 && result.bytes !== file.bytes.length)
      return { ok: false, reason: `${result.bytes} of ${file.bytes.length} bytes were written` };
    return result;
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  } finally {
    // The browser has read the data once the download has finished or failed.
    URL.revokeObjectURL(url);
  }
}
