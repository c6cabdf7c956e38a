// Small conveniences; every page works without this script.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  // Warn before sending a file larger than the server accepts.
  for (const input of document.querySelectorAll("input[type=file][data-limit-mib]")) {
    input.addEventListener("change", () => {
      const limit = Number(input.dataset.limitMib) * 1024 * 1024;
      const file = input.files && input.files[0];
      input.setCustomValidity(file && file.size > limit ? `The file is larger than ${input.dataset.limitMib} MiB.` : "");
      input.reportValidity();
    });
  }
});

// Uploads that can be large (ticket logs) show their progress: the form is
// sent to the JSON API with XMLHttpRequest, whose upload events fetch lacks,
// and the browser then opens the page the answer names. Without this script
// the form posts as usual.
document.addEventListener("DOMContentLoaded", () => {
  for (const form of document.querySelectorAll("form[data-progress]")) {
    const box = document.getElementById(form.dataset.progress);
    if (!box || !window.XMLHttpRequest || !window.FormData) continue;
    const bar = box.querySelector("progress");
    const status = box.querySelector("[role=status]");
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const request = new XMLHttpRequest();
      request.open("POST", "/api" + new URL(form.action).pathname);
      request.setRequestHeader("X-CSRF-Token", form.elements.csrf.value);
      box.hidden = false;
      status.setAttribute("role", "status");
      status.textContent = "";
      const button = form.querySelector("button[type=submit]");
      button.disabled = true;
      request.upload.addEventListener("progress", (progress) => {
        if (!progress.lengthComputable) return;
        const percent = Math.floor((100 * progress.loaded) / progress.total);
        bar.value = percent;
        status.textContent = percent < 100 ? `Uploading: ${percent} %` : "Uploaded; reading the log…";
      });
      request.addEventListener("load", () => {
        let answer = {};
        try { answer = JSON.parse(request.responseText); } catch (e) { answer = {}; }
        if (request.status < 300 && answer.url) {
          window.location.assign(answer.url);
          return;
        }
        button.disabled = false;
        const error = answer.error || {};
        status.textContent = error.message ? `${error.where ? error.where + ": " : ""}${error.message}`
                                           : `The upload failed (HTTP ${request.status}).`;
        status.setAttribute("role", "alert");
      });
      request.addEventListener("error", () => {
        button.disabled = false;
        status.textContent = "The upload failed: the connection was lost.";
        status.setAttribute("role", "alert");
      });
      request.send(new FormData(form));
    });
  }
});
