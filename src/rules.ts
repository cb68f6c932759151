// Every validator rule, with a stable id (users name them in `ignore-rules`, docs/validation.md lists them)
// and its default severity. `pii: error|warn|off` overrides the severity of the pii/* rules.

export type Severity = 'error' | 'warning';

interface Rule {
  readonly severity: Severity;
  readonly title: string;
}

const error = (title: string): Rule => ({ severity: 'error', title });
const warning = (title: string): Rule => ({ severity: 'warning', title });

export const RULES = {
  'file/missing': error('The file does not exist or cannot be read'),
  'file/empty': error('The file has no records'),
  'file/outside-workspace': error('A dataset path that resolves outside the workspace'),
  'file/symlink': error('A dataset path through a symbolic link'),
  'jsonl/bom': error('The file starts with a byte-order mark'),
  'jsonl/invalid-utf8': error('A line is not valid UTF-8'),
  'jsonl/blank-line': error('A blank line between records'),
  'jsonl/crlf': warning('Windows (CRLF) line endings'),
  'jsonl/invalid-json': error('A line is not valid JSON'),
  'jsonl/truncated': error('The last line is cut off'),
  'jsonl/line-too-long': error('A line longer than any record can be (16 MiB)'),
  'jsonl/not-object': error('A line is JSON but not an object'),
  'schema/openai-format': error("The file is in OpenAI's chat format, not Bedrock's"),
  'schema/schema-version': error("schemaVersion is missing or not 'bedrock-conversation-2024'"),
  'schema/unknown-field': warning('A field Bedrock does not read'),
  'schema/system': error("'system' is not a list of {text} blocks"),
  'schema/messages': error("'messages' is missing or not a list"),
  'schema/role': error("A message's role is not 'user' or 'assistant'"),
  'schema/too-few-turns': error('Fewer than two turns'),
  'schema/first-turn': error('The first turn is not the user'),
  'schema/last-turn': error('The last turn is not the assistant'),
  'schema/alternation': error('Roles do not alternate user/assistant'),
  'schema/content': error("A message's content is not a non-empty list of blocks"),
  'schema/content-block': error('A content block of an unknown or malformed type'),
  'schema/empty-text': error('A turn with no text'),
  'content/reserved-keyword': error('Text contains a keyword that makes the job fail'),
  'media/not-in-user-turn': error('Image, video or document outside a user turn'),
  'media/unsupported-by-model': error('Media for a text-only model'),
  'media/format': error('A media format the model does not accept'),
  'media/too-many-images': error('More than 10 images in a record'),
  'media/too-many-videos': error('More than one video in a record'),
  'media/too-many-documents': error('More than one document in a record'),
  'media/video-mixed': error('Video mixed with images or documents in a turn'),
  'media/mixed-modality': error('More than one media modality in a dataset'),
  'media/location': error('A media reference that is not an s3:// URI in the dataset bucket'),
  'reasoning/not-allowed': error('reasoningContent where the model or turn does not allow it'),
  'tools/not-supported': error('Tool use for a model without tool support'),
  'tools/invalid': error('toolConfig, toolUse or toolResult that does not match'),
  'rft/format': error('A record not in the RFT format'),
  'rft/reference-answer': error('An RFT record without reference_answer'),
  'test/regex-pattern': error("A test answer that 'scorer: regex' cannot run safely"),
  'count/too-few': error('Fewer records than the job needs'),
  'count/too-many': error('More records than the job takes'),
  'count/test-too-many': error("More test records than 'max-test-records'"),
  'count/validation-unsupported': error('A validation set for a model that takes none'),
  'size/record-too-long': error("A record longer than the model's context"),
  'size/test-too-large': error("A test set larger than 'max-test-mb' (checked before it is read)"),
  'dup/training': warning('The same record more than once in training'),
  'dup/conflicting-answer': warning('The same prompt with different answers'),
  'leak/test-in-training': warning('A test prompt that also occurs in training (measured in evaluation)'),
  'leak/validation-in-training': warning('A validation prompt that also occurs in training'),
  'prompt/inconsistent': warning('More than one system prompt in a file'),
  'prompt/test-drift': error("The test set's system prompt differs from training's"),
  'labels/unseen-in-training': warning('A test label that never occurs in training'),
  'labels/unseen-share': error('Test labels never seen in training cover 5 % or more of the test set'),
  'judge/injection': warning("An answer or test field with the judge rubric's tags or a verdict-shaped JSON"),
  'pii/email': warning('An e-mail address'),
  'pii/phone': warning('A phone number'),
  'pii/card': warning('A payment card number (Luhn-valid)'),
  'pii/national-id': warning('A national id number (US SSN, UK NINO)'),
  'secret/aws-access-key': error('An AWS access key id'),
  'secret/private-key': error('A private key'),
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof RULES;

/**
 * Findings that compare files. They are reported after every file's own problems (framing, schema,
 * counts), so that the first annotations a user sees are the ones that make Bedrock fail.
 */
export const CROSS_FILE_RULES: ReadonlySet<RuleId> = new Set([
  'leak/test-in-training',
  'leak/validation-in-training',
  'prompt/test-drift',
  'labels/unseen-in-training',
  'labels/unseen-share',
]);

export const UNSKIPPABLE_RULES: ReadonlySet<RuleId> = new Set(['secret/aws-access-key', 'secret/private-key']);
