import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { localDate } from '../../src/reflections/local-date';
import type { Reflection } from '../../src/reflections/model';
import {
  appraisalYearsInUse,
  filterReflections,
  indexReflections,
  isFilterActive,
  type ReflectionFilter,
  tagsInUse,
} from '../../src/reflections/query';
import { emptyRevalidationProfile } from '../../src/reflections/revalidation';
import { settingsItem } from '../../src/shell/settings-store';
import { Button, Notice } from '../../src/ui/components';
import { type MessageKey, t } from '../../src/ui/i18n';
import { useSettings } from '../../src/ui/use-settings';
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
import { type Route, type Tab, tabOf } from './route';
import { SettingsPanel } from './Settings';
import { TrashPanel } from './TrashPanel';
import { UndoNotice } from './UndoNotice';
import { useDeletions } from './use-deletions';
import { useOptionsData } from './use-options-data';
import { navigate, useRoute } from './use-route';

/** A page-level message, shown on one tab and dropped when the user moves to another. */
type AppNotice = { where: Tab } & { kind: 'message'; tone: 'success' | 'warning' | 'error'; text: string };

const headingKeys = {
  log: 'logHeading',
  readiness: 'readinessHeading',
  journey: 'journeyHeading',
  export: 'exportBackupHeading',
  trash: 'trashHeading',
  edit: 'editHeading',
} as const satisfies Record<string, MessageKey>;

/** The options page: the reflection log, readiness, export and backup, and settings. */
export function App() {
  const data = useOptionsData();
  const { db, reflections, reload } = data;
  // The page's one copy of the settings: every view reads it, and the settings view saves through it.
  const settingsView = useSettings(settingsItem);
  const { settings } = settingsView;
  const route = useRoute();
  const [filter, setFilterState] = useState<ReflectionFilter>({});
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  const [notice, setNotice] = useState<AppNotice | null>(null);
  const returnTo = useRef<Route>({ name: 'log' });
  const deletions = useDeletions(db, reload);
  // Kept while its editor is open, so a delete in another tab shows as a conflict, not a vanished form.
  const lastEditing = useRef<Reflection | undefined>(undefined);
  const firstRoute = useRef(true);

  const all = useMemo(() => reflections ?? [], [reflections]);
  const now = useMemo(() => new Date(), [reflections]);
  const indexed = useMemo(() => indexReflections(all), [all]);
  const matching = useMemo(() => filterReflections(indexed, filter), [indexed, filter]);
  const tags = useMemo(() => tagsInUse(all), [all]);
  const years = useMemo(() => appraisalYearsInUse(all, localDate(now)), [all, now]);
  const profession = settings?.settings.profession ?? null;

  const setFilter = (next: ReflectionFilter) => {
    setFilterState(next);
    setPage(1);
  };

  // Editing returns to wherever the user came from (the log, or the export check for identifying details).
  useEffect(() => {
    if (route.name !== 'edit' && route.name !== 'print') returnTo.current = route;
    setNotice((current) => (current && current.where === tabOf(route) ? current : null));
    const key = route.name === 'print' || route.name === 'settings' ? null : headingKeys[route.name];
    document.title = key ? t('pageTitle', t(key)) : t('extName');
    if (firstRoute.current) {
      firstRoute.current = false;
      return;
    }
    // Move focus to the new view's heading, so keyboard and screen reader users start there.
    const heading = document.querySelector<HTMLElement>('#view h2, #view h1');
    if (heading) {
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      heading.focus();
    }
  }, [route]);

  const remove = async (ids: string[]) => {
    if (!(await deletions.remove(ids))) return;
    setNotice(null);
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) next.delete(id);
      return next;
    });
  };

  if (route.name === 'print') {
    return (
      <main id="view" class="options">
        {reflections === null ? (
          <p role="status">{t('loading')}</p>
        ) : (
          <PrintPage
            kind={route.kind}
            reflections={all}
            profile={settings?.settings.revalidation ?? emptyRevalidationProfile}
          />
        )}
      </main>
    );
  }

  const found = route.name === 'edit' ? all.find((r) => r.id === route.id) : undefined;
  const editing =
    found ??
    (route.name === 'edit' && lastEditing.current?.id === route.id ? lastEditing.current : undefined);
  lastEditing.current = editing;

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
      {data.loadError && (
        <Notice tone="error">
          <span class="pom-row">
            <span>{data.loadError}</span>
            <Button onClick={() => void reload()}>{t('tryAgain')}</Button>
          </span>
        </Notice>
      )}
      <main id="view">
        {route.name !== 'settings' && <h2 class="view-heading">{t(headingKeys[route.name])}</h2>}
        {reflections === null && route.name !== 'settings' ? (
          <p role="status">{t('loading')}</p>
        ) : route.name === 'log' ? (
          <Log
            total={all.length}
            loadingTotal={data.loadingTotal}
            matching={matching}
            filter={filter}
            onFilter={setFilter}
            page={page}
            onPage={setPage}
            selected={selected}
            onSelected={setSelected}
            onDelete={(ids) => void remove(ids)}
            onExportSelection={() => navigate({ name: 'export' })}
            tags={tags}
            appraisalYears={years}
          />
        ) : route.name === 'readiness' ? (
          <Readiness
            reflections={all}
            profession={profession}
            profile={settings?.settings.revalidation ?? emptyRevalidationProfile}
            settingsReady={settingsView.ready}
            now={now}
          />
        ) : route.name === 'journey' ? (
          <Journey db={db} reflections={all} />
        ) : route.name === 'export' ? (
          <>
            <ExportPanel
              db={db}
              all={all}
              matching={matching}
              filter={filter}
              filterActive={isFilterActive(filter)}
              selected={selected}
              defaultFormat={settings?.settings.exportFormat}
              profile={settings?.settings.revalidation ?? emptyRevalidationProfile}
            />
            <ImportPanel db={db} onImported={reload} />
            <GroupImport db={db} all={all} onImported={reload} />
            <DeleteAll
              db={db}
              onDeleted={async () => {
                setSelected(new Set());
                setNotice(null);
                deletions.forget();
                await reload();
              }}
            />
          </>
        ) : route.name === 'trash' ? (
          <TrashPanel db={db} refreshKey={reflections} onChanged={reload} />
        ) : route.name === 'settings' ? (
          <SettingsPanel view={settingsView} />
        ) : editing && db ? (
          <ReflectionEditor
            key={editing.id}
            db={db}
            reflection={editing}
            profession={profession}
            onSaved={(saved) => {
              void reload();
              setNotice({
                where: tabOf(returnTo.current),
                kind: 'message',
                tone: saved.pii.length > 0 ? 'warning' : 'success',
                text: saved.pii.length > 0 ? t('changesSavedWithPii') : t('changesSaved'),
              });
              navigate(returnTo.current);
            }}
            onClose={() => navigate(returnTo.current)}
          />
        ) : (
          <Notice tone="error">
            {t('editNotFound')} <a href="#log">{t('backToLog')}</a>
          </Notice>
        )}
      </main>
    </div>
  );
}
