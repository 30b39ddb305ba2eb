// The sign-in page keeps the part of the address after '#' (a Tasklist link to one task,
// "#/?task=…"), which the browser kept when it was sent here but never sends to the server:
// after signing in, the browser returns to that very place (SignInConfiguration).
(function () {
  var field = document.getElementById('fragment');
  if (field && window.location.hash.length > 1) {
    field.value = window.location.hash;
  }
})();
