'use strict';
// Learners' reports of wrong questions, most reported first; clearing returns a held-back question to new sessions.
AdminPage.section({
  id: 'feedback',
  title: { vi: 'Báo lỗi từ người học', en: "Learners' reports" },
  async render(body, { api, t, h, time, refresh }) {
    const s = {
      question: { vi: 'Câu hỏi', en: 'Question' },
      reports: { vi: 'Số người báo', en: 'Reports' },
      reasons: { vi: 'Lý do', en: 'Reasons' },
      notes: { vi: 'Ghi chú', en: 'Notes' },
      last: { vi: 'Gần nhất', en: 'Latest' },
      state: { vi: 'Trạng thái', en: 'State' },
      held: { vi: 'Đang tạm rút', en: 'Held back' },
      open: { vi: 'Đang theo dõi', en: 'Watching' },
      clear: { vi: 'Đã xử lý', en: 'Mark handled' },
      none: { vi: 'Chưa có báo lỗi nào.', en: 'No reports yet.' },
      rule: { vi: 'Câu hỏi bị từ {n} người học trở lên báo lỗi được tạm rút khỏi bài mới cho đến khi quản trị viên đánh dấu đã xử lý.',
        en: 'A question reported by {n} or more learners is held back from new quizzes until an admin marks it handled.' },
      'outdated-law': { vi: 'luật cũ', en: 'outdated law' },
      'wrong-answer': { vi: 'sai đáp án', en: 'wrong answer' },
      unclear: { vi: 'khó hiểu', en: 'unclear' },
      other: { vi: 'khác', en: 'other' },
    };
    const list = await api('/api/admin/content/feedback');
    if (!list.ok) throw new Error(String(list.status));
    body.append(h('p', { class: 'hint', text: t(s.rule).replace('{n}', list.body.threshold) }));
    if (list.body.questions.length === 0) {
      body.append(h('p', { class: 'hint', text: t(s.none) }));
      return;
    }
    const rows = list.body.questions.map(q => {
      const clear = h('button', { type: 'button', class: 'secondary', text: t(s.clear), 'aria-label': `${t(s.clear)}: ${q.questionId}` });
      clear.addEventListener('click', async () => {
        clear.disabled = true;
        await api(`/api/admin/content/feedback/${encodeURIComponent(q.questionId)}/clear`, { method: 'POST' });
        await refresh('feedback');
        await refresh('withdrawn');
        await refresh('audit');
      });
      return h('tr', {},
        h('td', {}, h('strong', { text: q.questionId }), q.stem ? h('div', { class: 'hint', text: q.stem }) : null),
        h('td', { text: String(q.reports) }),
        h('td', { text: Object.entries(q.reasons).map(([code, n]) => `${t(s[code])}: ${n}`).join(', ') }),
        h('td', {}, q.notes.map(n => h('div', { text: '“' + n + '”' }))),
        h('td', { text: time(q.lastReportedAt) }),
        h('td', { text: q.quarantined ? t(s.held) : t(s.open) }),
        h('td', {}, clear));
    });
    body.append(h('div', { class: 'scroll' }, h('table', { id: 'feedback-table' },
      h('thead', {}, h('tr', {}, ['question', 'reports', 'reasons', 'notes', 'last', 'state'].map(k => h('th', { scope: 'col', text: t(s[k]) })), h('th', {}))),
      h('tbody', {}, rows))));
  },
});
