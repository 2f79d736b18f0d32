import { describe, expect, it } from 'vitest';
import { jaccard, type QuestionPlace, similarQuestions, trigrams } from '../../../src/compiler/checks/similarQuestions.ts';
import { parse } from './lessonSource.ts';

/** One question as the check sees it, from a heading and a text. */
function place(lessonId: string, lang: string, line: number, heading: string, stem = ''): QuestionPlace {
  const source = `---\ntitle: T\nsummary: S\nobjectives: [O]\nreviewed: 2026-11\nsources: [S]\n---\n\n## P\n\nText.\n\n::: check\n### ${heading}\n\n${stem || 'Choose.'}\n\n- [x] Yes\n  > Y\n- [ ] No\n  > N\n:::\n`;
  const question = parse(source, lang, lessonId).content.questions[0]!;
  return { lessonId, file: `lessons/${lessonId}/${lang}.md`, lang, at: { line, col: 1 }, question };
}

const USB_05 = place('05-malware', 'de', 144, 'Sie finden auf dem Parkplatz einen USB-Stick. Darauf steht „Gehälter 2026“. Was tun Sie?');
const USB_08 = place('08-mobile-devices', 'de', 103, 'Sie finden einen USB-Stick auf dem Parkplatz. Auf dem Etikett steht „Gehälter 2026“. Was tun Sie?');

describe('near-identical questions across lessons (Q013)', () => {
  it('warns at the later question, naming the earlier one with its file and line', () => {
    const [warning, ...more] = similarQuestions([USB_05, USB_08]);
    expect(more).toEqual([]);
    expect(warning).toMatchObject({ file: 'lessons/08-mobile-devices/de.md', line: 103, col: 1, code: 'Q013', severity: 'warning' });
    expect(warning!.message).toMatch(
      /^Question "Sie finden einen USB-Stick auf dem Parkplatz\. A…" is nearly the same as ".*" in lessons\/05-malware\/de\.md:144\.$/,
    );
    expect(warning!.hint).toMatch(/Similarity 0\.\d\d: .*0\.42 or more is flagged\.$/);
  });

  it('compares heading and text: the same heading with different scenarios is no repeat', () => {
    const a = place('02-email', 'en', 10, 'What do you do?', 'A caller with the IT number on the display asks for the code from your authenticator app.');
    const b = place('06-internet', 'en', 20, 'What do you do?', 'A website shows a padlock next to its address and asks you to install a browser add-on.');
    expect(similarQuestions([a, b])).toEqual([]);
  });

  it('compares only questions of different lessons in the same language', () => {
    const sameLesson = place('05-malware', 'de', 160, USB_08.question.prompt);
    const otherLanguage = place('08-mobile-devices', 'en', 103, USB_08.question.prompt);
    expect(similarQuestions([USB_05, sameLesson, otherLanguage])).toEqual([]);
  });

  it('leaves out stop words and the "select all" instruction, so short questions on different topics differ', () => {
    const a = place('01-role', 'en', 10, 'Which of these should you report? Select all that apply.');
    const b = place('10-cloud', 'en', 10, 'Which of these are shadow IT? Select all that apply.');
    expect(similarQuestions([a, b])).toEqual([]);
    expect(trigrams('Which of these should you report? Select all that apply.', 'en')).toEqual(trigrams('report', 'en'));
  });

  it('measures the Jaccard similarity of word trigrams: inflected forms come close', () => {
    expect(jaccard(trigrams('Kollege', 'de'), trigrams('Kollege', 'de'))).toBe(1);
    expect(jaccard(trigrams('Kollege', 'de'), trigrams('Kollegen', 'de'))).toBeGreaterThan(0.6);
    expect(jaccard(trigrams('', 'de'), trigrams('', 'de'))).toBe(0);
  });

  it('warns once per question, at the most similar earlier one, however many lessons repeat it (a course of 1,500 alike questions)', () => {
    const usb = USB_08.question;
    const many = Array.from({ length: 1500 }, (_, index) => ({ ...USB_08, lessonId: `lesson-${index}`, file: `lessons/lesson-${index}/de.md`, question: usb }));
    const warnings = similarQuestions([USB_05, ...many]);
    expect(warnings).toHaveLength(1500);
    expect(new Set(warnings.map((warning) => warning.file)).size).toBe(1500);
    // Identical to each earlier repeat (similarity 1), so each names the first of them, not USB_05.
    expect(warnings[1]!.message).toMatch(/in lessons\/lesson-0\/de\.md:103\.$/);
  });
});
