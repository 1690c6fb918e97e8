/**
 * The article's sentences in reading order, each with its place (paragraph, position in it) and
 * its content terms. Shared by the claim ranker and the benchmark's baselines, so every system
 * is judged on the same sentences.
 */
import { readArticle, type ArticleText } from './blocks';
import { sentenceSplitter } from './sentences';
import { contentTerms, words } from './tokens';

export interface ArticleSentence {
  /** Range in `article.index.text`. */
  start: number;
  end: number;
  text: string;
  paragraph: number;
  /** Position inside its paragraph. */
  index: number;
  /** From a blockquote. */
  quoted: boolean;
  wordCount: number;
  terms: string[];
}

export function articleSentences(
  root: Element,
  exclude?: ReadonlySet<Element>,
): { article: ArticleText; sentences: ArticleSentence[] } {
  const article = readArticle(root, exclude);
  const { text } = article.index;
  const split = sentenceSplitter(root.closest('[lang]')?.getAttribute('lang') ?? '');
  const sentences: ArticleSentence[] = [];
  article.blocks.forEach((block, paragraph) => {
    split(text.slice(block.start, block.end)).forEach((span, index) => {
      const start = block.start + span.start;
      const end = block.start + span.end;
      const sentence = text.slice(start, end);
      const all = words(sentence);
      sentences.push({
        start,
        end,
        text: sentence,
        paragraph,
        index,
        quoted: block.quoted,
        wordCount: all.length,
        terms: contentTerms(all),
      });
    });
  });
  return { article, sentences };
}
