// Vendor Risk: a link from the Cockpit dashboard to the process owners' cycle-time report.
// Plain DOM, no innerHTML; the report page itself checks who may read it.
export default {
  id: 'vendor-risk-cycle-time-report',
  pluginPoint: 'cockpit.dashboard',
  priority: 20,
  render: (node) => {
    const section = document.createElement('section');
    section.className = 'vendor-risk-reports';
    const heading = document.createElement('h3');
    heading.textContent = '報表 Reports';
    const link = document.createElement('a');
    link.href = '/reports/cycle-times';
    link.textContent = '流程週期時間 Cycle times';
    const note = document.createElement('p');
    note.textContent = '週期時間、等待步驟、逾期任務與義務期限風險 / Cycle times, waiting steps, overdue tasks and obligation deadlines at risk';
    section.append(heading, link, note);
    node.appendChild(section);
  }
};
