/**
 * Readability (LIX) of an MDX article body, the Scandinavian plain-language measure:
 * words per sentence + percentage of words longer than six letters.
 * Headings, list items and table cells count as sentence ends, as a reader experiences them.
 */
import { readFrontmatter } from './frontmatter.ts';

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const HAS_WORD = /[\p{L}\p{N}]/u;
const SENTENCE_END = /[.!?:;]+(?=\s|$)/g;

/** The body's readable text, one string per sentence-like segment (headings, items and cells end one). */
export function readableText(mdx: string): string {
  const body = readFrontmatter(mdx).split?.body ?? mdx;
  const lines: string[] = [];
  for (const rawLine of body.split('\n')) {
    let line = rawLine
      .replace(/^\s*(import|export)\s.*$/, '')
      .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
      .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[*_`]/g, '')
      .trim();
    if (!line || /^\|?[\s:|-]+\|?$/.test(line)) continue;
    const structural = /^(#{1,6}\s|[-*+]\s|\d+[.)]\s|>|\|)/.test(line);
    if (line.startsWith('|')) {
      line = line
        .split('|')
        .map((cell) => cell.trim())
        .filter(Boolean)
        .map((cell) => `${cell}.`)
        .join(' ');
    } else {
      line = line.replace(/^(#{1,6}\s|[-*+]\s|\d+[.)]\s|>\s?)/, '');
      if (structural && !/[.!?:;]$/.test(line)) line = `${line}.`;
    }
    lines.push(line);
  }
  return lines.join('\n');
}

export interface LixResult {
  words: number;
  sentences: number;
  longWords: number;
  lix: number;
}

export function lixOf(text: string): LixResult {
  const words = text.match(WORD) ?? [];
  const segments = text.split(SENTENCE_END).filter((segment) => HAS_WORD.test(segment));
  const longWords = words.filter((word) => word.replace(/[^\p{L}]/gu, '').length > 6).length;
  const sentences = Math.max(1, segments.length);
  const lix = words.length === 0 ? 0 : words.length / sentences + (100 * longWords) / words.length;
  return { words: words.length, sentences, longWords, lix: Math.round(lix * 10) / 10 };
}

export const lixOfMdx = (mdx: string): LixResult => lixOf(readableText(mdx));
