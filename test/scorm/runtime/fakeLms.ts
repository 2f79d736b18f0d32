import type { ScormVersion } from '../../../src/shared/scormVersion.ts';

/** How the fake LMS misbehaves. */
export interface Faults {
  /** Commit answers false. */
  failCommits?: boolean;
  /** SetValue answers false for these elements (and values). */
  refuse?: (element: string, value: string) => boolean;
  /** SetValue and Commit throw, as a blocked synchronous request does. */
  throws?: boolean;
}

/**
 * A minimal LMS for unit tests: it holds values, keeps what the last successful commit saw (the
 * data a relaunch starts from), logs every SetValue, and can refuse, fail or throw.
 */
export class FakeLms {
  readonly values = new Map<string, string>();
  committed = new Map<string, string>();
  readonly sets: [string, string][] = [];
  faults: Faults = {};

  constructor(
    readonly version: ScormVersion,
    preset: Record<string, string> = {},
  ) {
    for (const [element, value] of Object.entries(preset)) this.values.set(element, value);
  }

  /** A window whose API is this LMS, with the events the tracker listens to. */
  host(): Window {
    const listeners = new Map<string, () => void>();
    const calls = this.calls();
    const host = {
      [this.version === '1.2' ? 'API' : 'API_1484_11']: calls,
      addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
      removeEventListener: (type: string) => listeners.delete(type),
      document: { addEventListener() {}, removeEventListener() {}, visibilityState: 'visible' },
      fire: (type: string) => listeners.get(type)?.(),
    } as Record<string, unknown>;
    host.parent = host;
    return host as unknown as Window;
  }

  private calls(): Record<string, (...args: string[]) => string> {
    const get = (element: string) => {
      if (element === 'cmi.objectives._count') {
        const ids = [...this.values.keys()].filter((key) => /^cmi\.objectives\.\d+\.id$/.test(key));
        return String(ids.length);
      }
      return this.values.get(element) ?? '';
    };
    const set = (element: string, value: string) => {
      if (this.faults.throws) throw new Error('NetworkError: synchronous request blocked');
      if (this.faults.refuse?.(element, value)) return 'false';
      this.values.set(element, value);
      this.sets.push([element, value]);
      return 'true';
    };
    const commit = () => {
      if (this.faults.throws) throw new Error('NetworkError: synchronous request blocked');
      if (this.faults.failCommits) return 'false';
      this.committed = new Map(this.values);
      return 'true';
    };
    const v12 = this.version === '1.2';
    return {
      [v12 ? 'LMSInitialize' : 'Initialize']: () => 'true',
      [v12 ? 'LMSFinish' : 'Terminate']: () => commit(),
      [v12 ? 'LMSGetValue' : 'GetValue']: get,
      [v12 ? 'LMSSetValue' : 'SetValue']: set,
      [v12 ? 'LMSCommit' : 'Commit']: commit,
      [v12 ? 'LMSGetLastError' : 'GetLastError']: () => '0',
    };
  }

  /** What a relaunch gets: the committed data, entry resume when the session ended suspended. */
  relaunch(extra: Record<string, string> = {}): FakeLms {
    const data = Object.fromEntries(this.committed);
    const exit = this.version === '1.2' ? 'cmi.core.exit' : 'cmi.exit';
    const entry = this.version === '1.2' ? 'cmi.core.entry' : 'cmi.entry';
    data[entry] = data[exit] === 'suspend' ? 'resume' : 'ab-initio';
    return new FakeLms(this.version, { ...data, ...extra });
  }
}

/** localStorage for Node: a Map, or one that refuses every write. */
export function memoryStorage(full = false): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => {
      if (full) throw new DOMException('quota', 'QuotaExceededError');
      items.set(key, String(value));
    },
  };
}
