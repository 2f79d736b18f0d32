import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { authorChecks } from '../../src/compiler/checks/authorChecks.ts';
import { loadLessons } from '../../src/compiler/load/loadLessons.ts';
import { readability } from '../../src/compiler/checks/readability.ts';
import { fixture, useTempDir, writeTree } from './support/tempTree.ts';

describe('readability', () => {
  it('computes Flesch Reading Ease for English', () => {
    // 6 words, 6 syllables, 1 sentence: 206.835 − 1.015 × 6 − 84.6 × 1.
    expect(readability('en', [{ text: 'The cat sat on the mat.', line: 1 }]).score).toBe(116.1);
    const hard = readability('en', [{ text: 'Organisational information security necessitates comprehensive institutional accountability.', line: 1 }]);
    expect(hard.score).toBeLessThan(0);
  });

  it('computes Flesch-Amstad for German, counting vowel groups as syllables', () => {
    // 4 words, 4 syllables: 180 − 4 − 58.5 × 1.
    expect(readability('de', [{ text: 'Der Hund bellt laut.', line: 1 }]).score).toBe(117.5);
    // In-for-ma-tio-ns-si-cher-heits-beauf-trag-te: 10 vowel groups ("ei" and "eau" count once;
    // the heuristic undercounts vowels that meet across syllables, such as "io").
    const long = readability('de', [{ text: 'Informationssicherheitsbeauftragte.', line: 1 }]);
    expect(long.syllablesPerWord).toBe(10);
  });

  it('ends sentences at blocks and full stops, not at abbreviations', () => {
    const result = readability('de', [
      { text: 'Melden Sie z. B. verdächtige Mails. Das hilft allen', line: 3 },
      { text: 'Ein Listenpunkt ohne Punkt', line: 4 },
    ]);
    expect(result.sentences).toBe(3);
  });

  it('quotes a long sentence as written, abbreviations included', () => {
    const long = `Melden Sie z. B. ${Array.from({ length: 26 }, (_, index) => `Wort${index}`).join(' ')}.`;
    expect(readability('de', [{ text: long, line: 5 }]).longSentences[0]?.start).toBe('Melden Sie z. B. Wort0 Wort1');
  });

  it('finds sentences over 25 words with their line', () => {
    const long = Array.from({ length: 26 }, (_, index) => `word${index}`).join(' ');
    const result = readability('en', [
      { text: 'Short one.', line: 2 },
      { text: `${long}.`, line: 9 },
    ]);
    expect(result.longSentences).toEqual([{ line: 9, words: 26, start: 'word0 word1 word2 word3 word4 word5' }]);
  });
});

describe('author checks', () => {
  const tmp = useTempDir();
  const check = async (today = new Date('2026-11-27')) => {
    const loaded = await loadLessons(join(tmp.path, 'lessons'), ['de', 'en'], (path) => relative(tmp.path, path));
    return authorChecks(loaded.lessons, (path) => relative(tmp.path, path), today);
  };

  it('passes the course lessons: readable, reviewed and parallel', async () => {
    const loaded = await loadLessons('lessons', ['de', 'en'], (path) => path);
    const result = authorChecks(loaded.lessons, (path) => path, new Date('2026-11-27'));
    expect(result.diagnostics.filter((d) => d.code !== 'R003')).toEqual([]);
    for (const row of result.readability) expect(row.result.score, row.file).toBeGreaterThanOrEqual(60);
  });

  it('warns about hard text, long sentences, stale reviews and languages that differ', async () => {
    // Without `duration:`, which this tiny fixture declares far above its reading time (L010 is not under test here).
    const lesson = (await fixture('valid/multiple-choice.md')).replace(/^duration: .*\n/m, '');
    const hard = lesson.replace(
      /\n## (.*)\n/,
      '\n## $1\n\nOrganisational information security necessitates comprehensive institutional accountability frameworks, continuously documented, rigorously evaluated, systematically communicated, collectively internalised, repeatedly reconsidered, and independently audited across all participating governmental departments.\n',
    );
    const lines = hard.split('\n');
    const longLine = lines.findIndex((line) => line.startsWith('Organisational')) + 1;
    const reviewedLine = lines.findIndex((line) => line.startsWith('reviewed:')) + 1;
    await writeTree(tmp.path, {
      'lessons/02-hard/en.md': hard.replace('reviewed: 2026-11', 'reviewed: 2025-09'),
      'lessons/02-hard/de.md': lesson.replace(/\n- \[ \][^\n]*\n {2}>[^\n]*\n/, '\n'),
    });
    const { diagnostics } = await check();
    expect(diagnostics.map((d) => [d.file, d.code, d.line])).toEqual([
      ['lessons/02-hard/en.md', 'R001', 1],
      ['lessons/02-hard/en.md', 'R002', longLine],
      ['lessons/02-hard/en.md', 'R003', reviewedLine],
      ['lessons/02-hard/en.md', 'R004', 1],
    ]);
    expect(diagnostics.find((d) => d.code === 'R003')?.message).toBe('The facts were last reviewed 2025-09, 14 months ago.');
    expect(diagnostics.find((d) => d.code === 'R004')?.message).toMatch(/^The en version has \d+ pages, \d+ questions with [\d,]+ answers; the de version has/);
  });
});
