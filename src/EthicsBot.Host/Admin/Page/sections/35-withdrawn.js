'use strict';
// Questions not asked in new quizzes: because a law they rest on is not in force, or because learners reported them.
AdminPage.section({
  id: 'withdrawn',
  title: { vi: 'Câu hỏi đang rút khỏi bài mới', en: 'Questions held back from new quizzes' },
  async render(body, { api, t, h }) {
    const s = {
      law: { vi: 'Do văn bản pháp luật không còn hoặc chưa có hiệu lực', en: 'A law they rest on is not in force' },
      reports: { vi: 'Do người học báo lỗi', en: 'Reported by learners' },
      none: { vi: 'Không có.', en: 'None.' },
      question: { vi: 'Câu hỏi', en: 'Question' },
      document: { vi: 'Văn bản', en: 'Document' },
      status: { vi: 'Tình trạng', en: 'Status' },
      since: { vi: 'Từ ngày', en: 'Since' },
    };
    const withdrawn = await api('/api/admin/content/withdrawn');
    if (!withdrawn.ok) throw new Error(String(withdrawn.status));
    const law = withdrawn.body.law;
    body.append(h('h3', { text: `${t(s.law)} (${law.length})` }),
      law.length === 0 ? h('p', { class: 'hint', text: t(s.none) }) : h('div', { class: 'scroll' }, h('table', { id: 'withdrawn-law' },
        h('thead', {}, h('tr', {}, ['question', 'document', 'status', 'since'].map(k => h('th', { scope: 'col', text: t(s[k]) })))),
        h('tbody', {}, law.map(w => h('tr', {}, h('td', { text: w.questionId }), h('td', { text: w.documentId }),
          h('td', { text: w.status }), h('td', { text: w.since ?? '–' })))))),
      h('h3', { text: `${t(s.reports)} (${withdrawn.body.reports.length})` }),
      h('p', { id: 'withdrawn-reports', class: withdrawn.body.reports.length === 0 ? 'hint' : '',
        text: withdrawn.body.reports.length === 0 ? t(s.none) : withdrawn.body.reports.join(', ') }));
  },
});
