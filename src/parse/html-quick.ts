/**
 * A tokenizer for the HTML that report pages are made of, in about 0.6 of the time of
 * htmlparser2's (the 上海 page, callbacks that do nothing). It reports the same tokens as
 * htmlparser2's tokenizer does through `tokenize` (the same tags, attributes, text and offsets;
 * text cut in the same places wherever the layout builder could tell), and gives up (returns
 * `false`, and the page is read again by htmlparser2) on anything outside what it knows: an
 * entity other than the common ones, a tag or comment the source ends in, `<plaintext>`, CDATA.
 * htmlparser2 reads a page one character at a time through a state machine with a method call
 * per character; this finds the next `<` and `&` with `indexOf` and reads tags in plain loops.
 *
 * What it follows of htmlparser2 (`Tokenizer`, not in XML mode, entities decoded): a tag opens
 * at `<` and an ASCII letter, its name runs to whitespace, `/` or `>`; attribute names run to
 * `=`, whitespace, `/` or `>`; values are quoted or run to whitespace or `>`; a closing tag ends at
 * the next `>`; `<!--` opens a comment ending at `-->` or `--!>` (`<!-->` and `<!--->` are empty
 * ones); any other `<!` or `<?` and a `</` not followed by a letter run to the next `>`; a `<`
 * opening none of these is text; the content of `<script>`, `<style>` and the other raw-text
 * elements runs to their closing tag, that of `<title>` and `<textarea>` too with entities
 * decoded. tests/parse/html-quick.test.ts compares the layouts both make on generated markup.
 *
 * @module
 */
import { ESCAPABLE_TEXT, MARKUP, NO_ATTRIBUTES, RAW_TEXT, type Tag, type TokenHandler, tagAt } from './html-tokens.js';

const TAB = 9;
const LF = 10;
const FF = 12;
const CR = 13;
const SPACE = 32;
const BANG = 33;
const QUOTE = 34;
const HASH = 35;
const AMP = 38;
const APOSTROPHE = 39;
const DASH = 45;
const SLASH = 47;
const SEMICOLON = 59;
const LT = 60;
const EQUALS = 61;
const GT = 62;
const QUESTION = 63;
const BRACKET = 91;

const isWhitespace = (c: number): boolean => c === SPACE || c === LF || c === TAB || c === FF || c === CR;
const isEndOfTagSection = (c: number): boolean => c === SLASH || c === GT || isWhitespace(c);
/** The characters that end an attribute's name (`=`, whitespace, `/`, `>`), by code (all below 64). */
const NAME_END = Uint8Array.from({ length: 64 }, (_, c) => (c === EQUALS || isEndOfTagSection(c) ? 1 : 0));
/** Whether a character ends an attribute's name: a letter, the usual case, is told by one comparison. */
const endsName = (c: number): boolean => c < 64 && NAME_END[c] === 1;
const isAsciiAlpha = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isAsciiAlphanumeric = (c: number): boolean => isAsciiAlpha(c) || (c >= 48 && c <= 57);

/**
 * The named entities read here (with their `;`), those report pages use; any other makes the
 * page htmlparser2's. Their code points are HTML's (the test compares them with htmlparser2's).
 */
const NAMED: ReadonlyMap<string, number> = new Map([
  ['nbsp', 0xa0],
  ['lt', 0x3c],
  ['gt', 0x3e],
  ['amp', 0x26],
  ['quot', 0x22],
  ['apos', 0x27],
  ['ldquo', 0x201c],
  ['rdquo', 0x201d],
  ['lsquo', 0x2018],
  ['rsquo', 0x2019],
  ['mdash', 0x2014],
  ['ndash', 0x2013],
  ['middot', 0xb7],
  ['hellip', 0x2026],
  ['emsp', 0x2003],
  ['ensp', 0x2002],
  ['times', 0xd7],
  ['bull', 0x2022],
  ['copy', 0xa9],
]);
/** The longest name of {@link NAMED}. */
const MAX_NAME = 6;

/** Gave up: the page is read by htmlparser2. */
const GIVE_UP = -1;

/** A numeric reference's code point when HTML keeps it as it is (no replacement, not a control), else -1. */
const plainCodePoint = (cp: number): number =>
  (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) ? cp : -1;

/** The decoded entity at `at` (a `&`): its code point and where it ends. */
interface Entity {
  codePoint: number;
  end: number;
}

/**
 * The entity at `at` (a `&`): written into `out` when it is one of those read here, `false`
 * with `out.end` 0 when the `&` opens none (a letter, digit or `#` does not follow: it is text),
 * `false` with `out.end` -1 when it may open one not read here.
 */
function entityAt(html: string, at: number, out: Entity): boolean {
  const first = html.charCodeAt(at + 1);
  out.end = 0;
  if (first === HASH) {
    out.end = GIVE_UP;
    const hex = (html.charCodeAt(at + 2) | 0x20) === 120; // x
    let i = at + (hex ? 3 : 2);
    let cp = 0;
    const digitsFrom = i;
    for (; i < html.length && i - digitsFrom < 7; i++) {
      const c = html.charCodeAt(i);
      const d = c >= 48 && c <= 57 ? c - 48 : hex && (c | 0x20) >= 97 && (c | 0x20) <= 102 ? (c | 0x20) - 87 : -1;
      if (d < 0) break;
      cp = cp * (hex ? 16 : 10) + d;
    }
    if (i === digitsFrom || html.charCodeAt(i) !== SEMICOLON || plainCodePoint(cp) < 0) return false;
    out.codePoint = cp;
    out.end = i + 1;
    return true;
  }
  if (!isAsciiAlphanumeric(first)) return false;
  out.end = GIVE_UP;
  let i = at + 1;
  while (i < html.length && i - at <= MAX_NAME && isAsciiAlpha(html.charCodeAt(i))) i++;
  if (html.charCodeAt(i) !== SEMICOLON) return false;
  const cp = NAMED.get(html.slice(at + 1, i));
  if (cp === undefined) return false;
  out.codePoint = cp;
  out.end = i + 1;
  return true;
}

/**
 * Where the comment whose text starts at `from` (after `<!--`) ends (its `>`), or -1: htmlparser2's
 * comment state, step by step (the end is `-->` or `--!>`, dashes may repeat).
 */
function commentEnd(html: string, from: number): number {
  // The end sequence `--!>`; `!` may be left out.
  let matched = 0;
  for (let i = from; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (matched <= 1 && i === from + matched && c === GT) return i;
    if (matched === 2 && c === GT) return i;
    if (matched === 3 && c !== GT) {
      matched = c === DASH ? 1 : 0;
    } else if (c === END_SEQUENCE[matched]) {
      if (++matched === END_SEQUENCE.length) return i;
    } else if (matched === 0) {
      i = html.indexOf('-', i + 1);
      if (i < 0) return -1;
      matched = 1;
    } else if (c !== END_SEQUENCE[matched - 1]) {
      matched = 0;
    }
  }
  return -1;
}
const END_SEQUENCE = [DASH, DASH, BANG, GT];

/**
 * Tokenizes `html` into `handler` as `tokenize` does, or gives up (returns `false`) on
 * something it does not read; the handler has then seen part of the page, and is thrown away.
 */
export function quickTokenize(html: string, handler: TokenHandler): boolean {
  const n = html.length;
  const entity: Entity = { codePoint: 0, end: 0 };
  /** Where the text not yet reported starts. */
  let text = 0;
  let i = 0;
  // The next `&` and `<` are found with `indexOf`, each kept until passed (text full of one
  // is not searched again for the other): most of a page is text between them.
  let amp = -1;
  let lt = -1;
  while (i < n) {
    if (amp < i) {
      amp = html.indexOf('&', i);
      if (amp < 0) amp = n;
    }
    if (lt < i) {
      // After a tag the next often opens at once (`</td><td>`): no call to `indexOf` then.
      lt = html.charCodeAt(i) === LT ? i : html.indexOf('<', i);
      if (lt < 0) lt = n;
    }
    if (amp < lt) {
      i = amp;
      if (entityAt(html, i, entity)) {
        if (text < i) handler.text(html.slice(text, i), text);
        handler.text(String.fromCodePoint(entity.codePoint), entity.end);
        i = text = entity.end;
      } else if (entity.end === GIVE_UP) {
        return false;
      } else {
        i++;
      }
      continue;
    }
    if (lt >= n) break;
    i = lt;
    const next = html.charCodeAt(i + 1);
    let end: number;
    if (isAsciiAlpha(next)) {
      if (text < i) handler.text(html.slice(text, i), text);
      end = openTag(html, i, handler);
    } else if (next === SLASH) {
      if (text < i) handler.text(html.slice(text, i), text);
      end = closingTag(html, i, handler);
    } else if (next === BANG) {
      if (text < i) handler.text(html.slice(text, i), text);
      end = declaration(html, i);
    } else if (next === QUESTION) {
      if (text < i) handler.text(html.slice(text, i), text);
      end = html.indexOf('>', i + 2);
    } else if (i + 1 < n) {
      // A `<` that opens no tag is text.
      i++;
      continue;
    } else {
      return false;
    }
    if (end < 0) return false;
    i = text = end + 1;
  }
  if (text < n) handler.text(html.slice(text, n), text);
  return true;
}

/** `<!…`: a comment, a doctype or another declaration; where it ends (its `>`), or -1. */
function declaration(html: string, at: number): number {
  const c = html.charCodeAt(at + 2);
  if (c === BRACKET) return -1;
  if (c === DASH) {
    const d = html.charCodeAt(at + 3);
    if (d === DASH) return commentEnd(html, at + 4);
    if (d === GT) return at + 3;
    return html.indexOf('>', at + 4);
  }
  return html.indexOf('>', at + 2);
}

/** `</…`: a closing tag reported, or what htmlparser2 takes for a comment; where it ends (its `>`), or -1. */
function closingTag(html: string, at: number, handler: TokenHandler): number {
  const c = html.charCodeAt(at + 2);
  if (c === GT) return at + 2;
  if (!isAsciiAlpha(c)) return at + 2 < html.length ? html.indexOf('>', at + 3) : -1;
  let i = at + 3;
  while (i < html.length && !isEndOfTagSection(html.charCodeAt(i))) i++;
  if (i >= html.length) return -1;
  handler.closeTag(tagAt(html, at + 2, i));
  return html.charCodeAt(i) === GT ? i : html.indexOf('>', i + 1);
}

/** The attributes of the tag being read: colspan and rowspan only, as `tokenize` keeps them. */
let attribs: Record<string, string> = NO_ATTRIBUTES;

/**
 * A start tag at `at` reported with its attributes, and the content of a raw-text or escapable
 * text element after it; where it ends (the `>` of the tag, or of the element's closing tag), or -1.
 */
function openTag(html: string, at: number, handler: TokenHandler): number {
  const n = html.length;
  let i = at + 2;
  while (i < n && !isEndOfTagSection(html.charCodeAt(i))) i++;
  if (i >= n) return -1;
  const tag = tagAt(html, at + 1, i);
  attribs = NO_ATTRIBUTES;
  for (;;) {
    if (i >= n) return -1;
    const c = html.charCodeAt(i);
    if (c === GT) {
      handler.openTag(tag, attribs, at);
      break;
    }
    if (c === SLASH) {
      // `/` then whitespace and `>` closes the tag; anything else goes on with the attributes.
      i++;
      while (i < n && isWhitespace(html.charCodeAt(i))) i++;
      if (i < n && html.charCodeAt(i) === GT) {
        handler.openTag(tag, attribs, at);
        handler.closeTag(tag);
        break;
      }
      continue;
    }
    if (isWhitespace(c)) {
      i++;
      continue;
    }
    i = attribute(html, i);
    if (i < 0) return -1;
  }
  if (tag.content === MARKUP) return i;
  if (tag.content === RAW_TEXT || tag.content === ESCAPABLE_TEXT) return specialContent(html, i + 1, tag, handler);
  return -1;
}

/** Reads the attribute starting at `at` (its name's first character); where the tag goes on, or -1. */
function attribute(html: string, at: number): number {
  const n = html.length;
  let i = at + 1;
  while (i < n && !endsName(html.charCodeAt(i))) i++;
  if (i >= n) return -1;
  const name = i - at === 7 ? spanName(html, at) : '';
  const kept = name !== '';
  while (i < n && isWhitespace(html.charCodeAt(i))) i++;
  if (i >= n) return -1;
  if (html.charCodeAt(i) !== EQUALS) {
    // No value: the next character opens the next attribute, or ends the tag.
    if (kept) keep(name, '');
    return i;
  }
  i++;
  while (i < n && isWhitespace(html.charCodeAt(i))) i++;
  if (i >= n) return -1;
  const q = html.charCodeAt(i);
  let start: number;
  let end: number;
  let after: number;
  if (q === QUOTE || q === APOSTROPHE) {
    start = i + 1;
    // Values are short: a loop finds the quote sooner than a call to `indexOf`.
    end = start;
    while (end < n && html.charCodeAt(end) !== q) end++;
    if (end >= n) return -1;
    after = end + 1;
  } else {
    start = i;
    end = i;
    while (end < n && !isWhitespace(html.charCodeAt(end)) && html.charCodeAt(end) !== GT) end++;
    if (end >= n) return -1;
    after = end;
  }
  if (kept) {
    // An entity in a kept value is decoded by htmlparser2 alone.
    const value = html.slice(start, Math.min(end, start + 16));
    if (html.slice(start, end).includes('&')) return -1;
    keep(name, value);
  }
  return after;
}

const COLSPAN = 'colspan';
const ROWSPAN = 'rowspan';

/**
 * `'colspan'` or `'rowspan'` when the 7 characters at `at` are one of them in any case, else `''`:
 * what `toLowerCase` and a comparison tell (only ASCII letters lower-case to their letters), without
 * cutting a string out for every attribute.
 */
function spanName(html: string, at: number): string {
  const first = html.charCodeAt(at) | 0x20;
  const name = first === 99 ? COLSPAN : first === 114 ? ROWSPAN : undefined;
  if (name === undefined) return '';
  // Setting bit 0x20 lower-cases an ASCII letter, and turns no other character into one.
  for (let k = 1; k < 7; k++) if ((html.charCodeAt(at + k) | 0x20) !== name.charCodeAt(k)) return '';
  return name;
}

function keep(name: string, value: string): void {
  if (attribs === NO_ATTRIBUTES) attribs = {};
  attribs[name] = value;
}

/**
 * The content of a raw-text or escapable text element from `from` to its closing tag (`</name`
 * then whitespace, `/` or `>`, in any ASCII case), reported as text (entities decoded in escapable
 * text), and the closing tag; where it ends (its `>`), or -1. htmlparser2's matching, step by
 * step: it compares each character with its lower-case bit set, so it is followed as it is.
 */
function specialContent(html: string, from: number, tag: Tag, handler: TokenHandler): number {
  const n = html.length;
  const sequence = `</${tag.name}`;
  const escapable = tag.content === ESCAPABLE_TEXT;
  const entity: Entity = { codePoint: 0, end: 0 };
  let text = from;
  let matched = 0;
  for (let i = from; i < n; i++) {
    const c = html.charCodeAt(i);
    if (matched === sequence.length) {
      if (isEndOfTagSection(c)) {
        const endOfText = i - sequence.length;
        if (text < endOfText) handler.text(html.slice(text, endOfText), text);
        handler.closeTag(tagAt(html, endOfText + 2, i));
        return c === GT ? i : html.indexOf('>', i + 1);
      }
      matched = 0;
    }
    if ((c | 0x20) === sequence.charCodeAt(matched)) {
      matched++;
    } else if (matched === 0) {
      if (escapable) {
        if (c === AMP) {
          if (entityAt(html, i, entity)) {
            if (text < i) handler.text(html.slice(text, i), text);
            handler.text(String.fromCodePoint(entity.codePoint), entity.end);
            text = entity.end;
            i = entity.end - 1;
          } else if (entity.end === GIVE_UP) {
            return -1;
          }
        }
      } else {
        i = html.indexOf('<', i + 1);
        if (i < 0) return -1;
        matched = 1;
      }
    } else {
      matched = c === LT ? 1 : 0;
    }
  }
  return -1;
}
