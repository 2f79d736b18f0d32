/** FNV-1a: a string's 32-bit hash, to salt a seed. Not for anything secret. */
export function hashString(text: string): number {
  let hash = 2166136261;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 16777619);
  return hash >>> 0;
}

/**
 * mulberry32: a small seeded generator of numbers in [0, 1), the same on every machine. Enough for
 * answer order, the raffle's phrase letter keystream and the fuzz run's mutations, which need
 * repeatability, not secrecy.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}
