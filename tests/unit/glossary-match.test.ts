import { describe, expect, it } from 'vitest';
import { builtinGlossary } from '../../lib/glossary/builtin';
import {
  compileGlossary,
  matchInElement,
  matchText,
  type DomTermMatch,
  type GlossaryEntry,
} from '../../lib/glossary';

function entry(
  id: string,
  term: string,
  aliases: string[] = [],
  origin: GlossaryEntry['origin'] = 'builtin',
): GlossaryEntry {
  return { id, term, aliases, definition: `About ${term}.`, tags: [], origin, updatedAt: 0 };
}

const index = compileGlossary([
  entry('moe', 'mixture-of-experts', ['MoE']),
  entry('agi', 'artificial general intelligence', ['AGI']),
  entry('rl', 'reinforcement learning', ['RL']),
  entry('cot', 'chain-of-thought', ['CoT']),
  entry('lm', 'language model'),
  entry('llm', 'large language model', ['LLM']),
  entry('laws', 'scaling laws'),
  entry('policy', 'industrial policy'),
  entry('tax', 'digital tax'),
  entry('pretraining', 'pretraining', ['pre-training']),
  entry('moore', "Moore's law"),
  entry('rd', 'R&D'),
  entry('ml', '机器学习'),
  entry('arabic', 'التعلم الآلي'),
]);

/** "entryId:matched text" for each match, in order. */
function found(text: string): string[] {
  return matchText(index, text).map((m) => `${m.entryId}:${text.slice(m.start, m.end)}`);
}

describe('matchText', () => {
  it('treats hyphens, spaces, non-breaking hyphens and spaces, and soft hyphens alike', () => {
    expect(
      found(
        'mixture of experts; Mixture-of-Experts; mixture\u2011of\u2011experts; mixture\u00a0of\u00a0experts; mixture \u2013 of experts',
      ),
    ).toEqual([
      'moe:mixture of experts',
      'moe:Mixture-of-Experts',
      'moe:mixture\u2011of\u2011experts',
      'moe:mixture\u00a0of\u00a0experts',
      'moe:mixture \u2013 of experts',
    ]);
    // A soft hyphen is invisible: inside a word it joins, between words it separates.
    expect(found('mix\u00adture-of-ex\u00adperts and mixture\u00adof\u00adexperts')).toEqual([
      'moe:mix\u00adture-of-ex\u00adperts',
      'moe:mixture\u00adof\u00adexperts',
    ]);
  });

  it('matches the closed-up spelling of a hyphenated term, and the hyphenated one of a closed term', () => {
    expect(found('pretraining and Pre-Training and pre training')).toEqual([
      'pretraining:pretraining',
      'pretraining:Pre-Training',
      'pretraining:pre training',
    ]);
  });

  it('does not join words across other punctuation or a sentence end', () => {
    expect(found('a mixture, of experts')).toEqual([]);
    expect(found('the best language. Model makers')).toEqual([]);
  });

  it('matches plurals (s, es, ies), singulars of plural phrases, and possessives', () => {
    expect(found('two language models, industrial policies, digital taxes')).toEqual([
      'lm:language models',
      'policy:industrial policies',
      'tax:digital taxes',
    ]);
    expect(found('a scaling law')).toEqual(['laws:scaling law']);
    expect(found("the language model's output and the language models\u2019 outputs")).toEqual([
      'lm:language model',
      'lm:language models',
    ]);
  });

  it('matches short acronyms only as written, plus a plural s; other terms in any case', () => {
    expect(found('MoE, MoEs, AGI, RL and CoT')).toEqual([
      'moe:MoE',
      'moe:MoEs',
      'agi:AGI',
      'rl:RL',
      'cot:CoT',
    ]);
    expect(found('moe moes MOE agi Agi rl cot COT')).toEqual([]);
    expect(found('LANGUAGE MODEL and Reinforcement Learning')).toEqual([
      'lm:LANGUAGE MODEL',
      'rl:Reinforcement Learning',
    ]);
  });

  it('needs word boundaries in any script', () => {
    expect(found('AGIs are not MAGIC, ROLE or RLX; cafémoe')).toEqual(['agi:AGIs']);
    expect(found('relanguage models')).toEqual([]);
    expect(found('language modelling')).toEqual([]);
  });

  it('prefers the longest match at the leftmost position, without overlaps', () => {
    expect(found('a large language model and a language model')).toEqual([
      'llm:large language model',
      'lm:language model',
    ]);
    const matches = matchText(index, 'large language model language model large language models');
    for (let i = 1; i < matches.length; i++) {
      expect(matches[i]!.start).toBeGreaterThanOrEqual(matches[i - 1]!.end);
    }
  });

  it('matches terms with inner punctuation as written', () => {
    expect(found("R&D spending and Moore\u2019s law, Moore's Law")).toEqual([
      'rd:R&D',
      'moore:Moore\u2019s law',
      "moore:Moore's Law",
    ]);
  });

  it('matches CJK terms inside running text, with no spaces', () => {
    expect(found('我们研究机器学习和深度学习。')).toEqual(['ml:机器学习']);
    expect(found('机器学')).toEqual([]);
  });

  it('matches in right-to-left text, Arabic terms and Latin acronyms alike', () => {
    const text = 'يعتمد التعلم الآلي على البيانات، ويستخدم نموذج MoE أيضا.';
    expect(found(text)).toEqual(['arabic:التعلم الآلي', 'moe:MoE']);
  });

  it('applies firstOnly and maxMatches', () => {
    const text = 'RL then MoE then RL then AGI';
    expect(matchText(index, text, { firstOnly: true }).map((m) => m.entryId)).toEqual([
      'rl',
      'moe',
      'agi',
    ]);
    expect(matchText(index, text, { maxMatches: 2 }).map((m) => m.entryId)).toEqual(['rl', 'moe']);
    expect(matchText(index, text, { maxMatches: 0 })).toEqual([]);
  });

  it('lets the more literal spelling win a clash, then the reader’s own entry', () => {
    const clash = compileGlossary([
      entry('builtin-model', 'model', [], 'builtin'),
      entry('user-models', 'models', [], 'user'),
      entry('builtin-moe', 'MoE', [], 'builtin'),
      entry('user-moe', 'MoE', [], 'user'),
    ]);
    const ids = (text: string) => matchText(clash, text).map((m) => m.entryId);
    expect(ids('model models')).toEqual(['builtin-model', 'user-models']);
    expect(ids('MoE')).toEqual(['user-moe']);
  });

  it('follows both a case-sensitive and a case-insensitive path through the trie', () => {
    const both = compileGlossary([
      entry('moe-layer', 'MoE layer'),
      entry('moe-gate', 'moe gate keeper'),
    ]);
    const ids = (text: string) => matchText(both, text).map((m) => m.entryId);
    expect(ids('MoE layer')).toEqual(['moe-layer']);
    expect(ids('MoE gate keeper')).toEqual(['moe-gate']);
  });

  it('finds nothing with an empty glossary or in empty text', () => {
    expect(matchText(compileGlossary([]), 'anything at all')).toEqual([]);
    expect(matchText(index, '')).toEqual([]);
  });
});

/** "entryId:text of the range" for each DOM match. */
function domFound(html: string, options?: Parameters<typeof matchInElement>[2]): string[] {
  const root = parse(html);
  return matchInElement(index, root, options).map((m) => `${m.entryId}:${rangeText(root, m)}`);
}

/** A detached <div> holding `html`, parsed without touching the live document. */
function parse(html: string): Element {
  return new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html').body.firstElementChild!;
}

/** The text a match covers, read node by node (what Range.toString would give). */
function rangeText(root: Element, match: DomTermMatch): string {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let text = '';
  let inside = false;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node === match.startContainer) inside = true;
    if (!inside) continue;
    const from = node === match.startContainer ? match.startOffset : 0;
    const to = node === match.endContainer ? match.endOffset : node.data.length;
    text += node.data.slice(from, to);
    if (node === match.endContainer) break;
  }
  return text;
}

describe('matchInElement', () => {
  it('matches across inline tags, with the range spanning them', () => {
    expect(domFound('<p>A <em>mixture</em>-of-<a href="#">experts</a> model.</p>')).toEqual([
      'moe:mixture-of-experts',
    ]);
    const root = document.createElement('p');
    root.append(
      'a ',
      Object.assign(document.createElement('b'), { textContent: 'language' }),
      ' model',
    );
    const [match] = matchInElement(index, root);
    expect(match?.startContainer.data).toBe('language');
    expect(match?.startOffset).toBe(0);
    expect(match?.endContainer.data).toBe(' model');
    expect(match?.endOffset).toBe(6);
  });

  it('does not match across block boundaries or line breaks', () => {
    expect(domFound('<div><p>a language</p><p>model here</p></div>')).toEqual([]);
    expect(domFound('<p>a language<br>model</p>')).toEqual([]);
    expect(domFound('<div>a language<div>model</div></div>')).toEqual([]);
  });

  it('never matches in code, form fields, editable regions, scripts or our own UI', () => {
    expect(
      domFound(
        [
          '<p><code>MoE</code> <kbd>RL</kbd> <samp>AGI</samp></p>',
          '<pre>language model</pre>',
          '<textarea>language model</textarea>',
          '<select><option>language model</option></select>',
          '<div contenteditable="true"><p>language <b>model</b></p></div>',
          '<div contenteditable>language model</div>',
          '<div data-gloss-ui><span>language model</span></div>',
          '<script>var s = "language model";</script><style>/* MoE */</style>',
          '<noscript>language model</noscript>',
          '<div hidden>language model</div>',
        ].join(''),
      ),
    ).toEqual([]);
    expect(domFound('<div contenteditable="false">language model</div>')).toEqual([
      'lm:language model',
    ]);
  });

  it('does not join the text on either side of a skipped element', () => {
    expect(domFound('<p>language <code>x</code> model</p>')).toEqual([]);
  });

  it('skips excluded subtrees and returns nothing when the root is inside an editor', () => {
    const root = parse('<p>RL here</p><aside><p>MoE there</p></aside>');
    const aside = root.querySelector('aside')!;
    expect(
      matchInElement(index, root, { exclude: new Set([aside]) }).map((m) => m.entryId),
    ).toEqual(['rl']);

    const editor = document.createElement('div');
    editor.setAttribute('contenteditable', 'true');
    const inner = document.createElement('p');
    inner.textContent = 'RL inside an editor';
    editor.append(inner);
    expect(matchInElement(index, inner)).toEqual([]);
  });

  it('applies firstOnly and maxMatches across blocks', () => {
    const html = '<p>RL and MoE</p><p>RL and AGI</p>';
    expect(domFound(html, { firstOnly: true })).toEqual(['rl:RL', 'moe:MoE', 'agi:AGI']);
    expect(domFound(html, { maxMatches: 3 })).toEqual(['rl:RL', 'moe:MoE', 'rl:RL']);
  });

  it('keeps ruby base text together and leaves annotations out', () => {
    const [match, ...rest] = matchInElement(
      index,
      parse('<p><ruby>机器<rt>jīqì</rt></ruby>学习</p>'),
    );
    expect(rest).toEqual([]);
    expect([match?.entryId, match?.startContainer.data, match?.endContainer.data]).toEqual([
      'ml',
      '机器',
      '学习',
    ]);
  });

  it('walks a 20,000-deep tree without recursion', () => {
    const root = document.createElement('div');
    let parent: Element = root;
    for (let i = 0; i < 20_000; i++) {
      const span = document.createElement('span');
      parent.append(span);
      parent = span;
    }
    parent.append('a language model');
    expect(matchInElement(index, root).map((m) => m.entryId)).toEqual(['lm']);
  });
});

describe('builtinGlossary', () => {
  const builtins = compileGlossary(builtinGlossary);

  it('has the required terms, with stable slugs and short plain definitions', () => {
    expect(builtinGlossary.length).toBeGreaterThanOrEqual(55);
    const ids = builtinGlossary.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of builtinGlossary) {
      expect(e.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(e.origin).toBe('builtin');
      expect(e.updatedAt).toBe(0);
      expect(e.definition.length).toBeGreaterThan(20);
      expect(e.definition.length).toBeLessThanOrEqual(300);
      expect(e.definition).not.toMatch(/[<>]/);
      expect(e.tags.length).toBeGreaterThan(0);
    }
    const text = [
      'MoE',
      'knowledge distillation',
      'RL',
      'CoT',
      'scaling laws',
      'foundation model',
      'pre-training',
      'diffusion model',
      'transformer',
      'AGI',
      'open-weight model',
      'export controls',
      'extractive institutions',
      'inclusive institutions',
      'next-token prediction',
    ].join(' / ');
    expect(matchText(builtins, text)).toHaveLength(15);
  });

  it('gives every spelling to its own entry: no two entries claim the same words', () => {
    for (const e of builtinGlossary) {
      for (const spelling of [e.term, ...e.aliases]) {
        const matches = matchText(builtins, spelling);
        expect(
          matches.map((m) => [m.entryId, m.start, m.end]),
          spelling,
        ).toEqual([[e.id, 0, spelling.length]]);
      }
    }
  });

  it('does not mark everyday words on their own', () => {
    const everyday =
      'The agent said the model of inference was a token of good parameters to compute; embedding the data, the alignment of the wheels, chips and a sanction.';
    expect(matchText(builtins, everyday)).toEqual([]);
  });
});
