import { useState } from 'preact/hooks';
import type { Reflection } from '../../src/reflections/model';
import { groupFileFromReflection, groupFileName } from '../../src/together/group-exchange';
import { Button, Notice } from '../../src/ui/components';
import { t } from '../../src/ui/i18n';
import { downloadFile } from './download';

/** Downloads a group reflection's shared part, for the people who took part to import. */
export function GroupFileButton({ reflection }: { reflection: Reflection }) {
  const [done, setDone] = useState(false);
  if (!reflection.group) return null;
  const share = () => {
    const file = groupFileFromReflection(reflection, new Date());
    downloadFile({
      filename: groupFileName(reflection),
      mimeType: 'application/json',
      bytes: new TextEncoder().encode(`${JSON.stringify(file, null, 2)}\n`),
    });
    setDone(true);
  };
  return (
    <>
      <Button onClick={share} aria-label={t('groupExportFileLabel', reflection.title)}>
        {t('groupExportFile')}
      </Button>
      {done && <Notice tone="success">{t('groupExported')}</Notice>}
    </>
  );
}
