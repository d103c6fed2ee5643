/**
 * The tokens of an HTML source as the layout builder reads them: tags (each with its role in
 * the layout, worked out once per name, and the only two attributes that matter, colspan and
 * rowspan) and text with its entities decoded, at offsets into the source. Read by
 * {@link quickTokenize} where it can, else by htmlparser2's tokenizer ({@link tokenize}); both
 * report the same tokens.
 *
 * @module
 */
import { Tokenizer } from 'htmlparser2';

/** Tags that end a paragraph (or, inside a cell, separate words). */
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'nav',
  'aside',
  'blockquote',
  'pre',
  'center',
  'hr',
  'title',
  'caption',
  'body',
  'html',
  'form',
  'figure',
  'figcaption',
  'address',
  'fieldset',
  'legend',
]);
/** Raw-text elements whose content is not text of the page (the tokenizer does not nest them). */
const SKIPPED_TAGS = new Set(['script', 'style', 'textarea']);

export const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({});

/** What a tag does to the layout: nothing, ends a paragraph, hides its content, or a table's structure. */
export type TagKind = 0 | 1 | 2 | 3 | 4 | 5;
export const OTHER = 0;
export const BLOCK = 1;
export const SKIPPED = 2;
export const TABLE = 3;
export const ROW = 4;
export const CELL = 5;

/**
 * How the tokenizer reads what follows a tag's start: as markup, as raw text up to the tag's
 * closing tag (`<script>`, `<style>`, `<xmp>`, `<iframe>`, `<noembed>`, `<noframes>`), as text
 * with entities up to it (`<title>`, `<textarea>`), or as text to the end (`<plaintext>`).
 */
export type Content = 0 | 1 | 2 | 3;
export const MARKUP = 0;
export const RAW_TEXT = 1;
export const ESCAPABLE_TEXT = 2;
export const PLAIN_TEXT = 3;
const CONTENT = new Map<string, Content>([
  ['script', RAW_TEXT],
  ['style', RAW_TEXT],
  ['xmp', RAW_TEXT],
  ['iframe', RAW_TEXT],
  ['noembed', RAW_TEXT],
  ['noframes', RAW_TEXT],
  ['title', ESCAPABLE_TEXT],
  ['textarea', ESCAPABLE_TEXT],
  ['plaintext', PLAIN_TEXT],
]);

/** A tag's lower-cased name and what it does, worked out once per name. */
export interface Tag {
  readonly name: string;
  readonly kind: TagKind;
  /** How its content is tokenized (htmlparser2's special tags, matched without regard to ASCII case). */
  readonly content: Content;
}

function tagOf(name: string): Tag {
  const kind =
    name === 'table'
      ? TABLE
      : name === 'tr'
        ? ROW
        : name === 'td' || name === 'th'
          ? CELL
          : SKIPPED_TAGS.has(name)
            ? SKIPPED
            : BLOCK_TAGS.has(name)
              ? BLOCK
              : OTHER;
  return { name, kind, content: CONTENT.get(name) ?? MARKUP };
}

/** What the tokenizer reports, with offsets into the source. */
export interface TokenHandler {
  openTag(tag: Tag, attribs: Readonly<Record<string, string>>, offset: number): void;
  closeTag(tag: Tag): void;
  text(text: string, offset: number): void;
}

/** Tags met, by a number the letters and digits of their names make (bounded). */
const tagNames = new Map<number, Tag>();
const MAX_TAG_NAMES = 1024;

/**
 * The tag whose name is at `[start, end)`. A name of up to 10 ASCII letters and digits (every
 * tag that matters) is read as a number, base 37, and its tag taken from {@link tagNames}: no
 * string is cut out, and no set of names searched, for each of a page's thousands of tags.
 */
export function tagAt(html: string, start: number, end: number): Tag {
  if (end - start > 10) return tagOf(html.slice(start, end).toLowerCase());
  let key = 0;
  for (let i = start; i < end; i++) {
    const c = html.charCodeAt(i);
    const lower = c | 0x20;
    const digit = lower >= 97 && lower <= 122 && (c <= 90 || c >= 97) ? lower - 96 : c >= 48 && c <= 57 ? c - 21 : -1;
    if (digit < 0) return tagOf(html.slice(start, end).toLowerCase());
    key = key * 37 + digit;
  }
  // A page uses a few tag names thousands of times: the last met in each slot answer first.
  const slot = key % RECENT;
  if (recentKeys[slot] === key) return recentTags[slot] as Tag;
  let tag = tagNames.get(key);
  if (tag === undefined) {
    tag = tagOf(html.slice(start, end).toLowerCase());
    if (tagNames.size < MAX_TAG_NAMES) tagNames.set(key, tag);
  }
  recentKeys[slot] = key;
  recentTags[slot] = tag;
  return tag;
}
const RECENT = 64;
const recentKeys: number[] = new Array<number>(RECENT).fill(-1);
const recentTags: (Tag | undefined)[] = new Array<Tag | undefined>(RECENT).fill(undefined);

/**
 * Runs htmlparser2's tokenizer over the source and reports tags (with only the two attributes
 * that matter, colspan and rowspan) and text, entities decoded.
 */
export function tokenize(html: string, handler: TokenHandler): void {
  // The tag being read: its name, start offset, and the two attributes that matter.
  let openTag: Tag = tagOf('');
  let tagStart = 0;
  let attribName = '';
  let attribValue = '';
  /** The tag's colspan and rowspan; most tags have neither, and share one empty record. */
  let attribs: Record<string, string> = NO_ATTRIBUTES;
  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      onopentagname(start, end) {
        openTag = tagAt(html, start, end);
        tagStart = start - 1;
        attribs = NO_ATTRIBUTES;
      },
      onattribname(start, end) {
        // Only colspan and rowspan matter (both 7 letters): other attributes are not even sliced.
        attribName = end - start === 7 ? html.slice(start, end).toLowerCase() : '';
        attribValue = '';
      },
      onattribdata(start, end) {
        if (attribName && attribValue.length < 16) attribValue += html.slice(start, Math.min(end, start + 16));
      },
      onattribentity(codepoint) {
        if (attribName && attribValue.length < 16) attribValue += String.fromCodePoint(codepoint);
      },
      onattribend() {
        if (attribName !== 'colspan' && attribName !== 'rowspan') return;
        if (attribs === NO_ATTRIBUTES) attribs = {};
        attribs[attribName] = attribValue;
      },
      onopentagend() {
        handler.openTag(openTag, attribs, tagStart);
      },
      onselfclosingtag() {
        handler.openTag(openTag, attribs, tagStart);
        handler.closeTag(openTag);
      },
      onclosetag(start, end) {
        handler.closeTag(tagAt(html, start, end));
      },
      ontext(start, end) {
        handler.text(html.slice(start, end), start);
      },
      ontextentity(codepoint, end) {
        handler.text(String.fromCodePoint(codepoint), end);
      },
      oncdata() {},
      oncomment() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      onend() {},
    },
  );
  tokenizer.write(html);
  tokenizer.end();
}
