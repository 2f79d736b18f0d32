import type { DiagnosticSink, Position } from './diagnostics.ts';
import { rawHtmlProblems, withoutRawImages } from './htmlAllowList.ts';
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
 * hosts, images without a text alternative and raw HTML that the allow-list removes.
 */
export function inspectTokens(
  tokens: readonly Token[],
  lines: readonly string[],
  assetBase: string,
  sink: DiagnosticSink,
): AssetReference[] {
  const assets: AssetReference[] = [];
  for (const block of tokens) {
    if (block.type === 'html_block') inspectHtmlBlock(block, lines, sink);
    const finder = new BlockFinder(lines, block);
    for (const child of block.children ?? []) {
      if (child.type === 'html_inline') inspectHtmlInline(child, finder, sink);
      if (child.type !== 'image') continue;
      const src = String(child.attrGet('src') ?? '');
      const written = safeDecode(src);
      const place = finder.find([`](${written}`, `](<${written}>`, `](${src}`], 2);
      if (src.startsWith('data:image/')) continue;
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src) || src.startsWith('/')) {
        sink.report('A002', place, written);
        continue;
      }
      if (child.content.trim() === '') sink.report('P002', place, written);
      const clean = safeDecode(src.split(/[?#]/)[0]!).replace(/^\.\//, '');
      assets.push({ src: clean, ...place });
      child.attrSet('src', `${assetBase}/${encodeURI(clean)}`);
    }
  }
  return assets;
}

function inspectHtmlBlock(block: Token, lines: readonly string[], sink: DiagnosticSink): void {
  const problems = rawHtmlProblems(block.content);
  const first = lineOf(block);
  for (const problem of problems) {
    const before = block.content.slice(0, problem.start);
    const line = first + (before.match(/\n/g)?.length ?? 0);
    const tag = block.content.slice(problem.start, problem.end);
    const col = (lines[line - 1] ?? '').indexOf(tag);
    sink.report('H001', { line, col: col >= 0 ? col + 1 : 1 }, problem.what);
  }
  if (problems.some((problem) => problem.what.startsWith('<img>'))) block.content = withoutRawImages(block.content);
}

function inspectHtmlInline(token: Token, finder: BlockFinder, sink: DiagnosticSink): void {
  const problems = rawHtmlProblems(token.content);
  if (problems.length === 0) return;
  const place = finder.find([token.content], 0);
  for (const problem of problems) sink.report('H001', place, problem.what);
  if (problems.some((problem) => problem.what.startsWith('<img>'))) token.content = withoutRawImages(token.content);
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
