import { createHash, randomInt as cryptoRandomInt } from 'node:crypto';
import { showControlCharacters } from './controlCharacters.ts';
import { describeSelection, listCampaigns, listEntries, openExistingRaffleDb, type StoredEntry } from './raffleDb.ts';

/** Returns a uniformly random integer in [0, maxExclusive). */
export type RandomInt = (maxExclusive: number) => number;

export const drawMethod = 'crypto.randomInt, Fisher–Yates over entry ids';

/** How the fingerprint is computed, printed in the log so witnesses can recompute it from an export. */
export const fingerprintRecipe = 'SHA-256 of one line "id<TAB>e-mail<LF>" per entry, in id order';

const secureRandomInt: RandomInt = (maxExclusive) => cryptoRandomInt(maxExclusive);

/**
 * Picks `count` distinct ids: a Fisher–Yates shuffle stopped after `count` steps, so every id is equally
 * likely to win each place. Pure apart from `randomInt`, which defaults to the cryptographically secure
 * `crypto.randomInt` (never Math.random: a predictable draw is not a fair one).
 */
export function pickWinners(ids: readonly number[], count: number, randomInt: RandomInt = secureRandomInt): number[] {
  if (!Number.isInteger(count) || count < 1) throw new Error(`The number of winners must be a whole number of at least 1, not ${count}.`);
  if (ids.length === 0) throw new Error('There are no entries to draw from.');
  if (count > ids.length) {
    throw new Error(`Cannot draw ${count} winners from ${ids.length} ${ids.length === 1 ? 'entry' : 'entries'}; draw at most ${ids.length}.`);
  }
  const pool = [...ids];
  for (let i = 0; i < count; i++) {
    const j = i + randomInt(pool.length - i);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, count);
}

/** A fingerprint of the entry list: witnesses keep it, and can later show the list was not changed. */
export function fingerprintEntries(entries: readonly Pick<StoredEntry, 'id' | 'email'>[]): string {
  const hash = createHash('sha256');
  for (const entry of [...entries].sort((a, b) => a.id - b.id)) hash.update(`${entry.id}\t${entry.email}\n`, 'utf8');
  return hash.digest('hex');
}

export interface DrawResult {
  drawnAt: Date;
  /** The campaign drawn, or undefined when the database holds no campaign id (it is empty). */
  campaign: string | undefined;
  entryCount: number;
  fingerprint: string;
  method: string;
  winners: StoredEntry[];
}

export interface DrawOptions {
  dbFile: string;
  /** How many distinct winners. */
  winners: number;
  /**
   * The campaign to draw. May be left out when the database holds only one.
   * @default the only campaign in the database
   */
  campaign?: string;
  /** @default crypto.randomInt */
  randomInt?: RandomInt;
  /** @default the current time */
  now?: Date;
}

/** Draws winners from the database's entries of one campaign. */
export function drawRaffle(options: DrawOptions): DrawResult {
  const db = openExistingRaffleDb(options.dbFile);
  try {
    let campaign = options.campaign;
    if (campaign === undefined) {
      // Drawing across campaigns would give a person who entered two of them two tickets.
      const campaigns = listCampaigns(db);
      if (campaigns.length > 1) {
        const list = campaigns.map((c) => `${showControlCharacters(c.campaign)} (${c.entries})`).join(', ');
        throw new Error(`The database holds ${campaigns.length} campaigns: ${list}. Choose one with --campaign ID.`);
      }
      campaign = campaigns[0]?.campaign;
    }
    const entries = listEntries(db, campaign);
    if (entries.length === 0) throw new Error(`There are no entries to draw from in ${options.dbFile} (${describeSelection(campaign)}).`);
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    const winnerIds = pickWinners([...byId.keys()], options.winners, options.randomInt);
    return {
      drawnAt: options.now ?? new Date(),
      campaign,
      entryCount: entries.length,
      fingerprint: fingerprintEntries(entries),
      method: drawMethod,
      winners: winnerIds.map((id) => byId.get(id)!),
    };
  } finally {
    db.close();
  }
}

/**
 * The draw log: printed for the organiser and the witnesses, who keep and sign it. Every stored value in
 * it went through `showControlCharacters`: a name holding ESC[1A ESC[2K (cursor up, erase line), a line
 * break or a right-to-left override could otherwise erase the real winner and print a fake one.
 */
export function formatDrawLog(result: DrawResult): string {
  const shown = showControlCharacters;
  const when = result.drawnAt
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, ' UTC');
  return [
    'Wachsam raffle draw',
    `Date and time:     ${when}`,
    `Campaign:          ${result.campaign === undefined ? '(none)' : shown(result.campaign)}`,
    `Entries:           ${result.entryCount}`,
    `Entry list:        ${result.fingerprint}`,
    `                   (${fingerprintRecipe})`,
    `Method:            ${result.method}`,
    '',
    `Winners (${result.winners.length}):`,
    ...result.winners.map((winner, index) => `  ${index + 1}. ${shown(winner.name)} <${shown(winner.email)}> (entry ${winner.id})`),
    '',
    'Witnesses (name, signature):',
    '  1. ______________________________',
    '  2. ______________________________',
  ].join('\n');
}
