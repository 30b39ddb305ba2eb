// Vendor Risk (ICT 供應商風險管理): Tasklist branding, English + Traditional Chinese locales, keyboard shortcuts,
// the file picker of the upload forms, the one sign-in.
export default {
  app: {
    name: 'Vendor Risk',
    vendor: 'ICT 供應商風險管理'
  },

  // The browser's first preferred language decides ("zh-TW" -> "zh"); anything else gets English.
  locales: {
    availableLocales: ['en', 'zh'],
    fallbackLocale: 'en'
  },

  // The upload forms' file picker (<div vr-file-picker="…">), vendor-risk/file-picker.js; no login of its own:
  // the app's login view hands over to the one sign-in at /login (../vendor-risk/sign-in.js).
  customScripts: ['vendor-risk/file-picker', '../vendor-risk/sign-in'],

  // Same key bindings as the stock Tasklist; descriptions are shown as-is in the shortcut help dialog.
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '認領目前選取的任務 / claim the selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '移至清單中的第一個篩選條件 / focus the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '移至清單中的第一項任務 / focus the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '移至任務表單的第一個輸入欄位 / focus the first field of the task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: '開啟啟動流程對話框 / open the start process dialog'
    }
  }
};
