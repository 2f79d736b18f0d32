import { cp, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTheme } from '../../src/compiler/load/loadTheme.ts';
import { mailtoHref } from '../../src/player/raffle/entryQueue.ts';
import { raffleStatus } from '../../src/player/raffle/raffleStatus.ts';
import type { RaffleModel } from '../../src/shared/courseModel.ts';
import { useTempDir, writeTree } from '../compiler/support/tempTree.ts';

const raffle: RaffleModel = {
  campaign: 'herbst-2026',
  start: '2026-11-01',
  end: '2026-12-15',
  requiredLessons: ['02-email', '04-passwords'],
  mode: 'entry',
  mailto: 'raffle@example.org',
  terms: { de: 't', en: 't' },
  privacy: { de: 'p', en: 'p' },
  scorm: false,
};

describe('raffle status', () => {
  const done = { page: 1, seen: 5, done: true };
  it('counts only passed required lessons, and only during the period', () => {
    const one = { version: 1 as const, lessons: { '02-email': done, '05-malware': done } };
    const both = { version: 1 as const, lessons: { '02-email': done, '04-passwords': done } };
    expect(raffleStatus(raffle, one, new Date('2026-11-20T12:00'))).toEqual({ phase: 'open', passed: 1, required: 2, eligible: false });
    expect(raffleStatus(raffle, both, new Date('2026-11-01T00:00'))).toMatchObject({ phase: 'open', eligible: true });
    expect(raffleStatus(raffle, both, new Date('2026-12-15T23:59'))).toMatchObject({ phase: 'open', eligible: true });
    expect(raffleStatus(raffle, both, new Date('2026-10-31T23:59'))).toMatchObject({ phase: 'before', eligible: false });
    expect(raffleStatus(raffle, both, new Date('2026-12-16T00:00'))).toMatchObject({ phase: 'after', eligible: false });
  });
});

describe('mailto entries', () => {
  it('prefill only the name, the e-mail, the course and the campaign', () => {
    const href = mailtoHref(
      raffle,
      { idempotencyKey: 'k', name: 'Erika & Co', email: 'erika@example.org', consent: true, course: 'wachsam', campaign: 'herbst-2026', eligible: true },
      'Prize draw entry',
    );
    expect(href.startsWith('mailto:raffle@example.org?subject=Prize%20draw%20entry&body=')).toBe(true);
    expect(decodeURIComponent(href.split('body=')[1]!)).toBe('Name: Erika & Co\nE-Mail: erika@example.org\nKurs/Course: wachsam\nAktion/Campaign: herbst-2026');
  });
});

describe('raffle settings in theme.yaml', () => {
  const tmp = useTempDir();
  const load = async (section: string) => {
    await cp('themes/default', join(tmp.path, 'theme'), { recursive: true });
    const base = await readFile('themes/default/theme.yaml', 'utf8');
    await writeTree(tmp.path, { 'theme/theme.yaml': `${base}\n${section}` });
    return (await loadTheme(join(tmp.path, 'theme'), (path) => relative(tmp.path, path))).diagnostics;
  };

  it('needs a phrase and how to enter in phrase mode, at the raffle section', async () => {
    const diagnostics = await load(
      'raffle:\n  enabled: true\n  campaign: x\n  start: 2026-11-01\n  end: 2026-12-01\n  mode: phrase\n  terms: t\n  privacy: p\n',
    );
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['F003', 'Theme key "raffle.phrase": is needed in phrase mode.'],
      ['F003', 'Theme key "raffle.howToEnter": is needed in phrase mode.'],
    ]);
  });

  it('needs exactly one target in entry mode, and an end after the start', async () => {
    const diagnostics = await load(
      'raffle:\n  enabled: true\n  campaign: x\n  start: 2026-12-01\n  end: 2026-11-01\n  mode: entry\n  terms: t\n  privacy: p\n',
    );
    expect(diagnostics.map((d) => d.message)).toEqual([
      'Theme key "raffle.endpoint": entry mode needs exactly one of endpoint and mailto.',
      'Theme key "raffle.end": must not be before start.',
    ]);
  });
});
