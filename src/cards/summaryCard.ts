import type { Profile, ProfileField } from '../eligibility/types';
import { adaptiveCard, textBlock, type CardWithText } from './adaptiveCard';
import { factLines, type CountryNamer } from './factValues';
import { escapeMarkdown } from './markdown';

const TITLE = 'Here is what you told me:';
const FOOTER = 'If something is wrong, tell me what to change, e.g. "I was born on 12 March 1999" or "change my dates".';

/** The person's answers as a card with a fact list, and as plain text, for them to confirm or correct. */
export function summaryCard(profile: Profile, skipped: readonly ProfileField[], countryName: CountryNamer): CardWithText {
  const lines = factLines(profile, skipped, countryName);
  const text = [TITLE, lines.map((line) => `- ${line.title}: ${line.value}`).join('\n'), FOOTER].join('\n\n');
  const card = adaptiveCard(
    [
      textBlock(TITLE, { weight: 'bolder', size: 'medium' }),
      { type: 'FactSet', facts: lines.map((line) => ({ title: escapeMarkdown(line.title), value: escapeMarkdown(line.value) })) },
      textBlock(escapeMarkdown(FOOTER), { isSubtle: true, size: 'small' }),
    ],
    text,
  );
  return { card, text };
}
