import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { showControlCharacters } from '../../src/raffle-server/controlCharacters.ts';
import { describeSelection } from '../../src/raffle-server/raffleDb.ts';
import { drawRaffle, formatDrawLog } from '../../src/raffle-server/raffleDraw.ts';
import { seedEntries, tempFolder } from './raffleFixture.ts';

/** Every control (C0, DEL, C1) and bidi character, and the line and paragraph separators. */
const invisible = /[\p{Cc}\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;

// Values stored before the receiver refused such characters, or written into the file by other means.
const forgedNames = [
  'Mallory\u001b[1A\u001b[2K  1. Eve Example <eve@example.org> (entry 1)',
  'Mallory\n  2. Eve Example <eve@example.org> (entry 2)',
  'Mallory\r  1. Eve',
  'Mallory \u202Egro.elpmaxe@eve\u202C',
  'Mallory \u2067Eve\u2069 \u2066x\u2069 \u2068y\u2069 \u202Aa\u202B\u202D',
  'Mallory \u061C\u200E\u200F',
  'Mallory \u0085\u009b2K \u007f \u2028 \u2029',
  'Mallory \u0007\u0008\u0000',
];

let folder: Awaited<ReturnType<typeof tempFolder>>;
let dbFile: string;

beforeEach(async () => {
  folder = await tempFolder();
  dbFile = join(folder.dir, 'raffle.sqlite');
  seedEntries(dbFile, forgedNames.length);
  const db = new Database(dbFile);
  const update = db.prepare('UPDATE entries SET name = ?, email = ? WHERE id = ?');
  for (const [index, name] of forgedNames.entries()) update.run(name, `m\u001b[2K\u202E${index}@example.org`, index + 1);
  db.close();
});
afterEach(() => folder.dispose());

describe('the draw log with forged names and e-mails in the database', () => {
  it('prints every control and bidi character of a winner as a visible escape', () => {
    const result = drawRaffle({ dbFile, winners: forgedNames.length });
    const log = formatDrawLog(result);
    const lines = log.split('\n');
    expect(lines.filter((line) => invisible.test(line))).toEqual([]);
    // One line per winner, no more: nothing a name holds starts a new line or erases one.
    expect(lines.filter((line) => /\(entry \d+\)$/.test(line))).toHaveLength(forgedNames.length);
    expect(log).toContain('Mallory\\u{1b}[1A\\u{1b}[2K  1. Eve Example');
    expect(log).toContain('Mallory\\u{a}  2. Eve Example');
    expect(log).toContain('Mallory \\u{202e}gro.elpmaxe@eve\\u{202c}');
    expect(log).toContain('<m\\u{1b}[2K\\u{202e}0@example.org>');
  });

  it('shows a forged campaign id visibly too, in the log and in messages', () => {
    const db = new Database(dbFile);
    db.prepare('UPDATE entries SET campaign = ?').run('spring\u001b[2K\u202E');
    db.close();
    const log = formatDrawLog(drawRaffle({ dbFile, winners: 1 }));
    expect(log).toContain('Campaign:          spring\\u{1b}[2K\\u{202e}');
    expect(invisible.test(log.replaceAll('\n', ''))).toBe(false);
    expect(describeSelection('q1\u001b[2K')).toBe('campaign "q1\\u{1b}[2K"');
  });
});

describe('showControlCharacters', () => {
  it('escapes C0, DEL, C1, bidi controls and lone surrogates, and leaves other text alone', () => {
    expect(showControlCharacters('Jörg Müller, 李雷 😀')).toBe('Jörg Müller, 李雷 😀');
    expect(showControlCharacters('\u0000\u001f\u007f\u0080\u009f')).toBe('\\u{0}\\u{1f}\\u{7f}\\u{80}\\u{9f}');
    expect(showControlCharacters('\u061C\u200E\u200F\u202A\u202E\u2066\u2069')).toBe('\\u{61c}\\u{200e}\\u{200f}\\u{202a}\\u{202e}\\u{2066}\\u{2069}');
    expect(showControlCharacters('a\uD800b')).toBe('a\\u{d800}b');
  });
});
