'use strict';
// The bank as a spreadsheet: download it, upload an edited copy, see what would change, apply, or roll back.
AdminPage.section({
  id: 'import',
  title: { vi: 'Cập nhật bằng tệp Excel', en: 'Update from a spreadsheet' },
  async render(body, { api, t, h, refresh }) {
    const s = {
      download: { vi: 'Tải ngân hàng câu hỏi (.xlsx)', en: 'Download the question bank (.xlsx)' },
      file: { vi: 'Tệp Excel đã chỉnh sửa', en: 'Edited workbook' },
      preview: { vi: 'Xem trước thay đổi', en: 'Preview changes' },
      apply: { vi: 'Áp dụng', en: 'Apply' },
      rollback: { vi: 'Hoàn tác lần nhập gần nhất', en: 'Roll back the last import' },
      added: { vi: 'Thêm mới', en: 'Added' },
      changed: { vi: 'Đã sửa', en: 'Changed' },
      removed: { vi: 'Bị xóa', en: 'Removed' },
      nothing: { vi: 'Tệp giống hệt ngân hàng hiện tại; không có gì để áp dụng.', en: 'The workbook matches the live bank; nothing to apply.' },
      problems: { vi: 'Tệp có lỗi, chưa thay đổi gì:', en: 'The workbook has problems; nothing was changed:' },
      applied: { vi: 'Đã áp dụng. Phiên bản nội dung mới:', en: 'Applied. New content version:' },
      rolledBack: { vi: 'Đã hoàn tác. Phiên bản nội dung:', en: 'Rolled back. Content version:' },
      version: { vi: 'Phiên bản', en: 'Version' },
      failed: { vi: 'Không thực hiện được', en: 'Could not do it' },
    };
    const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const result = h('div', { id: 'import-result', 'aria-live': 'polite' });
    const input = h('input', { type: 'file', id: 'import-file', accept: '.xlsx,' + xlsx });
    const previewButton = h('button', { type: 'button', id: 'import-preview', text: t(s.preview) });
    const applyButton = h('button', { type: 'button', id: 'import-apply', text: t(s.apply), hidden: true });
    const rollbackButton = h('button', { type: 'button', class: 'secondary', id: 'import-rollback', text: t(s.rollback) });
    const downloadButton = h('button', { type: 'button', class: 'secondary', id: 'import-download', text: t(s.download) });

    const send = (apply) => api(`/api/admin/content/import?name=${encodeURIComponent(input.files[0].name)}${apply ? '&apply=true' : ''}`,
      { method: 'POST', body: input.files[0], headers: { 'Content-Type': xlsx } });
    const ids = (label, list) => list.length === 0 ? null
      : h('p', {}, h('strong', { text: `${t(label)} (${list.length}): ` }), list.join(', '));
    const problems = (answer) => [
      h('p', { class: 'error', role: 'alert', text: answer.body?.errors?.length ? t(s.problems) : `${t(s.failed)} (${answer.status})` }),
      h('ul', { class: 'problems' }, (answer.body?.errors ?? []).map(e => h('li', { text: e })))];

    previewButton.addEventListener('click', async () => {
      applyButton.hidden = true;
      if (!input.files.length) { input.focus(); return; }
      const answer = await send(false);
      if (!answer.ok) { result.replaceChildren(...problems(answer)); return; }
      const d = answer.body;
      result.replaceChildren(...[
        h('p', { id: 'import-summary', text: `${t(s.added)}: ${d.added.length} · ${t(s.changed)}: ${d.changed.length} · ${t(s.removed)}: ${d.removed.length}` }),
        ids(s.added, d.added), ids(s.changed, d.changed), ids(s.removed, d.removed),
        h('p', { text: `${t(s.version)}: ${d.versionBefore} → ${d.versionAfter}` }),
        d.files.length === 0 ? h('p', { class: 'hint', text: t(s.nothing) }) : null].filter(Boolean));
      applyButton.hidden = d.files.length === 0;
    });

    applyButton.addEventListener('click', async () => {
      applyButton.disabled = true;
      const answer = await send(true);
      applyButton.disabled = false;
      applyButton.hidden = true;
      if (!answer.ok) { result.replaceChildren(...problems(answer)); return; }
      await refresh('content');
      await refresh('audit');
      result.replaceChildren(h('p', { class: 'ok', role: 'status' }, `${t(s.applied)} `, h('strong', { id: 'import-new-version', text: answer.body.versionAfter })));
    });

    rollbackButton.addEventListener('click', async () => {
      const answer = await api('/api/admin/content/rollback', { method: 'POST' });
      if (!answer.ok) { result.replaceChildren(...problems(answer)); return; }
      await refresh('content');
      await refresh('audit');
      result.replaceChildren(h('p', { class: 'ok', role: 'status', text: `${t(s.rolledBack)} ${answer.body.versionAfter}` }));
    });

    downloadButton.addEventListener('click', async () => {
      const response = await fetch('/api/admin/content/export', { headers: { Authorization: 'Bearer ' + sessionStorage.getItem('ethicsbot.admin.key') } });
      if (!response.ok) { result.replaceChildren(h('p', { class: 'error', text: `${t(s.failed)} (${response.status})` })); return; }
      const link = h('a', { href: URL.createObjectURL(await response.blob()), download: 'ethicsbot-bank.xlsx' });
      link.click();
      URL.revokeObjectURL(link.href);
    });

    body.append(
      h('p', {}, downloadButton),
      h('div', { class: 'field' }, h('label', { for: 'import-file', text: t(s.file) }), input),
      h('p', { class: 'actions' }, previewButton, ' ', applyButton, ' ', rollbackButton),
      result);
  },
});
