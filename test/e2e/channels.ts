import type { Activity } from 'botbuilder';

/** How a channel talks to the bot: what it sends on first contact and for a user's message. */
export interface TestChannel {
  id: 'webchat' | 'msteams';
  /** The conversationUpdate activities the channel sends when the conversation starts. */
  firstContact(conversationId: string): Partial<Activity>[];
  /** A user's message as the channel delivers it. */
  say(conversationId: string, text: string): Partial<Activity>;
}

/** The channel never receives anything: replies come back in the HTTP response. */
const EXPECT_REPLIES = { deliveryMode: 'expectReplies', serviceUrl: 'http://127.0.0.1:9/unused/' };

let lastMessageId = 0;
const nextMessageId = (): string => String(++lastMessageId);

const WEBCHAT_BOT = { id: 'iec-bot', name: 'IEC International Co-op assistant' };
const WEBCHAT_USER = { id: 'dl_user-1', name: 'Ada' };

/** Web Chat over Direct Line: the bot and then the user join, each in its own conversationUpdate. */
export const webchat: TestChannel = {
  id: 'webchat',
  firstContact: (conversationId) =>
    [WEBCHAT_BOT, WEBCHAT_USER].map((member) => ({
      ...EXPECT_REPLIES,
      type: 'conversationUpdate',
      channelId: 'webchat',
      conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
      from: WEBCHAT_USER,
      recipient: WEBCHAT_BOT,
      membersAdded: [member],
    })),
  say: (conversationId, text) => ({
    ...EXPECT_REPLIES,
    type: 'message',
    id: nextMessageId(),
    channelId: 'webchat',
    conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
    from: WEBCHAT_USER,
    recipient: WEBCHAT_BOT,
    text,
    locale: 'en-US',
  }),
};

const TEAMS_BOT = { id: '28:0b5e7f3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b', name: 'IEC Assistant' };
const TEAMS_USER = { id: '29:1a2b3c-user', name: 'Ada Lovelace', aadObjectId: 'c3d4e5f6-0000-4000-8000-000000000001' };
const TENANT = { id: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a' };

function teamsConversation(conversationId: string) {
  return { id: `19:${conversationId}@thread.v2`, isGroup: true, conversationType: 'groupChat', tenantId: TENANT.id, name: '' };
}

/** Microsoft Teams group chat: the bot is added to the chat, and users @mention it. */
export const msteams: TestChannel = {
  id: 'msteams',
  firstContact: (conversationId) => [
    {
      ...EXPECT_REPLIES,
      type: 'conversationUpdate',
      channelId: 'msteams',
      conversation: teamsConversation(conversationId),
      from: TEAMS_USER,
      recipient: TEAMS_BOT,
      membersAdded: [{ id: TEAMS_BOT.id, name: '' }],
      channelData: { tenant: TENANT, eventType: 'teamMemberAdded' },
    },
  ],
  say: (conversationId, text) => {
    const mention = `<at>${TEAMS_BOT.name}</at>`;
    return {
      ...EXPECT_REPLIES,
      type: 'message',
      id: nextMessageId(),
      channelId: 'msteams',
      conversation: teamsConversation(conversationId),
      from: TEAMS_USER,
      recipient: TEAMS_BOT,
      text: `${mention} ${text}`,
      textFormat: 'plain',
      locale: 'en-GB',
      entities: [{ type: 'mention', mentioned: TEAMS_BOT, text: mention }],
      channelData: { tenant: TENANT },
    };
  },
};

export const CHANNELS: readonly TestChannel[] = [webchat, msteams];
