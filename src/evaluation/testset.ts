import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Message, SystemContentBlock } from '@aws-sdk/client-bedrock-runtime';
import { textOf } from '../dataset/keys.js';

export interface TestRecord {
  readonly line: number;
  readonly system: SystemContentBlock[];
  /** every turn up to the expected answer, ending with the user's */
  readonly messages: Message[];
  readonly expected: string;
  /** the user text, for the report's failed examples */
  readonly prompt: string;
  /** the prompt turns as the RFT grader contract has them: {role, content: string}, system first */
  readonly turns: ReadonlyArray<{ readonly role: string; readonly content: string }>;
  /** for the grader: reference_answer (the record's, or its last assistant turn) and every other top-level field */
  readonly metadata: Readonly<Record<string, unknown>>;
}

type Turn = { role: string; content: unknown };

/**
 * The committed test set (already validated): the last assistant turn of each record is the
 * expected answer; the system prompt and the turns before it are what the model is sent.
 * RFT-style records send their messages and expect `reference_answer`.
 */
export async function loadTestSet(file: string, keep: { grader?: boolean } = {}): Promise<TestRecord[]> {
  const records: TestRecord[] = [];
  // A line at a time: the file is validated (and capped by 'max-test-records'), but may still be
  // larger than one string can hold.
  let i = -1;
  for await (const text of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    i += 1;
    if (text.trim() === '') continue;
    const r = JSON.parse(text) as {
      system?: Array<{ text: string }>;
      messages?: Turn[];
      reference_answer?: unknown;
      [field: string]: unknown;
    };
    const turns = r.messages ?? [];
    let system: SystemContentBlock[] = (r.system ?? []).map((b) => ({ text: b.text }));
    let expected: string;
    let sent: Turn[];
    if (r.reference_answer !== undefined) {
      expected = typeof r.reference_answer === 'string' ? r.reference_answer : JSON.stringify(r.reference_answer);
      system = turns.filter((t) => t.role === 'system').map((t) => ({ text: textOf(t.content) }));
      sent = turns.filter((t) => t.role !== 'system');
    } else {
      expected = textOf(turns.at(-1)?.content);
      sent = turns.slice(0, -1);
    }
    const messages: Message[] = sent.map((t) => ({
      role: t.role as 'user' | 'assistant',
      content: Array.isArray(t.content) ? (t.content as Message['content']) : [{ text: textOf(t.content) }],
    }));
    const { messages: _m, system: _s, ...fields } = r;
    records.push({
      line: i + 1,
      system,
      messages,
      expected,
      // the grader's copies of the record; nobody else reads them, so they are not kept
      turns: keep.grader
        ? [
            ...system.map((b) => ({ role: 'system', content: b.text ?? '' })),
            ...sent.map((t) => ({ role: t.role, content: textOf(t.content) })),
          ]
        : [],
      metadata: keep.grader ? { ...fields, reference_answer: r.reference_answer ?? expected } : {},
      prompt: sent
        .filter((t) => t.role === 'user')
        .map((t) => textOf(t.content))
        .join('\n'),
    });
  }
  return records;
}
