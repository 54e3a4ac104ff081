// Small progressive enhancements; every page works without them.
document.addEventListener('change', function (event) {
  var field = event.target;
  if (field.matches && field.matches('[data-autosubmit]') && field.form) {
    field.form.submit();
  }
});
