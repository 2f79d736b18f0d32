import { describe, expect, it } from 'vitest';
import { failureMessage } from '../../src/cli/runCli.ts';

const spec = { usage: 'usage: wachsam build', task: 'The build' };

describe('failureMessage', () => {
  it("says what went wrong when the bundler's message only announces it on its first line", () => {
    const error = new Error('Build failed with 1 error:\n\n[plugin wachsam-course]\nError: The preload snippet does not parse: Unexpected flag l\n    at x');
    expect(failureMessage(error, spec)).toBe('error: Build failed with 1 error: The preload snippet does not parse: Unexpected flag l');
  });

  it('keeps a message of one line as it is', () => {
    expect(failureMessage(new Error('Lesson folder "x" not found.\nmore'), spec)).toBe('error: Lesson folder "x" not found.');
  });
});
