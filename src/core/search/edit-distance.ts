/**
 * Damerau–Levenshtein distance (optimal string alignment: insert, delete, substitute, swap two
 * neighbours), the four typos a shaky hand makes. Stops early and returns `max + 1` as soon as
 * the distance must exceed `max`, so checking a query against a whole vocabulary stays cheap.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, beforePrevious[j - 2]! + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    beforePrevious = previous;
    previous = current;
  }
  const distance = previous[b.length]!;
  return distance > max ? max + 1 : distance;
}

/**
 * How many typos a word of this length may carry and still be recognised: none below four
 * letters (too many short words are one letter apart), one up to seven letters, two from eight.
 */
export function allowedTypos(length: number): number {
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}

/**
 * Whether `typed` is `meant` with a slip of the hand that rarely makes another word: two
 * neighbouring letters swapped («demnes») or one letter doubled or left single («tanhelse»).
 * A short word one other letter away from a word of the book is more often a word of its own
 * («siden», «tiden»; «masse», «passe»; «fant», «falt») than a typo.
 */
export function isSlip(typed: string, meant: string): boolean {
  if (typed.length === meant.length) {
    const differing = [...typed].flatMap((letter, index) => (letter === meant[index] ? [] : [index]));
    const [first, second] = differing;
    return differing.length === 2 && second === first! + 1 && typed[first!] === meant[second] && typed[second] === meant[first!];
  }
  const [longer, shorter] = typed.length > meant.length ? [typed, meant] : [meant, typed];
  if (longer.length !== shorter.length + 1) return false;
  for (let index = 0; index < longer.length; index++) {
    if (longer.slice(0, index) + longer.slice(index + 1) !== shorter) continue;
    if (longer[index] === longer[index - 1] || longer[index] === longer[index + 1]) return true;
  }
  return false;
}
