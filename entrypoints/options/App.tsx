/** The options page: a section list and the section the hash route names. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { type MessageKey, t } from '../../extension/i18n';
import { AppearancePage } from '../../components/options/AppearancePage';
import { BackupPage } from '../../components/options/BackupPage';
import { CleanReadingPage } from '../../components/options/CleanReadingPage';
import { GlossaryPage } from '../../components/options/GlossaryPage';
import { ImportExportPage } from '../../components/options/ImportExportPage';
import { ShortcutsPage } from '../../components/options/ShortcutsPage';
import { SitesPage } from '../../components/options/SitesPage';
import { SyncPage } from '../../components/options/SyncPage';
import { useGlossarySync } from '../../components/options/use-glossary-sync';
import { type Page, PAGES, parseRoute, type Route, routeHash } from './route';

const PAGE_LABELS: Record<Page, MessageKey> = {
  glossary: 'optionsNavGlossary',
  import: 'optionsNavImport',
  sync: 'optionsNavSync',
  sites: 'optionsNavSites',
  clean: 'optionsNavClean',
  appearance: 'optionsNavAppearance',
  shortcuts: 'optionsNavShortcuts',
  backup: 'optionsNavBackup',
};

function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  return route;
}

export function App() {
  const route = useRoute();
  const sync = useGlossarySync();
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After choosing a section, move focus to its heading so screen readers announce it; not on
  // first load, where the browser's own focus handling is what the reader expects.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const heading = main.current?.querySelector<HTMLElement>('h1');
    if (heading && !(route.page === 'glossary' && route.form)) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }, [route.page]);

  return (
    <div class="layout">
      <a class="skip-link" href="#main" onClick={skipToMain}>
        {t('optionsSkipToContent')}
      </a>
      <header class="masthead">
        <p class="brand">{t('optionsTitle')}</p>
        <nav aria-label={t('optionsNavLabel')}>
          <ul>
            {PAGES.map((page) => (
              <li key={page}>
                <a href={`#${page}`} aria-current={route.page === page ? 'page' : undefined}>
                  {t(PAGE_LABELS[page])}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <CurrentPage route={route} sync={sync} />
      </main>
    </div>
  );
}

function CurrentPage({ route, sync }: { route: Route; sync: ReturnType<typeof useGlossarySync> }) {
  switch (route.page) {
    case 'glossary':
      return (
        <GlossaryPage
          form={route.form}
          openForm={(form) => (location.hash = routeHash({ page: 'glossary', form }))}
        />
      );
    case 'import':
      return <ImportExportPage />;
    case 'sync':
      return <SyncPage sync={sync} />;
    case 'sites':
      return <SitesPage />;
    case 'clean':
      return <CleanReadingPage />;
    case 'appearance':
      return <AppearancePage />;
    case 'shortcuts':
      return <ShortcutsPage />;
    case 'backup':
      return <BackupPage />;
  }
}

/** The page's routes live in the hash, so the skip link moves focus instead of navigating. */
function skipToMain(event: MouseEvent) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}
