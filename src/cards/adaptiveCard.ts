/** The Adaptive Card schema version used: the highest Teams renders. */
export const CARD_VERSION = '1.5';

type Color = 'default' | 'good' | 'attention' | 'warning' | 'accent';

/** A TextBlock; its text is Markdown. */
export interface TextBlock {
  type: 'TextBlock';
  text: string;
  wrap: true;
  weight?: 'bolder';
  size?: 'small' | 'medium' | 'large';
  color?: Color;
  isSubtle?: boolean;
  spacing?: 'none' | 'small' | 'medium' | 'large';
  separator?: boolean;
}

/** A column of a {@link ColumnSet}. */
export interface Column {
  type: 'Column';
  width: 'auto' | 'stretch' | string;
  items: CardElement[];
}

export interface ColumnSet {
  type: 'ColumnSet';
  columns: Column[];
  spacing?: TextBlock['spacing'];
  separator?: boolean;
}

export interface FactSet {
  type: 'FactSet';
  facts: { title: string; value: string }[];
}

export interface Container {
  type: 'Container';
  items: CardElement[];
  spacing?: TextBlock['spacing'];
  separator?: boolean;
}

export type CardElement = TextBlock | ColumnSet | FactSet | Container;

/** An Adaptive Card's JSON. */
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  version: typeof CARD_VERSION;
  body: CardElement[];
  /** Shown by clients that cannot render the card. */
  fallbackText: string;
}

/** A card of schema {@link CARD_VERSION}. */
export function adaptiveCard(body: CardElement[], fallbackText: string): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: CARD_VERSION,
    body,
    fallbackText,
  };
}

/** A wrapping TextBlock. */
export function textBlock(text: string, style: Omit<TextBlock, 'type' | 'text' | 'wrap'> = {}): TextBlock {
  return { type: 'TextBlock', text, wrap: true, ...style };
}

/** A card and the same content as plain text, for channels that show no cards. */
export interface CardWithText {
  card: AdaptiveCard;
  text: string;
}
