/** One problem with one field, as a validator or the API reports it. */
export interface FieldIssue {
  /** The validator's issue code ("too_small", "invalid_format", …) or the API's. */
  code?: string;
  message: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const lower = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);

/**
 * A message a person can act on, naming the field: the contracts' messages are fragments
 * ("must be at least 12 characters"), which read as a sentence after the field's label;
 * zod's generic English messages ("Too small: expected …") are rewritten.
 */
export function fieldMessage(label: string, issue: FieldIssue): string {
  const message = issue.message.trim().replace(/\.$/, '');
  const generic = /^(Invalid|Too (small|big)|Expected)\b/.test(message);
  if (generic) {
    const isArray = issue.origin === 'array' || issue.origin === 'set';
    if (issue.code === 'too_small') {
      if (isArray) return `Choose at least ${String(issue.minimum ?? 1)} for ${lower(label)}`;
      if (issue.minimum === undefined || Number(issue.minimum) <= 1) return `Enter ${lower(label)}`;
      return `${label} must be at least ${String(issue.minimum)} characters`;
    }
    if (issue.code === 'too_big') {
      if (isArray) return `Choose at most ${String(issue.maximum)} for ${lower(label)}`;
      return `${label} must be ${String(issue.maximum)} characters or fewer`;
    }
    if (issue.code === 'invalid_value' || issue.code === 'invalid_union') return `Choose ${lower(label)}`;
    if (issue.code === 'invalid_type') return `Enter ${lower(label)}`;
    return `Check ${lower(label)}`;
  }
  if (/^(must|is|are|should|cannot|can't|may|needs?|has|have)\b/.test(message)) return `${label} ${message}`;
  return capitalize(message);
}

/** "/roles/0" → "roles"; "" → null. Only the first segment names a field of a flat form. */
export function fieldOfPointer(pointer: string): string | null {
  const first = pointer.split('/')[1];
  if (first === undefined || first === '') return null;
  return first.replace(/~1/g, '/').replace(/~0/g, '~');
}
