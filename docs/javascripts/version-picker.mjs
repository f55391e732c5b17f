// "Show outputs for Python …": the reader chooses a version once, and every
// group of version tabs, on every page, shows the tab that covers it. The
// choice is kept in localStorage, so it holds on the next page and the next
// visit. hooks/version_picker.py puts the versions to offer in each page;
// extensions/version_tabs.py marks each tab's label with the versions it covers.
//
// A tab clicked by hand shows that tab and leaves the choice alone: the
// control is the one place that says what is chosen, a tab that covers
// several versions names no single one, and a click to compare should not
// change every later page.
const data = JSON.parse(document.getElementById("python-versions")?.textContent ?? "null");
// Scoped to the site's root, as Material scopes its own keys: two sites on
// one host (GitHub Pages) keep their choices apart.
const KEY = `${new URL("..", import.meta.url).pathname}.python-version`;
const ID = "python-picker";

const offered = (version) => data.versions.some((choice) => choice.version === version);

function chosen() {
  let version = null;
  try {
    version = localStorage.getItem(KEY);
  } catch {} // storage blocked: the reference, every time
  return offered(version) ? version : data.reference;
}

function show(version) {
  // A link to one tab (#__tabbed_2_3) shows that tab in its group.
  const linked = document.getElementById(decodeURIComponent(location.hash.slice(1)))?.name;
  for (const label of document.querySelectorAll(".tabbed-labels > label")) {
    const covers = label.querySelector("[data-python-versions]")?.dataset.pythonVersions.split(" ");
    const input = document.getElementById(label.htmlFor);
    if (covers?.includes(version) && input && !input.checked && input.name !== linked) input.click();
  }
}

function control() {
  const box = document.createElement("div");
  box.className = "python-picker";
  const label = box.appendChild(document.createElement("label"));
  label.htmlFor = ID;
  // On a phone only "Python" shows; a screen reader still reads it all.
  label.append(Object.assign(document.createElement("span"), {
    className: "python-picker__long", textContent: "Show outputs for ",
  }), "Python");
  const select = box.appendChild(document.createElement("select"));
  select.id = ID;
  for (const { version, label: text } of data.versions) select.add(new Option(text, version));
  select.value = chosen();
  select.addEventListener("change", () => {
    try {
      localStorage.setItem(KEY, select.value);
    } catch {} // remembered for this page only
    show(select.value);
  });
  return box;
}

function mount() {
  const header = document.querySelector(".md-header__inner");
  if (!data || !header) return;
  // Instant navigation keeps the header: one control, whatever the page.
  if (!document.getElementById(ID)) {
    header.insertBefore(control(), header.querySelector(".md-header__option, .md-search"));
  }
  show(chosen());
}

if (typeof document$ !== "undefined") document$.subscribe(mount);
else mount();
