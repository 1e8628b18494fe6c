'use strict';
// Today's daily delivery, as the daily engine counts it.
AdminPage.section({
  id: 'daily',
  title: { vi: 'Câu hỏi hằng ngày hôm nay', en: "Today's daily quiz" },
  async render(body, { api, t, h, number }) {
    const s = {
      date: { vi: 'Ngày', en: 'Date' },
      due: { vi: 'Đến hạn', en: 'Due' },
      sent: { vi: 'Đã gửi', en: 'Sent' },
      pending: { vi: 'Đang chờ', en: 'Waiting' },
      failed: { vi: 'Lỗi', en: 'Failed' },
      unreachable: { vi: 'Không liên lạc được', en: 'Unreachable' },
      answered: { vi: 'Đã trả lời', en: 'Answered' },
      reminded: { vi: 'Đã nhắc', en: 'Reminded' },
      scoped: { vi: 'Khóa này chỉ dành cho một đơn vị nên không xem được số liệu toàn hệ thống.', en: 'This key is limited to one unit, so it cannot see deployment-wide numbers.' },
    };
    const status = await api('/api/admin/daily/status');
    if (status.status === 403) {
      body.append(h('p', { class: 'hint', text: t(s.scoped) }));
      return;
    }
    if (!status.ok) throw new Error(String(status.status));
    const d = status.body;
    body.append(h('dl', { class: 'facts', id: 'daily-status' },
      ['date', 'due', 'sent', 'pending', 'failed', 'unreachable', 'answered', 'reminded'].flatMap(k =>
        [h('dt', { text: t(s[k]) }), h('dd', { text: k === 'date' ? d[k] : number(d[k]) })])));
  },
});
