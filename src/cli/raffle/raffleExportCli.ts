import { csvSeparator, parseEntryCommand, runCli, UsageError } from './cliSupport.ts';
import { describeSelection } from '../../raffle-server/raffleDb.ts';
import { exportEntries } from '../../raffle-server/raffleExport.ts';

const usage = `Usage: npm run raffle-export -- --out FILE.csv [--separator ,|;] [--campaign ID] [--db FILE]

Writes the entries as CSV (UTF-8 with BOM, opens in Excel): id,campaign,name,email,received_at.
Readable by its owner only (0600). Fields a spreadsheet could split or run as a formula are quoted
and defused with a leading ', whichever separator the spreadsheet uses.
  --out FILE.csv   where to write (replaced if it exists)
  --separator SEP  "," (default) or ";" for Excel where the list separator is ";" (German,
                   French, ...); also "comma" or "semicolon"
  --campaign ID    only this campaign's entries (default: all)
  --db FILE        the receiver's SQLite file (default raffle.sqlite)`;

runCli({
  usage,
  task: 'The export',
  main: (args) => {
    const values = parseEntryCommand(args, usage, { out: { type: 'string' }, separator: { type: 'string', default: ',' } });
    if (!values) return 0;
    if (typeof values.out !== 'string') throw new UsageError('--out FILE.csv is required: where to write the entries.');
    const separator = csvSeparator(String(values.separator));
    const count = exportEntries({ dbFile: values.db, outFile: values.out, campaign: values.campaign, separator });
    console.log(`Exported ${count} ${count === 1 ? 'entry' : 'entries'} (${describeSelection(values.campaign)}) to ${values.out}.`);
    console.log('The file holds names and e-mails: keep it to the people running the draw and delete it afterwards.');
    return 0;
  },
});
