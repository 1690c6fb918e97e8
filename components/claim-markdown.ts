import { textFragmentLink } from '../lib/claims';
import type { PageState } from '../extension/messages';

/** Key claims as a Markdown list, each linked to its sentence with a text fragment. */
export function claimsAsMarkdown(state: PageState, claims: PageState['claims']): string {
  const lines = claims.map(
    (claim) =>
      `- [${claim.text.replace(/([[\]])/g, '\\$1')}](${textFragmentLink(state.pageUrl, claim.text)})`,
  );
  return [`## ${state.title}`, '', ...lines, ''].join('\n');
}
