import { useMemo } from 'preact/hooks';
import { builtInPrompts } from '../../src/prompts/library/index';
import { suggestCodeSections, suggestGmpDomains } from '../../src/reflections/code-suggestions';
import type { DraftFields } from '../../src/reflections/draft';
import type { RegistrationBody } from '../../src/reflections/revalidation';
import { Button } from '../../src/ui/components';
import { t } from '../../src/ui/i18n';
import { label } from '../../src/ui/labels';

const categoryOf = new Map(builtInPrompts.map((p) => [p.id, p.category]));

type Props = { fields: DraftFields; body: RegistrationBody | null; onAdd: (text: string) => void };

/** Code sections or GMP domains the reflection seems to touch, each one click away from the note. */
export function CodeSuggestions({ fields, body, onAdd }: Props) {
  const suggestions = useMemo(() => {
    const text = [fields.what, fields.soWhat, fields.changed ?? '', fields.nowWhat].join('\n');
    const category = fields.promptId ? categoryOf.get(fields.promptId) : undefined;
    if (body === 'gmc') return suggestGmpDomains(text, category).map((d) => label('gmc', d));
    if (body === 'hcpc') return [];
    return suggestCodeSections(text, category).map((n) => t(`code_s${n}`));
  }, [fields, body]);
  if (suggestions.length === 0) return null;
  return (
    <div class="pom-suggestions">
      <p class="pom-hint">{t('codeSuggested')}</p>
      <ul>
        {suggestions.map((s) => (
          <li key={s}>
            <Button variant="quiet" onClick={() => onAdd(s)}>
              {t('codeSuggestionAdd', s)}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
