import type { Token } from './markdown.ts';
import type { TextBlock } from './textBlock.ts';

/**
 * What is not the author's own wording, blanked: placeholders (the theme's words), code spans, link
 * targets, HTML tags and autolinks, web and mail addresses. Each is replaced by as many spaces, so an
 * offset in the text is still a column of the file.
 */
const NOT_PROSE = [
  /\{\{[^{}]*\}\}/g,
  /(?<!`)`+[^`\n]*`+/g,
  // A link's or image's target (with an optional title), after the "]" of its text.
  /(?<=\])\((?:[^()\n]|\([^()\n]*\))*\)/g,
  /<[^<>\n]*>/g,
  /\b(?:https?:\/\/|www\.)[^\s<>)]+/g,
  // The lookbehind starts a match only at the start of a run of letters: linear time on long words.
  /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g,
];

/** The frontmatter keys whose values learners read. Sources are titles of others' works, and stay as they are. */
const FRONTMATTER_TEXTS = ['title', 'summary', 'objectives'];

/**
 * The author's wording as written, before placeholders are filled: one block per paragraph, heading,
 * list item, table row or frontmatter text, each holding its source lines with what is not prose
 * blanked (NOT_PROSE). `line` is the block's first line; its text starts at column 1 of that line.
 * For checks that point at a word, such as the glossary. `tokens` come from the filled body, whose
 * lines are those of `rawBody` (a theme value holds no line break).
 */
export function authoredText(tokens: readonly Token[], rawBody: string, yaml: string | undefined, yamlFirstLine: number): TextBlock[] {
  const lines = rawBody.split('\n');
  const blocks: TextBlock[] = [];
  if (yaml !== undefined) blocks.push(...frontmatterTexts(yaml, yamlFirstLine));
  const seen = new Set<string>();
  let lastMap: [number, number] | undefined;
  for (const token of tokens) {
    // Table cells have no map of their own: their row's applies.
    if (token.map) lastMap = token.map as [number, number];
    if (token.type !== 'inline' || !lastMap) continue;
    const [start, end] = token.map ?? lastMap;
    const key = `${start}:${end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    blocks.push({ line: start + 1, text: blank(lines.slice(start, end).join('\n')) });
  }
  return blocks;
}

/** Title, summary and each objective: the lines of their keys, with the key itself blanked. */
function frontmatterTexts(yaml: string, firstLine: number): TextBlock[] {
  const lines = yaml.split('\n');
  const blocks: TextBlock[] = [];
  for (let index = 0; index < lines.length; index++) {
    const key = /^([A-Za-z]+):/.exec(lines[index]!)?.[1];
    if (!key || !FRONTMATTER_TEXTS.includes(key)) continue;
    let end = index + 1;
    while (end < lines.length && /^(\s|-|$)/.test(lines[end]!)) end++;
    const text = [lines[index]!.replace(/^[A-Za-z]+:/, (found) => ' '.repeat(found.length)), ...lines.slice(index + 1, end)].join('\n');
    blocks.push({ line: firstLine + index, text: blank(text) });
    index = end - 1;
  }
  return blocks;
}

function blank(text: string): string {
  return NOT_PROSE.reduce((result, pattern) => result.replace(pattern, (found) => found.replace(/[^\n]/g, ' ')), text);
}
