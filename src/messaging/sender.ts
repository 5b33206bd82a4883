/** The parts of runtime.MessageSender the checks need. */
export type SenderInfo = { id?: string; url?: string; frameId?: number; tab?: { id?: number; url?: string } };

export type SenderKind = 'content' | 'extension-page';

/**
 * Decides who sent a message. A compromised renderer can forge content-script messages,
 * so content scripts only get message types that cannot read the user's data.
 */
export function classifySender(
  sender: SenderInfo,
  runtimeId: string,
  extensionOrigin: string,
): SenderKind | null {
  if (sender.id !== runtimeId || !sender.url) return null;
  if (sender.url.startsWith(extensionOrigin)) return 'extension-page';
  if (sender.tab?.id !== undefined && /^https?:\/\//.test(sender.url)) return 'content';
  return null;
}

/** The host a content script is running for: the tab's top-level page, never a value from the message. */
export function siteOf(sender: SenderInfo): string | null {
  const raw = sender.tab?.url ?? sender.url;
  if (!raw) return null;
  try {
    return new URL(raw).hostname;
  } catch {
    return null;
  }
}
