/**
 * Checked by `npm run typecheck` (the root tsconfig includes test/**), never run: every code's
 * message takes its own named parameters, so a wrong report is a type error, not a wrong text.
 */
import type { DiagnosticParams } from '../../../src/compiler/diagnostics/catalogue.ts';
import { DiagnosticSink } from '../../../src/compiler/diagnostics/diagnostics.ts';

const sink = new DiagnosticSink('themes/default/theme.yaml');
const at = { line: 9, col: 16 };

sink.report('T004', at, {
  mode: 'light',
  foreground: '#7a9cc6',
  foregroundKey: 'accent',
  background: '#ffffff',
  backgroundKey: 'background',
  ratio: 2.87,
  use: 'links and buttons',
  required: 4.5,
  fix: 'accent',
  suggestion: '#4a6f9f',
});
sink.report('F004', at);

const contrast: DiagnosticParams['T004'] = {
  mode: 'dark',
  foreground: '#334455',
  foregroundKey: 'text',
  background: '#000000',
  backgroundKey: 'background',
  ratio: 1.9,
  use: 'body text',
  required: 4.5,
  fix: 'text',
  suggestion: '#8899aa',
};
const { suggestion: _suggestion, ...withoutSuggestion } = contrast;

// @ts-expect-error T004 needs its suggestion.
sink.report('T004', at, withoutSuggestion);
// @ts-expect-error "sugestion" is no parameter of T004.
sink.report('T004', at, { ...contrast, sugestion: '#8899aa' });
// @ts-expect-error The ratio is a number; the message formats it.
sink.report('T004', at, { ...contrast, ratio: '1.90' });
// @ts-expect-error T004 cannot be reported without its parameters.
sink.report('T004', at);
// @ts-expect-error F004 takes no parameters.
sink.report('F004', at, { detail: 'no frontmatter' });
// @ts-expect-error Z999 is no code of the catalogue.
sink.report('Z999', at);
