/**
 * The one entry to Gloss's core: `analyze(document, options)` detects the article, plans what
 * clean-reading mode hides, ranks the key claims and finds glossary terms. Pure: it reads the
 * DOM it is given and changes nothing, so the content script, the CLI and the benchmarks all
 * run exactly this code.
 */
import { extractClaims } from './claims';
import { type CleanOptions, planCleanInSteps } from './clutter';
import { detectArticle } from './detect';
import { type GlossaryIndex, type DomTermMatch, matchInElement } from './glossary';
import { readMetadata } from './metadata';
import { visibleText } from './text/visible-text';
import { drain, type Steps } from './steps';
import type { Claim, CleanPlan, Detection, PageMetadata, TermMatch, Timings } from './types';

export * from './types';

export interface AnalyzeOptions {
  glossary?: GlossaryIndex;
  /** The reader's clutter categories and per-site picks. */
  plan?: CleanOptions;
  /** How many claims to rank; 10 by default. */
  maxClaims?: number;
  /** Analyse even when detection says this is not an article (the reader asked for it). */
  force?: boolean;
  /** A detection already made (the content script detects first, cheaply). */
  detection?: Detection;
  /** A clock, for the timings; `performance.now` by default. */
  now?: () => number;
}

export interface Analysis {
  isArticle: boolean;
  detection: Detection;
  metadata: PageMetadata;
  plan: CleanPlan;
  claims: Claim[];
  terms: TermMatch[];
  termMatches: DomTermMatch[];
  timings: Timings;
}

const EMPTY_PLAN: CleanPlan = { articleRoot: null, hidden: [] };

/** Detection only: what the content script runs on every page before anything else. */
export { detectArticle } from './detect';

/**
 * The analysis as a generator that pauses between stages, so a caller on a page's main thread
 * can yield to the browser between them. `analyze` runs it straight through.
 */
export function* analyzeInSteps(document: Document, options: AnalyzeOptions = {}): Steps<Analysis> {
  const now = options.now ?? (() => performance.now());
  const t0 = now();
  const detection = options.detection ?? detectArticle(document);
  const t1 = now();
  yield;
  const proceed = detection.isArticle || options.force === true;
  const plan = proceed ? yield* planCleanInSteps(document, options.plan) : EMPTY_PLAN;
  const t2 = now();
  yield;
  const hiddenSet = new Set(plan.hidden.map((block) => block.element));
  const root = plan.articleRoot;
  const claims = root
    ? extractClaims(root, { exclude: hiddenSet, max: options.maxClaims ?? 10 })
    : [];
  const t3 = now();
  yield;
  const termMatches =
    root && options.glossary ? matchInElement(options.glossary, root, { exclude: hiddenSet }) : [];
  const terms = countTerms(termMatches, options.glossary);
  const t4 = now();
  const articleText = root ? visibleText(root, hiddenSet) : '';
  const metadata = readMetadata(document, articleText, root);
  const t5 = now();
  return {
    isArticle: detection.isArticle,
    detection,
    metadata,
    plan,
    claims,
    terms,
    termMatches,
    timings: {
      detectMs: t1 - t0,
      planMs: t2 - t1,
      claimsMs: t3 - t2,
      glossaryMs: t4 - t3,
      metadataMs: t5 - t4,
    },
  };
}

export function analyze(document: Document, options: AnalyzeOptions = {}): Analysis {
  return drain(analyzeInSteps(document, options));
}

function countTerms(matches: readonly DomTermMatch[], glossary?: GlossaryIndex): TermMatch[] {
  const counts = new Map<string, number>();
  for (const match of matches) counts.set(match.entryId, (counts.get(match.entryId) ?? 0) + 1);
  return [...counts]
    .map(([id, count]) => ({ id, term: glossary?.entries.get(id)?.term ?? id, count }))
    .sort((a, b) => b.count - a.count || a.term.localeCompare(b.term));
}
