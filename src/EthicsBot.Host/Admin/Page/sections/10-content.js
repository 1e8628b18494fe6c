'use strict';
// The live bank: version, counts, the latest reload and a reload button.
AdminPage.section({
  id: 'content',
  title: { vi: 'Ngân hàng câu hỏi', en: 'Question bank' },
  async render(body, { api, t, h, number, time, refresh }) {
    const s = {
      version: { vi: 'Phiên bản nội dung', en: 'Content version' },
      questions: { vi: 'Câu hỏi', en: 'Questions' },
      topics: { vi: 'Chủ đề', en: 'Topics' },
      documents: { vi: 'Văn bản pháp luật', en: 'Legal documents' },
      withdrawn: { vi: 'Câu hỏi đang rút', en: 'Withdrawn questions' },
      lastReload: { vi: 'Lần tải lại gần nhất', en: 'Last reload' },
      never: { vi: 'Chưa tải lại từ khi khởi động', en: 'None since start-up' },
      applied: { vi: 'đã áp dụng', en: 'applied' },
      rejected: { vi: 'bị từ chối', en: 'rejected' },
      reload: { vi: 'Tải lại nội dung', en: 'Reload content' },
      by: { vi: 'bởi', en: 'by' },
    };
    const status = await api('/api/admin/content/status');
    if (!status.ok) throw new Error(String(status.status));
    const c = status.body;
    const last = c.lastReload;
    const facts = h('dl', { class: 'facts' },
      h('dt', { text: t(s.version) }), h('dd', { id: 'content-version', text: c.version }),
      h('dt', { text: t(s.questions) }), h('dd', { id: 'content-questions', text: number(c.questions) }),
      h('dt', { text: t(s.topics) }), h('dd', { text: number(c.topics) }),
      h('dt', { text: t(s.documents) }), h('dd', { text: number(c.documents) }),
      h('dt', { text: t(s.withdrawn) }), h('dd', { text: number(c.withdrawn) }),
      h('dt', { text: t(s.lastReload) }),
      h('dd', { id: 'content-last-reload' }, last
        ? `${time(last.at)} ${t(s.by)} ${last.by}: ${last.applied ? t(s.applied) : t(s.rejected)} (${last.version})`
        : t(s.never)));
    const problems = last && !last.applied ? h('ul', { class: 'problems' }, last.errors.map(e => h('li', { text: e }))) : null;
    const button = h('button', { type: 'button', class: 'secondary', text: t(s.reload) });
    button.addEventListener('click', async () => {
      button.disabled = true;
      await api('/api/admin/content/reload', { method: 'POST' });
      await refresh('content');
    });
    body.append(...[facts, problems, button].filter(Boolean));
  },
});
