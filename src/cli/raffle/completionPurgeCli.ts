import { parseArgs } from 'node:util';
import { purgeCompletions } from '../../raffle-server/completionPurge.ts';
import { runCli, UsageError } from './cliSupport.ts';

const usage = `Usage: npm run completion-purge -- --completed-before YYYY-MM-DD --yes [--db FILE]

Deletes the completion receipts of completions before a day, when the storage period your privacy
notice names is over, and compacts the file so nothing of them remains in it.
  --completed-before DAY  delete receipts completed before this day (YYYY-MM-DD)
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
    if (before === undefined) throw new UsageError('--completed-before YYYY-MM-DD is required: receipts completed before that day are deleted.');
    if (!/^\d{4}-\d\d-\d\d$/.test(before)) throw new UsageError(`--completed-before must be a date written as YYYY-MM-DD, not "${before}".`);
    const result = purgeCompletions({ dbFile: values.db, completedBefore: before, yes: values.yes });
    if (!result.purged) {
      console.error(result.message);
      return 1;
    }
    console.log(result.message);
    return 0;
  },
});
