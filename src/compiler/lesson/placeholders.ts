import { keepPhoneNumbersTogether } from '../../shared/phoneNumbers.ts';
import type { DiagnosticSink } from '../diagnostics/diagnostics.ts';

/**
 * `{{ org.reportPhishing }}`: a local fact from the theme, written into a lesson. The spaces around
 * the name are trimmed in code: `\s*` on both sides of a lazy `[^{}]*?` backtracked in cubic time
 * (`{{` and 3,000 spaces took 106 s).
 */
const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
const NAME = /^org\.([A-Za-z][A-Za-z0-9_]*)$/;

/**
 * Reports every placeholder in `text` (which starts at line `firstLine` of its file) that `values`
 * does not define, at its own line and column, and returns the names the text uses. Without `values`
 * (the theme could not be read) nothing is reported: every placeholder would look undefined.
 */
export function checkPlaceholders(text: string, firstLine: number, values: Readonly<Record<string, string>> | undefined, sink: DiagnosticSink): string[] {
  const used: string[] = [];
  text.split('\n').forEach((line, index) => {
    for (const match of line.matchAll(PLACEHOLDER)) {
      const name = NAME.exec(match[1]!.trim())?.[1];
      if (name !== undefined) used.push(name);
      if (values && (name === undefined || !(name in values))) {
        sink.report(
          'P003',
          { line: firstLine + index, col: match.index! + 1 },
          { placeholder: match[0], known: Object.keys(values).map((key) => `org.${key}`) },
        );
      }
    }
  });
  return used;
}

/**
 * Writes the theme's values into a text; unknown placeholders stay as they are (they were reported).
 * A phone number in a value is kept on one line on narrow screens.
 */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (whole, inner: string) => {
    const name = NAME.exec(inner.trim())?.[1];
    return name !== undefined && name in values ? keepPhoneNumbersTogether(values[name]!) : whole;
  });
}
