// A Bloom filter over the keys of the entity index's maps that a query's own keys are looked up in (exact
// keys, Pinyin words, runs of Chinese characters). Most of those find nothing; the filter answers
// those from a bit array of a few hundred kilobytes instead of probing maps of 100,000 keys and more,
// which do not stay in the processor's cache. It never turns away a key it was given.

/** Bits per key: with two probes, about one absent key in seventy gets through. */
const BITS_PER_KEY = 16;

export class KeyFilter {
  private readonly words: Int32Array;
  private readonly mask: number;

  /** A filter sized for `count` keys, holding none yet. */
  constructor(count: number) {
    let bits = 1024;
    while (bits < count * BITS_PER_KEY) bits *= 2;
    this.words = new Int32Array(bits / 32);
    this.mask = bits - 1;
  }

  add(key: string): void {
    const h = hash(key);
    this.set(h & this.mask);
    this.set(second(h) & this.mask);
  }

  /** False: the key is surely not in the index. True: it may be. */
  mayHave(key: string): boolean {
    const h = hash(key);
    return this.has(h & this.mask) && this.has(second(h) & this.mask);
  }

  private set(bit: number): void {
    this.words[bit >>> 5] |= 1 << (bit & 31);
  }

  private has(bit: number): boolean {
    return (this.words[bit >>> 5] & (1 << (bit & 31))) !== 0;
  }
}

/**
 * FNV-1a over the UTF-16 code units. The multiplication by the FNV prime is written as shifts: the
 * same value as Math.imul, which is 40 times slower in a vm context such as Jest's.
 */
function hash(key: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = (h + (h << 1) + (h << 4) + (h << 7) + (h << 8) + (h << 24)) | 0;
  }
  return h >>> 0;
}

/** A second probe from the same hash (xorshift), so that it does not follow the first. */
function second(h: number): number {
  h ^= h << 13;
  h ^= h >>> 17;
  h ^= h << 5;
  return h >>> 0;
}
