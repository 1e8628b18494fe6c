'use strict';
// The admin page's core: sign-in, the bearer-token fetch, the language switch and the section registry. Sections live
// in /admin/sections/*.js and call AdminPage.section({...}); see admin-home notes in the README.
const AdminPage = (() => {
  const keyStore = 'ethicsbot.admin.key';     // sessionStorage: gone when the tab closes
  const langStore = 'ethicsbot.admin.lang';   // localStorage: a preference, not a secret
  const sections = [];
  let lang = localStorage.getItem(langStore) === 'en' ? 'en' : 'vi';

  const text = {
    title: { vi: 'EthicsBot – Quản trị', en: 'EthicsBot – Admin' },
    signIn: { vi: 'Đăng nhập', en: 'Sign in' },
    signOut: { vi: 'Đăng xuất', en: 'Sign out' },
    key: { vi: 'Khóa quản trị', en: 'Admin key' },
    hint: { vi: 'Khóa được giữ trong thẻ trình duyệt này cho đến khi bạn đóng thẻ.', en: 'The key is kept in this browser tab until you close it.' },
    wrongKey: { vi: 'Khóa không đúng.', en: 'That key is not valid.' },
    failed: { vi: 'Không tải được', en: 'Could not load' },
    switchTo: { vi: 'English', en: 'Tiếng Việt' },
  };

  const t = pair => (pair && (pair[lang] ?? pair.vi)) ?? '';
  const $ = id => document.getElementById(id);

  // Builds elements without innerHTML, so text from the server is always text.
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs ?? {})) {
      if (value === undefined || value === null || value === false) continue;
      if (name.startsWith('on')) el.addEventListener(name.slice(2), value);
      else if (name === 'text') el.textContent = value;
      else el.setAttribute(name, value === true ? '' : value);
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      el.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return el;
  }

  const key = () => sessionStorage.getItem(keyStore);

  // Every call carries the key as a bearer token; a 401 signs the page out.
  async function api(path, options = {}) {
    const headers = new Headers(options.headers ?? {});
    headers.set('Authorization', 'Bearer ' + key());
    const response = await fetch(path, { ...options, headers, cache: 'no-store' });
    if (response.status === 401) {
      signOut(t(text.wrongKey));
    }
    const type = response.headers.get('Content-Type') ?? '';
    const body = type.includes('json') ? await response.json() : null;
    return { ok: response.ok, status: response.status, body };
  }

  const number = n => new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB').format(n);
  const time = iso => iso ? new Date(iso).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB') : '–';
  const page = { api, t, h, number, time, get lang() { return lang; }, refresh: id => renderSection(sections.find(s => s.id === id)) };

  function section(definition) {
    sections.push(definition);
  }

  async function renderSection(definition) {
    if (!definition) return;
    const card = $('section-' + definition.id) ?? h('section', { id: 'section-' + definition.id, class: 'card', 'aria-labelledby': 'title-' + definition.id });
    if (!card.isConnected) $('sections').append(card);
    const body = h('div', { class: 'section-body' });
    card.replaceChildren(h('h2', { id: 'title-' + definition.id, text: t(definition.title) }), body);
    try {
      await definition.render(body, page);
    } catch (error) {
      body.replaceChildren(h('p', { class: 'error', role: 'alert', text: t(text.failed) + ': ' + error.message }));
    }
  }

  function applyLanguage() {
    document.documentElement.lang = lang;
    document.title = t(text.title);
    $('page-title').textContent = t(text.title);
    $('lang-switch').textContent = t(text.switchTo);
    $('lang-switch').lang = lang === 'vi' ? 'en' : 'vi';
    $('sign-out').textContent = t(text.signOut);
    $('login-title').textContent = t(text.signIn);
    $('admin-key-label').textContent = t(text.key);
    $('login-hint').textContent = t(text.hint);
    $('login-submit').textContent = t(text.signIn);
  }

  async function showSections() {
    $('login').hidden = true;
    $('sign-out').hidden = false;
    $('sections').hidden = false;
    $('sections').replaceChildren();
    for (const definition of sections) await renderSection(definition);
  }

  function signOut(message) {
    sessionStorage.removeItem(keyStore);
    $('sections').replaceChildren();
    $('sections').hidden = true;
    $('sign-out').hidden = true;
    $('login').hidden = false;
    $('login-error').hidden = !message;
    $('login-error').textContent = message ?? '';
  }

  async function signIn(event) {
    event.preventDefault();
    sessionStorage.setItem(keyStore, $('admin-key').value.trim());
    $('admin-key').value = '';
    // A sign-in while the section scripts still load waits for them, so every section shows.
    await sectionsLoaded.catch(() => undefined);
    // Any admin GET proves the key; the audit list is open to every key, unit-scoped ones included.
    const probe = await api('/api/admin/audit?limit=1');
    if (probe.ok) {
      $('login-error').hidden = true;
      await showSections();
    } else if (probe.status !== 401) {
      signOut(t(text.failed) + ' (' + probe.status + ')');
    }
  }

  async function loadSections() {
    const list = await (await fetch('/admin/sections.json', { cache: 'no-store' })).json();
    for (const src of list) {
      await new Promise((resolve, reject) => {
        const script = h('script', { src });
        script.onload = resolve;
        script.onerror = () => reject(new Error(src));
        document.head.append(script);
      });
    }
  }

  let sectionsLoaded = Promise.resolve();

  async function start() {
    // Only a key from before this page load signs in by itself: one typed while the scripts load is still unproven.
    const signedIn = Boolean(key());
    sectionsLoaded = loadSections();
    applyLanguage();
    $('login').addEventListener('submit', signIn);
    $('sign-out').addEventListener('click', () => signOut());
    $('lang-switch').addEventListener('click', async () => {
      lang = lang === 'vi' ? 'en' : 'vi';
      localStorage.setItem(langStore, lang);
      applyLanguage();
      if (key()) await showSections();
    });
    await sectionsLoaded;
    if (signedIn) await showSections();
  }

  document.addEventListener('DOMContentLoaded', start);
  return { section };
})();
