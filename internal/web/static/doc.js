// The document view's back link returns to the results the reader came
// from (their state is in the URL of the history entry).
"use strict";
(function () {
  var back = document.getElementById("back");
  if (back && window.history.length > 1) {
    back.addEventListener("click", function (ev) {
      ev.preventDefault();
      window.history.back();
    });
  }
})();
