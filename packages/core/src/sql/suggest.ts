/**
 * "Did you mean ...?" for misspelt names. Kept apart from identifier checks because the
 * threshold for what counts as close is a wording decision, not a safety one.
 */

import { CORE_START_WORDS, sayBoth } from '@pantau/messages';
/**
 * Edit distance where inserting, deleting or substituting a character, or swapping two
 * neighbours, costs one (optimal string alignment). Swaps count once because `unti` for `unit`
 * is the most common typo of all.
 */
function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      }
      row[j] = best;
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/**
 * The candidate closest to `name` (case-insensitive), or undefined when nothing is close enough
 * to be a plausible typo: at most a third of the name's length, and never more than 3 edits.
 */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  const wanted = name.toLowerCase();
  const limit = Math.min(3, Math.max(1, Math.floor(wanted.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(wanted, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** A readable list for messages: the first `max` names quoted, then how many more. */
export function listNames(names: readonly string[], max = 20): { id: string; en: string } {
  const shown = names
    .slice(0, max)
    .map((n) => `"${n}"`)
    .join(', ');
  const rest = names.length - max;
  if (rest <= 0) return { id: shown, en: shown };
  return sayBoth(CORE_START_WORDS, 'andMore', shown, rest);
}
