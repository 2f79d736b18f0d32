import { parseEntryCommand, runCli } from './cliSupport.ts';
import { purgeEntries } from '../../raffle-server/rafflePurge.ts';

const usage = `Usage: npm run raffle-purge -- --yes [--campaign ID] [--db FILE]

Deletes the entries (all, or one campaign's) and compacts the file so nothing of them remains in it.
  --yes            really delete; without it, only says what would be deleted
  --campaign ID    only this campaign's entries (default: all)
  --db FILE        the receiver's SQLite file (default raffle.sqlite)`;

runCli({
  usage,
  task: 'The purge',
  main: (args) => {
    const values = parseEntryCommand(args, usage, { yes: { type: 'boolean', default: false } });
    if (!values) return 0;
    const result = purgeEntries({ dbFile: values.db, campaign: values.campaign, yes: values.yes === true });
    if (!result.purged) {
      console.error(result.message);
      return 1;
    }
    console.log(result.message);
    return 0;
  },
});
