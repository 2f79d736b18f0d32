import { parseArgs } from 'node:util';
import { parseWholeNumber, runCli, UsageError } from './cliSupport.ts';
import { refuseListenHost } from '../../raffle-server/listenHost.ts';
import { parseEmailDomains } from '../../raffle-server/emailDomains.ts';
import { startRaffleServer } from '../../raffle-server/raffleServer.ts';

const usage = `Usage: npm run raffle-server -- [--origin ORIGIN]... [--email-domain DOMAIN]... [--rate-limit N]
                                [--port N] [--host ADDR] [--db FILE] [--public]

Receives raffle entries (POST /entries) and completion receipts (POST /completions) from the course
into one SQLite file.
  --origin ORIGIN        a page origin allowed to post entries, e.g. https://intranet.example.org;
                         repeat for more; "null" allows course pages opened from file://
  --email-domain DOMAIN  accept only e-mail addresses (of entries and receipts) at DOMAIN or its subdomains, e.g. example.org;
                         repeat or comma-separate for more (default: any domain)
  --rate-limit N         entries (and, apart, receipts) one address may post per minute, then 429
                         (default 60; 0: no limit);
                         behind a reverse proxy on this machine, counted per X-Forwarded-For
  --port N               TCP port (default 8787; 0 picks a free one)
  --host ADDR            address to listen on (default 127.0.0.1)
  --public               allow a --host other than loopback (plain HTTP: prefer a TLS reverse proxy)
  --db FILE              SQLite file, created if missing, readable by its owner only
                         (default raffle.sqlite)`;

/** Runs `parse`, turning its error into a command-line mistake (printed with the usage). */
function usageCheck<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

runCli({
  usage,
  task: 'The raffle receiver',
  main: async (args) => {
    const { values } = parseArgs({
      args,
      options: {
        origin: { type: 'string', multiple: true, default: [] },
        'email-domain': { type: 'string', multiple: true, default: [] },
        'rate-limit': { type: 'string', default: '60' },
        port: { type: 'string', default: '8787' },
        host: { type: 'string', default: '127.0.0.1' },
        public: { type: 'boolean', default: false },
        db: { type: 'string', default: 'raffle.sqlite' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) {
      console.log(usage);
      return 0;
    }
    const refusal = refuseListenHost(values.host, values.public);
    if (refusal) throw new UsageError(refusal);
    if (values.origin.length === 0) {
      console.warn('warning: no --origin given, so browsers (which send an Origin header) are refused with 403.');
    }
    const emailDomains = usageCheck(() => parseEmailDomains(values['email-domain']));
    const entriesPerMinute = parseWholeNumber(values['rate-limit'], 'rate-limit', 0, 1_000_000);
    const server = await startRaffleServer({
      host: values.host,
      port: parseWholeNumber(values.port, 'port', 0, 65535),
      dbFile: values.db,
      allowedOrigins: values.origin,
      emailDomains,
      entriesPerMinute,
    });
    console.log(`Raffle receiver listening on ${server.url} (POST /entries, POST /completions, GET /health), storing into ${values.db}.`);
    console.log(`Allowed origins: ${values.origin.join(', ') || '(none)'}.`);
    console.log(
      `E-mail domains: ${emailDomains.join(', ') || 'any'}. Rate limit: ${entriesPerMinute === 0 ? 'none' : `${entriesPerMinute} entries per address per minute`}. Stop with Ctrl+C.`,
    );
    const stop = () => {
      console.log('Stopping: finishing running requests and closing the database.');
      server.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return 0;
  },
});
