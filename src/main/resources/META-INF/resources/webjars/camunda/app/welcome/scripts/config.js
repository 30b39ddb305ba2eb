// Vendor Risk (ICT 供應商風險管理): Welcome page branding, English + Traditional Chinese locales, product links,
// the one sign-in.
export default {
  app: {
    name: 'Vendor Risk',
    vendor: 'ICT 供應商風險管理'
  },

  // No login of its own: the app's login view hands over to the one sign-in at /login (../vendor-risk/sign-in.js).
  customScripts: ['../vendor-risk/sign-in'],

  // The browser's first preferred language decides ("zh-TW" -> "zh"); anything else gets English.
  locales: {
    availableLocales: ['en', 'zh'],
    fallbackLocale: 'en'
  },

  // Shown under "Links". Only pages for people: /api and /engine-rest are for scripts (HTTP Basic), and
  // a browser that opens them without signing in goes to the sign-in page (docs/security.md).
  // Setting this list replaces the stock documentation link, so it is repeated
  // last (its label and description are translation keys, so it follows the chosen language).
  links: [
    {
      label: '發起供應商遴選 Start a vendor selection',
      href: '/camunda/app/tasklist/default/#/?searchQuery=%5B%5D&processStart=vendor-selection',
      description: '在任務清單中啟動新的供應商遴選流程 / Start a new vendor selection process in Tasklist'
    },
    {
      label: '流程週期時間 Cycle times',
      href: '/reports/cycle-times',
      description: '流程負責人與主管：各流程週期時間、等待步驟、逾期與期限風險 / For process owners and managers: cycle times, waiting steps, overdue work and deadlines at risk'
    },
    {
      label: 'DOCUMENTATION',
      href: 'https://docs.camunda.org/manual/latest/webapps/',
      description: 'DOCUMENTATION_DESCRIPTION'
    }
  ]
};
