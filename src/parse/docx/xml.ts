/**
 * A streaming reader of the XML parts of a DOCX: open tags with their attributes, close tags and
 * text, in document order, with entities decoded. Built on htmlparser2's tokenizer rather than its
 * parser, whose stack of open elements is shifted at the front on every tag: quadratic in the
 * depth of nesting, which a hostile document makes tens of thousands deep. Here every tag costs
 * the same whatever the depth.
 *
 * Close tags are matched as htmlparser2 matches them in XML mode: a close tag for an element
 * that is not open is ignored, and one for an element further down closes the elements above it
 * first. Elements still open at the end are closed.
 *
 * @module
 */
import { Tokenizer } from 'htmlparser2';

/**
 * What the reader calls, in document order.
 *
 * @example
 * ```ts
 * readXml('<w:p><w:t>规章</w:t></w:p>', {
 *   open: (name) => console.log('open', name),
 *   close: (name) => console.log('close', name),
 *   text: (text) => console.log(text),
 * });
 * ```
 */
export interface XmlHandler {
  /** An element opens; `start` is the offset of its `<`. */
  open(name: string, attribs: Readonly<Record<string, string>>, start: number): void;
  close(name: string): void;
  text(text: string): void;
}

/**
 * Reads `xml` into calls of `handler`, in time linear in its length.
 *
 * @example
 * ```ts
 * const names: string[] = [];
 * readXml('<a><b/></a>', { open: (n) => names.push(n), close: () => {}, text: () => {} });
 * names; // ['a', 'b']
 * ```
 */
export function readXml(xml: string, handler: XmlHandler): void {
  const stack: string[] = [];
  /** How many elements of each name are open: a close tag for none is ignored at once. */
  const open = new Map<string, number>();
  let name = '';
  let start = 0;
  let attribs: Record<string, string> = Object.create(null);
  let attribName = '';
  let attribValue = '';

  const push = (): void => {
    handler.open(name, attribs, start);
    stack.push(name);
    open.set(name, (open.get(name) ?? 0) + 1);
  };
  const pop = (): void => {
    const top = stack.pop() as string;
    open.set(top, (open.get(top) ?? 1) - 1);
    handler.close(top);
  };

  const tokenizer = new Tokenizer(
    { xmlMode: true, decodeEntities: true },
    {
      onopentagname(from, to) {
        name = xml.slice(from, to);
        start = from - 1;
        attribs = Object.create(null);
      },
      onattribname(from, to) {
        attribName = xml.slice(from, to);
        attribValue = '';
      },
      onattribdata(from, to) {
        attribValue += xml.slice(from, to);
      },
      onattribentity(codepoint) {
        attribValue += String.fromCodePoint(codepoint);
      },
      onattribend() {
        if (!(attribName in attribs)) attribs[attribName] = attribValue;
      },
      onopentagend() {
        push();
      },
      onselfclosingtag() {
        push();
        pop();
      },
      onclosetag(from, to) {
        const closing = xml.slice(from, to);
        if (!open.get(closing)) return;
        while (stack.length > 0 && stack[stack.length - 1] !== closing) pop();
        pop();
      },
      ontext(from, to) {
        handler.text(xml.slice(from, to));
      },
      ontextentity(codepoint) {
        handler.text(String.fromCodePoint(codepoint));
      },
      oncdata(from, to, offset) {
        handler.text(xml.slice(from, to - offset));
      },
      oncomment() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      onend() {},
    },
  );
  tokenizer.write(xml);
  tokenizer.end();
  while (stack.length > 0) pop();
}
