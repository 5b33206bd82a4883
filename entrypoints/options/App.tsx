import { useRef, useState } from 'preact/hooks';
import type { Reflection } from '../../src/reflections/model';
import { isFilterActive } from '../../src/reflections/query';
import { emptyRevalidationProfile } from '../../src/reflections/revalidation';
import type { Settings } from '../../src/settings/schema';
import { settingsItem } from '../../src/shell/settings-store';
import { Button, Notice } from '../../src/ui/components';
import { t } from '../../src/ui/i18n';
import { useSettings } from '../../src/ui/use-settings';
import type { Profession } from '../../src/vocabulary';
import { DeleteAll } from './DeleteAll';
import { ExportPanel } from './ExportPanel';
import { GroupImport } from './GroupImport';
import { ImportPanel } from './ImportPanel';
import { Journey } from './Journey';
import { Log } from './Log';
import { Nav } from './Nav';
import { PrintPage } from './PrintPage';
import { Readiness } from './Readiness';
import { ReflectionEditor } from './ReflectionEditor';
import { type Tab, tabOf } from './route';
import { SettingsPanel } from './Settings';
import { TrashPanel } from './TrashPanel';
import { UndoNotice } from './UndoNotice';
import { useDeletions } from './use-deletions';
import { type LogView, useLogView } from './use-log-view';
import { type OptionsData, useOptionsData } from './use-options-data';
import { navigate, useRoute } from './use-route';
import { headingKeys, useRouteArrival } from './use-route-arrival';

/** A page-level message, shown on one tab and dropped when the user moves to another. */
type AppNotice = { where: Tab } & { kind: 'message'; tone: 'success' | 'warning' | 'error'; text: string };

/** The options page: the reflection log, readiness, export and backup, and settings. */
export function App() {
  const data = useOptionsData();
  const { db, reflections, reload } = data;
  // The page's one copy of the settings: every view reads it, and the settings view saves through it.
  const settingsView = useSettings(settingsItem);
  const settings = settingsView.settings?.settings;
  const route = useRoute();
  const log = useLogView(reflections);
  const [notice, setNotice] = useState<AppNotice | null>(null);
  const deletions = useDeletions(db, reload);
  const returnTo = useRouteArrival(route, (arrived) =>
    setNotice((current) => (current && current.where === tabOf(arrived) ? current : null)),
  );
  const profile = settings?.revalidation ?? emptyRevalidationProfile;
  const profession = settings?.profession ?? null;

  const remove = async (ids: string[]) => {
    if (!(await deletions.remove(ids))) return;
    setNotice(null);
    log.unselect(ids);
  };

  if (route.name === 'print') {
    return (
      <main id="view" class="options">
        {reflections === null ? (
          <p role="status">{t('loading')}</p>
        ) : (
          <PrintPage kind={route.kind} reflections={log.all} profile={profile} />
        )}
      </main>
    );
  }

  const onSaved = (saved: Reflection) => {
    void reload();
    setNotice({
      where: tabOf(returnTo.current),
      kind: 'message',
      tone: saved.pii.length > 0 ? 'warning' : 'success',
      text: saved.pii.length > 0 ? t('changesSavedWithPii') : t('changesSaved'),
    });
    navigate(returnTo.current);
  };
  const onDeletedAll = async () => {
    log.setSelected(new Set());
    setNotice(null);
    deletions.forget();
    await reload();
  };

  return (
    <div class="options">
      <header class="options-head no-print">
        <h1>{t('extName')}</h1>
      </header>
      <Nav current={tabOf(route)} />
      {deletions.undoText && tabOf(route) === 'log' && (
        <UndoNotice
          text={deletions.undoText}
          onUndo={() => void deletions.undo()}
          onDismiss={deletions.forget}
        />
      )}
      {deletions.message && <Notice tone={deletions.message.tone}>{deletions.message.text}</Notice>}
      {notice?.kind === 'message' && <Notice tone={notice.tone}>{notice.text}</Notice>}
      {data.loadError && <LoadError text={data.loadError} onRetry={() => void reload()} />}
      <main id="view">
        {route.name !== 'settings' && <h2 class="view-heading">{t(headingKeys[route.name])}</h2>}
        {reflections === null && route.name !== 'settings' ? (
          <p role="status">{t('loading')}</p>
        ) : route.name === 'log' ? (
          <Log
            total={log.all.length}
            loadingTotal={data.loadingTotal}
            matching={log.matching}
            filter={log.filter}
            onFilter={log.setFilter}
            page={log.page}
            onPage={log.setPage}
            selected={log.selected}
            onSelected={log.setSelected}
            onDelete={(ids) => void remove(ids)}
            onExportSelection={() => navigate({ name: 'export' })}
            tags={log.tags}
            appraisalYears={log.years}
          />
        ) : route.name === 'readiness' ? (
          <Readiness
            reflections={log.all}
            profession={profession}
            profile={profile}
            settingsReady={settingsView.ready}
            now={log.now}
          />
        ) : route.name === 'journey' ? (
          <Journey db={db} reflections={log.all} />
        ) : route.name === 'export' ? (
          <ExportView data={data} log={log} settings={settings} onDeletedAll={onDeletedAll} />
        ) : route.name === 'trash' ? (
          <TrashPanel db={db} refreshKey={reflections} onChanged={reload} />
        ) : route.name === 'settings' ? (
          <SettingsPanel view={settingsView} />
        ) : route.name === 'edit' ? (
          <EditView
            id={route.id}
            data={data}
            all={log.all}
            profession={profession}
            onSaved={onSaved}
            back={() => navigate(returnTo.current)}
          />
        ) : null}
      </main>
    </div>
  );
}

function LoadError({ text, onRetry }: { text: string; onRetry: () => void }) {
  return (
    <Notice tone="error">
      <span class="pom-row">
        <span>{text}</span>
        <Button onClick={onRetry}>{t('tryAgain')}</Button>
      </span>
    </Notice>
  );
}

type ExportViewProps = {
  data: OptionsData;
  log: LogView;
  settings: Settings | undefined;
  onDeletedAll: OptionsData['reload'];
};

/** Export, backup and import, the group file, and deleting everything: the data controls together. */
function ExportView({ data: { db, reload }, log, settings, onDeletedAll }: ExportViewProps) {
  return (
    <>
      <ExportPanel
        db={db}
        all={log.all}
        matching={log.matching}
        filter={log.filter}
        filterActive={isFilterActive(log.filter)}
        selected={log.selected}
        defaultFormat={settings?.exportFormat}
        profile={settings?.revalidation ?? emptyRevalidationProfile}
      />
      <ImportPanel db={db} onImported={reload} />
      <GroupImport db={db} all={log.all} onImported={reload} />
      <DeleteAll db={db} onDeleted={onDeletedAll} />
    </>
  );
}

type EditViewProps = {
  id: string;
  data: OptionsData;
  all: Reflection[];
  profession: Profession | null;
  onSaved: (saved: Reflection) => void;
  back: () => void;
};

/** The editor for one reflection, or a way back when it no longer exists. */
function EditView({ id, data: { db }, all, profession, onSaved, back }: EditViewProps) {
  // Kept while its editor is open, so a delete in another tab shows as a conflict, not a vanished form.
  const lastEditing = useRef<Reflection | undefined>(undefined);
  const editing =
    all.find((r) => r.id === id) ?? (lastEditing.current?.id === id ? lastEditing.current : undefined);
  lastEditing.current = editing;
  if (!editing || !db) {
    return (
      <Notice tone="error">
        {t('editNotFound')} <a href="#log">{t('backToLog')}</a>
      </Notice>
    );
  }
  return (
    <ReflectionEditor
      key={editing.id}
      db={db}
      reflection={editing}
      profession={profession}
      onSaved={onSaved}
      onClose={back}
    />
  );
}
