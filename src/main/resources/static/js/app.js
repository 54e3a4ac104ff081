// Small progressive enhancements; every page works without them.
document.addEventListener('change', function (event) {
  var field = event.target;
  if (field.matches && field.matches('[data-autosubmit]') && field.form) {
    field.form.submit();
  }
});

// A search field over a long list (indicators, provinces): typing hides the entries that do not match, and groups
// left empty. Without script the whole list stays there. Matching ignores case and Vietnamese diacritics; an entry
// matches by its text and by its data-name (e.g. an indicator's code), so names are written once.
(function () {
  'use strict';
  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  }
  document.addEventListener('input', function (event) {
    var field = event.target;
    if (!field.matches || !field.matches('input.list-filter')) { return; }
    var wanted = fold(field.value.trim());
    Array.prototype.forEach.call(document.querySelectorAll(field.getAttribute('data-filter-items')), function (item) {
      item.hidden = wanted !== '' && fold(item.textContent + ' ' + (item.getAttribute('data-name') || '')).indexOf(wanted) < 0;
    });
    Array.prototype.forEach.call(document.querySelectorAll(field.getAttribute('data-filter-groups')), function (group) {
      var items = group.querySelectorAll(field.getAttribute('data-filter-items'));
      group.hidden = items.length > 0 && Array.prototype.every.call(items, function (i) { return i.hidden; });
    });
  });
}());
