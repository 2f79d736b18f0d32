import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mulberry32 } from '../../src/shared/seededRandom.ts';

/**
 * Writes `count` lessons of about the default course's size (six pages and seven questions, about
 * 1,500 words per language) whose texts differ from each other: sentences drawn with a seeded random
 * generator from the words of the default course. Copies of one lesson would let gzip hide how the
 * bundle grows with the course; these do not. The same count and seed give the same files.
 */
export async function writeDistinctLessons(dir: string, count: number, seed = 2026): Promise<string[]> {
  const vocabulary = await courseVocabulary();
  const random = mulberry32(seed);
  const ids: string[] = [];
  for (let index = 1; index <= count; index++) {
    const id = `${String(index).padStart(3, '0')}-thema-${index}`;
    ids.push(id);
    await mkdir(join(dir, id), { recursive: true });
    for (const lang of ['de', 'en'] as const) {
      await writeFile(join(dir, id, `${lang}.md`), lesson(new Writer(vocabulary[lang], random), lang));
    }
  }
  return ids;
}

/** The words of the default course's lessons, per language, without Markdown and placeholders. */
async function courseVocabulary(): Promise<Record<'de' | 'en', string[]>> {
  const words: Record<'de' | 'en', Set<string>> = { de: new Set(), en: new Set() };
  for (const id of (await readdir('lessons')).sort()) {
    for (const lang of ['de', 'en'] as const) {
      const text = await readFile(join('lessons', id, `${lang}.md`), 'utf8').catch(() => '');
      const body = text.replace(/^---[\s\S]*?\n---\n/, '').replace(/\{\{[^}]*\}\}|\]\([^)]*\)|https?:\S+/g, ' ');
      for (const word of body.match(/\p{L}[\p{L}-]*\p{L}/gu) ?? []) words[lang].add(word);
    }
  }
  return { de: [...words.de].sort(), en: [...words.en].sort() };
}

class Writer {
  constructor(
    private readonly words: string[],
    private readonly random: () => number,
  ) {}

  between(low: number, high: number): number {
    return low + Math.floor(this.random() * (high - low + 1));
  }

  phrase(low: number, high: number): string {
    const count = this.between(low, high);
    return Array.from({ length: count }, () => this.words[Math.floor(this.random() * this.words.length)]!).join(' ');
  }

  sentence(low = 6, high = 12, end = '.'): string {
    const text = this.phrase(low, high);
    return text.charAt(0).toUpperCase() + text.slice(1) + end;
  }

  paragraph(sentences: number): string {
    return Array.from({ length: sentences }, () => this.sentence()).join(' ');
  }
}

function lesson(write: Writer, lang: 'de' | 'en'): string {
  const pages = Array.from({ length: 6 }, () => {
    const bullets = Array.from({ length: 4 }, () => `- ${write.sentence(5, 9)}`).join('\n');
    return `## ${write.sentence(2, 4, '')}\n\n${write.paragraph(4)}\n\n${write.paragraph(4)}\n\n${bullets}\n\n${write.paragraph(4)}\n`;
  });
  const questions = Array.from({ length: 7 }, (_, number) => {
    // Every fourth question has two right answers, as the course's multiple-choice items do.
    const right = number % 4 === 3 ? [0, 2] : [write.between(0, 3)];
    const answers = [0, 1, 2, 3].map((answer) => `- [${right.includes(answer) ? 'x' : ' '}] ${write.sentence(4, 10)}\n  > ${write.sentence(6, 12)}`).join('\n');
    return `### ${write.sentence(8, 14, '?')}\n${answers}\n\n${write.sentence(8, 14)}\n`;
  });
  return `---
title: ${write.sentence(2, 5, '')}
summary: ${write.sentence(10, 18)}
duration: 10
objectives:
  - ${write.sentence(6, 10)}
  - ${write.sentence(6, 10)}
reviewed: 2026-11
sources:
  - title: ${lang === 'de' ? 'Erzeugte Lektion' : 'Generated lesson'}
    url: https://example.org/wachsam/bench
    date: 2026-11
---

${pages.join('\n')}
::: check
${questions.join('\n')}:::
`;
}
