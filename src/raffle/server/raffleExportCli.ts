import { parseEntryCommand, runCli, UsageError } from './cliSupport.ts';
import { describeSelection } from './raffleDb.ts';
import { exportEntries } from './raffleExport.ts';

const usage = `Usage: npm run raffle-export -- --out FILE.csv [--campaign ID] [--db FILE]

Writes the entries as CSV (UTF-8 with BOM, opens in Excel): id,campaign,name,email,received_at.
  --out FILE.csv   where to write (replaced if it exists)
  --campaign ID    only this campaign's entries (default: all)
  --db FILE        the receiver's SQLite file (default raffle.sqlite)`;

runCli({
  usage,
  task: 'The export',
  main: (args) => {
    const values = parseEntryCommand(args, usage, { out: { type: 'string' } });
    if (!values) return 0;
    if (typeof values.out !== 'string') throw new UsageError('--out FILE.csv is required: where to write the entries.');
    const count = exportEntries({ dbFile: values.db, outFile: values.out, campaign: values.campaign });
    console.log(`Exported ${count} ${count === 1 ? 'entry' : 'entries'} (${describeSelection(values.campaign)}) to ${values.out}.`);
    console.log('The file holds names and e-mails: keep it to the people running the draw and delete it afterwards.');
    return 0;
  },
});
