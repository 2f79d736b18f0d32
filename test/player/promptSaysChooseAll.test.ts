import { describe, expect, it } from 'vitest';
import { promptSaysChooseAll } from '../../src/player/state/promptSaysChooseAll.ts';

describe('promptSaysChooseAll', () => {
  it('finds the request for several answers in the languages it knows, also inside markup', () => {
    expect(promptSaysChooseAll('Welche Zeichen? Wählen Sie alle zutreffenden Antworten.')).toBe(true);
    expect(promptSaysChooseAll('Which signs? <em>Select all that apply.</em>')).toBe(true);
    expect(promptSaysChooseAll('Which steps help? Choose all correct answers.')).toBe(true);
    expect(promptSaysChooseAll('Quelles réponses ? Plusieurs réponses sont possibles.')).toBe(true);
  });

  it('does not take words that only look alike for the request', () => {
    expect(promptSaysChooseAll('Welche Zeichen sollten Sie misstrauisch machen?')).toBe(false);
    expect(promptSaysChooseAll('Which of these should you report?')).toBe(false);
    expect(promptSaysChooseAll('Sind alle Mails vom Chef echt?')).toBe(false);
    expect(promptSaysChooseAll('Do all apps ask for permission?')).toBe(false);
  });
});
