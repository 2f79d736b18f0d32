import { parseArgs } from 'node:util';
import { exportCompletions } from '../../raffle-server/completionExport.ts';
import { showControlCharacters } from '../../raffle-server/controlCharacters.ts';
import { csvSeparator, runCli, UsageError } from './cliSupport.ts';

const usage = `Usage: npm run completion-export -- --out FILE.csv [--separator ,|;] [--course ID] [--db FILE]

Writes the completion receipts as CSV (UTF-8 with BOM, opens in Excel):
name,email,course,version,completed_on,received_at. Readable by its owner only (0600). Fields a
spreadsheet could split or run as a formula are quoted and defused with a leading ', whichever
separator the spreadsheet uses.
  --out FILE.csv   where to write (replaced if it exists)
  --separator SEP  "," (default) or ";" for Excel where the list separator is ";" (German,
                   French, ...); also "comma" or "semicolon"
  --course ID      only this course's receipts (default: all)
  --db FILE        the receiver's SQLite file (default raffle.sqlite)`;

runCli({
  usage,
  task: 'The export',
  main: (args) => {
    const { values } = parseArgs({
      args,
      options: {
        out: { type: 'string' },
        separator: { type: 'string', default: ',' },
        course: { type: 'string' },
        db: { type: 'string', default: 'raffle.sqlite' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    });
    if (values.help) {
      console.log(usage);
      return 0;
    }
    if (values.out === undefined) throw new UsageError('--out FILE.csv is required: where to write the receipts.');
    const separator = csvSeparator(values.separator);
    const count = exportCompletions({ dbFile: values.db, outFile: values.out, course: values.course, separator });
    const which = values.course === undefined ? 'all courses' : `course "${showControlCharacters(values.course)}"`;
    console.log(`Exported ${count} completion ${count === 1 ? 'receipt' : 'receipts'} (${which}) to ${values.out}.`);
    console.log('The file holds names and e-mails: keep it to the people who need the record, and delete it when they no longer do.');
    return 0;
  },
});
