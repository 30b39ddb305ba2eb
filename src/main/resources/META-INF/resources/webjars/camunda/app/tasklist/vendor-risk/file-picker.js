// Vendor Risk: the file picker of the upload forms (forms/*.html), written once.
//
// A form marks the place with
//   <div vr-file-picker="contractDraft" vr-label="合約檔案 Contract file" vr-accept=".txt,.pdf"
//        vr-hint=".txt 或 .pdf，10 MB 以內 — .txt or .pdf, up to 10 MB"></div>
// and gets a labelled file input bound to the File variable of that name, up to 10 MB, with the
// hint under it. The Forms SDK compiles a form with AngularJS before it looks for its fields, so the
// input is in place when the SDK binds it. Loaded by config.js (customScripts) before Tasklist starts.

// The largest document the register keeps (DocumentStore.MAX_BYTES).
const MAX_BYTES = 10 * 1024 * 1024;

function filePicker() {
  return {
    restrict: 'A',
    compile(element, attrs) {
      const name = attrs.vrFilePicker;
      const label = document.createElement('label');
      label.className = 'control-label col-sm-3';
      label.htmlFor = name;
      label.textContent = attrs.vrLabel;

      const input = document.createElement('input');
      input.type = 'file';
      input.id = name;
      input.className = 'form-control';
      input.accept = attrs.vrAccept || '';
      input.setAttribute('cam-variable-name', name);
      input.setAttribute('cam-variable-type', 'File');
      input.setAttribute('cam-max-filesize', String(MAX_BYTES));
      input.setAttribute('ng-model', name);

      const hint = document.createElement('p');
      hint.className = 'help-block';
      hint.textContent = attrs.vrHint || '';

      const column = document.createElement('div');
      column.className = 'col-sm-9';
      column.append(input, hint);
      element.addClass('form-group').append(label, column);
    }
  };
}

window.angular.module('cam.tasklist.custom').directive('vrFilePicker', filePicker);
