/**
 * Everything Gloss does in one page, after detection said "article" (or the reader asked):
 * the analysis, clean mode, term marks and card, claims, and the answers to the popup.
 * Storage is read once and then followed, so an edit in any tab shows here at once.
 */
import { browser } from 'wxt/browser';
import { type Analysis, analyzeInSteps } from '../lib';
import { compileGlossary, type GlossaryIndex } from '../lib/glossary';
import type { GlossaryEntry } from '../lib/glossary/entry';
import { alignPoints, type AlignedPoint } from '../lib/claims';
import { planAdditions } from '../lib/clutter';
import type { Detection } from '../lib/types';
import type { ContentApi, Message, PageState, ResponseOf } from '../extension/messages';
import {
  effectiveEntries,
  glossaryRecord,
  markableEntries,
  type StoredGlossary,
} from '../extension/storage/glossary';
import { readRecord, watchRecord, writeRecord } from '../extension/storage/record';
import { type Settings, settingsRecord } from '../extension/storage/settings';
import {
  emptySiteRule,
  type SiteRule,
  type SiteRules,
  sitesRecord,
} from '../extension/storage/sites';
import { changeSiteRules, withCorrection, withoutCorrection } from '../extension/site-corrections';
import { safeQueryAll } from '../lib/dom/safe-selectors';
import { visibleText } from '../lib/text/visible-text';
import { goToAnchor } from './claim-jump';
import { CleanMode } from './clean-mode';
import { ensurePageStyle } from './page-style';
import { ReadingLayout } from './reading-layout';
import { safeDetect } from './safe-detect';
import { recordArrivals, watchPage } from './page-watch';
import { startPicker } from './picker';
import { selectorFor } from './selector-for';
import { TermHover } from './term-hover';
import { TermMarks } from './term-marks';
import { NextTermKey } from './next-term';
import { runInSlices } from './slices';

const PREVIEW_LENGTH = 80;
/** Elements that name themselves when they have no words: pictures and icon links. */
const SELF_LABELLED = 'img[alt]:not([alt=""]), [aria-label]';

export type SessionRequest = Exclude<Message<ContentApi>, { type: 'selection-context' }>;

export class PageSession {
  private analysis: Analysis | null = null;
  private clean: CleanMode | null = null;
  private marks: TermMarks | null = null;
  private hover: TermHover | null = null;
  private readonly nextTerm = new NextTermKey();
  private settings!: Settings;
  private site: SiteRule = emptySiteRule();
  private glossary: StoredGlossary = glossaryRecord.fallback();
  private entries = new Map<string, GlossaryEntry>();
  private forced = false;
  /** The on-device model's points, aligned to the article, for "go to point". */
  private modelPoints: AlignedPoint[] = [];
  /** Set while or after activating: requests wait for it so they see the finished analysis. */
  private activation: Promise<void> | null = null;
  private reanalysing: Promise<void> | null = null;
  private reanalyseAgain = false;
  private redetect = false;
  private stopWatching: (() => void)[] = [];
  private readonly host = location.hostname;

  constructor(private detection: Detection) {}

  /** Loads what the reader stored, analyses the page in steps, and applies their choices. */
  activate(): Promise<void> {
    this.activation ??= this.load();
    return this.activation;
  }

  private async load(): Promise<void> {
    const [settings, sites, glossary] = await Promise.all([
      readRecord(settingsRecord),
      readRecord(sitesRecord),
      readRecord(glossaryRecord),
    ]);
    this.settings = settings.value;
    this.site = sites.value[this.host] ?? emptySiteRule();
    this.glossary = glossary.value;
    // The analysis runs in slices; what the page adds meanwhile is planned once it is done.
    // The stylesheet goes in after it: inserted during the analysis, its style recalculation
    // on a huge page landed inside the slices that read layout (long tasks of 68-127 ms).
    const arrivals = recordArrivals();
    await this.analyse();
    const arrived = arrivals();
    await ensurePageStyle();
    this.applyMarks();
    if (this.site.alwaysClean) this.clean!.setOn(true);
    this.follow();
    if (this.analysis?.plan.articleRoot?.isConnected === false) void this.reanalyse();
    else if (arrived.length > 0) this.onAdded(arrived);
  }

  private async analyse(): Promise<void> {
    const steps = analyzeInSteps(document, {
      detection: this.detection,
      force: this.forced,
      glossary: this.compiledGlossary(),
      plan: this.planOptions(),
    });
    // No single task holds the page for long, however big the page.
    this.analysis = await runInSlices('gloss:analysis', steps);
    const wasOn = this.clean?.isOn ?? false;
    this.clean?.setOn(false);
    const layout = new ReadingLayout(this.analysis.plan.articleRoot);
    this.clean = new CleanMode(
      this.analysis.plan.articleRoot,
      (category) => this.settings.categories[category],
      { apply: () => layout.apply(this.settings.comfort), clear: () => layout.clear() },
    );
    this.clean.replacePlan(this.analysis.plan.hidden);
    if (wasOn) this.clean.setOn(true);
  }

  private compiledGlossary(): GlossaryIndex {
    const markable = markableEntries(this.glossary);
    this.entries = new Map(effectiveEntries(this.glossary).map((entry) => [entry.id, entry]));
    return compileGlossary(markable);
  }

  private planOptions() {
    return {
      categories: this.settings.categories,
      siteRules: { hide: this.site.hide, show: this.site.show },
    };
  }

  private applyMarks(): void {
    this.marks?.clear();
    if (!this.analysis || this.settings.markTerms === 'off') {
      this.marks = null;
      this.hover?.destroy();
      this.hover = null;
      return;
    }
    this.marks = new TermMarks(this.analysis.termMatches, this.settings.markTerms === 'first');
    this.marks.show();
    if (this.hover) this.hover.setMarks(this.marks);
    else
      this.hover = new TermHover(this.marks, {
        delayMs: () => this.settings.cardDelayMs,
        entry: (id) => this.entries.get(id),
        onEdit: (entry) =>
          void browser.runtime.sendMessage({ type: 'open-options', entryId: entry.id }),
        onMute: (entry) => void this.mute(entry.id),
      });
  }

  private async mute(id: string): Promise<void> {
    const current = await readRecord(glossaryRecord);
    if (current.value.muted.includes(id)) return;
    await writeRecord(glossaryRecord, { ...current.value, muted: [...current.value.muted, id] });
  }

  /** Follows storage (edits in other tabs) and the page itself (late content, navigation). */
  private follow(): void {
    this.stopWatching.push(
      watchRecord(glossaryRecord, (value) => {
        this.glossary = value;
        void this.reanalyse();
      }),
      watchRecord(settingsRecord, (value) => {
        const marksChanged = value.markTerms !== this.settings.markTerms;
        this.settings = value;
        this.clean?.setCategoryFilter((category) => value.categories[category]);
        this.clean?.refreshLayout();
        if (marksChanged) this.applyMarks();
      }),
      watchRecord(sitesRecord, (value) => {
        const next = value[this.host] ?? emptySiteRule();
        const selectorsChanged =
          JSON.stringify([next.hide, next.show]) !==
          JSON.stringify([this.site.hide, this.site.show]);
        this.site = next;
        if (selectorsChanged) void this.reanalyse();
      }),
      watchPage({
        onAdded: (elements) => this.onAdded(elements),
        onHideAttributeRemoved: (element) => this.clean?.reassert(element),
        onNavigated: () => void this.reanalyse(true),
        articleRoot: () => this.analysis?.plan.articleRoot ?? null,
      }),
    );
  }

  private onAdded(elements: Element[]): void {
    if (!this.analysis || !this.clean) return;
    let blocks;
    try {
      blocks = planAdditions(document, this.analysis.plan, elements, this.planOptions());
    } catch {
      // This runs from a MutationObserver: a throw would land in the page's console, once for
      // every batch the page inserts. New content the planner cannot read simply stays visible.
      return;
    }
    if (blocks.length > 0) this.clean.add(blocks);
  }

  /**
   * Analyses again after a change. Changes that arrive while one runs are folded into a single
   * further run, so a page that changes constantly never stacks analyses up. After a navigation
   * the page may have become, or stopped being, an article, so detection runs again too.
   */
  private reanalyse(navigated = false): Promise<void> {
    this.redetect ||= navigated;
    if (this.reanalysing) {
      this.reanalyseAgain = true;
      return this.reanalysing;
    }
    this.reanalysing = (async () => {
      try {
        do {
          this.reanalyseAgain = false;
          if (this.redetect) this.detection = await safeDetect();
          this.redetect = false;
          await this.analyse();
          this.applyMarks();
        } while (this.reanalyseAgain);
      } catch (error) {
        // Callers fire and forget from observers: a throw must not reach the page's console.
        // The last analysis stays in force; the mark keeps the reason findable.
        performance.mark('gloss:failed', { detail: String(error) });
      }
    })().finally(() => (this.reanalysing = null));
    return this.reanalysing;
  }

  /** Answers the popup and the background (the page loader answers `selection-context` itself). */
  async handle(message: SessionRequest): Promise<ResponseOf<ContentApi, typeof message.type>> {
    await this.activate();
    switch (message.type) {
      case 'get-state':
        return this.state();
      case 'set-clean':
        await this.ensureAnalysed();
        this.clean?.setOn(message.on);
        return this.state();
      case 'toggle-clean':
        await this.ensureAnalysed();
        this.clean?.setOn(!this.clean.isOn);
        return this.state();
      case 'reveal-block': {
        const block = this.clean?.planned[message.index];
        if (block && this.clean!.reveal(message.index)) {
          await this.changeRules((rules) =>
            withCorrection(rules, this.host, {
              mode: 'show',
              selector: selectorFor(block.element),
            }),
          );
        }
        return this.state();
      }
      case 'undo-correction':
        await this.changeRules((rules) => withoutCorrection(rules, this.host, message));
        await this.reanalyse();
        return this.state();
      case 'analyze-anyway':
        await this.ensureAnalysed();
        return this.state();
      case 'go-to-claim': {
        const claim = this.analysis?.claims[message.index];
        return { found: claim ? goToAnchor(this.articleRoot(), claim.anchor) : false };
      }
      case 'go-to-term': {
        const live = this.marks?.firstOf(message.id);
        if (live) this.hover?.openFor(live);
        return { found: Boolean(live) };
      }
      case 'next-term':
        return {
          found: Boolean(this.marks && this.hover && this.nextTerm.press(this.marks, this.hover)),
        };
      case 'start-picker':
        return { started: startPicker(message.mode, this.host) };
      case 'article-text': {
        const root = this.articleRoot();
        return {
          text: visibleText(root, this.hiddenSet()),
          lang: root.closest('[lang]')?.getAttribute('lang') ?? '',
        };
      }
      case 'align-points':
        this.modelPoints = alignPoints(this.articleRoot(), message.points, this.hiddenSet());
        return { items: this.modelPoints.map(({ point, sentence }) => ({ point, sentence })) };
      case 'go-to-point': {
        const anchor = this.modelPoints[message.index]?.anchor;
        return { found: anchor ? goToAnchor(this.articleRoot(), anchor) : false };
      }
    }
  }

  private articleRoot(): Element {
    return this.analysis?.plan.articleRoot ?? document.body;
  }

  private hiddenSet(): Set<Element> {
    return new Set(this.analysis?.plan.hidden.map((block) => block.element));
  }

  /**
   * Stores a change to the site's rules and takes it in here at once, so the next analysis uses
   * it and the storage watcher finds nothing new (other tabs of the site follow through it).
   */
  private async changeRules(change: (rules: SiteRules) => SiteRules): Promise<void> {
    const rules = await changeSiteRules(change);
    this.site = Object.hasOwn(rules, this.host) ? rules[this.host]! : emptySiteRule();
  }

  /** The reader asked for something on a page detection passed over: analyse it anyway. */
  private async ensureAnalysed(): Promise<void> {
    if (this.detection.isArticle || this.forced) return;
    this.forced = true;
    await this.reanalyse();
  }

  private state(): PageState {
    const analysis = this.analysis;
    const clean = this.clean;
    const counts = new Map((analysis?.terms ?? []).map((term) => [term.id, term.count]));
    return {
      host: this.host,
      pageUrl: location.href.split('#')[0]!,
      isArticle: this.detection.isArticle,
      forced: this.forced,
      title: analysis?.metadata.title ?? document.title,
      siteName: analysis?.metadata.siteName ?? null,
      wordCount: analysis?.metadata.wordCount ?? 0,
      readingMinutes: analysis?.metadata.readingMinutes ?? 0,
      clean: clean?.isOn ?? false,
      alwaysClean: this.site.alwaysClean,
      hidden: (clean?.planned ?? []).map((block, index) => ({
        index,
        category: block.category,
        preview: previewOf(block.element),
        revealed: clean!.isRevealed(block),
      })),
      corrections: (['hide', 'show'] as const).flatMap((mode) =>
        this.site[mode].map((selector) => {
          const [element] = safeQueryAll(document, selector);
          return { mode, selector, preview: element ? previewOf(element) : '' };
        }),
      ),
      claims: (analysis?.claims ?? []).map((claim, index) => ({
        index,
        text: claim.text,
        kind: claim.kind,
        ...(claim.source ? { source: claim.source } : {}),
      })),
      terms: [...counts].map(([id, count]) => {
        const entry = this.entries.get(id);
        return { id, count, term: entry?.term ?? id, definition: entry?.definition ?? '' };
      }),
    };
  }
}

/**
 * What the popup shows of a hidden block: its first words, or, for a picture or an icon link
 * with no words, the label it gives itself (an image's alt, an aria-label).
 */
function previewOf(element: Element): string {
  const text = visibleText(element).replace(/\s+/g, ' ').trim();
  const labelled = text
    ? null
    : element.matches(SELF_LABELLED)
      ? element
      : element.querySelector(SELF_LABELLED);
  const label = labelled?.getAttribute('alt') ?? labelled?.getAttribute('aria-label') ?? '';
  return (text || label.trim()).slice(0, PREVIEW_LENGTH);
}
