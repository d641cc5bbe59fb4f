// Search-as-you-type: fills the <datalist> of any input with data-suggest from /api/v1/suggest.
// The search works without it; this only saves typing.
(function () {
  "use strict";
  var lang = document.documentElement.lang === "en" ? "en" : "vi";
  if (window.matchMedia && window.matchMedia("(min-width: 48rem)").matches) {
    document.querySelectorAll("details.facets-box").forEach(function (d) { d.open = true; });
  }
  document.querySelectorAll("input[data-suggest][list]").forEach(function (input) {
    var list = document.getElementById(input.getAttribute("list"));
    var timer = 0, last = "", controller = null;
    if (!list || !window.fetch) { return; }
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var q = input.value.trim();
        if (q.length < 2 || q === last) { return; }
        last = q;
        if (controller) { controller.abort(); }
        controller = new AbortController();
        fetch(input.dataset.suggest + "?lang=" + lang + "&q=" + encodeURIComponent(q), { signal: controller.signal })
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (items) {
            list.replaceChildren.apply(list, items.map(function (item) {
              var option = document.createElement("option");
              option.value = item.text;
              return option;
            }));
          })
          .catch(function () { /* a failed suggestion leaves the plain search box */ });
      }, 150);
    });
  });
})();
