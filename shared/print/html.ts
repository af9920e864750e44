// HTML text for printed sheets, built as strings: every piece of her text (names, notes, labels
// pasted from a province file) passes through `esc`, so a "<" in a note can never become markup.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Markup already built from escaped pieces; a plain string is text and gets escaped. */
export interface Html {
  readonly html: string;
}

export function raw(html: string): Html {
  return { html };
}

export type Content = string | Html | null | undefined | false;

export function content(c: Content): string {
  if (c === null || c === undefined || c === false) return '';
  return typeof c === 'string' ? esc(c) : c.html;
}

/** An element; attribute values are escaped, `class` and the like come from our own code. */
export function el(tag: string, attrs: Record<string, string | number | undefined>, ...children: Content[]): Html {
  const a = Object.entries(attrs)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => ` ${k}="${esc(String(v))}"`)
    .join('');
  return raw(`<${tag}${a}>${children.map(content).join('')}</${tag}>`);
}

export function join(parts: readonly Content[]): Html {
  return raw(parts.map(content).join(''));
}
