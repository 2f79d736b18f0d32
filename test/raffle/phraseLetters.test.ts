import { describe, expect, it } from 'vitest';
import { raffleModel } from '../../src/compiler/course/raffleModel.ts';
import { letterKey, phraseShape, scramble, spreadLetters, unscramble, type QuestionKey } from '../../src/shared/raffle/phraseLetters.ts';
import type { LessonContent } from '../../src/shared/courseModel.ts';

function questions(count: number): QuestionKey[] {
  return Array.from({ length: count }, (_, index) => ({ lessonId: `l${index % 3}`, questionId: `q${index}`, correct: ['a2'] }));
}

describe('phrase letters', () => {
  for (const [phrase, count] of [
    ['SICHER IST SICHER', 18],
    ['SICHER IST SICHER', 5],
    ['AB', 12],
    ['WACHSAM', 7],
    ['Ä Ö Ü ß!', 3],
  ] as const) {
    it(`spreads every letter of "${phrase}" exactly once over ${count} questions`, () => {
      const spread = spreadLetters(phrase, questions(count));
      const positions = [...spread.values()].flat().sort((a, b) => a - b);
      const letters = [...phrase].flatMap((char, index) => (char.trim() ? [index] : []));
      expect(positions).toEqual(letters);
      const shares = [...spread.values()].map((list) => list.length);
      // A fair share: no question holds more than one letter above any other.
      expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(1);
      if (letters.length >= count) expect(Math.min(...shares)).toBeGreaterThanOrEqual(1);
    });
  }

  it('keeps the shape, not the letters', () => {
    expect(phraseShape('SICHER IST SICHER')).toBe('______ ___ ______');
  });

  it('unscrambles with the right answers only', () => {
    const question = { lessonId: '02-email', questionId: 'q3', correct: ['a1', 'a4'] };
    const cipher = scramble(
      [
        [0, 'S'],
        [7, 'I'],
      ],
      letterKey('herbst', question),
    );
    expect(cipher).not.toMatch(/S|I/);
    expect(unscramble(cipher, letterKey('herbst', question))).toEqual([
      [0, 'S'],
      [7, 'I'],
    ]);
    expect(unscramble(cipher, letterKey('herbst', { ...question, correct: ['a1'] }))).toEqual([]);
  });

  it('scrambles exactly as built courses did', () => {
    // A known answer from before the keystream used src/shared/seededRandom.ts: the player unscrambles
    // ciphers a compiler wrote, so the two must never drift apart.
    expect(
      scramble(
        [
          [0, 'S'],
          [7, 'I'],
        ],
        'herbst|01-intro|q1|a2,a3',
      ),
    ).toBe('3d967acd47feba9488271bf7737d');
  });

  it('writes the model without the phrase in it', () => {
    const content = (id: string): LessonContent => ({
      id,
      lang: 'de',
      objectives: [],
      pages: [],
      questions: [1, 2, 3].map((n) => ({
        id: `q${n}`,
        prompt: '',
        stem: '',
        multiple: false,
        explanation: '',
        answers: [
          { id: 'a1', html: '', correct: false, feedback: '' },
          { id: 'a2', html: '', correct: true, feedback: '' },
        ],
      })),
    });
    const model = raffleModel(
      {
        campaign: 'c',
        start: '2026-01-01',
        end: '2026-12-31',
        mode: 'phrase',
        phrase: 'GEHEIMWORT',
        requiredLessons: ['a', 'b'],
        terms: { de: 'x' },
        privacy: { de: 'y' },
        scorm: false,
      },
      [content('a'), content('b')],
      'de',
    );
    expect(JSON.stringify(model)).not.toContain('GEHEIMWORT');
    expect(model).not.toHaveProperty('phrase');
    expect(model.phraseShape).toBe('__________');
    expect(Object.keys(model.letters!)).toEqual(['a', 'b']);
  });
});
