/**
 * A small, strict XML reader for the figures' SVG: enough to walk elements and read attributes and
 * text in tests, and to fail loudly on markup that is not well formed.
 */
export interface Element {
  name: string;
  attrs: Record<string, string>;
  children: (Element | string)[];
  parent?: Element;
}

const TOKEN = /<\/([a-zA-Z][\w:-]*)\s*>|<([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/y;
const ATTR = /([\w:-]+)="([^"]*)"/g;

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

export function parseSvg(markup: string): Element {
  const root: Element = { name: "#document", attrs: {}, children: [] };
  const stack: Element[] = [root];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < markup.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(markup);
    if (!m) throw new Error(`not well-formed markup at ${at}: ${markup.slice(at, at + 60)}`);
    const [, closing, opening, attrText, selfClosing, text] = m;
    const top = stack[stack.length - 1]!;
    if (closing) {
      if (top.name !== closing) throw new Error(`</${closing}> closes <${top.name}> at ${at}`);
      stack.pop();
    } else if (opening) {
      const attrs: Record<string, string> = {};
      for (const [, key, value] of (attrText ?? "").matchAll(ATTR)) {
        if (key! in attrs) throw new Error(`<${opening}> repeats attribute ${key}`);
        attrs[key!] = unescape(value!);
      }
      const element: Element = { name: opening, attrs, children: [], parent: top };
      top.children.push(element);
      if (!selfClosing) stack.push(element);
    } else if (text !== undefined) {
      top.children.push(unescape(text));
    }
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1]!.name}> is never closed`);
  const svg = root.children.filter((c): c is Element => typeof c !== "string");
  if (svg.length !== 1 || svg[0]!.name !== "svg") throw new Error("expected exactly one <svg> root element");
  return svg[0]!;
}

export function* walk(element: Element): Generator<Element> {
  yield element;
  for (const child of element.children) if (typeof child !== "string") yield* walk(child);
}

export const all = (root: Element, name?: string): Element[] => [...walk(root)].filter((e) => name === undefined || e.name === name);

/** The text of an element; the lines (tspans) of a wrapped text are joined with spaces. */
export function textOf(element: Element): string {
  return element.children
    .map((child) => (typeof child === "string" ? child : textOf(child)))
    .join(element.name === "text" ? " " : "")
    .replace(/\s+/g, " ")
    .trim();
}

export const hasClass = (element: Element, className: string): boolean => (element.attrs.class ?? "").split(/\s+/).includes(className);
