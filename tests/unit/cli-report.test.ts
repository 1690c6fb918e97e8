/** The CLI's JSON report: the prediction fields the benchmarks' --predictions files share. */
import { describe, expect, it } from 'vitest';
import { disposePage, loadPage } from '../../cli/load-page';
import { toReport } from '../../cli/report';
import { analyze } from '../../lib';

describe('npm run analyze --json', () => {
  it('gives articleBody and visibleText; neither holds what clean mode hides', () => {
    const document = loadPage('tests/fixtures/seed-article.html');
    const analysis = analyze(document);
    const report = toReport(document, analysis);
    disposePage(document);
    expect(report.isArticle).toBe(true);
    expect(report.visibleText.length).toBeGreaterThan(1000);
    expect(report.articleBody.length).toBeGreaterThan(1000);
    expect(report.visibleText).toContain(report.title);
    expect(report.hidden.length).toBeGreaterThan(0);
    // A related link may repeat the headline, which stays; any other hidden text is gone.
    const clutter = report.hidden.filter(
      (b) => b.text.length > 40 && !b.text.includes(report.title),
    );
    expect(clutter.length).toBeGreaterThan(0);
    for (const block of clutter) {
      expect(report.visibleText).not.toContain(block.text);
      expect(report.articleBody).not.toContain(block.text);
    }
  });
});
