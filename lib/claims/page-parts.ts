/**
 * The parts of a page that are not the author's prose: reference lists, citations, captions,
 * bylines and bios, tables of contents, wiki templates (navboxes, hatnotes, maintenance boxes),
 * navigation and promotions, headings, code, tables and forms. None of them yields claims.
 *
 * All the vocabulary is in one table, `PAGE_PART_VOCABULARY`, so that it can move to a module
 * shared with the clutter planner. A part is recognised by its element (tag, ARIA role,
 * class and id words, a few attributes), by the heading of the section it stands in
 * ("References", "Weblinks", "Liens externes"), or, for bylines and bios, by its words.
 */
import { PhraseSet, tokenize } from './phrases';

export type PagePart =
  | 'reference'
  | 'citation'
  | 'caption'
  | 'byline'
  | 'toc'
  | 'template'
  | 'navigation'
  | 'promotion'
  | 'heading'
  | 'code'
  | 'table'
  | 'form';

/** The parts the benchmark counts claims from (target: none). */
export const AUDITED_PARTS: readonly PagePart[] = [
  'reference',
  'citation',
  'caption',
  'byline',
  'toc',
  'template',
];

interface PartSigns {
  tags?: string[];
  roles?: string[];
  /** Words of `class` and `id` ("mw-references-wrap" has "references"), or whole hyphenated names. */
  names?: string[];
  /** `attribute=value` pairs. */
  attributes?: string[];
}

export const PAGE_PART_VOCABULARY = {
  parts: {
    reference: {
      roles: ['doc-bibliography', 'doc-endnotes', 'doc-endnote', 'doc-footnote'],
      names: [
        'references',
        'reference',
        'reflist',
        'refbegin',
        'footnotes',
        'footnote',
        'endnotes',
        'bibliography',
        'citations',
        'mw-cite-backlink',
      ],
    },
    citation: { tags: ['CITE'], names: ['citation', 'cite'] },
    caption: {
      tags: ['FIGCAPTION', 'CAPTION'],
      names: ['caption', 'captions', 'credit', 'credits', 'thumbcaption', 'legend'],
    },
    byline: {
      tags: ['ADDRESS'],
      names: ['byline', 'author', 'authors', 'bio', 'contributor', 'dateline'],
      attributes: ['rel=author', 'itemprop=author', 'data-component=byline'],
    },
    toc: { roles: ['doc-toc'], names: ['toc', 'table-of-contents', 'vector-toc'] },
    template: {
      names: [
        'navbox',
        'vertical-navbox',
        'hatnote',
        'ambox',
        'metadata',
        'noprint',
        'mw-editsection',
        'infobox',
        'sistersitebox',
        'portalbox',
        'catlinks',
        'printfooter',
        'shortdescription',
        'sitesub',
        'mw-empty-elt',
        'cs1-maint',
        'citation-comment',
        'error',
      ],
    },
    navigation: {
      tags: ['NAV', 'HEADER', 'FOOTER'],
      roles: ['navigation', 'banner', 'contentinfo'],
      names: ['breadcrumb', 'breadcrumbs'],
    },
    promotion: {
      tags: ['ASIDE'],
      roles: ['complementary'],
      names: [
        'related',
        'recirc',
        'read-more',
        'more-stories',
        'promo',
        'newsletter',
        'share',
        'sharing',
        'social',
        'tags',
        'ad',
        'ads',
        'advert',
        'sponsored',
        'comments',
        'comment',
      ],
    },
    heading: { tags: ['H1', 'H2', 'H3', 'H4', 'H5', 'H6'] },
    code: { tags: ['PRE', 'CODE'] },
    table: { tags: ['TABLE'] },
    form: { tags: ['FORM', 'BUTTON', 'LABEL', 'DIALOG'], roles: ['dialog'] },
  } satisfies Record<PagePart, PartSigns>,

  /** Headings of the back matter: every block of their section is a reference or a link list. */
  backMatterHeadings: [
    'references',
    'notes',
    'footnotes',
    'sources',
    'bibliography',
    'further reading',
    'external links',
    'see also',
    'citations',
    'works cited',
    'notes and references',
    'references and notes',
    'einzelnachweise',
    'anmerkungen',
    'literatur',
    'weblinks',
    'siehe auch',
    'quellen',
    'belege',
    'fußnoten',
    'notes et références',
    'références',
    'bibliographie',
    'liens externes',
    'voir aussi',
    'articles connexes',
    'referencias',
    'notas',
    'bibliografía',
    'enlaces externos',
    'véase también',
    'fuentes',
    'notas y referencias',
  ],
  /** Headings of link lists inside a story: their list items are teasers, not prose. */
  relatedHeadings: [
    'related',
    'related stories',
    'related articles',
    'related content',
    'read more',
    'more on this story',
    'more from',
    'most read',
    'most popular',
    'recommended',
    'you may also like',
    'also read',
    'weiterlesen',
    'mehr zum thema',
    'das könnte sie auch interessieren',
    'lire aussi',
    'à lire aussi',
    'sur le même sujet',
    'lee también',
    'más información',
    'te puede interesar',
    'noticias relacionadas',
  ],
  /** How a credit or byline line opens ("By Jane Roe", "Foto: dpa", "Par Jean Dupont"). */
  bylineOpeners: [
    'by',
    'photo|photograph|image|illustration|credit|source|updated|published|posted|filed',
    'reporting|editing|written by',
    'additional reporting',
    'medically|fact? reviewed|checked by',
    'revisado médicamente? por',
    'geprüft|überprüft von',
    'relu|vérifié par',
    'von',
    'foto|bild|quelle|aktualisiert|veröffentlicht|text',
    'par',
    'crédit|crédits|publié',
    'mis à jour',
    'por',
    'fuente|actualizado|publicado',
  ],
  /** An author's bio, closing the piece ("Jane Roe is a professor of …"). */
  bioPhrases: [
    'is|was a|an|the … … professor|author|editor|fellow|director|correspondent|writer|columnist|reporter|economist|journalist|founder|chair|president|researcher|scientist|lecturer|analyst|contributor|laureate',
    'views expressed',
    "writer's own",
    'is the author of',
    'follow him|her|them on',
    'ist|war … … professor|professorin|autor|autorin|redakteur|redakteurin|korrespondent|korrespondentin|journalist|journalistin',
    'est|était … … professeur|professeure|auteur|autrice|journaliste|chercheur|chercheuse|économiste|correspondant|correspondante',
    'es|fue … … profesor|profesora|autor|autora|periodista|investigador|investigadora|economista|corresponsal',
  ],
  /** Footnote markers written as text (the DOM's are `sup` elements, see `isFootnoteMarker`). */
  footnoteText:
    /\[(?:\d{1,3}|[a-z]|note \d{1,3}|nb \d{1,3}|citation needed|clarification needed|better source needed|page needed|who\?|when\?|which\?|according to whom\?|dubious)\]/giu,
};

/** The vocabulary as lookups; where two parts share a sign, the first in the table wins. */
const BY_TAG = new Map<string, PagePart>();
const BY_ROLE = new Map<string, PagePart>();
const BY_WORD = new Map<string, PagePart>();
const COMPOUNDS: [string, PagePart][] = [];
const ATTRIBUTES: [string, string, PagePart][] = [];
for (const [part, signs] of Object.entries(PAGE_PART_VOCABULARY.parts) as [PagePart, PartSigns][]) {
  for (const tag of signs.tags ?? []) if (!BY_TAG.has(tag)) BY_TAG.set(tag, part);
  for (const role of signs.roles ?? []) if (!BY_ROLE.has(role)) BY_ROLE.set(role, part);
  for (const name of signs.names ?? []) {
    if (name.includes('-')) COMPOUNDS.push([`-${name}-`, part]);
    else if (!BY_WORD.has(name)) BY_WORD.set(name, part);
  }
  for (const pair of signs.attributes ?? []) {
    const [name, value] = pair.split('=') as [string, string];
    ATTRIBUTES.push([name, value, part]);
  }
}

/** The part a `class` or `id` names: a word of it ("mw-references-wrap") or a hyphenated name. */
function partOfNames(element: Element): PagePart | null {
  const all = `${element.getAttribute('class') ?? ''} ${element.id}`;
  if (all.length === 1) return null;
  for (const name of all.toLowerCase().split(/\s+/)) {
    if (!name) continue;
    const framed = `-${name.replace(/_/g, '-')}-`;
    for (const [compound, part] of COMPOUNDS) if (framed.includes(compound)) return part;
    for (const word of name.split(/[-_]/)) {
      const part = BY_WORD.get(word);
      if (part) return part;
    }
  }
  return null;
}

/**
 * The part `element` itself is, judged by its markup alone; null for prose containers. Names
 * come first: they are the most specific sign (`<table class="navbox">` is a template, not a
 * table; `<div class="toc" role="navigation">` a table of contents).
 */
export function partOfElement(element: Element): PagePart | null {
  const byName = partOfNames(element);
  if (byName) return byName;
  for (const [name, value, part] of ATTRIBUTES)
    if (element.getAttribute(name) === value) return part;
  const role = element.getAttribute('role');
  const byRole = role ? BY_ROLE.get(role) : undefined;
  return byRole ?? BY_TAG.get(element.tagName.toUpperCase()) ?? null;
}

function normalizeHeading(text: string): string {
  return text
    .toLowerCase()
    .replace(/\[[^\]]{0,20}\]/g, ' ')
    .replace(/[^\p{L}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const BACK_MATTER = new Set(PAGE_PART_VOCABULARY.backMatterHeadings);
const RELATED = PAGE_PART_VOCABULARY.relatedHeadings;

/** What a heading's section holds: the back matter, a related-links box, or prose. */
export function headingSection(text: string): 'back-matter' | 'related' | null {
  // A heading is short; a long one is prose set large, and is read no further.
  const heading = normalizeHeading(text.slice(0, 80));
  if (BACK_MATTER.has(heading)) return 'back-matter';
  if (RELATED.some((start) => heading === start || heading.startsWith(`${start} `)))
    return 'related';
  return null;
}

const BYLINE = new PhraseSet(PAGE_PART_VOCABULARY.bylineOpeners);
const BIO = new PhraseSet(PAGE_PART_VOCABULARY.bioPhrases);

/** A short line that credits someone: "By Jane Roe", "Photo: AP", "Von Max Muster". */
export function isBylineText(text: string): boolean {
  // Twenty words take far fewer characters: longer blocks are never a credit line.
  if (text.length > 240) return false;
  const tokens = tokenize(text);
  return tokens.word.length < 20 && BYLINE.startsWith(tokens);
}

/** An author's bio (checked on the article's last, short paragraph). */
export function isBioText(text: string): boolean {
  return BIO.count(tokenize(text)) > 0;
}

const MARKER_NAMES = /(?:^|[-_\s])(?:reference|noprint|footnote|fn|noteref|citation|template)/i;

/** A footnote marker: `<sup>[1]</sup>`, `<sup class="reference">`, "[citation needed]". */
export function isFootnoteMarker(element: Element, text: string): boolean {
  if (element.tagName.toUpperCase() !== 'SUP' && element.getAttribute('role') !== 'doc-noteref')
    return false;
  const trimmed = text.trim();
  if (trimmed.length > 40) return false;
  if (element.getAttribute('role') === 'doc-noteref') return true;
  if (/^\[[^\]]*\]$|^\^$/.test(trimmed)) return true;
  if (MARKER_NAMES.test(element.getAttribute('class') ?? '')) return true;
  // A number linked to a note further down: "text.<sup><a href="#fn3">3</a></sup>".
  const link = element.querySelector('a[href^="#"]');
  return link !== null && /^[\p{N}\p{L}*†‡§]{1,4}$/u.test(trimmed);
}
