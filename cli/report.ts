/** The CLI's report of an analysis: a stable JSON shape and a readable summary. */
import type { Analysis } from '../lib';
import { visibleText } from '../lib/text/visible-text';
import { prediction } from './prediction';

export interface AnalysisReport {
  isArticle: boolean;
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  wordCount: number;
  readingMinutes: number;
  detection: { score: number; reasons: string[] };
  /** The article's body alone: what extraction benchmarks score. */
  articleBody: string;
  /** What a reader still sees with clean mode on, headline and captions included. */
  visibleText: string;
  hidden: { category: string; reason: string; text: string }[];
  claims: { text: string; kind: string; source?: string }[];
  terms: { term: string; count: number }[];
  timings: Analysis['timings'];
}

/** The JSON report: the same fields whatever the page, so scripts can rely on them. */
export function toReport(document: Document, analysis: Analysis): AnalysisReport {
  const { articleBody, visibleText: visible } = prediction(document, analysis);
  return {
    isArticle: analysis.isArticle,
    title: analysis.metadata.title,
    byline: analysis.metadata.byline,
    siteName: analysis.metadata.siteName,
    lang: analysis.metadata.lang,
    wordCount: analysis.metadata.wordCount,
    readingMinutes: analysis.metadata.readingMinutes,
    detection: {
      score: Math.round(analysis.detection.score * 10) / 10,
      reasons: analysis.detection.reasons,
    },
    articleBody,
    visibleText: visible,
    hidden: analysis.plan.hidden.map((block) => ({
      category: block.category,
      reason: block.reason,
      text: visibleText(block.element),
    })),
    claims: analysis.claims.map(({ text, kind, source }) => ({
      text,
      kind,
      ...(source ? { source } : {}),
    })),
    terms: analysis.terms.map(({ term, count }) => ({ term, count })),
    timings: analysis.timings,
  };
}

function clip(text: string, length: number): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length > length ? `${line.slice(0, length - 1)}…` : line;
}

export function printReadable(path: string, report: AnalysisReport): void {
  const lines = [
    `${path}`,
    `  article:   ${report.isArticle ? 'yes' : 'no'} (score ${report.detection.score}; ${report.detection.reasons.join(', ') || 'no strong signals'})`,
    `  title:     ${report.title}`,
    `  byline:    ${report.byline ?? '-'}   site: ${report.siteName ?? '-'}   lang: ${report.lang ?? '-'}`,
    `  length:    ${report.wordCount} words, ${report.readingMinutes} min read`,
    `  hidden:    ${report.hidden.length} blocks`,
    ...report.hidden.map((block) => `    [${block.category}] ${clip(block.text, 90)}`),
    `  claims:`,
    ...report.claims
      .slice(0, 5)
      .map((claim, i) => `    ${i + 1}. (${claim.kind}) ${clip(claim.text, 110)}`),
    `  terms:     ${report.terms.map((t) => `${t.term} ×${t.count}`).join(', ') || '-'}`,
  ];
  console.log(lines.join('\n'));
}
