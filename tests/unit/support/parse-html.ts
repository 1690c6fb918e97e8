/**
 * HTML to a happy-dom document, for the core's unit tests: the same DOM implementation as the
 * Vitest environment, and fast on the synthetic pages the tests build (a page nested 10,000
 * deep, 50,000 elements). The CLI and the benchmarks parse with jsdom instead
 * (cli/load-page.ts), as a browser does; tests/unit/load-page.test.ts covers that loader.
 */
import { Window } from 'happy-dom';

export function parseHtml(html: string): Document {
  const window = new Window({
    url: 'http://127.0.0.1/',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
    },
  });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
