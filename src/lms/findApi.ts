export type ApiName = 'API' | 'API_1484_11';

/** How far up a frame chain to look, as ADL's discovery algorithm says. */
const MAX_STEPS = 500;

/**
 * ADL's API discovery: the window and its parents, then the opener and its parents, then the
 * top window's opener. A frame of another origin ends that chain instead of throwing.
 */
export function findApi<T>(name: ApiName, start: Window = window): T | undefined {
  const chains: (Window | null | undefined)[] = [start, safe(() => start.opener), safe(() => start.top?.opener)];
  for (const first of chains) {
    const api = first ? searchChain<T>(first, name) : undefined;
    if (api) return api;
  }
  return undefined;
}

function searchChain<T>(first: Window, name: ApiName): T | undefined {
  let current: Window = first;
  for (let step = 0; step <= MAX_STEPS; step++) {
    const api = safe(() => (current as unknown as Record<string, T | undefined>)[name]);
    if (api) return api;
    const parent = safe(() => current.parent);
    if (!parent || parent === current) return undefined;
    current = parent;
  }
  return undefined;
}

function safe<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
