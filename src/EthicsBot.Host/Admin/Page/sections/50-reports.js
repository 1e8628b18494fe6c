'use strict';
// Reports by unit (aggregates under the privacy floor), the xlsx export and charts, and the roster import.
AdminPage.section({
  id: 'reports',
  title: { vi: 'Báo cáo theo đơn vị', en: 'Reports by unit' },
  async render(body, { api, t, h, number }) {
    const s = {
      unit: { vi: 'Đơn vị', en: 'Unit' }, all: { vi: 'Toàn bộ', en: 'All units' },
      from: { vi: 'Từ ngày', en: 'From' }, to: { vi: 'Đến ngày', en: 'To' },
      show: { vi: 'Xem báo cáo', en: 'Show report' }, xlsx: { vi: 'Tải Excel', en: 'Download Excel' },
      completion: { vi: 'Tải danh sách đạt (có tên)', en: 'Download completion (names)' },
      enrolled: { vi: 'Đăng ký', en: 'Enrolled' }, active: { vi: 'Tham gia', en: 'Active' },
      participationRate: { vi: 'Tỉ lệ tham gia', en: 'Participation' }, answers: { vi: 'Câu trả lời', en: 'Answers' },
      accuracy: { vi: 'Tỉ lệ đúng', en: 'Accuracy' }, daily: { vi: 'Thẻ hằng ngày được trả lời', en: 'Daily cards answered' },
      weakest: { vi: 'Chủ đề yếu nhất', en: 'Weakest topics' }, hidden: { vi: 'ẩn (dưới ngưỡng bảo mật)', en: 'hidden (under the privacy floor)' },
      other: { vi: 'Khác (gộp các đơn vị ẩn)', en: 'Other (hidden units together)' },
      unitHidden: { vi: 'Đơn vị này dưới ngưỡng bảo mật: không hiển thị số liệu.', en: 'This unit is under the privacy floor: no figures are shown.' },
      roster: { vi: 'Nhập danh sách (CSV hoặc Excel: aadObjectId,unitId hoặc userPrincipalName,unitId)', en: 'Import a roster (CSV or Excel: aadObjectId,unitId or userPrincipalName,unitId)' },
      upload: { vi: 'Nhập', en: 'Import' }, imported: { vi: 'Đã nhập', en: 'Imported' },
      post: { vi: 'Đăng bảng xếp hạng tuần trước lên các kênh đã đăng ký', en: "Post last week's leaderboard to the registered channels" },
      posted: { vi: 'kênh: đã đăng {0}, đã có từ trước {1}, không gửi được {2}, thử lại sau {3}', en: 'channels: {0} posted, {1} had it already, {2} unreachable, {3} to retry' },
    };
    const pct = v => v === null || v === undefined ? '–' : number(v) + ' %';
    // Charts and workbooks are not JSON, so they are fetched here with the same bearer key the page signed in with.
    const fetchBlob = async path => {
      const response = await fetch(path, { headers: { Authorization: 'Bearer ' + sessionStorage.getItem('ethicsbot.admin.key') }, cache: 'no-store' });
      return response.ok ? URL.createObjectURL(await response.blob()) : null;
    };
    const units = await api('/api/admin/units');
    if (!units.ok) throw new Error(String(units.status));
    const unit = h('select', { id: 'report-unit', 'aria-label': t(s.unit) },
      h('option', { value: '', text: t(s.all) }), units.body.map(u => h('option', { value: u.id, text: u.path })));
    const from = h('input', { type: 'date', id: 'report-from', 'aria-label': t(s.from) });
    const to = h('input', { type: 'date', id: 'report-to', 'aria-label': t(s.to) });
    const out = h('div', { id: 'report-output' });
    const query = () => new URLSearchParams(Object.entries({ unit: unit.value, from: from.value, to: to.value }).filter(([, v]) => v)).toString();
    const show = async () => {
      out.replaceChildren();
      const r = await api('/api/admin/reports/summary?' + query());
      if (!r.ok) { out.append(h('p', { class: 'error', text: r.body?.detail ?? String(r.status) })); return; }
      const d = r.body;
      out.append(h('p', { class: 'hint', text: `${d.path || d.name} · ${d.from} – ${d.to}` }));
      if (d.hidden) { out.append(h('p', { class: 'hint', id: 'report-hidden', text: t(s.unitHidden) })); return; }
      out.append(h('dl', { class: 'facts', id: 'report-facts' },
        h('dt', { text: t(s.enrolled) }), h('dd', { text: number(d.enrolled) }),
        h('dt', { text: t(s.active) }), h('dd', { text: number(d.active) }),
        h('dt', { text: t(s.participationRate) }), h('dd', { text: pct(d.participationRate) }),
        h('dt', { text: t(s.answers) }), h('dd', { text: number(d.answers) }),
        h('dt', { text: t(s.accuracy) }), h('dd', { text: pct(d.accuracy) }),
        h('dt', { text: t(s.daily) }), h('dd', { text: pct(d.dailyCards?.rate) }),
        h('dt', { text: t(s.weakest) }), h('dd', { text: d.weakestTopics.map(w => `${w.name} (${pct(w.accuracy)})`).join(', ') || '–' })));
      const rows = d.children.map(c => h('tr', {}, h('td', { text: c.name }),
        ...(c.hidden ? [h('td', { colspan: 4, class: 'hint', text: t(s.hidden) })]
          : [c.figures.enrolled, c.figures.active].map(v => h('td', { text: number(v) }))
            .concat([h('td', { text: pct(c.figures.participationRate) }), h('td', { text: pct(c.figures.accuracy) })]))));
      if (d.other) rows.push(h('tr', {}, h('td', { text: t(s.other) }), h('td', { text: number(d.other.enrolled) }),
        h('td', { text: number(d.other.active) }), h('td', { text: pct(d.other.participationRate) }), h('td', { text: pct(d.other.accuracy) })));
      if (rows.length) out.append(h('div', { class: 'scroll' }, h('table', { id: 'report-children' },
        h('thead', {}, h('tr', {}, [s.unit, s.enrolled, s.active, s.participationRate, s.accuracy].map(k => h('th', { scope: 'col', text: t(k) })))),
        h('tbody', {}, rows))));
      for (const chart of ['participation', 'accuracy']) {
        const src = await fetchBlob(`/api/admin/reports/charts/${chart}.png?` + query());
        if (src) out.append(h('img', { src, alt: chart, width: 500, class: 'chart' }));
      }
    };
    const download = async () => {
      const url = await fetchBlob('/api/admin/reports/summary.xlsx?' + query());
      if (url) h('a', { href: url, download: 'bao-cao.xlsx' }).click();
    };
    const downloadCompletion = async () => {
      const url = await fetchBlob('/api/admin/reports/completion.xlsx?' + new URLSearchParams(unit.value ? { unit: unit.value } : {}).toString());
      if (url) h('a', { href: url, download: 'hoan-thanh.xlsx' }).click();
    };
    const file = h('input', { type: 'file', id: 'roster-file', accept: '.csv,.xlsx', 'aria-label': t(s.roster) });
    const rosterOut = h('div', { id: 'roster-output' });
    const upload = async () => {
      rosterOut.replaceChildren();
      if (!file.files.length) return;
      const r = await api('/api/admin/units/roster', { method: 'POST', body: await file.files[0].arrayBuffer() });
      if (r.ok) rosterOut.append(h('p', { class: 'ok', text: `${t(s.imported)}: ${number(r.body.entries)} (${number(r.body.applied)})` }));
      else rosterOut.append(h('p', { class: 'error', text: r.body?.message ?? r.body?.detail ?? String(r.status) }),
        h('ul', { class: 'problems' }, (r.body?.errors ?? []).map(e => h('li', { text: e }))));
    };
    // The same pass as Monday's, now: channels that already have the week are skipped, so a second click posts nothing.
    const boardOut = h('p', { id: 'leaderboard-run-output', role: 'status' });
    const postBoard = async () => {
      const r = await api('/api/admin/reports/leaderboard/run', { method: 'POST' });
      const d = r.body ?? {};
      boardOut.className = r.ok ? 'ok' : 'error';
      boardOut.textContent = r.ok ? `${d.weekStart} – ${d.weekEnd}: ${number(d.channels)} `
        + t(s.posted).replace('{0}', number(d.posted)).replace('{1}', number(d.alreadyPosted)).replace('{2}', number(d.unreachable)).replace('{3}', number(d.retryLater))
        : d.detail ?? String(r.status);
    };
    body.append(
      h('div', { class: 'controls' }, unit, from, to,
        h('button', { type: 'button', id: 'report-show', onclick: show, text: t(s.show) }),
        h('button', { type: 'button', class: 'secondary', onclick: download, text: t(s.xlsx) }),
        h('button', { type: 'button', class: 'secondary', onclick: downloadCompletion, text: t(s.completion) })),
      out,
      h('div', { class: 'controls' }, h('button', { type: 'button', id: 'leaderboard-run', class: 'secondary', onclick: postBoard, text: t(s.post) })),
      boardOut,
      h('p', { class: 'hint', text: t(s.roster) }),
      h('div', { class: 'controls' }, file, h('button', { type: 'button', class: 'secondary', onclick: upload, text: t(s.upload) })),
      rosterOut);
    await show();
  },
});
