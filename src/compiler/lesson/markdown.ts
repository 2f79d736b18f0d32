import markdownIt, { type MarkdownIt, type Token } from 'markdown-it';
import container from 'markdown-it-container';
import sanitizeHtml from 'sanitize-html';
import { sanitize } from './htmlAllowList.ts';

export type { Token };

/** The one Markdown configuration used for every lesson. Raw HTML is parsed, then allow-listed. */
export function createMarkdown(): MarkdownIt {
  const md = markdownIt({ html: true, linkify: false, typographer: false });
  // Markdown-it drops javascript:, vbscript: and data: links silently; they reach inspectTokens
  // instead, which warns (H002) and removes the target (linkSafety.ts).
  md.validateLink = () => true;
  md.use(container, 'check');
  return md;
}

/**
 * Groups a flat token list into its top-level blocks: an opening token with everything up to its
 * matching close, or a single self-contained token.
 */
export function topLevelBlocks(tokens: readonly Token[]): Token[][] {
  const blocks: Token[][] = [];
  let depth = 0;
  let current: Token[] = [];
  for (const token of tokens) {
    current.push(token);
    depth += token.nesting;
    if (depth === 0) {
      blocks.push(current);
      current = [];
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

export function render(md: MarkdownIt, tokens: readonly Token[]): string {
  return sanitize(md.renderer.render(tokens as Token[], md.options, {})).trim();
}

export function renderInline(md: MarkdownIt, inline: Token): string {
  return sanitize(md.renderer.renderInline(inline.children ?? [], md.options, {})).trim();
}

/** Plain text of rendered HTML, for titles and messages. */
export function plainText(html: string): string {
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} })
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** 1-based line where a block token starts. */
export function lineOf(token: Token): number {
  return (token.map?.[0] ?? 0) + 1;
}

/** 1-based column of the first non-blank character of a 1-based line. */
export function indentColumn(lines: readonly string[], line: number): number {
  const text = lines[line - 1] ?? '';
  return text.length - text.trimStart().length + 1;
}

export function shorten(text: string, max = 48): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
