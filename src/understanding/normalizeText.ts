/**
 * The form every parser reads: typographic quotes made plain ("I’m" -> "I'm"), spaces collapsed,
 * trimmed. Case is kept; patterns match case-insensitively.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lower case without surrounding punctuation, for whole-answer matching ("Yes!" -> "yes"). */
export function bareAnswer(text: string): string {
  return normalizeText(text).toLowerCase().replace(/^[\s.,;:!?"()-]+|[\s.,;:!?"()-]+$/g, '');
}
