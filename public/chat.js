'use strict';

// Connects Web Chat to the bot: over Direct Line with a token from the bot's server when it has
// one to give, otherwise to the bot's local-only endpoints through a Direct-Line-shaped object.
(() => {
  const ONLINE = 2;
  const LOCALE = 'en-US';
  const ACCENT = '#8a1c1c';
  const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

  async function post(url, body) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body)
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.json();
  }

  // A multicast observable that replays what it has emitted to late subscribers.
  function replaySubject() {
    const history = [];
    const observers = new Set();
    return {
      next(value) {
        history.push(value);
        observers.forEach(observer => observer.next?.(value));
      },
      subscribe(observer) {
        history.forEach(value => observer.next?.(value));
        observers.add(observer);
        return { unsubscribe: () => observers.delete(observer) };
      }
    };
  }

  // A Direct Line token from the bot's server, or undefined when it serves none (local mode).
  async function directLineSession() {
    const response = await fetch('/api/directline/token', { method: 'POST' });
    if (response.status === 404 || response.status === 405) return undefined;
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.json();
  }

  async function localConnection() {
    const { conversationId, userId, activities } = await post('/api/local/conversations', {});
    const activitiesUrl = `/api/local/conversations/${encodeURIComponent(conversationId)}/activities`;
    const activity$ = replaySubject();
    const connectionStatus$ = replaySubject();

    const directLine = {
      activity$,
      connectionStatus$,
      end() {},
      postActivity: activity => ({
        subscribe(observer) {
          post(activitiesUrl, activity).then(
            result => {
              result.activities.forEach(reply => activity$.next(reply));
              observer.next?.(result.activities[0].id);
              observer.complete?.();
            },
            error => observer.error?.(error)
          );
          return { unsubscribe() {} };
        }
      })
    };

    connectionStatus$.next(ONLINE);
    activities.forEach(activity => activity$.next(activity));
    return { directLine, userID: userId };
  }

  async function connect() {
    const session = await directLineSession();
    if (session === undefined) return localConnection();
    const { token, domain, userId } = session;
    return { directLine: window.WebChat.createDirectLine({ token, domain }), userID: userId };
  }

  // Web Chat names a card message "1 attachment" for screen readers; give it the card's own text
  // fallback instead, as the message's accessible name and as the card's spoken text.
  function withCardText(activity) {
    const cards = (activity.attachments || []).filter(
      attachment => attachment.contentType === ADAPTIVE_CARD && typeof attachment.content?.fallbackText === 'string'
    );
    if (!cards.length || typeof activity.channelData?.['webchat:fallback-text'] === 'string') return activity;
    const texts = [activity.text, ...cards.map(card => card.content.fallbackText)].filter(Boolean);
    return {
      ...activity,
      channelData: { ...activity.channelData, 'webchat:fallback-text': texts.join('\n\n') },
      attachments: activity.attachments.map(attachment =>
        cards.includes(attachment) && !attachment.content.speak
          ? { ...attachment, content: { ...attachment.content, speak: attachment.content.fallbackText } }
          : attachment
      )
    };
  }

  function createStore() {
    return window.WebChat.createStore({}, () => next => action =>
      next(
        action.type === 'DIRECT_LINE/INCOMING_ACTIVITY'
          ? { ...action, payload: { ...action.payload, activity: withCardText(action.payload.activity) } }
          : action
      )
    );
  }

  // Puts the keyboard in the send box once Web Chat has drawn it.
  function focusSendBox(container) {
    const find = () => container.querySelector('input[data-id="webchat-sendbox-input"], textarea[data-id="webchat-sendbox-input"]');
    const found = find();
    if (found) {
      found.focus();
      return;
    }
    const observer = new MutationObserver(() => {
      const input = find();
      if (input) {
        observer.disconnect();
        input.focus();
      }
    });
    observer.observe(container, { childList: true, subtree: true });
  }

  async function start() {
    const { directLine, userID } = await connect();
    const container = document.getElementById('webchat');
    window.WebChat.renderWebChat(
      {
        directLine,
        store: createStore(),
        userID,
        locale: LOCALE,
        styleOptions: {
          hideUploadButton: true,
          suggestedActionLayout: 'flow',
          primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
          accent: ACCENT,
          bubbleMaxWidth: 600,
          bubbleBorderRadius: 8,
          bubbleBorderColor: '#d0d7de',
          bubbleFromUserBorderRadius: 8,
          bubbleFromUserBorderColor: '#e3c5c5',
          bubbleFromUserBackground: '#faf1f1',
          sendBoxBorderTop: 'solid 1px #d0d7de',
          sendBoxButtonColorOnHover: ACCENT,
          suggestedActionBorderColor: ACCENT,
          suggestedActionTextColor: ACCENT,
          suggestedActionBorderRadius: 16
        }
      },
      container
    );
    focusSendBox(container);
  }

  start().catch(() => {
    document.getElementById('status').textContent =
      'The assistant cannot be reached right now. Please reload the page in a minute.';
  });
})();
