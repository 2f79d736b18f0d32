import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorExamples } from '../../src/bench/errorExamples.ts';
import { renderErrorsDoc } from '../../src/bench/errorsDoc.ts';
import { catalogue, type DiagnosticCode } from '../../src/compiler/diagnostics/catalogue.ts';
import { type Diagnostic, DiagnosticSink } from '../../src/compiler/diagnostics/diagnostics.ts';

const committed = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
const codes = Object.keys(catalogue) as DiagnosticCode[];

describe('docs/errors.md', () => {
  it('is what `npm run errors-doc` writes from the catalogue today', () => {
    // On failure: run `npm run errors-doc` and commit docs/errors.md.
    expect(committed).toBe(renderErrorsDoc());
  });

  it.each(codes)('has a heading for %s that `docs/errors.md#code` links reach, and one example line', (code) => {
    expect(committed.match(new RegExp(`^### ${code}$`, 'gm'))).toHaveLength(1);
    expect(committed).toMatch(new RegExp(`^.+:\\d+:\\d+ (error|warning) ${code} `, 'm'));
  });

  it.each(codes)('fills every placeholder of %s with an example value', (code) => {
    const { message, hint } = reportExample(code);
    expect(`${message} ${hint}`).not.toMatch(/undefined|NaN|\[object/);
  });
});

function reportExample<C extends DiagnosticCode>(code: C): Diagnostic {
  const example = errorExamples[code];
  const sink = new DiagnosticSink('lessons/02-email/de.md');
  sink.report(code, example, ...example.params);
  return sink.items[0]!;
}
