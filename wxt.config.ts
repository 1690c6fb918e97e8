import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/** Pinned so tests can open extension pages on a known moz-extension:// origin. */
export const GECKO_ID = 'gloss@gloss-reader.dev';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'scripting', 'contextMenus'],
    // The content script already runs on every page; host access lets the background insert the
    // clean-mode stylesheet with user origin, which page styles cannot override.
    host_permissions: ['<all_urls>'],
    action: { default_title: '__MSG_extName__' },
    // Keys both browsers assign on install and use for nothing of their own: Chromium refuses a
    // suggested key that is one of its accelerators (Alt+Shift+R and Alt+Shift+N are), Firefox
    // one of its <key>s. tests/browser/shortcuts.test.mjs checks both and presses them for real.
    commands: {
      'toggle-clean-mode': {
        suggested_key: { default: 'Alt+Shift+U' },
        description: '__MSG_commandToggleClean__',
      },
      'next-term': {
        suggested_key: { default: 'Alt+Shift+G' },
        description: '__MSG_commandNextTerm__',
      },
    },
    content_security_policy: {
      extension_pages:
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // 140: the CSS Custom Highlight API (term marks) and data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: () => ({ plugins: [preact()] }),
  // The sources zip is what a store reviewer rebuilds from: code and config, not tests or docs.
  zip: { excludeSources: ['tests/**', 'docs/**', 'bench/**', 'scripts/**', '**/*.tmp.ts'] },
});
