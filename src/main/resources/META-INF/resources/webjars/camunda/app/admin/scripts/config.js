// Vendor Risk (ICT 供應商風險管理): Admin branding, English + Traditional Chinese locales, the one sign-in.
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
  }
};
