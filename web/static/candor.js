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
