// The training prompts seen so far, for the duplicate, conflicting-answer and leakage checks: per
// distinct prompt key, the line of its first record and that record's answer. Kept in typed arrays
// (open addressing, linear probing) rather than a Map of objects: 24 bytes a prompt instead of
// about 180, and no allocation per record, which is what a 1 GB file with 650,000 records needs.
import { randomInt } from 'node:crypto';

const FIELDS = 6;
const MIX = 0x9e3779b1 | 0; // key halves, answer key halves, line, quote

export class PromptIndex {
  /** per slot: entry + 1, 0 for an empty slot */
  private slots = new Int32Array(1 << 12);
  private entries = new Int32Array(FIELDS << 10);
  private size = 0;
  private shift = 32 - 12;
  private readonly multiplier = (randomInt(2 ** 31) << 1) | 1;

  /** The entry of a prompt key, or -1. */
  find(key1: number, key2: number): number {
    key1 |= 0;
    key2 |= 0;
    const mask = this.slots.length - 1;
    for (let s = this.slotOf(key1, key2); ; s = (s + 1) & mask) {
      const e = this.slots[s]! - 1;
      if (e < 0) return -1;
      if (this.entries[e * FIELDS] === key1 && this.entries[e * FIELDS + 1] === key2) return e;
    }
  }

  /** Records a prompt key not seen before: the line of its record, its answer's key and quote. */
  add(key1: number, key2: number, line: number, answer1: number, answer2: number, quote: number): void {
    key1 |= 0;
    key2 |= 0;
    if (2 * (this.size + 1) > this.slots.length) this.grow();
    if (FIELDS * (this.size + 1) > this.entries.length) {
      const entries = new Int32Array(this.entries.length * 2);
      entries.set(this.entries);
      this.entries = entries;
    }
    const e = this.size++;
    const at = e * FIELDS;
    this.entries[at] = key1;
    this.entries[at + 1] = key2;
    this.entries[at + 2] = answer1;
    this.entries[at + 3] = answer2;
    this.entries[at + 4] = line;
    this.entries[at + 5] = quote;
    this.place(e);
  }

  line(e: number): number {
    return this.entries[e * FIELDS + 4]!;
  }

  /** Whether entry `e` was seen with this answer. */
  sameAnswer(e: number, answer1: number, answer2: number): boolean {
    return this.entries[e * FIELDS + 2] === answer1 && this.entries[e * FIELDS + 3] === answer2;
  }

  quote(e: number): number {
    return this.entries[e * FIELDS + 5]!;
  }

  /**
   * The top bits of both halves times a multiplier drawn for this run: a pull request could craft
   * prompts whose keys share their low bits (the hash is not a secret), and probing would then
   * take time quadratic in their number; it cannot aim at slots it does not know.
   */
  private slotOf(key1: number, key2: number): number {
    return Math.imul(key1 ^ Math.imul(key2, MIX), this.multiplier) >>> this.shift;
  }

  private place(e: number): void {
    const mask = this.slots.length - 1;
    let s = this.slotOf(this.entries[e * FIELDS]!, this.entries[e * FIELDS + 1]!);
    while (this.slots[s] !== 0) s = (s + 1) & mask;
    this.slots[s] = e + 1;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    this.shift -= 1;
    for (let e = 0; e < this.size; e++) this.place(e);
  }
}
