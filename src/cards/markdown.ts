const INLINE = /[\\`*_[\]<>~|]/g;
const LINE_START = /^(\s*)([#>+-]|\d+[.)])/gm;

/**
 * Text made safe for an Adaptive Card TextBlock, which renders Markdown: emphasis, links and list
 * markers are backslash-escaped so the text shows as written.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(INLINE, '\\$&').replace(LINE_START, (_whole, space: string, marker: string) => {
    const escaped = /^\d/.test(marker) ? marker.replace(/([.)])$/, '\\$1') : `\\${marker}`;
    return `${space}${escaped}`;
  });
}
