import { parseArgs } from 'node:util';
import { runCli } from './cliSupport.ts';
import { purgeEntries } from './rafflePurge.ts';

const usage = `Usage: npm run raffle-purge -- --yes [--campaign ID] [--db FILE]

Deletes the entries (all, or one campaign's) and compacts the file so nothing of them remains in it.
  --yes            really delete; without it, only says what would be deleted
  --campaign ID    only this campaign's entries (default: all)
  --db FILE        the receiver's SQLite file (default raffle.sqlite)`;

runCli(usage, (args) => {
  const { values } = parseArgs({
    args,
    options: {
      yes: { type: 'boolean', default: false },
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
  const result = purgeEntries({ dbFile: values.db, campaign: values.campaign, yes: values.yes });
  if (!result.purged) {
    console.error(result.message);
    return 1;
  }
  console.log(result.message);
  return 0;
});
