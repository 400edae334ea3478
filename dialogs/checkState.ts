import type { BotState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Profile, ProfileField } from '../src/eligibility/types';
import type { FactAmbiguity } from '../src/understanding/types';

/** What the conversation knows about the person and where the eligibility check stands. */
export interface CheckState {
  profile: Profile;
  /** Facts the person chose to leave unknown; not asked again unless they change them. */
  skipped: ProfileField[];
  /** Criteria whose failure was already announced. */
  announced: string[];
  /** The fact the pending question asks for. */
  asking?: ProfileField;
  /** A reading of the last answer to confirm ("3 April or 4 March?"). */
  confirming?: FactAmbiguity;
  /** The person confirmed the summary of their answers. */
  confirmed: boolean;
}

function freshState(): CheckState {
  return { profile: {}, skipped: [], announced: [], confirmed: false };
}

/**
 * The check's state in bot state, so a conversation picks up where it left off: the bot keeps it per
 * person in each conversation (a Teams group chat holds one check per member).
 */
export class CheckStore {
  private readonly accessor: StatePropertyAccessor<CheckState>;

  constructor(state: BotState) {
    this.accessor = state.createProperty<CheckState>('eligibilityCheck');
  }

  /** The state of the turn's conversation, created empty on first use; changes are saved with the conversation state. */
  async get(context: TurnContext): Promise<CheckState> {
    return this.accessor.get(context, freshState());
  }

  /** Forgets every answer and the state of the check. */
  async clear(context: TurnContext): Promise<void> {
    await this.accessor.set(context, freshState());
  }
}
