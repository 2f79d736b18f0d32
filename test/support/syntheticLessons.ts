import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Writes a course of `count` small but complete lessons (both languages, two pages, a check of
 * three questions) into `dir`, for measuring how the course scales (SCORM suspend_data, build time).
 */
export async function writeSyntheticLessons(dir: string, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let index = 1; index <= count; index++) {
    const id = `${String(index).padStart(3, '0')}-topic-${index}`;
    ids.push(id);
    await mkdir(join(dir, id), { recursive: true });
    for (const lang of ['de', 'en']) await writeFile(join(dir, id, `${lang}.md`), lesson(index, lang));
  }
  return ids;
}

function lesson(index: number, lang: string): string {
  const questions = [1, 2, 3]
    .map(
      (q) => `### ${lang === 'de' ? 'Frage' : 'Question'} ${q} of topic ${index}?
- [x] Right answer ${q}.
  > Yes.
- [ ] Wrong answer ${q}.
  > No.
- [ ] Another wrong answer ${q}.
  > No.
`,
    )
    .join('\n');
  return `---
title: Topic ${index} (${lang})
summary: A generated lesson for scale tests.
duration: 5
objectives:
  - You can answer three questions.
reviewed: 2026-11
sources:
  - Generated
---

## First page

Text of topic ${index}.

## Second page

More text of topic ${index}.

::: check
${questions}:::
`;
}
