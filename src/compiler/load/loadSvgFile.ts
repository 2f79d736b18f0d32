import { readFile } from 'node:fs/promises';
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { DiagnosticSink } from '../diagnostics/diagnostics.ts';
import { sanitiseSvg } from '../lesson/svgSanitiser.ts';

/**
 * Reads and sanitises one SVG file of a lesson or theme: A007 at each thing removed, A008 when the
 * file is no readable SVG. The text it returns is what every output publishes.
 */
export async function loadSvgFile(file: string, displayPath: (path: string) => string): Promise<{ text?: string; diagnostics: Diagnostic[] }> {
  const sink = new DiagnosticSink(displayPath(file));
  const result = await sanitiseSvg(await readFile(file, 'utf8'));
  if (!result.ok) {
    sink.report('A008', result.at, { problem: result.problem.replace(/\.$/, '') });
    return { diagnostics: sink.items };
  }
  for (const removal of result.removed) sink.report('A007', removal, { what: removal.what });
  return { text: result.text, diagnostics: sink.items };
}
