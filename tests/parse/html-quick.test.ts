/**
 * The quick HTML tokenizer against htmlparser2's: on markup made of the pieces pages are made of
 * and of the ones that trip tokenizers up, the layout read through the quick tokenizer (or
 * through htmlparser2's where it gives up) is the one htmlparser2's alone gives.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlLayout, htmlLayoutByTokenizer } from '../../src/parse/html.js';
import { quickTokenize } from '../../src/parse/html-quick.js';
import { CORPUS_DIR } from '../support/truth.js';

const IGNORE = { openTag() {}, closeTag() {}, text() {} };
const quickReads = (html: string): boolean => quickTokenize(html, IGNORE);

const PIECES = [
  // Markup of report pages.
  '<p>',
  '</p>',
  '<P class="x">',
  '<table border="1">',
  '</table>',
  '<tr>',
  '</tr>',
  '<TR>',
  '<td>',
  '</td>',
  '<th>',
  '<td colspan="2">',
  "<td rowspan='3'>",
  '<td colspan=2 rowspan=2>',
  '<td COLSPAN="1x">',
  '<td colspan="&#50;">',
  '<td rowspan>',
  '<td colspan=>',
  '<td colspan="3"rowspan="2">',
  '<td a=/ b>',
  '<td style="width:&quot;1&quot;">',
  '<br>',
  '<br/>',
  '<br />',
  '<span style=\'font-family:"宋体"\'>',
  '</span>',
  '<o:p>',
  '</o:p>',
  '<div>',
  '</div>',
  // Text and entities.
  '一、总体情况',
  '行政处罚',
  '13',
  ' ',
  '\n',
  '\t',
  '&nbsp;',
  '&lt;',
  '&gt;',
  '&amp;',
  '&quot;',
  '&apos;',
  '&ldquo;',
  '&rdquo;',
  '&lsquo;',
  '&rsquo;',
  '&mdash;',
  '&ndash;',
  '&middot;',
  '&hellip;',
  '&emsp;',
  '&ensp;',
  '&times;',
  '&bull;',
  '&copy;',
  '&#20013;',
  '&#x4e2d;',
  '&#X41;',
  '&#0;',
  '&#128;',
  '&#xD800;',
  '&nbsp',
  '&NBSP;',
  '&foo;',
  '& ',
  '&',
  '&#',
  '&#;',
  'AT&T',
  // What trips tokenizers up.
  '<',
  '>',
  '< p>',
  '<3',
  '<<p>',
  '</>',
  '</ p>',
  '</3>',
  '</p class="x">',
  '<!---->',
  '<!-- 注释 -->',
  '<!-->',
  '<!--->',
  '<!-- a --!>',
  '<!-- a --->',
  '<!-- - -- ->',
  '<!-x>',
  '<!->',
  '<!DOCTYPE html>',
  '<!doc>',
  '<![CDATA[x]]>',
  '<?xml version="1.0"?>',
  '<script>',
  '</script>',
  '<script type="text/javascript">var a = "<p>";</script>',
  '<SCRIPT>x</script >',
  '<script/>',
  '</scripts>',
  '<scriptx>',
  '<style>p { color: red }</style>',
  '<title>',
  '</title>',
  '<title>报告&nbsp;&amp;</TITLE>',
  '<textarea>a<b>&lt;</textarea>',
  '<xmp><p></xmp>',
  '<iframe>',
  '<noembed>',
  '<noframes>',
  '<plaintext>',
  '</',
  '\u001c/script>',
  '<p/ >',
  '<p / x>',
  '<td colspan="2',
  "<td x='",
  '<p <td>',
  '<a=b>',
  '<p =x>',
];

describe('quickTokenize', () => {
  it('reads markup as htmlparser2 does, or gives up', () => {
    let read = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const html = pieces.join('');
        if (quickReads(html)) read++;
        expect(htmlLayout(html)).toEqual(htmlLayoutByTokenizer(html));
      }),
      { numRuns: 4000 },
    );
    // Many inputs must have been read by the quick tokenizer for the comparison to test it.
    expect(read).toBeGreaterThan(400);
  });

  it('reads the pieces of report pages alone', () => {
    const page = PIECES.slice(0, PIECES.indexOf('&#0;'));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...page), { maxLength: 60 }), (pieces) => {
        const html = pieces.join('');
        // Only an entity in a span's value is left to htmlparser2.
        expect(quickReads(html) || html.includes('colspan="&')).toBe(true);
        expect(htmlLayout(html)).toEqual(htmlLayoutByTokenizer(html));
      }),
      { numRuns: 1000 },
    );
  });

  it('reads the corpus pages, the same as htmlparser2', () => {
    const pages = readdirSync(CORPUS_DIR)
      .filter((f) => f.endsWith('.html'))
      .map((f) => readFileSync(join(CORPUS_DIR, f), 'utf8'));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      expect(quickReads(page)).toBe(true);
      expect(htmlLayout(page)).toEqual(htmlLayoutByTokenizer(page));
    }
  });
});
