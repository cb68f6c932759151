import type { Modality } from '../models.js';
import { shown } from '../io/printable.js';
import { clip } from '../lib/format.js';
import { reservedKeywords, sensitiveData, type TextFinding } from './text.js';
import { describe, isObject } from './json-shape.js';
import { jsonChars, checkMedia, checkTool, CHARS_PER_TOKEN, mediaTokens } from './content.js';
import { type RecordContext, type RecordFacts } from './record-types.js';

export const SCHEMA_VERSION = 'bedrock-conversation-2024';

const TOP_LEVEL = new Set(['schemaVersion', 'system', 'messages', 'toolConfig']);
const BLOCK_TYPES = ['text', 'image', 'video', 'document', 'reasoningContent', 'toolUse', 'toolResult'] as const;
const MAX_IMAGES = 10;

/**
 * The type of a content block that has exactly one; undefined for none or several. Each type is
 * read by name: a loop over the names made every read a slow lookup by computed key.
 */
function blockType(block: Record<string, unknown>): (typeof BLOCK_TYPES)[number] | undefined {
  const text = block.text !== undefined;
  const count =
    +text +
    +(block.image !== undefined) +
    +(block.video !== undefined) +
    +(block.document !== undefined) +
    +(block.reasoningContent !== undefined) +
    +(block.toolUse !== undefined) +
    +(block.toolResult !== undefined);
  if (count !== 1) return undefined;
  return text ? 'text' : BLOCK_TYPES.find((t) => block[t] !== undefined);
}

/** `where` names the text in messages; a function is called only when there is something to say. */
function textFindings(text: string, where: string | (() => string)): readonly TextFinding[] {
  const keywords = reservedKeywords(text);
  const sensitive = sensitiveData(text, where);
  if (keywords.length === 0) return sensitive;
  const keyword: TextFinding = {
    rule: 'content/reserved-keyword',
    message: `The ${typeof where === 'string' ? where : where()} contains ${keywords.map((k) => shown(k)).join(', ')}, which Bedrock treats as a control token and fails the job on. Rephrase it (e.g. 'User said' instead of 'User:').`,
  };
  return [keyword, ...sensitive];
}

// Where the text being scanned sits, for messages. Set before each scan (scans are synchronous) and
// put into words only when there is a finding: a description built for each of a record's ten
// texts was garbage nearly every time.
const place = { kind: '', unit: '', index: 0 };
const describePlace = () => `${place.kind} text (${place.unit} ${place.index + 1})`;

/** Scans the text of turn (or message) `index`; `kind` is its role, or 'reasoning'. */
export function scanText(
  text: string,
  kind: string,
  unit: 'turn' | 'message',
  index: number,
  ctx: RecordContext,
): void {
  place.kind = kind;
  place.unit = unit;
  place.index = index;
  const findings = textFindings(text, describePlace);
  for (let i = 0; i < findings.length; i++) ctx.report(findings[i]!.rule, findings[i]!.message);
}

// Nearly every record of a file repeats one system prompt (often the longest text of the record):
// its findings are worked out once and reported again on each record that has it.
let lastSystem: { readonly text: string; readonly findings: readonly TextFinding[] } | undefined;
function scanSystem(text: string, ctx: RecordContext): void {
  if (lastSystem?.text !== text) lastSystem = { text, findings: textFindings(text, 'system prompt') };
  for (const f of lastSystem.findings) ctx.report(f.rule, f.message);
}

/** How messages name turn `index` (built when there is something to say: a record has ten turns). */
const turnName = (index: number) => `turn ${index + 1}`;

/** Checks a `bedrock-conversation-2024` record (SFT, distillation, and test sets). */
export function checkConversation(record: Record<string, unknown>, ctx: RecordContext): RecordFacts | undefined {
  const { model } = ctx;
  if (record.schemaVersion === undefined) {
    if (ctx.schemaRequired) {
      ctx.report(
        'schema/schema-version',
        `The record has no schemaVersion, which Bedrock requires: the job would accept the upload and fail inside Bedrock hours later. Add "schemaVersion": "${SCHEMA_VERSION}" to the record.`,
      );
    }
  } else if (record.schemaVersion !== SCHEMA_VERSION) {
    ctx.report(
      'schema/schema-version',
      `schemaVersion is ${describe(record.schemaVersion)}; it must be '${SCHEMA_VERSION}'.`,
    );
  }
  const unknown = Object.keys(record).filter((key) => !TOP_LEVEL.has(key));
  const messages = record.messages;
  if (!Array.isArray(messages)) {
    const misnamed = unknown.length > 0 ? ` The record has ${unknown.map((k) => shown(k)).join(', ')}: misnamed?` : '';
    ctx.report(
      'schema/messages',
      `'messages' must be a list of {"role", "content"} turns; it is ${messages === undefined ? 'missing' : describe(messages)}.${misnamed}`,
    );
    return undefined;
  }
  for (const key of unknown) {
    const hint =
      key === 'reference_answer'
        ? " It belongs to the RFT format: set 'customization-type: rft' if this is RFT data."
        : '';
    ctx.report(
      'schema/unknown-field',
      `Field ${shown(key)} is not part of ${SCHEMA_VERSION} and is ignored by Bedrock.${hint}`,
    );
  }

  let system: string | undefined = '';
  if (record.system !== undefined) {
    if (!Array.isArray(record.system) || !record.system.every((b) => isObject(b) && typeof b.text === 'string')) {
      system = undefined;
      ctx.report(
        'schema/system',
        `'system' must be a list of {"text": "..."} blocks, e.g. "system": [{"text": "You are ..."}]; it is ${describe(record.system)}.`,
      );
    } else {
      const blocks = record.system as ReadonlyArray<{ text: string }>;
      system = blocks.length === 1 ? blocks[0]!.text : blocks.map((b) => b.text).join('\n');
      scanSystem(system, ctx);
    }
  }

  if (messages.length < (ctx.answerOptional ? 1 : 2)) {
    ctx.report(
      'schema/too-few-turns',
      `The record has ${messages.length} turn(s); it needs at least a user turn followed by an assistant turn.`,
    );
  }

  const declaredTools = new Set<string>();
  // Bedrock tokenizes the tool specs (names, descriptions, schemas) with every record that carries them
  let chars = (system?.length ?? 0) + jsonChars(record.toolConfig);
  if (record.toolConfig !== undefined) {
    if (!model.tools) {
      ctx.report(
        'tools/not-supported',
        `'toolConfig' is set, but ${model.label} does not take tool use in fine-tuning data (Nova 2 Lite does). Remove the tool turns or change 'base-model'.`,
      );
    } else {
      const tools = isObject(record.toolConfig) ? record.toolConfig.tools : undefined;
      if (!Array.isArray(tools) || tools.length === 0) {
        ctx.report(
          'tools/invalid',
          `'toolConfig.tools' must be a non-empty list of {"toolSpec": {"name", "description", "inputSchema"}}.`,
        );
      } else {
        for (const t of tools) {
          const name = isObject(t) && isObject(t.toolSpec) ? t.toolSpec.name : undefined;
          if (typeof name !== 'string' || name.trim() === '') {
            ctx.report('tools/invalid', `Every tool in 'toolConfig.tools' needs a 'toolSpec.name'.`);
          } else if (declaredTools.has(name)) {
            ctx.report('tools/invalid', `Tool ${shown(name)} is declared twice in 'toolConfig.tools'.`);
          } else {
            declaredTools.add(name);
          }
        }
      }
    }
  }

  const prompt: string[] = [];
  let answer = '';
  let modality: Modality | undefined;
  let images = 0;
  let videos = 0;
  let documents = 0;
  const toolUseIds = new Set<string>();
  const answeredIds = new Set<string>();

  for (let index = 0; index < messages.length; index++) {
    const message: unknown = messages[index];
    if (!isObject(message)) {
      ctx.report(
        'schema/messages',
        `${turnName(index)} must be an object with 'role' and 'content'; it is ${describe(message)}.`,
      );
      continue;
    }
    const role = message.role;
    // Compared with the previous turn, not by parity, so one misplaced turn is one problem.
    const previous =
      index > 0 && isObject(messages[index - 1]) ? (messages[index - 1] as Record<string, unknown>).role : undefined;
    if (role !== 'user' && role !== 'assistant') {
      const hint = role === 'system' ? " Put the system prompt in the top-level 'system' field instead." : '';
      ctx.report(
        'schema/role',
        `${turnName(index)} has role ${describe(role)}; roles are 'user' and 'assistant' only.${hint}`,
      );
    } else if (index === 0 && role !== 'user') {
      ctx.report('schema/first-turn', `The first turn is ${shown(role)}; a record starts with the user.`);
    } else if (index > 0 && role === previous) {
      ctx.report(
        'schema/alternation',
        `${turnName(index)} is ${shown(role)} after a ${shown(role)} turn; turns must alternate user, assistant, user, …. Merge the two turns.`,
      );
    }
    if (index === messages.length - 1 && role === 'user' && messages.length >= 2 && !ctx.answerOptional) {
      ctx.report(
        'schema/last-turn',
        `The last turn is 'user'; a record ends with the assistant's answer. Add the answer or remove the trailing user turn.`,
      );
    }
    const content = message.content;
    if (!Array.isArray(content) || content.length === 0) {
      const hint =
        typeof content === 'string' ? ` Write it as "content": [{"text": ${JSON.stringify(clip(content, 40))}}].` : '';
      ctx.report(
        'schema/content',
        `${turnName(index)} 'content' must be a non-empty list of blocks; it is ${describe(content)}.${hint}`,
      );
      continue;
    }
    let text = '';
    let malformed = false;
    let hasMedia = false;
    // a tool call, tool result or reasoning: a turn that may have no text
    let hasTool = false;
    let turnImages = 0;
    let turnVideos = 0;
    let turnDocuments = 0;
    for (const block of content) {
      const type = isObject(block) ? blockType(block) : undefined;
      if (!isObject(block) || type === undefined) {
        const types = isObject(block) ? BLOCK_TYPES.filter((t) => block[t] !== undefined) : [];
        ctx.report(
          'schema/content-block',
          `${turnName(index)} has a content block with ${types.length === 0 ? 'no known type' : `several types (${types.join(', ')})`}; each block is exactly one of: ${BLOCK_TYPES.join(', ')}.`,
        );
        malformed = true;
        continue;
      }
      if (type !== 'text' && type !== 'image' && type !== 'video' && type !== 'document') hasTool = true;
      if (type === 'text') {
        if (typeof block.text !== 'string') {
          ctx.report(
            'schema/content-block',
            `${turnName(index)} has a text block whose 'text' is ${describe(block.text)}, not a string.`,
          );
          malformed = true;
          continue;
        }
        text += block.text;
        scanText(block.text, role === 'assistant' ? 'assistant' : 'user', 'turn', index, ctx);
      } else if (type === 'image' || type === 'video' || type === 'document') {
        hasMedia = true;
        const kind: Modality = type;
        if (role !== 'user') {
          ctx.report(
            'media/not-in-user-turn',
            `${turnName(index)} is ${shown(role)} and has ${type === 'image' ? 'an image' : `a ${type}`}; media go in user turns only.`,
          );
        }
        if (!model.modalities.includes(kind)) {
          ctx.report(
            'media/unsupported-by-model',
            `${turnName(index)} has ${type === 'image' ? 'an image' : `a ${type}`}, but ${model.label} takes ${model.modalities.length === 0 ? 'text only' : `only ${model.modalities.join(', ')}`}. Use a multimodal base model such as amazon.nova-lite-v1:0:300k, or remove the media.`,
          );
        }
        checkMedia(block[type], kind, turnName(index), ctx);
        if (kind === 'image') turnImages += 1;
        else if (kind === 'video') turnVideos += 1;
        else turnDocuments += 1;
      } else if (type === 'reasoningContent') {
        const reasoning = block.reasoningContent;
        const rtext =
          isObject(reasoning) && isObject(reasoning.reasoningText) ? reasoning.reasoningText.text : undefined;
        if (!model.reasoning) {
          ctx.report(
            'reasoning/not-allowed',
            `${turnName(index)} has reasoningContent, which only Nova 2 models take; ${model.label} does not. Remove it or use amazon.nova-2-lite-v1:0:256k.`,
          );
        } else if (role !== 'assistant') {
          ctx.report(
            'reasoning/not-allowed',
            `${turnName(index)} is ${shown(role)} and has reasoningContent; it belongs in assistant turns only.`,
          );
        } else if (typeof rtext !== 'string' || rtext === '') {
          ctx.report(
            'schema/content-block',
            `${turnName(index)} reasoningContent needs {"reasoningText": {"text": "..."}} with non-empty text.`,
          );
        } else {
          chars += rtext.length;
          scanText(rtext, 'reasoning', 'turn', index, ctx);
        }
      } else {
        checkTool(type, block[type], role, turnName(index), declaredTools, toolUseIds, answeredIds, ctx);
        // the call's name and input, the result's content: tokens like any text
        const tool = block[type];
        chars += isObject(tool)
          ? type === 'toolUse'
            ? String(tool.name ?? '').length + jsonChars(tool.input)
            : jsonChars(tool.content)
          : 0;
      }
    }
    if (turnVideos > 0 && (turnImages > 0 || turnDocuments > 0)) {
      ctx.report(
        'media/video-mixed',
        `${turnName(index)} mixes a video with ${turnImages > 0 ? 'images' : 'a document'}; a turn with a video has no other media.`,
      );
    } else {
      const kinds: Modality[] = [];
      if (turnImages) kinds.push('image');
      if (turnVideos) kinds.push('video');
      if (turnDocuments) kinds.push('document');
      for (const kind of kinds) {
        if (modality && modality !== kind) {
          ctx.report(
            'media/mixed-modality',
            `${turnName(index)} has ${kind} while the record already has ${modality}; a record (and a dataset) uses one media modality.`,
          );
        }
        modality ??= kind;
      }
    }
    images += turnImages;
    videos += turnVideos;
    documents += turnDocuments;
    chars += CHARS_PER_TOKEN * mediaTokens(turnImages, turnVideos, turnDocuments);
    if (text.trim() === '' && !hasMedia && !hasTool && !malformed) {
      ctx.report(
        'schema/empty-text',
        `${turnName(index)} (${shown(role)}) has no text. Every turn needs content; remove the record or fill in the turn.`,
      );
    }
    chars += text.length;
    if (role === 'user') prompt.push(text);
    else if (role === 'assistant' && index === messages.length - 1) answer = text;
  }

  if (images > MAX_IMAGES)
    ctx.report(
      'media/too-many-images',
      `The record has ${images} images; at most ${MAX_IMAGES} are allowed. Split it into several records.`,
    );
  if (videos > 1) ctx.report('media/too-many-videos', `The record has ${videos} videos; at most one is allowed.`);
  if (documents > 1)
    ctx.report('media/too-many-documents', `The record has ${documents} documents; at most one is allowed.`);

  return { system, prompt, answer, modality, chars };
}
