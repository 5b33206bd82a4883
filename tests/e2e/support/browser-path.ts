import fs from 'node:fs';

/** Chromium from CHROME_PATH or Debian's package; a missing browser is a clear failure, never a skip. */
export function chromiumPath(): string {
  const candidate = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(candidate)) {
    throw new Error(
      `Chromium was not found at ${candidate}. Install it with "sudo apt-get install -y chromium" or set CHROME_PATH.`,
    );
  }
  return candidate;
}

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-gpu',
];
