import type { ScormVersion } from '../shared/scormVersion.ts';
import { findApi } from './findApi.ts';

interface Api12 {
  LMSInitialize(parameter: ''): string;
  LMSFinish(parameter: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(parameter: ''): string;
  LMSGetLastError(): string;
}

interface Api2004 {
  Initialize(parameter: ''): string;
  Terminate(parameter: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(parameter: ''): string;
  GetLastError(): string;
}

/** The calls both versions share, with their version-specific names hidden. */
interface Calls {
  initialize(): string;
  finish(): string;
  get(element: string): string;
  set(element: string, value: string): string;
  commit(): string;
  lastError(): string;
}

/**
 * One SCO session with the LMS: initialised once, finished exactly once, and silent after that,
 * since some LMSs misbehave when called after LMSFinish/Terminate.
 */
export class LmsConnection {
  private finished = false;

  private constructor(
    readonly version: ScormVersion,
    private readonly calls: Calls,
  ) {}

  /** Finds the LMS's API (ADL discovery) and initialises it; undefined when there is no LMS. */
  static connect(version: ScormVersion, start: Window = window): LmsConnection | undefined {
    const calls = version === '1.2' ? calls12(findApi<Api12>('API', start)) : calls2004(findApi<Api2004>('API_1484_11', start));
    if (!calls) return undefined;
    const connection = new LmsConnection(version, calls);
    return isTrue(guard(() => calls.initialize())) ? connection : undefined;
  }

  get isFinished(): boolean {
    return this.finished;
  }

  get(element: string): string {
    if (this.finished) return '';
    return guard(() => this.calls.get(element)) ?? '';
  }

  /** False when the LMS refused the value (its error code is set) or is gone. */
  set(element: string, value: string): boolean {
    if (this.finished) return false;
    return isTrue(guard(() => this.calls.set(element, value)));
  }

  commit(): boolean {
    if (this.finished) return false;
    return isTrue(guard(() => this.calls.commit()));
  }

  finish(): boolean {
    if (this.finished) return false;
    this.finished = true;
    return isTrue(guard(() => this.calls.finish()));
  }

  lastError(): string {
    if (this.finished) return '';
    return guard(() => this.calls.lastError()) ?? '';
  }
}

function calls12(api: Api12 | undefined): Calls | undefined {
  return (
    api && {
      initialize: () => api.LMSInitialize(''),
      finish: () => api.LMSFinish(''),
      get: (element) => api.LMSGetValue(element),
      set: (element, value) => api.LMSSetValue(element, value),
      commit: () => api.LMSCommit(''),
      lastError: () => api.LMSGetLastError(),
    }
  );
}

function calls2004(api: Api2004 | undefined): Calls | undefined {
  return (
    api && {
      initialize: () => api.Initialize(''),
      finish: () => api.Terminate(''),
      get: (element) => api.GetValue(element),
      set: (element, value) => api.SetValue(element, value),
      commit: () => api.Commit(''),
      lastError: () => api.GetLastError(),
    }
  );
}

/** LMSs answer "true"/"false" as strings; some answer booleans. */
function isTrue(result: unknown): boolean {
  return result === true || String(result) === 'true';
}

/** An LMS API that throws must not stop the course. */
function guard<T>(call: () => T): T | undefined {
  try {
    return call();
  } catch {
    return undefined;
  }
}
