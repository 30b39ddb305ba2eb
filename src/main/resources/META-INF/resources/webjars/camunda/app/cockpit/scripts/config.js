// Vendor Risk (ICT 供應商風險管理): Cockpit branding, English + Traditional Chinese locales, report link.
export default {
  app: {
    name: 'Vendor Risk',
    vendor: 'ICT 供應商風險管理'
  },

  // A link to the cycle-time report on the dashboard (vendor-risk/reports-link.js).
  customScripts: ['vendor-risk/reports-link'],

  // The browser's first preferred language decides ("zh-TW" -> "zh"); anything else gets English.
  locales: {
    availableLocales: ['en', 'zh'],
    fallbackLocale: 'en'
  }
};
