/** Asking for a site needs the browser's permission prompt, so the page that shows the chooser supplies it. */
export type SiteActions = {
  enableSites: (patterns: string[]) => Promise<boolean>;
  disableSite: (pattern: string) => Promise<void>;
};
