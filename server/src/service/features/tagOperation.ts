import type { Localize } from '../l10n';

/** A change to one tag's values across documents: a value added, removed, or renamed (spelt anew). */
export type TagOperation =
  | { op: 'add'; key: string; value: string }
  | { op: 'remove'; key: string; value: string }
  | { op: 'rename'; key: string; from: string; to: string };

const KEY = /^[a-z][a-z0-9_]*$/i;
const LONGEST_VALUE = 500;

/** What is wrong with an operation, for the user; null when it can be applied. */
export function tagOperationProblem(operation: TagOperation, t: Localize): string | null {
  const key = operation.key.trim();
  if (!KEY.test(key) || key.length > 64)
    return t('"{0}" is not a tag key: use letters, digits and underscores, as in methods.', key);
  const values = operation.op === 'rename' ? [operation.from, operation.to] : [operation.value];
  for (const value of values) {
    const trimmed = value.trim();
    if (trimmed === '') return t('The value is empty.');
    if (trimmed.length > LONGEST_VALUE) return t('The value is longer than {0} characters.', LONGEST_VALUE);
    if (/[\r\n]|\[\[|\]\]/.test(trimmed))
      return t('A value cannot hold a line break, "[[" or "]]": it would break the tag line.');
  }
  if (operation.op === 'rename' && operation.from.trim() === operation.to.trim())
    return t('The new value is the same as the old one.');
  return null;
}

/** The operation with its key in lower case and its values trimmed, as it is written into documents. */
export function normalizeOperation(operation: TagOperation): TagOperation {
  const key = operation.key.trim().toLowerCase();
  return operation.op === 'rename'
    ? { op: 'rename', key, from: operation.from.trim(), to: operation.to.trim() }
    : { op: operation.op, key, value: operation.value.trim() };
}
