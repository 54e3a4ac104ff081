// Target form: show the threshold field that fits the chosen indicator (a level for groups, a number otherwise)
// and only the chosen group's levels. Without JavaScript both fields show and the server checks the choice.
(function () {
  var indicator = document.querySelector('[data-indicator-select]');
  if (!indicator) {
    return;
  }
  var numberField = document.querySelector('[data-threshold="number"]');
  var levelField = document.querySelector('[data-threshold="level"]');
  var levelSelect = levelField ? levelField.querySelector('select') : null;

  function update() {
    var option = indicator.options[indicator.selectedIndex];
    var kind = option ? option.getAttribute('data-unit-kind') : null;
    var group = kind === 'GROUP';
    if (numberField) { numberField.hidden = group && kind !== null; }
    if (levelField) { levelField.hidden = !group && kind !== null; }
    if (levelSelect) {
      Array.prototype.forEach.call(levelSelect.querySelectorAll('optgroup'), function (g) {
        var mine = g.getAttribute('data-indicator') === indicator.value;
        g.hidden = !mine;
        g.disabled = !mine;
      });
      var chosen = levelSelect.options[levelSelect.selectedIndex];
      if (chosen && chosen.parentElement.tagName === 'OPTGROUP' && chosen.parentElement.disabled) {
        levelSelect.value = '';
      }
    }
  }
  indicator.addEventListener('change', update);
  update();
})();
