// Generates the judged example in examples/airline-answers/ deterministically: customer questions
// answered in the airline's voice (free text, so no string scorer can grade them; `scorer: judge`
// with rubric.md does). Run: npm run examples
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prng } from '../atis-intents/generate.js';

export const SYSTEM_PROMPT =
  "You are SkyWay Air's customer assistant. Answer in one or two friendly sentences, following SkyWay Air's policies.";

/** Each policy: the ways customers ask about it, and the answer in the airline's voice. */
const POLICIES: ReadonlyArray<{ phrases: string[]; answer: string }> = [
  {
    phrases: ['carry-on baggage allowance', 'cabin bag size limit', 'hand luggage I can bring'],
    answer:
      'You can bring one cabin bag up to 8 kg plus a small personal item that fits under the seat in front of you.',
  },
  {
    phrases: ['checked baggage fee', 'price of a checked suitcase', 'cost to check a bag'],
    answer: 'Your first checked bag up to 23 kg is 35 dollars when added online, and 50 dollars at the airport.',
  },
  {
    phrases: ['travelling with a pet', 'bringing my dog in the cabin', 'flying with a cat'],
    answer:
      'Small cats and dogs can fly in the cabin in a soft carrier under 8 kg for 75 dollars each way; book them at least 48 hours ahead.',
  },
  {
    phrases: ['changing my flight date', 'moving my booking to another day', 'flight change fee'],
    answer: 'You can change your flight for free up to 24 hours before departure and only pay any difference in fare.',
  },
  {
    phrases: ['refund for a cancelled trip', 'getting my money back', 'cancelling my ticket for a refund'],
    answer:
      'Flexible fares are refunded in full to your original payment within 7 days; basic fares get a travel credit valid for a year.',
  },
  {
    phrases: ['online check-in opening time', 'when I can check in online', 'check-in window before departure'],
    answer: 'Online check-in opens 30 hours before departure and closes 60 minutes before your flight leaves.',
  },
  {
    phrases: ['choosing a seat', 'seat selection cost', 'picking a window seat'],
    answer:
      'Standard seats are free to choose at check-in, and you can reserve one earlier for 12 dollars, or 25 dollars for extra legroom.',
  },
  {
    phrases: ['flying with a baby', 'infant ticket on my lap', 'travelling with a newborn'],
    answer:
      'Children under 2 fly on your lap for 10 % of the adult fare, and each family may check one stroller for free.',
  },
  {
    phrases: ['lost luggage claim', 'my suitcase did not arrive', 'delayed baggage report'],
    answer:
      "We're sorry! Report it at our baggage desk or online within 7 days and we'll deliver your bag to you as soon as we find it.",
  },
  {
    phrases: ['wifi on board', 'internet during the flight', 'onboard wi-fi price'],
    answer: 'Messaging wi-fi is free on every flight, and full-speed browsing costs 8 dollars per flight.',
  },
];

const FRAMES = [
  (p: string) => `Can you tell me about the ${p}?`,
  (p: string) => `What is your policy on ${p}?`,
  (p: string) => `I have a question about ${p}.`,
  (p: string) => `How does ${p} work with SkyWay Air?`,
  (p: string) => `Quick question regarding ${p}, please.`,
];

export function generate(seed = 11) {
  const r = prng(seed);
  const train: unknown[] = [];
  const test: unknown[] = [];
  const record = (question: string, answer: string) => ({
    schemaVersion: 'bedrock-conversation-2024',
    system: [{ text: SYSTEM_PROMPT }],
    messages: [
      { role: 'user', content: [{ text: question }] },
      { role: 'assistant', content: [{ text: answer }] },
    ],
  });
  for (const policy of POLICIES) {
    const questions = policy.phrases.flatMap((p) => FRAMES.map((f) => f(p)));
    for (let i = questions.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [questions[i], questions[j]] = [questions[j]!, questions[i]!];
    }
    questions.forEach((q, i) => (i < 4 ? test : train).push(record(q, policy.answer)));
  }
  return { train, test };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = path.dirname(fileURLToPath(import.meta.url));
  const { train, test } = generate();
  const jsonl = (rows: unknown[]) => rows.map((x) => JSON.stringify(x)).join('\n') + '\n';
  writeFileSync(path.join(dir, 'train.jsonl'), jsonl(train));
  writeFileSync(path.join(dir, 'test.jsonl'), jsonl(test));
  process.stdout.write(
    `wrote ${train.length} training and ${test.length} test records to ${path.relative(process.cwd(), dir)}\n`,
  );
}
