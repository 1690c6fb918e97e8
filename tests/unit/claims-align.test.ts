import { describe, expect, it } from 'vitest';
import { alignPoints, findAnchor, splitPoints } from '../../lib/claims';
import { parseHtml } from './support/parse-html';

const article = parseHtml(`<article lang="en">
  <p>Without exception, US tech companies are obsessed with scale. They assume that more data and compute unlock ever-greater capabilities.</p>
  <p>What DeepSeek has done is demonstrate success in engineering: combining the same methods more effectively than US companies did.</p>
  <p>Bringing down development costs with known methods will not miraculously get us to AGI in the next few years.</p>
</article>`).querySelector('article')!;

describe('aligning model points to sentences', () => {
  it('ties each point to its best supporting sentence, with an anchor that finds it', () => {
    const aligned = alignPoints(article, [
      'DeepSeek succeeded at engineering by combining existing methods more effectively.',
      'American tech firms are fixated on scale.',
    ]);
    expect(aligned[0]!.sentence).toMatch(/^What DeepSeek has done/);
    expect(aligned[1]!.sentence).toMatch(/obsessed with scale/);
    const range = findAnchor(article, aligned[0]!.anchor!);
    expect(range?.startContainer.nodeValue?.slice(range.startOffset)).toMatch(/^What DeepSeek/);
  });

  it('leaves a point without a source when nothing in the article supports it', () => {
    const [aligned] = alignPoints(article, ['Quantum computers will replace GPUs by 2030.']);
    expect(aligned).toEqual({
      point: 'Quantum computers will replace GPUs by 2030.',
      sentence: null,
      anchor: null,
    });
  });

  it('splits bulleted and numbered model output into points', () => {
    expect(splitPoints('* one\n- two\n\n• three\n1. four\n2) five')).toEqual([
      'one',
      'two',
      'three',
      'four',
      'five',
    ]);
  });
});
