import type { DiagnosticSink } from './diagnostics.ts';
import { disallowedInRawHtml } from './htmlAllowList.ts';
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
    const line = lineOf(block);
    if (block.type === 'html_block') reportRawHtml(block.content, line, lines, sink);
    for (const child of block.children ?? []) {
      if (child.type === 'html_inline') reportRawHtml(child.content, line, lines, sink, block.map);
      if (child.type !== 'image') continue;
      const src = String(child.attrGet('src') ?? '');
      const place = findInBlock(lines, block.map, `](${src}`, line);
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src) || src.startsWith('/')) {
        if (!src.startsWith('data:')) sink.report('A002', place, src);
        continue;
      }
      if (child.content.trim() === '') sink.report('P002', place, src);
      const clean = decodeURI(src.split(/[?#]/)[0]!).replace(/^\.\//, '');
      assets.push({ src: clean, ...place });
      child.attrSet('src', `${assetBase}/${encodeURI(clean)}`);
    }
  }
  return assets;
}

function reportRawHtml(
  html: string,
  line: number,
  lines: readonly string[],
  sink: DiagnosticSink,
  map?: [number, number] | null,
): void {
  for (const what of disallowedInRawHtml(html)) {
    const tag = /<([a-z0-9-]+)>$/i.exec(what)?.[1] ?? /<([a-z0-9-]+)>/i.exec(what)?.[1] ?? '';
    sink.report('H001', findInBlock(lines, map ?? null, `<${tag}`, line), what);
  }
}

/** The first place of `needle` within a block's lines; the block's first line when absent. */
function findInBlock(
  lines: readonly string[],
  map: [number, number] | null | undefined,
  needle: string,
  fallbackLine: number,
): { line: number; col: number } {
  const [start, end] = map ?? [fallbackLine - 1, fallbackLine];
  for (let index = start; index < end; index++) {
    const col = (lines[index] ?? '').toLowerCase().indexOf(needle.toLowerCase());
    if (col >= 0) return { line: index + 1, col: col + (needle.startsWith('](') ? 3 : 1) };
  }
  return { line: fallbackLine, col: 1 };
}
