// What a record check is handed (RecordContext) and what it finds out (RecordFacts).

import { type Modality, type BaseModel } from '../models.js';
import { type RuleId } from '../rules.js';

/** What the cross-file checks need to know of one valid-enough record. */
export interface RecordFacts {
  /** undefined when the record's system field is malformed (already reported) */
  readonly system: string | undefined;
  /** the user turns' texts, in order */
  readonly prompt: readonly string[];
  /** the last assistant turn: the expected answer */
  readonly answer: string;
  readonly modality?: Modality;
  readonly chars: number;
}

export interface RecordContext {
  readonly model: BaseModel;
  /** where media must live: the bucket of `s3-uri`, when known */
  readonly bucket?: string;
  /** distillation prompts may leave the answer to the teacher */
  readonly answerOptional?: boolean;
  /** records Bedrock reads (training, validation) must name their schema; a test set is ours to read */
  readonly schemaRequired?: boolean;
  report(rule: RuleId, message: string): void;
}
