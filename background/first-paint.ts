/**
 * Keeps the first-paint script (content/first-paint.ts) registered at document_start for exactly
 * the sites the reader keeps always clean, with the first-guess stylesheets of the categories
 * they have on, so those pages are clean from their first frame. Sites where the reader hid or
 * showed blocks get a second registration that adds hold.css (the page waits for those rules,
 * a frame or two). Follows every change to the site rules and settings, whoever makes it;
 * registrations persist across browser sessions, and each start of the background checks them.
 */
import { browser } from 'wxt/browser';
import { readRecord } from '../extension/storage/record';
import { type Settings, settingsRecord } from '../extension/storage/settings';
import { type SiteRule, sitesRecord } from '../extension/storage/sites';

const SCRIPT = 'first-paint.js';
/** The reader's own picks always apply; the guesses follow the category switches. */
const PICKS_CSS = 'first-paint/picks.css';
const GUESS_CSS = {
  navigation: 'first-paint/landmarks.css',
  overlay: 'first-paint/overlays.css',
} as const;
const HOLD_CSS = 'first-paint/hold.css';

/** Sites without rules of their own, and sites with some (which the page waits for). */
const SCRIPT_IDS = { plain: 'gloss-first-paint', held: 'gloss-first-paint-held' } as const;

/** A host name a match pattern can hold (storage may carry anything an import brought in). */
const HOST = /^[a-z0-9_-]+(\.[a-z0-9_-]+)*$/i;

export function keepFirstPaintRegistered(): void {
  let queue = Promise.resolve();
  const sync = () => {
    // One at a time, so two quick changes cannot race to register a script twice.
    queue = queue.then(syncRegistrations).catch(() => {});
  };
  sync();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && (sitesRecord.key in changes || settingsRecord.key in changes)) sync();
  });
}

const hasRules = (rule: SiteRule) => rule.hide.length + rule.show.length > 0;

async function syncRegistrations(): Promise<void> {
  const [sites, settings] = await Promise.all([
    readRecord(sitesRecord),
    readRecord(settingsRecord),
  ]);
  const clean = Object.entries(sites.value).filter(
    ([host, rule]) => rule.alwaysClean && HOST.test(host),
  );
  const css = guessStyles(settings.value);
  await reconcile(
    SCRIPT_IDS.plain,
    clean.filter(([, rule]) => !hasRules(rule)).map(([host]) => host),
    css,
  );
  await reconcile(
    SCRIPT_IDS.held,
    clean.filter(([, rule]) => hasRules(rule)).map(([host]) => host),
    [...css, HOLD_CSS],
  );
}

function guessStyles(settings: Settings): string[] {
  const guesses = Object.entries(GUESS_CSS).filter(
    ([category]) => settings.categories[category as keyof typeof GUESS_CSS],
  );
  return [PICKS_CSS, ...guesses.map(([, file]) => file)];
}

/** Registers, updates or removes one script so that it runs on exactly `hosts`. */
async function reconcile(id: string, hosts: string[], css: string[]): Promise<void> {
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (hosts.length === 0) {
    if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [id] });
    return;
  }
  const script = {
    id,
    matches: hosts.map((host) => `*://${host}/*`),
    js: [SCRIPT],
    css,
    runAt: 'document_start' as const,
    allFrames: false,
  };
  if (registered.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}
