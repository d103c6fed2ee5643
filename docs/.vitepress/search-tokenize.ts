/**
 * The search index's tokenizer. Chinese is written without spaces between words, so a run of Han
 * characters is indexed as its single characters and its overlapping pairs: a query of two or
 * more characters then finds the pages holding them in a row. Other text is split into words;
 * a finding code (`T3-BALANCE`) is a word and so are its parts.
 *
 * VitePress sends this function to the browser as its source text: it must not refer to
 * anything outside itself.
 */
export const tokenize = (text: string): string[] => {
  const tokens: string[] = [];
  for (const [run] of text.matchAll(/\p{Script=Han}+|[\p{L}\p{N}_]+(?:-[\p{L}\p{N}_]+)*/gu)) {
    if (/^\p{Script=Han}/u.test(run)) {
      const chars = Array.from(run);
      for (let i = 0; i < chars.length; i++) {
        tokens.push(chars[i] as string);
        if (i + 1 < chars.length) tokens.push(`${chars[i]}${chars[i + 1]}`);
      }
    } else {
      tokens.push(run);
      if (run.includes('-')) tokens.push(...run.split('-'));
    }
  }
  return tokens;
};
