import { parseArgs } from 'node:util';
import { runCli, UsageError } from './cliSupport.ts';
import { describeSelection } from './raffleDb.ts';
import { exportEntries } from './raffleExport.ts';

const usage = `Usage: npm run raffle-export -- --out FILE.csv [--campaign ID] [--db FILE]

Writes the entries as CSV (UTF-8 with BOM, opens in Excel): id,campaign,name,email,received_at.
  --out FILE.csv   where to write (replaced if it exists)
  --campaign ID    only this campaign's entries (default: all)
  --db FILE        the receiver's SQLite file (default raffle.sqlite)`;

runCli(usage, (args) => {
  const { values } = parseArgs({
    args,
    options: {
      out: { type: 'string' },
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
  if (values.out === undefined) throw new UsageError('--out FILE.csv is required: where to write the entries.');
  const count = exportEntries({ dbFile: values.db, outFile: values.out, campaign: values.campaign });
  console.log(`Exported ${count} ${count === 1 ? 'entry' : 'entries'} (${describeSelection(values.campaign)}) to ${values.out}.`);
  console.log('The file holds names and e-mails: keep it to the people running the draw and delete it afterwards.');
  return 0;
});
