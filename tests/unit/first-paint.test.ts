// The first-paint script on an always-clean site: the guess is on from the start, the page is
// held until the reader's own selectors are marked (also in what the parser adds later), and
// releasing it leaves the page as it came. Its stylesheets act only under its attributes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  EARLY_HIDE_ATTRIBUTE,
  EARLY_SHOW_ATTRIBUTE,
  FIRST_PAINT_ATTRIBUTE,
  startFirstPaint,
} from '../../content/first-paint';
import { releaseFirstPaint } from '../../content/first-paint-handle';
import { writeRecord } from '../../extension/storage/record';
import { sitesRecord } from '../../extension/storage/sites';

const STYLES = join(__dirname, '../../public/first-paint');

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('first paint', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    document.body.innerHTML = '<div id="promo">Join</div><article><h1>Story</h1></article>';
  });
  afterEach(() => releaseFirstPaint());

  it("marks the reader's hidden and shown blocks, then lets the page draw", async () => {
    await writeRecord(sitesRecord, {
      [location.hostname]: {
        alwaysClean: true,
        hide: ['#promo', 'p.late', ':bad('],
        show: ['nav'],
      },
    });
    startFirstPaint();
    const root = document.documentElement;
    expect(root.getAttribute(FIRST_PAINT_ATTRIBUTE)).toBe('holding');
    await settle();
    expect(root.getAttribute(FIRST_PAINT_ATTRIBUTE)).toBe('');
    expect(document.getElementById('promo')!.hasAttribute(EARLY_HIDE_ATTRIBUTE)).toBe(true);

    // What the parser adds later is marked too.
    document.body.insertAdjacentHTML(
      'beforeend',
      '<nav>Menu</nav><section><p class="late">Ad</p></section>',
    );
    await settle();
    expect(document.querySelector('p.late')!.hasAttribute(EARLY_HIDE_ATTRIBUTE)).toBe(true);
    expect(document.querySelector('nav')!.hasAttribute(EARLY_SHOW_ATTRIBUTE)).toBe(true);

    releaseFirstPaint();
    expect(root.hasAttribute(FIRST_PAINT_ATTRIBUTE)).toBe(false);
    expect(
      document.querySelectorAll(`[${EARLY_HIDE_ATTRIBUTE}], [${EARLY_SHOW_ATTRIBUTE}]`),
    ).toHaveLength(0);
  });

  it('draws at once on a site without rules of its own, and stops marking once released', async () => {
    startFirstPaint();
    await settle();
    expect(document.documentElement.getAttribute(FIRST_PAINT_ATTRIBUTE)).toBe('');
    releaseFirstPaint();
    await writeRecord(sitesRecord, {
      [location.hostname]: { alwaysClean: true, hide: ['#promo'], show: [] },
    });
    document.body.insertAdjacentHTML('beforeend', '<div id="promo">Join</div>');
    await settle();
    expect(document.querySelectorAll(`[${EARLY_HIDE_ATTRIBUTE}]`)).toHaveLength(0);
  });

  it('has stylesheets that act only under its attributes', () => {
    for (const file of readdirSync(STYLES)) {
      const css = readFileSync(join(STYLES, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
      for (const rule of css.split('}').filter((r) => r.trim())) {
        expect(rule, file).toContain(`html[${FIRST_PAINT_ATTRIBUTE}`);
      }
    }
    const picks = readFileSync(join(STYLES, 'picks.css'), 'utf8');
    expect(picks).toContain(`[${EARLY_HIDE_ATTRIBUTE}]`);
    const landmarks = readFileSync(join(STYLES, 'landmarks.css'), 'utf8');
    expect(landmarks).toContain(`[${EARLY_SHOW_ATTRIBUTE}]`);
  });
});
