import { parseArgs } from 'node:util';
import { parseWholeNumber, runCli, UsageError } from './cliSupport.ts';
import { drawRaffle, formatDrawLog } from './raffleDraw.ts';

const usage = `Usage: npm run raffle-draw -- --winners N [--campaign ID] [--db FILE]

Draws N distinct winners with crypto.randomInt and prints a draw log for the witnesses to keep.
  --winners N      how many winners
  --campaign ID    the campaign to draw (may be left out when the database holds only one)
  --db FILE        the receiver's SQLite file (default raffle.sqlite)`;

runCli(usage, (args) => {
  const { values } = parseArgs({
    args,
    options: {
      winners: { type: 'string' },
      campaign: { type: 'string' },
      db: { type: 'string', default: 'raffle.sqlite' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (values.winners === undefined) throw new UsageError('--winners N is required: how many winners to draw.');
  const result = drawRaffle({
    dbFile: values.db,
    winners: parseWholeNumber(values.winners, 'winners', 1),
    campaign: values.campaign,
  });
  console.log(formatDrawLog(result));
  return 0;
});
