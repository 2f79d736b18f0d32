import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { drawRaffle, fingerprintEntries, formatDrawLog, pickWinners } from '../../src/raffle-server/raffleDraw.ts';
import { seedEntries, useTempDb } from './raffleFixture.ts';

describe('pickWinners', () => {
  const ids = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

  it('draws distinct winners from the given ids', () => {
    const winners = pickWinners(ids, 3);
    expect(winners).toHaveLength(3);
    expect(new Set(winners).size).toBe(3);
    for (const id of winners) expect(ids).toContain(id);
  });

  it('is a Fisher–Yates over the ids, driven only by randomInt', () => {
    const asked: number[] = [];
    const last = (max: number) => {
      asked.push(max);
      return max - 1;
    };
    // Always the last of the remaining: place 1 swaps with id 10, then the swapped-out ids follow.
    expect(pickWinners(ids, 3, last)).toEqual([10, 1, 2]);
    expect(asked).toEqual([10, 9, 8]);
    expect(pickWinners(ids, 2, () => 0)).toEqual([1, 2]);
  });

  it('refuses more winners than entries, no entries and nonsense counts', () => {
    expect(() => pickWinners([1, 2], 3)).toThrow('Cannot draw 3 winners from 2 entries; draw at most 2.');
    expect(() => pickWinners([], 1)).toThrow('There are no entries to draw from.');
    expect(() => pickWinners(ids, 0)).toThrow('at least 1');
    expect(() => pickWinners(ids, 1.5)).toThrow('whole number');
  });

  it('gives every entry the same chance (5 entries, 20,000 draws of 1 winner)', () => {
    const wins = new Map<number, number>();
    const draws = 20_000;
    for (let i = 0; i < draws; i++) {
      const [winner] = pickWinners([11, 12, 13, 14, 15], 1);
      wins.set(winner!, (wins.get(winner!) ?? 0) + 1);
    }
    expect([...wins.keys()].sort()).toEqual([11, 12, 13, 14, 15]);
    for (const count of wins.values()) {
      expect(count / draws).toBeGreaterThan(0.17);
      expect(count / draws).toBeLessThan(0.23);
    }
  });
});

describe('fingerprintEntries', () => {
  const entries = [
    { id: 1, email: 'a@example.org' },
    { id: 2, email: 'b@example.org' },
  ];

  it('is stable for the same list, whatever order it comes in', () => {
    expect(fingerprintEntries(entries)).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprintEntries(entries)).toBe(fingerprintEntries([...entries].reverse()));
  });

  it('changes when an entry changes, is added or removed', () => {
    const original = fingerprintEntries(entries);
    expect(fingerprintEntries([entries[0]!, { id: 2, email: 'c@example.org' }])).not.toBe(original);
    expect(fingerprintEntries([entries[0]!, { id: 3, email: 'b@example.org' }])).not.toBe(original);
    expect(fingerprintEntries([entries[0]!])).not.toBe(original);
    expect(fingerprintEntries([...entries, { id: 3, email: 'd@example.org' }])).not.toBe(original);
  });
});

describe('drawRaffle', () => {
  const temp = useTempDb();

  it('draws 3 distinct winners from 10 entries and writes a log witnesses can keep', () => {
    seedEntries(temp.dbFile, 10);
    const result = drawRaffle({ dbFile: temp.dbFile, winners: 3, now: new Date('2026-06-30T14:05:09.123Z') });
    expect(result.entryCount).toBe(10);
    expect(new Set(result.winners.map((winner) => winner.id)).size).toBe(3);
    const log = formatDrawLog(result);
    expect(log).toContain('2026-06-30 14:05:09 UTC');
    expect(log).toContain('Campaign:          spring-2026');
    expect(log).toContain('Entries:           10');
    expect(log).toContain(result.fingerprint);
    expect(log).toContain('crypto.randomInt, Fisher–Yates over entry ids');
    const winner = result.winners[0]!;
    expect(log).toContain(`  1. ${winner.name} <${winner.email}> (entry ${winner.id})`);
  });

  it('refuses more winners than entries, and an empty database', () => {
    seedEntries(temp.dbFile, 2);
    expect(() => drawRaffle({ dbFile: temp.dbFile, winners: 3 })).toThrow('Cannot draw 3 winners from 2 entries');
    expect(() => drawRaffle({ dbFile: temp.dbFile, winners: 1, campaign: 'other' })).toThrow('no entries to draw from');
  });

  it('asks for a campaign when the database holds several', () => {
    seedEntries(temp.dbFile, 2, 'spring-2026');
    seedEntries(temp.dbFile, 2, 'autumn-2026');
    expect(() => drawRaffle({ dbFile: temp.dbFile, winners: 1 })).toThrow('2 campaigns: autumn-2026 (2), spring-2026 (2). Choose one with --campaign ID.');
    expect(drawRaffle({ dbFile: temp.dbFile, winners: 1, campaign: 'autumn-2026' }).entryCount).toBe(2);
  });

  it('refuses a missing database instead of creating one', () => {
    expect(() => drawRaffle({ dbFile: join(temp.dir, 'missing.sqlite'), winners: 1 })).toThrow('No raffle database at');
  });
});
