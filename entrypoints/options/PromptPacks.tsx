import { useEffect, useState } from 'preact/hooks';
import { parsePromptPackText } from '../../src/prompts/packs';
import type { PromptPack } from '../../src/prompts/schema';
import { deletePack, listPacks, type StoredPack, savePack } from '../../src/reflections/store';
import { getDb } from '../../src/shell/db';
import { Button, Check, Field } from '../../src/ui/components';
import { t } from '../../src/ui/i18n';
import type { Status } from './settings-section';

type Pending = Promise<unknown>;
type PackChange = () => Pending;

/** The prompt packs the user loaded from files, each switchable, and the organisation's pack if any. */
export function PromptPacksSection({
  orgPack,
  onStatus,
}: {
  orgPack: PromptPack | null;
  onStatus: (s: Status) => void;
}) {
  const [packs, setPacks] = useState<StoredPack[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const act = async (change: PackChange, done?: string, failed = t('packSaveFailed')) => {
    try {
      await change();
      setPacks(await listPacks(await getDb()));
      if (done) onStatus({ tone: 'success', text: done });
    } catch {
      onStatus({ tone: 'error', text: failed });
    }
  };
  useEffect(() => void act(async () => undefined, undefined, t('settingsLoadFailed')), []);

  const loadPack = async (file: File) => {
    const result = parsePromptPackText(await file.text());
    setProblems(
      result.ok ? [] : result.problems.map((p) => `${p.promptId ?? '—'} · ${p.field}: ${p.message}`),
    );
    if (!result.ok) return;
    const { pack } = result;
    const stored = { name: pack.name, enabled: true, addedAt: new Date().toISOString(), pack };
    await act(
      async () => savePack(await getDb(), stored),
      t('packLoaded', [pack.name, String(pack.prompts.length)]),
    );
  };

  return (
    <section aria-labelledby="set-packs">
      <h3 id="set-packs">{t('settingsPacks')}</h3>
      <p class="pom-hint">{t('packsHint')}</p>
      {orgPack && <p>{t('orgPackActive', [orgPack.name, String(orgPack.prompts.length)])}</p>}
      <Field label={t('packFileLabel')}>
        {(id) => (
          <input
            id={id}
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) void loadPack(file);
              e.currentTarget.value = '';
            }}
          />
        )}
      </Field>
      {problems.length > 0 && <PackProblems problems={problems} />}
      <ul>
        {packs.map((p) => (
          <li key={p.name} class="pom-row">
            <Check
              label={t('packItem', [p.name, String(p.pack.prompts.length)])}
              checked={p.enabled}
              onChange={(on) => void act(async () => savePack(await getDb(), { ...p, enabled: on }))}
            />
            <Button
              variant="quiet"
              aria-label={t('packRemove', p.name)}
              onClick={() => void act(async () => deletePack(await getDb(), p.name))}
            >
              {t('remove')}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function PackProblems({ problems }: { problems: string[] }) {
  return (
    <div class="pom-notice" data-tone="error" role="alert">
      <p>{t('packInvalid')}</p>
      <ul>
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </div>
  );
}
