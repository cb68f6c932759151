// The example's RFT grader: an AWS Lambda handler (Node.js) with Bedrock RFT's grader contract,
// after AWS's GSM8K sample. The same function rewards the RFT job during training and scores the
// answers in CI (`scorer: grader`).
//
// event:    [{ "id", "messages": [...prompt turns, { "role": "assistant", "content": <answer> }],
//              "metadata": { "reference_answer": "<number>", ... } }, ...]
// response: [{ "id", "aggregate_reward_score": 0 | 1, "metrics_list": [{ "name", "value", "type" }] }, ...]

/** The number after '#### ' (the answer's final line), or undefined. */
function finalAnswer(text) {
  const m = /####\s*\$?\s*(-?[\d,]*\.?\d+)/.exec(text);
  return m ? Number(m[1].replace(/,/g, '')) : undefined;
}

/** The last number anywhere in the text: the answer, when the model forgot the format. */
function lastNumber(text) {
  const all = text.match(/-?\d[\d,]*\.?\d*/g);
  return all ? Number(all[all.length - 1].replace(/,/g, '')) : undefined;
}

const same = (a, b) => a !== undefined && Number.isFinite(a) && Math.abs(a - b) < 1e-6;

function grade(sample) {
  const answer = String(sample.messages?.at(-1)?.content ?? '');
  const reference = Number(String(sample.metadata?.reference_answer ?? '').replace(/,/g, ''));
  if (!Number.isFinite(reference)) throw new Error(`sample ${sample.id}: reference_answer is not a number`);
  const final = finalAnswer(answer);
  const correct = same(final, reference);
  // Partial credit: the right number without the '####' format still earns half.
  const partial = correct ? 1 : same(lastNumber(answer), reference) ? 0.5 : 0;
  return {
    id: sample.id,
    aggregate_reward_score: correct ? 1 : 0,
    metrics_list: [
      { name: 'correct', value: correct ? 1 : 0, type: 'Reward' },
      { name: 'format', value: final === undefined ? 0 : 1, type: 'Metric' },
      { name: 'partial_credit', value: partial, type: 'Metric' },
    ],
  };
}

export const handler = async (event) => (Array.isArray(event) ? event : [event]).map(grade);
