// Vendor Risk (ICT 供應商風險管理): Cockpit branding, English + Traditional Chinese locales, report link, the one
// sign-in.
export default {
  app: {
    name: 'Vendor Risk',
    vendor: 'ICT 供應商風險管理'
  },

  // A link to the cycle-time report on the dashboard (vendor-risk/reports-link.js); no login of its own: the
  // app's login view hands over to the one sign-in at /login (../vendor-risk/sign-in.js).
  customScripts: ['vendor-risk/reports-link', '../vendor-risk/sign-in'],

  // The browser's first preferred language decides ("zh-TW" -> "zh"); anything else gets English.
  locales: {
    availableLocales: ['en', 'zh'],
    fallbackLocale: 'en'
  }
};
