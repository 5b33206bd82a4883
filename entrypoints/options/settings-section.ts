import type { EffectiveSettings } from '../../src/settings/merge';
import type { Settings } from '../../src/settings/schema';

/** A line at the top of the settings page saying how the last change went. */
export type Status = { tone: 'success' | 'error'; text: string } | null;

/** What each settings section is given: the settings in effect, and a save that reports how it went. */
export type SectionProps = { eff: EffectiveSettings; update: (patch: Partial<Settings>) => Promise<void> };
