/**
 * Seeded randomness for the fuzz tests: the same seed gives the same inputs, so a failure can be replayed.
 * `FUZZ_SEED=123 npx vitest run tests/unit/fuzz` replays one seed; each failure message names the seed and case.
 */

export interface Random {
  /** [0, 1) */
  next(): number;
  int(min: number, maxInclusive: number): number;
  bool(probability?: number): boolean;
  pick<T>(items: readonly T[]): T;
  bytes(length: number): Uint8Array;
  /** A string of `length` characters drawn from `alphabet` (default: printable ASCII, markup and some Unicode). */
  string(length: number, alphabet?: string): string;
}

/** mulberry32: tiny, fast, good enough to explore inputs (not for anything secret). */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, maxInclusive: number) => min + Math.floor(next() * (maxInclusive - min + 1));
  const random: Random = {
    next,
    int,
    bool: (probability = 0.5) => next() < probability,
    pick: (items) => items[int(0, items.length - 1)]!,
    bytes(length) {
      const out = new Uint8Array(length);
      for (let i = 0; i < length; i++) out[i] = int(0, 255);
      return out;
    },
    string(length, alphabet = DEFAULT_ALPHABET) {
      const characters = Array.from(alphabet); // by code point, so an emoji stays whole
      let text = '';
      for (let i = 0; i < length; i++) text += characters[int(0, characters.length - 1)]!;
      return text;
    },
  };
  return random;
}

const DEFAULT_ALPHABET = 'abcXYZ0123456789 \n\t<>/"\'&=;:{}#.$%()[]\\' + 'éßøЖ中文😀\u0000\u0001\u200b\u202e\ufeff';

/** The seed of this run: FUZZ_SEED from the environment, or a fixed default so every run is the same. */
export const FUZZ_SEED = (() => {
  const fromEnvironment = Number(process.env.FUZZ_SEED || 'NaN');
  return Number.isInteger(fromEnvironment) ? fromEnvironment : 20261122;
})();

function hash(text: string): number {
  let value = 2166136261;
  for (let i = 0; i < text.length; i++) value = Math.imul(value ^ text.charCodeAt(i), 16777619);
  return value >>> 0;
}

/**
 * Runs `body` for `count` cases, each with its own Random derived from the run's seed, the name and the case
 * number. A failure is rethrown with the seed and case number in its message, which is all it takes to replay it.
 */
export async function forEachCase(
  name: string,
  count: number,
  body: (random: Random, index: number) => void | Promise<void>,
): Promise<void> {
  for (let index = 0; index < count; index++) {
    const random = createRandom((hash(name) ^ Math.imul(FUZZ_SEED, 1_000_003)) + index);
    try {
      await body(random, index);
    } catch (error) {
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      throw new Error(`${name}: case ${index} failed (replay with FUZZ_SEED=${FUZZ_SEED}):\n${detail}`, { cause: error });
    }
  }
}
