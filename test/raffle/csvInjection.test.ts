import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { StoredEntry } from '../../src/raffle-server/raffleDb.ts';
import { type CsvSeparator, entriesToCsv } from '../../src/raffle-server/raffleExport.ts';

// Names (and e-mails the schema lets through) that try to smuggle a formula into a spreadsheet: after a
// bare line break (a new row), after a separator of either kind (a new cell), or at the start.
const names = [
  'Anna\n=1+1',
  'Anna\r\n=1+1',
  'Anna\r=1+1',
  'Anna;=1+1',
  'Anna,=1+1',
  'Anna; =1+1',
  'Anna;"=1+1',
  'Anna\t=1+1',
  "Anna;\r=cmd|' /C calc'!A0",
  'Anna;+1+1',
  'Anna;-1+1',
  'Anna;@SUM(1+1)',
  'Anna\n\t=1+1',
  'Anna;\uFF1D1+1',
  '=HYPERLINK("http://evil.example")',
  ' =1+1',
  '\t=1+1',
];
const emails = ['+1+1@example.org', '-1+1@example.org', "o'=1@example.org"];

const entries: StoredEntry[] = [
  ...names.map((name, index) => ({
    id: index + 1,
    campaign: 'spring-2026',
    course: 'wachsam',
    name,
    email: 'a@example.org',
    receivedAt: '2026-06-01T08:00:00.000Z',
  })),
  ...emails.map((email, index) => ({
    id: 100 + index,
    campaign: 'spring-2026',
    course: 'wachsam',
    name: 'Anna',
    email,
    receivedAt: '2026-06-01T08:00:00.000Z',
  })),
];

/** What a spreadsheet runs: a cell that starts with = + - @ (or their full-width forms), or a tab or CR before one. */
const formulaStart = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A cell as a spreadsheet may read it: leading spaces and a stray quote are no protection. */
const risky = (cell: string) => formulaStart.test(cell.replace(/^[ "]+/, ''));

describe.each<CsvSeparator>([',', ';'])('the CSV export with separator "%s"', (separator) => {
  const csv = entriesToCsv(entries, separator);

  it.each([',', ';'])('has no cell starting with a formula when a CSV parser splits it on "%s"', (delimiter) => {
    const rows = parse(csv, { bom: true, delimiter, relax_quotes: true, relax_column_count: true }) as string[][];
    const cells = rows.flat();
    expect(cells.filter(risky)).toEqual([]);
    expect(cells.length).toBeGreaterThan(entries.length);
  });

  it('has no line, nor any part of a line after a "," or ";", starting with a formula when split naively', () => {
    const parts = csv.split(/\r\n|\r|\n/).flatMap((line) => line.split(/[,;\t]/));
    expect(parts.filter(risky)).toEqual([]);
  });

  it('still gives every name back whole, one row per entry, to a parser using the same separator and any line break', () => {
    const rows = parse(csv, { bom: true, delimiter: separator, record_delimiter: ['\r\n', '\n', '\r'] }) as string[][];
    expect(rows).toHaveLength(entries.length + 1);
    for (const row of rows) expect(row).toHaveLength(5);
    expect(rows[1]![2]).toBe("Anna\n'=1+1");
    expect(rows[4]![2]).toBe("Anna;'=1+1");
    expect(rows.at(-3)![3]).toBe("'+1+1@example.org");
  });

  it('quotes every field holding a line break, a quote, a tab, "," or ";", whichever the separator', () => {
    expect(csv).toContain(`"Anna\n'=1+1"`);
    expect(csv).toContain(`"Anna\r'=1+1"`);
    expect(csv).toContain(`"Anna;'=1+1"`);
    expect(csv).toContain(`"Anna,'=1+1"`);
    expect(csv).toContain(`"Anna\t'=1+1"`);
  });
});
