// Decide without leaving the page: the row is replaced by what the server says was done.
document.addEventListener("submit", async (event) => {
  const form = event.target.closest("form.decide");
  const row = form && form.closest(".review-row");
  if (!row) return;
  event.preventDefault();
  const data = new FormData(form);
  if (event.submitter && event.submitter.name) data.set(event.submitter.name, event.submitter.value);
  row.setAttribute("aria-busy", "true");
  const response = await fetch(form.action, {method: "POST", body: data,
                                             headers: {"X-Requested-With": "fetch"}});
  row.removeAttribute("aria-busy");
  if (!response.ok) { window.location.reload(); return; }
  row.innerHTML = await response.text();
  const focus = row.querySelector("button");
  if (focus) focus.focus();
});
