import { parseArgs } from 'node:util';
import { purgeCompletions } from '../../raffle-server/completionPurge.ts';
import { runCli, UsageError } from './cliSupport.ts';

const usage = `Usage: npm run completion-purge -- (--completed-before YYYY-MM-DD | --email ADDRESS) --yes [--db FILE]

Deletes the completion receipts of completions before a day, when the storage period your privacy
notice names is over, or one person's receipts when they ask for erasure, and compacts the file so
nothing of them remains in it. With both options, the receipts that match both.
  --completed-before DAY  delete receipts completed before this day (YYYY-MM-DD)
  --email ADDRESS         delete this person's receipts (case does not matter)
  --yes                   really delete; without it, only says what would be deleted
  --db FILE               the receiver's SQLite file (default raffle.sqlite)`;

runCli({
  usage,
  task: 'The purge',
  main: (args) => {
    const { values } = parseArgs({
      args,
      options: {
        'completed-before': { type: 'string' },
        email: { type: 'string' },
        yes: { type: 'boolean', default: false },
        db: { type: 'string', default: 'raffle.sqlite' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    });
    if (values.help) {
      console.log(usage);
      return 0;
    }
    const before = values['completed-before'];
    const email = values.email?.trim();
    if (before === undefined && !email) {
      throw new UsageError('Say which receipts to delete: --completed-before YYYY-MM-DD (the storage period is over) or --email ADDRESS (an erasure request).');
    }
    if (before !== undefined && !/^\d{4}-\d\d-\d\d$/.test(before))
      throw new UsageError(`--completed-before must be a date written as YYYY-MM-DD, not "${before}".`);
    const result = purgeCompletions({
      dbFile: values.db,
      ...(before === undefined ? {} : { completedBefore: before }),
      ...(email ? { email } : {}),
      yes: values.yes,
    });
    if (!result.purged) {
      console.error(result.message);
      return 1;
    }
    console.log(result.message);
    return 0;
  },
});
