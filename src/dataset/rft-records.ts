// A reinforcement fine-tuning record (Nova 2 Lite): OpenAI-style messages and a reference answer.
import { jsonChars } from './content.js';
import { scanText } from './records.js';
import type { RecordContext, RecordFacts } from './record-types.js';
import { describe, isObject } from './json-shape.js';

/** Checks a Nova 2 Lite RFT record: OpenAI-style string messages and a reference answer. */
export function checkRft(record: Record<string, unknown>, ctx: RecordContext): RecordFacts | undefined {
  const messages = record.messages;
  if (!Array.isArray(messages) || messages.length === 0) {
    ctx.report(
      'rft/format',
      `RFT records need 'messages': a non-empty list of {"role", "content": "string"}; it is ${messages === undefined ? 'missing' : describe(messages)}.`,
    );
    return undefined;
  }
  let system = '';
  const prompt: string[] = [];
  // OpenAI-style tool definitions, when the record has them, are read by the model too
  let chars = jsonChars(record.tools);
  messages.forEach((m, index) => {
    const turn = `message ${index + 1}`;
    if (!isObject(m) || !['system', 'user', 'assistant'].includes(m.role as string)) {
      ctx.report('rft/format', `${turn} needs a role of 'system', 'user' or 'assistant'.`);
      return;
    }
    if (typeof m.content !== 'string' || m.content.trim() === '') {
      ctx.report('rft/format', `${turn} content must be a non-empty string in RFT data; it is ${describe(m.content)}.`);
      return;
    }
    if (m.role === 'system' && index !== 0)
      ctx.report('rft/format', `${turn} is a system message; it must come first.`);
    chars += m.content.length;
    scanText(m.content, m.role as string, 'message', index, ctx);
    if (m.role === 'system') system = m.content;
    else if (m.role === 'user') prompt.push(m.content);
  });
  if (!messages.some((m) => isObject(m) && m.role === 'user'))
    ctx.report('rft/format', `The record has no user message.`);
  const reference = record.reference_answer;
  let answer = '';
  if (reference === undefined || reference === null || reference === '') {
    ctx.report(
      'rft/reference-answer',
      `The record has no 'reference_answer'; the grader Lambda compares responses with it.`,
    );
  } else if (typeof reference === 'string') {
    answer = reference;
  } else if (isObject(reference)) {
    try {
      answer = JSON.stringify(reference);
    } catch {
      // Nested deeper than the engine can serialize: no grader (nor this action) can read it.
      ctx.report('rft/reference-answer', `'reference_answer' is nested too deeply to be read. Flatten it.`);
    }
  } else {
    ctx.report(
      'rft/reference-answer',
      `'reference_answer' must be a string or an object; it is ${describe(reference)}.`,
    );
  }
  if (record.id !== undefined && (typeof record.id !== 'string' || record.id.trim() === '')) {
    ctx.report('rft/format', `'id', when present, must be a non-empty string.`);
  }
  return { system, prompt, answer, chars: chars + answer.length };
}
