'use strict';

// Connects Web Chat to the bot's local-only endpoints through a Direct-Line-shaped object.
(() => {
  const ONLINE = 2;

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

  async function start() {
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
    window.WebChat.renderWebChat(
      {
        directLine,
        userID: userId,
        locale: 'en-US',
        styleOptions: { hideUploadButton: true, suggestedActionLayout: 'flow' }
      },
      document.getElementById('webchat')
    );
  }

  start().catch(() => {
    document.getElementById('status').textContent =
      'The assistant is not reachable. Is the bot running in local mode?';
  });
})();
