import { describe, expect, it } from 'vitest';
import { sessionTime12, sessionTime2004 } from '../../../src/lms/sessionTime.ts';

describe('session time', () => {
  it('writes SCORM 1.2 CMITimespan', () => {
    expect(sessionTime12(0)).toBe('00:00:00.00');
    expect(sessionTime12(61_250)).toBe('00:01:01.25');
    expect(sessionTime12(3 * 3600_000 + 5 * 60_000 + 7_000)).toBe('03:05:07.00');
    expect(sessionTime12(123 * 3600_000)).toBe('123:00:00.00');
  });

  it('writes SCORM 2004 ISO 8601 durations', () => {
    expect(sessionTime2004(0)).toBe('PT0S');
    expect(sessionTime2004(61_250)).toBe('PT1M1.25S');
    expect(sessionTime2004(3 * 3600_000 + 30_000)).toBe('PT3H30S');
    expect(sessionTime2004(1_500)).toBe('PT1.5S');
  });
});
