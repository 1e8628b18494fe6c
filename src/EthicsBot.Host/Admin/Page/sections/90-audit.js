'use strict';
// The audit trail: who did what to the bank and the daily push, newest first.
AdminPage.section({
  id: 'audit',
  title: { vi: 'Nhật ký quản trị', en: 'Audit trail' },
  async render(body, { api, t, h, time }) {
    const s = {
      at: { vi: 'Thời điểm', en: 'Time' },
      key: { vi: 'Khóa', en: 'Key' },
      action: { vi: 'Thao tác', en: 'Action' },
      outcome: { vi: 'Kết quả', en: 'Outcome' },
      detail: { vi: 'Chi tiết', en: 'Detail' },
      none: { vi: 'Chưa có thao tác nào.', en: 'No actions yet.' },
      ok: { vi: 'thành công', en: 'ok' },
      refused: { vi: 'bị từ chối', en: 'refused' },
      failed: { vi: 'lỗi', en: 'failed' },
    };
    const list = await api('/api/admin/audit?limit=50');
    if (!list.ok) throw new Error(String(list.status));
    if (list.body.entries.length === 0) {
      body.append(h('p', { class: 'hint', text: t(s.none) }));
      return;
    }
    body.append(h('div', { class: 'scroll' }, h('table', { id: 'audit-table' },
      h('thead', {}, h('tr', {}, ['at', 'key', 'action', 'outcome', 'detail'].map(k => h('th', { scope: 'col', text: t(s[k]) })))),
      h('tbody', {}, list.body.entries.map(e => h('tr', {},
        h('td', { text: time(e.at) }), h('td', { text: e.key }), h('td', { text: e.action }),
        h('td', { text: t(s[e.outcome]) }), h('td', { text: e.detail ?? '' })))))));
  },
});
