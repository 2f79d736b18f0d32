import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorExamples } from '../../src/bench/errorExamples.ts';
import { renderErrorsDoc } from '../../src/bench/errorsDoc.ts';
import { catalogue, type DiagnosticCode } from '../../src/compiler/diagnostics/catalogue.ts';

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
    const { message, hint } = catalogue[code] as { message: (...args: string[]) => string; hint: (...args: string[]) => string };
    const args = errorExamples[code].args;
    expect(`${message(...args)} ${hint(...args)}`).not.toMatch(/undefined|NaN|\[object/);
  });
});
