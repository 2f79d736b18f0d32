import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/compiler/diagnostics/formatDiagnostics.ts';
import { parseTheme } from '../../src/compiler/theme/parseTheme.ts';

const base = readFileSync('themes/default/theme.yaml', 'utf8');

/** The default theme with `section` appended; the diagnostics as the build prints them, without hints. */
function parse(section: string) {
  const text = `${base}\n${section}`;
  const parsed = parseTheme(text, 'theme/theme.yaml');
  // The appended section comes last: its lines are the last that start so.
  const lineOf = (needle: string) => text.split('\n').findLastIndex((line) => line.startsWith(needle)) + 1;
  return { parsed, lineOf, printed: parsed.diagnostics.map((d) => formatDiagnostic(d).split('\n')[0]) };
}

describe('completion settings in theme.yaml', () => {
  it('are off by default: without the section, and with a section that does not switch it on', () => {
    expect(parse('').parsed.theme!.completion).toBeUndefined();
    const off = parse('completion:\n  endpoint: https://receipts.example.org/completions\n');
    expect(off.printed).toEqual([]);
    expect(off.parsed.theme!.completion).toEqual({ enabled: false, endpoint: 'https://receipts.example.org/completions' });
  });

  it('need an endpoint and a privacy notice when enabled, each named at the section (its first key) with line and column', () => {
    const { printed, lineOf } = parse('completion:\n  enabled: true\n');
    const at = `theme/theme.yaml:${lineOf('  enabled: true')}:3`;
    expect(printed).toEqual([
      `${at} error F003 Theme key "completion.endpoint": is needed when the completion receipt is enabled.`,
      `${at} error F003 Theme key "completion.privacy": is needed when the completion receipt is enabled.`,
    ]);
  });

  it('refuse an endpoint that is no http(s) address and unknown keys, at their lines, together with a missing notice', () => {
    const { printed, lineOf } = parse('completion:\n  enabled: true\n  endpoint: ftp://example.org/x\n  scores: true\n');
    expect(printed).toEqual([
      expect.stringMatching(new RegExp(`^theme/theme\\.yaml:${lineOf('  enabled: true')}:3 error F003 Theme key "completion.privacy": is needed`)),
      expect.stringMatching(new RegExp(`^theme/theme\\.yaml:${lineOf('  endpoint:')}:\\d+ error F003 Theme key "completion.endpoint": must start with http`)),
      expect.stringMatching(new RegExp(`^theme/theme\\.yaml:${lineOf('  scores:')}:\\d+ error F001 `)),
    ]);
  });

  it('pass when enabled with both, a notice per language', () => {
    const { parsed } = parse(
      'completion:\n  enabled: true\n  endpoint: https://receipts.example.org/completions\n  privacy:\n    de: Verantwortlich ist …\n    en: The controller is …\n',
    );
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.theme!.completion).toEqual({
      enabled: true,
      endpoint: 'https://receipts.example.org/completions',
      privacy: { de: 'Verantwortlich ist …', en: 'The controller is …' },
    });
  });
});
