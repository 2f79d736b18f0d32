import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseCompletionReceipt } from '../shared/completion/completionReceipt.ts';
import { parseRaffleEntry } from '../shared/raffle/raffleEntry.ts';
import type { RecordIssue } from '../shared/recordIssues.ts';
import { clientAddress } from './clientAddress.ts';
import { controlCharacterIssues } from './controlCharacters.ts';
import { insertCompletion } from './completionDb.ts';
import { checkAllowedOrigins, checkOrigin, corsHeaders, preflightHeaders } from './corsPolicy.ts';
import { emailDomainIssue, parseEmailDomains } from './emailDomains.ts';
import { insertEntry, openRaffleDb, type RaffleDb } from './raffleDb.ts';
import { createRateLimiter } from './rateLimit.ts';
import { readBody } from './readBody.ts';

export interface RaffleServerOptions {
  /**
   * Interface to listen on. Keep it on loopback and put a TLS reverse proxy in front.
   * @default '127.0.0.1'
   */
  host?: string;
  /**
   * TCP port; 0 picks any free one (see `url` in the result).
   * @default 8787
   */
  port?: number;
  /** SQLite file for the entries and the completion receipts; created with its schema if missing. */
  dbFile: string;
  /**
   * Exact origins whose pages may post entries, e.g. `https://intranet.example.org`. The string `"null"`
   * allows course pages opened from `file://` (note that sandboxed frames send `null` too).
   * Requests without an Origin header (not from a browser) are accepted.
   */
  allowedOrigins: string[];
  /**
   * Largest accepted request body; a real entry is well under 1 KB.
   * @default 4096
   */
  maxBodyBytes?: number;
  /**
   * Entries a single address may post per minute; more are answered 429 with Retry-After. Counted per
   * client address (per /64 for IPv6; behind a reverse proxy on this machine, per X-Forwarded-For), and
   * generous enough for an office whose learners all share one NAT address. 0 turns the limit off.
   * Completion receipts are counted the same way, apart from entries.
   * @default 60
   */
  entriesPerMinute?: number;
  /**
   * E-mail domains entries and completion receipts must use, e.g. `['example.org']`; subdomains count too. Others get 400.
   * @default [] (any domain)
   */
  emailDomains?: string[];
  /**
   * Receives one line per request: time, method, route and status. Never names or e-mails.
   * @default console.log
   */
  log?: (line: string) => void;
}

export interface RaffleServer {
  /** Where it listens, e.g. `http://127.0.0.1:8787`. */
  url: string;
  /** Stops accepting connections, lets running requests finish and closes the database. */
  close(): Promise<void>;
}

type Reply = { status: number; body?: unknown; headers?: Record<string, string> };

const routes: Record<string, string[]> = { '/entries': ['POST', 'OPTIONS'], '/completions': ['POST', 'OPTIONS'], '/health': ['GET'] };

/** What the receiver takes at a route: a raffle entry or a completion receipt, each checked and stored its own way. */
interface RecordKind {
  /** For messages: "raffle entry", "completion receipt". */
  noun: string;
  /** Plural, for the rate limit's message. */
  nouns: string;
  parse: (value: unknown) => { ok: true; email: string; store: () => boolean } | { ok: false; issues: RecordIssue[] };
}

/** Starts the receiver for raffle entries (`POST /entries`) and completion receipts (`POST /completions`). Resolves once it listens. */
export async function startRaffleServer(options: RaffleServerOptions): Promise<RaffleServer> {
  const { host = '127.0.0.1', port = 8787, maxBodyBytes = 4096, entriesPerMinute = 60, log = console.log } = options;
  checkAllowedOrigins(options.allowedOrigins);
  const emailDomains = parseEmailDomains(options.emailDomains ?? []);
  const allowed = new Set(options.allowedOrigins);
  const limiters: Record<string, ReturnType<typeof createRateLimiter>> = {
    '/entries': createRateLimiter(entriesPerMinute),
    '/completions': createRateLimiter(entriesPerMinute),
  };
  const db = openRaffleDb(options.dbFile, log);
  const kinds: Record<string, RecordKind> = {
    '/entries': {
      noun: 'raffle entry',
      nouns: 'entries',
      parse: (value) => {
        const parsed = parseRaffleEntry(value);
        return parsed.ok ? { ok: true, email: parsed.entry.email, store: () => insertEntry(db, parsed.entry) } : parsed;
      },
    },
    '/completions': {
      noun: 'completion receipt',
      nouns: 'completion receipts',
      parse: (value) => {
        const parsed = parseCompletionReceipt(value);
        return parsed.ok ? { ok: true, email: parsed.receipt.email, store: () => insertCompletion(db, parsed.receipt) } : parsed;
      },
    },
  };

  const server = createServer({ requestTimeout: 15_000, headersTimeout: 10_000 }, (request, response) => {
    const route = (request.url ?? '/').split('?')[0] ?? '/';
    response.on('close', () => {
      const status = response.writableFinished ? String(response.statusCode) : 'aborted';
      log(`${new Date().toISOString()} ${request.method} ${route in routes ? route : '(other)'} ${status}`);
    });
    handle(request, route).then(
      (reply) => send(response, reply),
      (error: unknown) => {
        // The message may quote stored values: keep it out of the log.
        log(`${new Date().toISOString()} internal error: ${(error as Error).name ?? 'unknown'}`);
        send(response, { status: 500, body: { error: 'Internal error; nothing was stored. Try again later.' } });
      },
    );
  });

  async function handle(request: IncomingMessage, route: string): Promise<Reply> {
    const methods = routes[route];
    if (!methods) return { status: 404, body: { error: 'Not found. Entries go to POST /entries, completion receipts to POST /completions.' } };
    if (!methods.includes(request.method ?? '')) {
      return { status: 405, headers: { Allow: methods.join(', ') }, body: { error: `Use ${methods.join(' or ')} on ${route}.` } };
    }
    if (route === '/health') return { status: 200, body: { status: 'ok' } };
    const origin = checkOrigin(request, allowed);
    if (origin.kind === 'forbidden') {
      return {
        status: 403,
        headers: { Vary: 'Origin' },
        body: {
          error: `This origin may not send ${route === '/completions' ? 'completion receipts' : 'raffle entries'}; the organiser can allow it with --origin.`,
        },
      };
    }
    if (request.method === 'OPTIONS') {
      return origin.kind === 'allowed' ? { status: 204, headers: preflightHeaders(origin.origin) } : { status: 204 };
    }
    const kind = kinds[route]!;
    // Counted before the body is read: a flood costs the receiver as little as possible.
    const rate = limiters[route]!.take(clientAddress(request));
    if (!rate.ok) {
      const headers = { ...corsHeaders(origin), 'Retry-After': String(rate.retryAfterSeconds), 'Access-Control-Expose-Headers': 'Retry-After' };
      const error = `Too many ${kind.nouns} from this address; try again in ${rate.retryAfterSeconds} s.`;
      return { status: 429, headers, body: { error } };
    }
    return { ...(await receive(request, kind)), headers: corsHeaders(origin) };
  }

  async function receive(request: IncomingMessage, kind: RecordKind): Promise<Reply> {
    const mediaType = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (mediaType !== 'application/json') {
      return { status: 415, body: { error: `Send the ${kind.noun} as JSON with Content-Type: application/json.` } };
    }
    const read = await readBody(request, maxBodyBytes);
    if (!read.ok) {
      if (read.reason === 'aborted') return { status: 400, body: { error: 'The request body was cut off.' } };
      return { status: 413, body: { error: `The body is larger than ${maxBodyBytes} bytes; a ${kind.noun} is far smaller.` } };
    }
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(read.body));
    } catch (error) {
      return { status: 400, body: { error: `The body is not valid UTF-8 JSON: ${(error as Error).message}`, issues: [] } };
    }
    const parsed = kind.parse(json);
    // The schema (shared with the course's form) accepts any text in a name; what is stored here ends up
    // in a CSV and in the draw log on a terminal, so control characters (and lone surrogates, which
    // SQLite would store as invalid UTF-8) are refused at the door.
    const controls = controlCharacterIssues(json);
    const domain = parsed.ok ? emailDomainIssue(parsed.email, emailDomains) : undefined;
    if (domain) controls.push(domain);
    if (!parsed.ok || controls.length > 0) {
      const flagged = new Set(controls.map((issue) => issue.field));
      const issues = [...controls, ...(parsed.ok ? [] : parsed.issues.filter((issue) => !flagged.has(issue.field)))];
      const summary = issues.map((issue) => `${issue.field || 'entry'} ${issue.message}`).join('; ');
      return { status: 400, body: { error: `Invalid ${kind.noun}: ${summary}.`, issues } };
    }
    const stored = parsed.store();
    return stored ? { status: 201, body: { status: 'stored' } } : { status: 200, body: { status: 'duplicate' } };
  }

  await listen(server, port, host, db);
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        const force = setTimeout(() => server.closeAllConnections(), 2000);
        server.close((error) => {
          clearTimeout(force);
          closeDb(db);
          if (error) reject(error);
          else resolve();
        });
        server.closeIdleConnections();
      }),
  };
}

function send(response: ServerResponse, reply: Reply): void {
  if (response.headersSent) return;
  const headers: Record<string, string> = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...reply.headers };
  // A body we stopped reading must not be read later to keep the connection alive: close it instead.
  if (reply.status === 413) headers.Connection = 'close';
  if (reply.body === undefined) {
    response.writeHead(reply.status, headers).end();
    return;
  }
  headers['Content-Type'] = 'application/json; charset=utf-8';
  response.writeHead(reply.status, headers).end(JSON.stringify(reply.body));
}

function listen(server: ReturnType<typeof createServer>, port: number, host: string, db: RaffleDb): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      closeDb(db);
      const where = `${host}:${port}`;
      if (error.code === 'EADDRINUSE') reject(new Error(`Port ${port} on ${host} is already in use; choose another with --port.`));
      else if (error.code === 'EADDRNOTAVAIL') reject(new Error(`${host} is not an address of this machine; check --host.`));
      else if (error.code === 'EACCES') reject(new Error(`Not allowed to listen on ${where}; ports below 1024 need privileges.`));
      else reject(error);
    });
    server.listen(port, host, () => resolve());
  });
}

function closeDb(db: RaffleDb): void {
  if (db.open) db.close();
}
