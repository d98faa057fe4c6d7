// The desk shows the app's windows as iframes and opens and closes them exactly when the core's
// WindowManager says so (the host relays each decision over this socket).
(() => {
  const token = new URLSearchParams(location.search).get('token') ?? '';
  const socket = new WebSocket(`ws://${location.host}/bridge?token=${encodeURIComponent(token)}&window=desk`);
  const popups = document.getElementById('popups');
  const settingsWindow = document.getElementById('settings-window');
  const settingsFrame = document.getElementById('settings-frame');

  function openSettings() {
    if (!settingsWindow.hidden) return;
    settingsFrame.src = '/app/settings.html';
    settingsWindow.hidden = false;
  }
  function closeSettings() {
    settingsWindow.hidden = true;
    settingsFrame.removeAttribute('src');
  }
  function openPopup(callId) {
    if (popups.querySelector(`[data-call-id="${CSS.escape(callId)}"]`)) return;
    const frame = document.createElement('iframe');
    frame.dataset.callId = callId;
    frame.dataset.testid = 'popup-frame';
    frame.title = 'Caller popup';
    frame.src = `/app/popup.html?call=${encodeURIComponent(callId)}`;
    popups.append(frame);
  }
  function closePopup(callId) {
    popups.querySelector(`[data-call-id="${CSS.escape(callId)}"]`)?.remove();
  }

  socket.addEventListener('message', (event) => {
    const message = JSON.parse(event.data);
    if (message.type !== 'window') return;
    if (message.op === 'snapshot') {
      for (const frame of [...popups.children]) {
        if (!message.popups.includes(frame.dataset.callId)) frame.remove();
      }
      for (const callId of message.popups) openPopup(callId);
      if (message.settings) openSettings();
    }
    if (message.op === 'open-popup') openPopup(message.callId);
    if (message.op === 'close-popup') closePopup(message.callId);
    if (message.op === 'open-settings') openSettings();
    if (message.op === 'show-panel') document.getElementById('panel-frame').focus();
  });
  document.getElementById('show-settings').addEventListener('click', openSettings);
  document.getElementById('close-settings').addEventListener('click', closeSettings);
})();
