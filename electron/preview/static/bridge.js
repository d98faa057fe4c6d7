// The preview's stand-in for Electron's preload: defines `window.companion` (the contract's
// CompanionApi) on top of a WebSocket to the preview host. It is a classic script placed before
// the page's module script, so the API exists before the app's code runs, exactly as with a
// preload. The host fills in the socket URL when it serves this file; the token comes from the
// page's own address (the desk puts it there), never from a cookie.
(() => {
  const socketUrl = '__SOCKET_URL__';
  const page =
    location.pathname
      .split('/')
      .pop()
      ?.replace(/\.html$/, '') ?? '';
  const token = new URLSearchParams(location.search).get('token') ?? '';
  const callOf = () =>
    new URLSearchParams(location.hash.slice(1)).get('call') ??
    new URLSearchParams(location.search).get('call') ??
    '';
  const call = callOf();
  const url = `${socketUrl}?token=${encodeURIComponent(token)}&window=${encodeURIComponent(page)}&call=${encodeURIComponent(call)}`;
  const namePattern = /^[a-z]+(?:-[a-z]+)*\/[a-z]+(?:-[a-z]+)*$|^state$|^notice$/;
  const listeners = new Map();
  const pending = new Map();
  const queue = [];
  let nextId = 1;
  let socket = null;
  let open = false;

  function connect() {
    socket = new WebSocket(url);
    socket.addEventListener('open', () => {
      open = true;
      for (const message of queue.splice(0)) socket.send(message);
    });
    socket.addEventListener('message', (event) => {
      let message;
      try {
        message = JSON.parse(event.data);
      } catch {
        return;
      }
      if (message.type === 'result' && pending.has(message.id)) {
        pending.get(message.id)(message.result);
        pending.delete(message.id);
      } else if (message.type === 'event') {
        for (const listener of [...(listeners.get(message.name) ?? [])]) {
          try {
            listener(message.payload);
          } catch (error) {
            console.error(error);
          }
        }
      }
    });
    socket.addEventListener('close', () => {
      open = false;
      for (const resolve of pending.values()) resolve({ ok: false, error: { kind: 'unavailable' } });
      pending.clear();
    });
  }

  const api = {
    invoke(name, input) {
      if (typeof name !== 'string' || !namePattern.test(name)) {
        return Promise.resolve({ ok: false, error: { kind: 'invalid-input', detail: 'unknown-command' } });
      }
      const id = nextId++;
      const message = JSON.stringify({ type: 'invoke', id, name, input });
      return new Promise((resolve) => {
        pending.set(id, resolve);
        if (open) socket.send(message);
        else queue.push(message);
      });
    },
    on(event, listener) {
      if (typeof listener !== 'function') throw new TypeError('listener must be a function');
      let set = listeners.get(event);
      if (!set) {
        set = new Set();
        listeners.set(event, set);
      }
      const wrapped = (payload) => listener(payload);
      set.add(wrapped);
      return () => set.delete(wrapped);
    },
  };
  // The spare popup gets its call later, by a fragment navigation: it tells the host once (the host
  // accepts only a call whose popup the core opened), as Electron's main records a popup's call.
  if (page === 'popup' && call === '') {
    const bind = () => {
      const next = callOf();
      if (next === '') return;
      window.removeEventListener('hashchange', bind);
      const message = JSON.stringify({ type: 'bind', call: next });
      if (open) socket.send(message);
      else queue.unshift(message);
    };
    window.addEventListener('hashchange', bind);
  }

  Object.defineProperty(window, 'companion', {
    value: Object.freeze(api),
    writable: false,
    configurable: false,
  });
  connect();
})();
