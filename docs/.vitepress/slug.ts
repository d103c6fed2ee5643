/**
 * Heading anchors as GitHub makes them, so that a link written in the docs for GitHub
 * (`rollup-diff.md#comparable-cells-across-the-20202021-format-change`) finds its heading on the
 * site too: lower case, spaces to hyphens, every other character that is not a letter, a digit, a
 * mark, `_` or `-` dropped (`→`, `·`, `（`, backticks, dots).
 */
export const githubSlug = (heading: string): string =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-');
