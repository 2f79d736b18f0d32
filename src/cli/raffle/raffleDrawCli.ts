import { parseEntryCommand, parseWholeNumber, runCli, UsageError } from './cliSupport.ts';
import { drawRaffle, formatDrawLog } from '../../raffle-server/raffleDraw.ts';

const usage = `Usage: npm run raffle-draw -- --winners N [--campaign ID] [--db FILE]

Draws N distinct winners with crypto.randomInt and prints a draw log for the witnesses to keep.
  --winners N      how many winners
  --campaign ID    the campaign to draw (may be left out when the database holds only one)
  --db FILE        the receiver's SQLite file (default raffle.sqlite)`;

runCli({
  usage,
  task: 'The draw',
  main: (args) => {
    const values = parseEntryCommand(args, usage, { winners: { type: 'string' } });
    if (!values) return 0;
    if (typeof values.winners !== 'string') throw new UsageError('--winners N is required: how many winners to draw.');
    const result = drawRaffle({
      dbFile: values.db,
      winners: parseWholeNumber(values.winners, 'winners', 1),
      campaign: values.campaign,
    });
    console.log(formatDrawLog(result));
    return 0;
  },
});
