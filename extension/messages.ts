/**
 * Every message Gloss sends, as typed maps (Yomitan's pattern): one request type and one response
 * type per action, and a shape check for each request, because a message is untrusted until its
 * sender and its shape are both checked.
 */
import type { ClaimKind, ClutterCategory } from '../lib/types';

/** What the popup shows about a tab. */
export interface PageState {
  host: string;
  isArticle: boolean;
  /** The reader asked to treat this page as an article although detection said no. */
  forced: boolean;
  title: string;
  siteName: string | null;
  wordCount: number;
  readingMinutes: number;
  clean: boolean;
  alwaysClean: boolean;
  hidden: { index: number; category: ClutterCategory; preview: string; revealed: boolean }[];
  /** The reader's own corrections on this site, with the block each names here ('' if none). */
  corrections: { mode: 'hide' | 'show'; selector: string; preview: string }[];
  claims: { index: number; text: string; kind: ClaimKind; source?: string }[];
  terms: { id: string; term: string; count: number; definition: string }[];
  pageUrl: string;
}

/** Requests to a tab's content script, from the popup or the background. */
export interface ContentApi {
  'get-state': { request: Record<never, never>; response: PageState };
  'set-clean': { request: { on: boolean }; response: PageState };
  'toggle-clean': { request: Record<never, never>; response: PageState };
  /** Shows a hidden block, and keeps it shown on this site. */
  'reveal-block': { request: { index: number }; response: PageState };
  /** Forgets one of the reader's corrections on this site; Gloss judges the block again. */
  'undo-correction': { request: { mode: 'hide' | 'show'; selector: string }; response: PageState };
  'go-to-claim': { request: { index: number }; response: { found: boolean } };
  'go-to-term': { request: { id: string }; response: { found: boolean } };
  'start-picker': { request: { mode: 'hide' | 'show' }; response: { started: boolean } };
  'analyze-anyway': { request: Record<never, never>; response: PageState };
  'next-term': { request: Record<never, never>; response: { found: boolean } };
  /** The article as the reader sees it, for the browser's on-device summarizer. */
  'article-text': { request: Record<never, never>; response: { text: string; lang: string } };
  /** The summarizer's points, each tied back to its best source sentence. */
  'align-points': {
    request: { points: string[] };
    response: { items: { point: string; sentence: string | null }[] };
  };
  'go-to-point': { request: { index: number }; response: { found: boolean } };
  'selection-context': {
    request: Record<never, never>;
    response: { term: string; sentence: string };
  };
}

/** Requests to the background, from content scripts. */
export interface BackgroundApi {
  'clean-css': { request: { on: boolean }; response: { applied: boolean } };
  /** From the content script on an article page: inject the article script into this frame. */
  'load-article-script': { request: Record<never, never>; response: { loaded: boolean } };
  /** From the term card's "edit": open the options page at that term. */
  'open-options': { request: { entryId: string }; response: undefined };
}

export type Message<Api, K extends keyof Api = keyof Api> = K extends keyof Api
  ? { type: K } & (Api[K] extends { request: infer R } ? R : never)
  : never;

export type ResponseOf<Api, K extends keyof Api> = Api[K] extends { response: infer R } ? R : never;

type Shape = Record<string, 'boolean' | 'number' | 'string' | 'picker-mode' | 'points'>;

const CONTENT_SHAPES: Record<keyof ContentApi, Shape> = {
  'get-state': {},
  'set-clean': { on: 'boolean' },
  'toggle-clean': {},
  'reveal-block': { index: 'number' },
  'undo-correction': { mode: 'picker-mode', selector: 'string' },
  'go-to-claim': { index: 'number' },
  'go-to-term': { id: 'string' },
  'start-picker': { mode: 'picker-mode' },
  'analyze-anyway': {},
  'next-term': {},
  'article-text': {},
  'align-points': { points: 'points' },
  'go-to-point': { index: 'number' },
  'selection-context': {},
};

const BACKGROUND_SHAPES: Record<keyof BackgroundApi, Shape> = {
  'clean-css': { on: 'boolean' },
  'open-options': { entryId: 'string' },
  'load-article-script': {},
};

const MAX_POINTS = 20;
const MAX_POINT_LENGTH = 1000;

function matchesShape(value: Record<string, unknown>, shape: Shape): boolean {
  const keys = Object.keys(value).filter((key) => key !== 'type');
  if (keys.length !== Object.keys(shape).length) return false;
  return keys.every((key) => {
    const expected = shape[key];
    const actual = value[key];
    if (expected === 'picker-mode') return actual === 'hide' || actual === 'show';
    if (expected === 'points') {
      return (
        Array.isArray(actual) &&
        actual.length <= MAX_POINTS &&
        actual.every((p) => typeof p === 'string' && p.length <= MAX_POINT_LENGTH)
      );
    }
    if (expected === 'number') return Number.isInteger(actual) && (actual as number) >= 0;
    return expected !== undefined && typeof actual === expected;
  });
}

function parseWith<Api>(shapes: Record<string, Shape>, value: unknown): Message<Api> | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const type = record.type;
  if (typeof type !== 'string' || !Object.hasOwn(shapes, type)) return null;
  return matchesShape(record, shapes[type]!) ? (value as Message<Api>) : null;
}

export const parseContentMessage = (value: unknown) => parseWith<ContentApi>(CONTENT_SHAPES, value);
export const parseBackgroundMessage = (value: unknown) =>
  parseWith<BackgroundApi>(BACKGROUND_SHAPES, value);
