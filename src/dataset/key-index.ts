// A set of 64-bit keys (keys.ts) with a few 32-bit numbers each, for the checks across records: the
// training prompts seen so far (line of the first record, its answer) and the distinct answers.
// Typed arrays with open addressing rather than a Map of objects: 16 bytes a prompt instead of about
// 180 and no allocation per record, which is what a 1 GB file of 650,000 records needs.
import { randomInt } from 'node:crypto';

// Entries live in blocks that are never copied: growing costs no second copy of the table.
const BLOCK_BITS = 14;
const BLOCK = 1 << BLOCK_BITS;
const MIX = 0x9e3779b1 | 0;

export class KeyIndex {
  /** per slot: entry + 1, 0 for an empty slot; at most 3 in 4 are used */
  private slots = new Int32Array(1 << 10);
  private shift = 32 - 10;
  private readonly blocks: Int32Array[] = [];
  private readonly stride: number;
  private readonly multiplier = (randomInt(2 ** 31) << 1) | 1;
  /** entries, numbered from 0 in the order they were added */
  size = 0;

  /** `fields`: how many numbers are kept with each key (0 to 2). */
  constructor(fields: 0 | 1 | 2) {
    this.stride = 2 + fields;
  }

  /** The entry of a key, or -1. */
  find(key1: number, key2: number): number {
    key1 |= 0;
    key2 |= 0;
    const mask = this.slots.length - 1;
    for (let s = this.slotOf(key1, key2); ; s = (s + 1) & mask) {
      const e = this.slots[s]! - 1;
      if (e < 0) return -1;
      const block = this.blocks[e >>> BLOCK_BITS]!;
      const at = (e & (BLOCK - 1)) * this.stride;
      if (block[at] === key1 && block[at + 1] === key2) return e;
    }
  }

  /** Adds a key not in the index, with its numbers; returns its entry. */
  add(key1: number, key2: number, field0 = 0, field1 = 0): number {
    if (4 * (this.size + 1) > 3 * this.slots.length) this.grow();
    const e = this.size++;
    if ((e & (BLOCK - 1)) === 0) this.blocks.push(new Int32Array(BLOCK * this.stride));
    const block = this.blocks[e >>> BLOCK_BITS]!;
    const at = (e & (BLOCK - 1)) * this.stride;
    block[at] = key1;
    block[at + 1] = key2;
    if (this.stride > 2) block[at + 2] = field0;
    if (this.stride > 3) block[at + 3] = field1;
    this.place(e);
    return e;
  }

  /** Field `f` of entry `e`. */
  get(e: number, f: number): number {
    return this.blocks[e >>> BLOCK_BITS]![(e & (BLOCK - 1)) * this.stride + 2 + f]!;
  }

  /**
   * The top bits of both halves times a multiplier drawn for this run: a pull request could craft
   * texts whose keys share their low bits (the hash is not a secret), and probing would then take
   * time quadratic in their number; it cannot aim at slots it does not know.
   */
  private slotOf(key1: number, key2: number): number {
    return Math.imul(key1 ^ Math.imul(key2, MIX), this.multiplier) >>> this.shift;
  }

  private place(e: number): void {
    const mask = this.slots.length - 1;
    const block = this.blocks[e >>> BLOCK_BITS]!;
    const at = (e & (BLOCK - 1)) * this.stride;
    let s = this.slotOf(block[at]!, block[at + 1]!);
    while (this.slots[s] !== 0) s = (s + 1) & mask;
    this.slots[s] = e + 1;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    this.shift -= 1;
    for (let e = 0; e < this.size; e++) this.place(e);
  }
}
