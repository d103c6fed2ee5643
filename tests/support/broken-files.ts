/**
 * Files that are not readable DOCX reports, for the tests and for the code samples of the rule
 * pages: the OLE container of a .doc and of a password-protected DOCX, and a ZIP whose headers lie
 * about the sizes of its parts.
 */

/** An OLE compound file header followed by `content` (what .doc and encrypted OOXML files are). */
export const compoundFile = (content: string): Uint8Array => {
  const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const body = [...content].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8]);
  return new Uint8Array([...header, ...new Array(504).fill(0), ...body]);
};

/** The same ZIP with the size its headers declare for each entry rewritten to 100 bytes. */
export function withLyingSizes(zip: Uint8Array): Uint8Array {
  const lying = zip.slice();
  const view = new DataView(lying.buffer);
  for (let o = 0; o < lying.length - 4; o++) {
    if (view.getUint32(o, true) === 0x02014b50) view.setUint32(o + 24, 100, true);
    if (view.getUint32(o, true) === 0x04034b50) view.setUint32(o + 22, 100, true);
  }
  return lying;
}
