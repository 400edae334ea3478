/** A place in a text, `[index, end)`. */
export interface Span {
  index: number;
  end: number;
}

/** True if `span` shares a character with any of `spans`. */
export function overlaps(spans: Span[], span: Span): boolean {
  return spans.some((s) => span.index < s.end && s.index < span.end);
}

/** The text with the spans replaced by spaces, so everything else stays where it was. */
export function maskOut(text: string, spans: readonly Span[]): string {
  let out = text;
  for (const s of spans) out = out.slice(0, s.index) + ' '.repeat(s.end - s.index) + out.slice(s.end);
  return out;
}

/** The text with the spans replaced by spaces, then spaces collapsed. */
export function blankOut(text: string, spans: Span[]): string {
  return maskOut(text, spans).replace(/\s+/g, ' ').trim();
}
