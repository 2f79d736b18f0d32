import type { DiagnosticSink, Position } from '../diagnostics/diagnostics.ts';
import { rawHtmlProblems, withoutRawImages, type RawHtmlProblem } from './htmlAllowList.ts';
import { linkProblem, visibleHref } from './linkSafety.ts';
import { lineOf, type Token } from './markdown.ts';

/** An image a lesson refers to by a relative path. */
export interface AssetReference {
  /** As written in the lesson, relative to the lesson folder. */
  src: string;
  line: number;
  col: number;
}

/**
 * Walks all tokens once: points relative image paths at `assetBase`, reports images from other
 * hosts, images without a text alternative, links that are removed (H002) and raw HTML that the
 * allow-list removes.
 */
export function inspectTokens(tokens: readonly Token[], lines: readonly string[], assetBase: string, sink: DiagnosticSink): AssetReference[] {
  const assets: AssetReference[] = [];
  // Inline tokens in table cells have no lines of their own; their row's are the nearest.
  let placed: Token | undefined;
  for (const block of tokens) {
    if (block.map) placed = block;
    if (block.type === 'html_block') inspectHtmlBlock(block, lines, sink);
    const finder = new BlockFinder(lines, block.map ? block : (placed ?? block));
    const links: Token[] = [];
    for (const child of block.children ?? []) {
      if (child.type === 'html_inline') inspectHtmlInline(child, finder, sink);
      if (child.type === 'link_open') links.push(child);
      // Found at its end: the destination follows the link text, which may hold images of its own.
      if (child.type === 'link_close') inspectLink(links.pop(), finder, sink);
      if (child.type !== 'image') continue;
      const src = String(child.attrGet('src') ?? '');
      const written = safeDecode(src);
      const place = finder.find([`](${written}`, `](<${written}>`, `](${src}`], 2);
      if (src.startsWith('data:image/')) continue;
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src) || src.startsWith('/')) {
        sink.report('A002', place, { src: written });
        continue;
      }
      if (child.content.trim() === '') sink.report('P002', place, { src: written });
      const clean = safeDecode(src.split(/[?#]/)[0]!).replace(/^\.\//, '');
      assets.push({ src: clean, ...place });
      child.attrSet('src', `${assetBase}/${encodeURI(clean)}`);
    }
  }
  return assets;
}

/**
 * H002 for a link the page must not have; its target is removed, so the text stays but links nowhere.
 * Markdown-it would drop `javascript:` and `data:` links silently (validateLink); the lesson's
 * Markdown lets them through to here, where the author hears about it.
 */
function inspectLink(link: Token | undefined, finder: BlockFinder, sink: DiagnosticSink): void {
  const target = link?.attrGet('href');
  if (!link || target === null || target === undefined) return;
  const href = String(target);
  const why = linkProblem(href);
  if (!why) return;
  const place = link.markup === 'autolink' ? finder.find(['<'], 1) : finder.find(['](', ']['], 2);
  sink.report('H002', place, { href: visibleHref(href), why });
  link.attrs = (link.attrs ?? []).filter(([name]) => name !== 'href');
}

function inspectHtmlBlock(block: Token, lines: readonly string[], sink: DiagnosticSink): void {
  const problems = rawHtmlProblems(block.content);
  const first = lineOf(block);
  for (const problem of problems) {
    const before = block.content.slice(0, problem.start);
    const line = first + (before.match(/\n/g)?.length ?? 0);
    const text = block.content.slice(problem.start, problem.end).split('\n')[0]!;
    const col = (lines[line - 1] ?? '').indexOf(text);
    report(sink, problem, { line, col: col >= 0 ? col + 1 : 1 });
  }
  if (problems.some((problem) => problem.image)) block.content = withoutRawImages(block.content);
}

function inspectHtmlInline(token: Token, finder: BlockFinder, sink: DiagnosticSink): void {
  const problems = rawHtmlProblems(token.content);
  if (problems.length === 0) return;
  const place = finder.find([token.content], 0);
  for (const problem of problems) {
    const before = token.content.slice(0, problem.start);
    const newlines = before.match(/\n/g)?.length ?? 0;
    const col = newlines === 0 ? place.col + problem.start : problem.start - before.lastIndexOf('\n');
    report(sink, problem, { line: place.line + newlines, col });
  }
  if (problems.some((problem) => problem.image)) token.content = withoutRawImages(token.content);
}

function report(sink: DiagnosticSink, problem: RawHtmlProblem, at: Position): void {
  sink.report(problem.code, at, ...problem.params);
}

/**
 * Finds inline things in the source lines of one block, front to back, so two equal
 * images or tags in a paragraph get their own places.
 */
class BlockFinder {
  private line: number;
  private col = 0;
  private readonly end: number;

  constructor(
    private readonly lines: readonly string[],
    block: Token,
  ) {
    this.line = block.map?.[0] ?? 0;
    this.end = block.map?.[1] ?? this.line + 1;
  }

  /** The first place of any needle from the cursor on; `skip` characters of the needle are not part of the place. */
  find(needles: string[], skip: number): Position {
    for (let index = this.line; index < this.end; index++) {
      const text = this.lines[index] ?? '';
      const from = index === this.line ? this.col : 0;
      const hits = needles.map((needle) => text.indexOf(needle, from)).filter((hit) => hit >= 0);
      if (hits.length > 0) {
        const hit = Math.min(...hits);
        this.line = index;
        this.col = hit + 1;
        return { line: index + 1, col: hit + skip + 1 };
      }
    }
    return { line: this.line + 1, col: 1 };
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}
