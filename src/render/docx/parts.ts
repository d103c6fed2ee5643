/**
 * The fixed parts of a DOCX package besides the body: content types, relationships, styles with
 * the fonts and sizes of Chinese government documents, the font table with fallbacks, settings
 * and document properties.
 *
 * Fonts (GB/T 9704 practice): the title in 方正小标宋简体 二号, headings in 黑体 三号, text in
 * 仿宋_GB2312 三号, tables in 仿宋_GB2312 五号; Latin letters and digits in Times New Roman.
 * Where a font is missing, the font table names the usual substitutes (黑体 for 小标宋, 仿宋 for
 * 仿宋_GB2312) with the GB2312 charset, so Word and WPS fall back to a face of the same kind.
 *
 * @module
 */

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The font faces of each role, East Asian face first. */
export const FONTS = {
  title: '方正小标宋简体',
  heading: '黑体',
  body: '仿宋_GB2312',
  latin: 'Times New Roman',
} as const;

/** Sizes in half-points: 二号 22pt, 三号 16pt, 五号 10.5pt. */
export const SIZES = { title: 44, body: 32, table: 21 } as const;

/** A4 and the margins of government documents (top 37mm, bottom 35mm, left 28mm, right 26mm), in twips. */
export const PAGE = { width: 11906, height: 16838, top: 2098, bottom: 1984, left: 1588, right: 1474 } as const;

/** The width of the text area, which the tables fill. */
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/** Styles Word has built in (a heading, the title): not marked custom, so navigation knows them. */
const BUILT_IN = new Set(['Title', 'Heading1']);

const fonts = (eastAsia: string): string =>
  `<w:rFonts w:ascii="${FONTS.latin}" w:hAnsi="${FONTS.latin}" w:eastAsia="${eastAsia}" w:cs="${FONTS.latin}" w:hint="eastAsia"/>`;

/** A paragraph style; the children of `pPr` and `rPr` in the schema's order, which Word requires. */
const style = (id: string, name: string, pPr: string, rPr: string): string =>
  `<w:style w:type="paragraph"${BUILT_IN.has(id) ? '' : ' w:customStyle="1"'} w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr>${pPr}</w:pPr><w:rPr>${rPr}</w:rPr></w:style>`;

const STYLES = `${XML}<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr>${fonts(FONTS.body)}<w:kern w:val="2"/><w:sz w:val="${SIZES.body}"/><w:szCs w:val="${SIZES.body}"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr></w:style>
${style('Title', 'Title', '<w:spacing w:before="0" w:after="280" w:line="700" w:lineRule="exact"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/>', `${fonts(FONTS.title)}<w:sz w:val="${SIZES.title}"/><w:szCs w:val="${SIZES.title}"/>`)}
${style('Heading1', 'heading 1', '<w:keepNext/><w:outlineLvl w:val="1"/>', fonts(FONTS.heading))}
${style('Published', 'Published', '<w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/>', '')}
${style('TableText', 'Table Text', '<w:snapToGrid w:val="0"/><w:spacing w:line="240" w:lineRule="auto"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/>', `<w:sz w:val="${SIZES.table}"/><w:szCs w:val="${SIZES.table}"/>`)}
${style('TableLabel', 'Table Label', '<w:snapToGrid w:val="0"/><w:spacing w:line="240" w:lineRule="auto"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="left"/>', `<w:sz w:val="${SIZES.table}"/><w:szCs w:val="${SIZES.table}"/>`)}
</w:styles>`;

/** A font of the font table, with its substitute and the Chinese (GB2312) charset. */
const font = (name: string, alt: string, family: string, pitch: string): string =>
  `<w:font w:name="${name}"><w:altName w:val="${alt}"/><w:charset w:val="86"/><w:family w:val="${family}"/><w:pitch w:val="${pitch}"/></w:font>`;

const FONT_TABLE = `${XML}<w:fonts xmlns:w="${W}">${font(FONTS.title, '黑体', 'script', 'variable')}${font(FONTS.heading, 'SimHei', 'modern', 'fixed')}${font(FONTS.body, '仿宋', 'modern', 'fixed')}${font('仿宋', 'FangSong', 'modern', 'fixed')}<w:font w:name="${FONTS.latin}"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font></w:fonts>`;

const SETTINGS = `${XML}<w:settings xmlns:w="${W}"><w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`;

const CONTENT_TYPES = `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;

const PACKAGE_RELS = `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${R}/extended-properties" Target="docProps/app.xml"/></Relationships>`;

const DOCUMENT_RELS = `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${R}/settings" Target="settings.xml"/><Relationship Id="rId3" Type="${R}/fontTable" Target="fontTable.xml"/></Relationships>`;

const APP = `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>zfxxgk</Application></Properties>`;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML 1.0 forbids, to be removed.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text as XML character data: markup characters escaped, and characters XML 1.0 forbids (control
 * characters, lone surrogates) dropped, since no Word file may hold them.
 */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"]/g, (c) => ESCAPES[c] as string);
}

const core = (title: string): string =>
  `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"><dc:title>${escapeXml(title)}</dc:title><dc:language>zh-CN</dc:language></cp:coreProperties>`;

/**
 * Every part of the package, by path, given the body (`word/document.xml`) and the title.
 */
export function packageParts(documentXml: string, title: string): Record<string, string> {
  return {
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': PACKAGE_RELS,
    'docProps/core.xml': core(title),
    'docProps/app.xml': APP,
    'word/_rels/document.xml.rels': DOCUMENT_RELS,
    'word/document.xml': documentXml,
    'word/styles.xml': STYLES,
    'word/settings.xml': SETTINGS,
    'word/fontTable.xml': FONT_TABLE,
  };
}

/** The namespace of WordprocessingML, for the body. */
export const WORDML = W;
