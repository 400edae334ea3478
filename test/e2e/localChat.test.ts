import type { Activity } from 'botbuilder';
import { expect } from 'chai';
import { WELCOME_BUTTONS } from '../../src/bot';
import { buttons, postJson, startServer, type TestServer } from './testServer';

interface Start {
  conversationId: string;
  userId: string;
  activities: Partial<Activity>[];
}

describe('local mode: health, chat page and local chat endpoints', () => {
  let server: TestServer;

  beforeEach(async () => {
    server = await startServer();
  });

  afterEach(async () => {
    await server.close();
  });

  const start = async (): Promise<Start> => {
    const response = await fetch(`${server.baseUrl}/api/local/conversations`, { method: 'POST' });
    expect(response.status).to.equal(200);
    return (await response.json()) as Start;
  };

  it('answers GET /healthz', async () => {
    const response = await fetch(`${server.baseUrl}/healthz`);
    expect(response.status).to.equal(200);
    expect(await response.json()).to.deep.equal({ status: 'ok' });
  });

  it('serves the chat page at GET /', async () => {
    const response = await fetch(`${server.baseUrl}/`);
    expect(response.status).to.equal(200);
    expect(response.headers.get('content-type')).to.match(/^text\/html/);
    const html = await response.text();
    expect(html).to.include('<html lang="en">');
    expect(html).to.include('<title>IEC International Co-op assistant</title>');
    expect(html).to.include('<h1>IEC International Co-op assistant</h1>');
    expect(html).to.include('name="viewport"');
    for (const src of html.match(/(?<=(?:src|href)=")\/static\/[^"]+/g) ?? []) {
      expect((await fetch(`${server.baseUrl}${src}`)).status, src).to.equal(200);
    }
    expect(html).to.include('src="/static/webchat.js"');
  });

  it('serves the Web Chat bundle from node_modules, with no CDN', async () => {
    const response = await fetch(`${server.baseUrl}/static/webchat.js`);
    expect(response.status).to.equal(200);
    expect(response.headers.get('content-type')).to.match(/javascript/);
    const bundle = await response.text();
    expect(bundle.length).to.be.greaterThan(1_000_000);
    expect(bundle).to.include('renderWebChat');
    const page = await (await fetch(`${server.baseUrl}/`)).text();
    expect(page).not.to.match(/https?:\/\//);
  });

  it('starts a conversation with the welcome, ready for Web Chat', async () => {
    const { conversationId, userId, activities } = await start();
    expect(conversationId).to.match(/^[\w-]+$/);
    expect(userId).to.be.a('string').and.not.equal('');
    expect(activities).to.have.length(1);
    expect(activities[0]?.text).to.include('not legal advice');
    expect(activities[0]?.id).to.be.a('string');
    expect(Number.isNaN(Date.parse(String(activities[0]?.timestamp)))).to.equal(false);
    expect(buttons(activities[0])).to.deep.equal(WELCOME_BUTTONS);
  });

  it('runs what Web Chat posts and returns its echo, then the replies', async () => {
    const { conversationId, userId } = await start();
    const posted = {
      type: 'message',
      text: 'How much does it cost?',
      from: { id: userId, name: '', role: 'user' },
      channelData: { clientActivityID: 'client-1' },
      channelId: 'webchat',
      locale: 'en-US',
    };
    const delivery = await postJson(`${server.baseUrl}/api/local/conversations/${conversationId}/activities`, posted);
    expect(delivery.status).to.equal(200);
    const [echo, reply, ...rest] = delivery.activities;
    expect(rest).to.deep.equal([]);
    expect(echo).to.deep.include({ type: 'message', text: posted.text, channelData: { clientActivityID: 'client-1' } });
    expect(echo?.from).to.include({ id: userId, role: 'user' });
    expect(echo?.id).to.be.a('string');
    expect(reply?.text).to.include('172');
    expect(reply?.id).to.be.a('string').and.not.equal(echo?.id);
    expect(reply?.recipient?.id).to.equal(userId);

    const hello = await postJson(`${server.baseUrl}/api/local/conversations/${conversationId}/activities`, {
      ...posted,
      text: 'hello',
    });
    expect(hello.activities[1]?.text).to.include('not legal advice');
  });

  it('refuses what is not a Web Chat activity', async () => {
    const { conversationId, userId } = await start();
    const url = `${server.baseUrl}/api/local/conversations/${conversationId}/activities`;
    const refused = [
      { type: 'message', text: 'no sender' },
      { type: 'invoke', name: 'adaptiveCard/action', from: { id: userId } },
      { type: 'message', text: 'x'.repeat(4001), from: { id: userId } },
    ];
    for (const body of refused) {
      expect((await postJson(url, body)).status, JSON.stringify(body).slice(0, 60)).to.equal(400);
    }
    const badConversation = `${server.baseUrl}/api/local/conversations/${'x'.repeat(65)}/activities`;
    expect((await postJson(badConversation, { type: 'message', text: 'hi', from: { id: userId } })).status).to.equal(400);
  });
});
