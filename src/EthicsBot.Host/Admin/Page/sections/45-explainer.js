'use strict';
// The explainer: whether a model is configured, what it cost, why it fell back, and the free questions the bank could
// not answer (scrubbed of personal data before they were kept), which are the scenarios to write next.
AdminPage.section({
  id: 'explainer',
  title: { vi: 'Giải thích và câu hỏi tự do', en: 'Explainer and free questions' },
  async render(body, { api, t, h, number }) {
    const s = {
      configured: { vi: 'Mô hình (Azure OpenAI)', en: 'Model (Azure OpenAI)' },
      on: { vi: 'Đã cấu hình', en: 'Configured' },
      off: { vi: 'Chưa cấu hình: chỉ trả lời từ ngân hàng câu hỏi', en: 'Not configured: answers from the bank only' },
      calls: { vi: 'Lượt gọi mô hình', en: 'Model calls' },
      cacheHits: { vi: 'Lấy từ bộ nhớ đệm', en: 'Cache hits' },
      delivered: { vi: 'Đã gửi giải thích', en: 'Explanations sent' },
      citationRejections: { vi: 'Bị loại vì trích dẫn sai', en: 'Rejected for citations' },
      dailyLimitReached: { vi: 'Chạm giới hạn trong ngày', en: 'Daily limit reached' },
      tokens: { vi: 'Token vào / ra', en: 'Tokens in / out' },
      fallbacks: { vi: 'Chuyển sang trả lời ngoại tuyến, theo lý do', en: 'Offline fallbacks by reason' },
      none: { vi: 'Chưa có.', en: 'None yet.' },
      unanswered: { vi: 'Câu hỏi ngân hàng chưa trả lời được', en: 'Questions the bank could not answer' },
      question: { vi: 'Câu hỏi (đã che dữ liệu cá nhân)', en: 'Question (personal data masked)' },
      count: { vi: 'Số lần', en: 'Times' },
      scoped: { vi: 'Khóa này chỉ dành cho một đơn vị nên không xem được số liệu toàn hệ thống.', en: 'This key is limited to one unit, so it cannot see deployment-wide numbers.' },
    };
    const status = await api('/api/admin/explainer/status');
    if (status.status === 403) {
      body.append(h('p', { class: 'hint', text: t(s.scoped) }));
      return;
    }
    if (!status.ok) throw new Error(String(status.status));
    const e = status.body.explainer;
    const facts = [
      ['configured', t(e.configured ? s.on : s.off)],
      ['calls', number(e.calls)],
      ['cacheHits', number(e.cacheHits)],
      ['delivered', number(e.delivered)],
      ['citationRejections', number(e.citationRejections)],
      ['dailyLimitReached', number(e.dailyLimitReached)],
      ['tokens', number(e.inputTokens) + ' / ' + number(e.outputTokens)],
    ];
    body.append(h('dl', { class: 'facts', id: 'explainer-status' }, facts.flatMap(([k, v]) => [h('dt', { text: t(s[k]) }), h('dd', { text: v })])));
    const reasons = Object.entries(e.fallbacksByReason || {});
    body.append(h('h3', { text: t(s.fallbacks) }));
    body.append(reasons.length === 0
      ? h('p', { class: 'hint', text: t(s.none) })
      : h('ul', {}, reasons.map(([reason, n]) => h('li', { text: reason + ': ' + number(n) }))));
    const unanswered = status.body.unanswered || [];
    body.append(h('h3', { text: t(s.unanswered) }));
    body.append(unanswered.length === 0
      ? h('p', { class: 'hint', text: t(s.none) })
      : h('table', { id: 'explainer-unanswered' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: t(s.question) }), h('th', { scope: 'col', text: t(s.count) }))),
        h('tbody', {}, unanswered.map(q => h('tr', {}, h('td', { text: q.text }), h('td', { text: number(q.count) }))))));
  },
});
