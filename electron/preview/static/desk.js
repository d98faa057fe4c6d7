// The desk shows the app's windows as iframes and opens and closes them exactly when the core's
// WindowManager says so (the host relays each decision over this socket).
(() => {
  const token = new URLSearchParams(location.search).get('token') ?? '';
  const socket = new WebSocket(`ws://${location.host}/bridge?token=${encodeURIComponent(token)}&window=desk`);
  // Each window's page gets the token in its address (no cookie): its bridge script reads it there.
  const page = (name) => `/app/${name}.html?token=${encodeURIComponent(token)}`;
  const popups = document.getElementById('popups');
  const settingsWindow = document.getElementById('settings-window');
  const settingsFrame = document.getElementById('settings-frame');
  const panelWindow = document.getElementById('panel-window');
  const trayButton = document.getElementById('tray-click');

  // The panel is shown and hidden only as the host says (its "Tray click" is the core's business,
  // as in Electron, where the panel's show/hide is what the core hears).
  function setPanel(shown) {
    panelWindow.hidden = !shown;
    trayButton.setAttribute('aria-pressed', String(shown));
  }

  function openSettings() {
    if (!settingsWindow.hidden) return;
    settingsFrame.src = page('settings');
    settingsWindow.hidden = false;
  }
  function closeSettings() {
    settingsWindow.hidden = true;
    settingsFrame.removeAttribute('src');
  }
  // One spare popup page is always loaded, hidden, so a ringing call is handed to a booted app
  // instead of waiting for a page to load and start (what Electron's windows.ts does too).
  let spare = null;
  function prepareSpare() {
    if (spare) return;
    spare = document.createElement('iframe');
    spare.className = 'spare-popup';
    spare.title = 'Caller popup (spare)';
    spare.tabIndex = -1;
    spare.setAttribute('aria-hidden', 'true');
    spare.src = page('popup');
    popups.append(spare);
  }
  // Sizes as Electron's windows have them (the snapshot brings them): a popup grows to its
  // content between the limits, as Electron's preferred-size mode does (main/windows.ts).
  let sizes = null;
  function applySizes() {
    if (!sizes) return;
    const panel = document.getElementById('panel-frame');
    panel.width = String(sizes.panel.width);
    panel.height = String(sizes.panel.height);
    settingsFrame.width = String(sizes.settings.width);
    settingsFrame.height = String(sizes.settings.height);
  }
  function fitPopup(frame) {
    if (!sizes || frame === spare) return;
    const body = frame.contentDocument?.body;
    const wanted = body ? Math.ceil(body.getBoundingClientRect().height) : sizes.popup.height;
    const height = Math.min(sizes.popup.max, Math.max(sizes.popup.min, wanted || sizes.popup.height));
    frame.style.height = `${height}px`;
  }
  const observedBodies = new WeakSet();
  function followContent(frame) {
    const observe = () => {
      const body = frame.contentDocument?.body;
      if (!body || observedBodies.has(body)) return;
      observedBodies.add(body);
      new ResizeObserver(() => fitPopup(frame)).observe(body);
      fitPopup(frame);
    };
    frame.addEventListener('load', observe);
    observe();
  }
  function openPopup(callId) {
    if (popups.querySelector(`[data-call-id="${CSS.escape(callId)}"]`)) return;
    const frame = spare ?? document.createElement('iframe');
    spare = null;
    frame.dataset.callId = callId;
    frame.dataset.testid = 'popup-frame';
    frame.title = 'Caller popup';
    frame.removeAttribute('aria-hidden');
    frame.removeAttribute('tabindex');
    // Only the fragment differs from the spare's URL: a same-document navigation, no reload.
    frame.src = `${page('popup')}#call=${encodeURIComponent(callId)}`;
    frame.classList.remove('spare-popup');
    if (!frame.isConnected) popups.append(frame);
    followContent(frame);
    prepareSpare();
  }
  function closePopup(callId) {
    popups.querySelector(`[data-call-id="${CSS.escape(callId)}"]`)?.remove();
  }

  socket.addEventListener('message', (event) => {
    const message = JSON.parse(event.data);
    if (message.type !== 'window') return;
    if (message.op === 'snapshot') {
      sizes = message.sizes;
      applySizes();
      for (const frame of [...popups.children]) {
        if (frame !== spare && !message.popups.includes(frame.dataset.callId)) frame.remove();
      }
      for (const callId of message.popups) openPopup(callId);
      if (message.settings) openSettings();
      setPanel(message.panel);
    }
    if (message.op === 'open-popup') openPopup(message.callId);
    if (message.op === 'close-popup') closePopup(message.callId);
    if (message.op === 'open-settings') openSettings();
    if (message.op === 'show-panel') {
      setPanel(true);
      document.getElementById('panel-frame').focus();
    }
    if (message.op === 'hide-panel') setPanel(false);
  });
  document.getElementById('panel-frame').src = page('panel');
  prepareSpare();
  document.getElementById('show-settings').addEventListener('click', openSettings);
  trayButton.addEventListener('click', () => socket.send(JSON.stringify({ type: 'tray-click' })));
  document.getElementById('close-settings').addEventListener('click', closeSettings);
})();
