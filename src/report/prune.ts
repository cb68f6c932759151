// What `prune` looked at and did, for the job summary: every custom model of the model name, kept
// or deleted and why, and the storage it saves. Names, reasons and AWS messages are escaped.
import type { PruneRow } from '../registry/prune.js';
import { mdCode, mdText } from './escape.js';
import { formatUsd } from '../pricing/prices.js';

const usd = (x: number | undefined) => (x === undefined ? '—' : `\\$${formatUsd(x)}`);

const ACTION: Readonly<Record<PruneRow['action'], string>> = {
  kept: 'kept',
  'would-delete': '🗑️ would delete',
  deleted: '🗑️ deleted',
  'in-use': '⚠️ in use: kept',
  failed: '❌ not deleted',
};

export function pruneSummary(modelName: string, rows: readonly PruneRow[], apply: boolean, savings: number): string {
  const going = rows.filter((r) => r.action === 'would-delete' || r.action === 'deleted');
  const priced = going.every((r) => r.storagePerMonth !== undefined);
  const verdict = apply
    ? `Deleted ${going.length} of ${rows.length} custom models: ${usd(savings)} a month of storage saved${priced ? '' : ' (some without a price)'}.`
    : `Dry run: ${going.length} of ${rows.length} custom models would be deleted, saving ${usd(savings)} a month${priced ? '' : ' (some without a price)'}. Set \`prune: apply\` to delete them.`;
  const lines = [`## 🧹 \`${mdText(modelName, 40)}\`: prune`, '', verdict, ''];
  if (rows.length === 0) {
    lines.push(`No custom model named \`${mdText(modelName, 40)}-…\` in this account and Region.`);
    return lines.join('\n');
  }
  lines.push('| custom model | created | | why | storage a month |', '|---|---|---|---|---:|');
  for (const r of rows)
    lines.push(
      `| ${mdCode(r.name, 80)} | ${r.createdAt ? r.createdAt.slice(0, 10) : '—'} | ${ACTION[r.action]} | ${mdText(r.why, 200)}${r.leftovers?.length ? `; with its evaluation leftovers ${r.leftovers.map((x) => mdCode(x, 80)).join(', ')}` : ''} | ${usd(r.storagePerMonth)} |`,
    );
  lines.push(
    '',
    'Production, a promotion under way and the newest `keep-versions` registry versions are always kept; a model is ours only when its tags say so (docs/prune.md).',
  );
  return lines.join('\n');
}
