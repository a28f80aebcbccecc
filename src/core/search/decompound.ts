/**
 * Splits a Norwegian compound into parts the book knows: "sykehjemsplass" → sykehjem + plass,
 * "tannlegetime" → tannlege + time. Norwegian glues parts with a linking -s- or -e-
 * ("sykehjem-s-plass", "barn-e-hage"), so a head may drop one of those letters.
 *
 * `knows(part)` says whether a part leads somewhere. The split that explains most letters wins,
 * two letters taken off for each extra part so that long parts beat many short ones
 * ("sykehjem + plass", not "syke + hjems + plass"); a side of six letters or more that is not
 * known is split once more (three-part compounds).
 * Parts shorter than three letters are never taken. Returns [] when the known parts explain less
 * than half of the word: "sliten" is not "sli" + "ten".
 */
const MIN_PART = 3;
const LINKING = ['s', 'e'];
const PART_COST = 2;

export function splitCompound(word: string, knows: (part: string) => boolean, depth = 2): string[] {
  let best: { parts: string[]; explained: number; score: number } = { parts: [], explained: 0, score: 0 };
  for (let cut = MIN_PART; cut <= word.length - MIN_PART; cut++) {
    const tail = word.slice(cut);
    const rawHead = word.slice(0, cut);
    const heads = [rawHead];
    const link = rawHead.at(-1);
    if (link && LINKING.includes(link) && rawHead.length > MIN_PART) heads.push(rawHead.slice(0, -1));
    for (const head of heads) {
      const parts: string[] = [];
      let explained = 0;
      for (const side of [head, tail]) {
        if (knows(side)) {
          parts.push(side);
          explained += side.length;
        } else if (depth > 1 && side.length >= 2 * MIN_PART) {
          const inner = splitCompound(side, knows, depth - 1);
          parts.push(...inner);
          explained += inner.reduce((sum, part) => sum + part.length, 0);
        }
      }
      const score = explained - PART_COST * (parts.length - 1);
      if (score > best.score) best = { parts, explained, score };
    }
  }
  return best.explained * 2 > word.length ? best.parts : [];
}
