// The page's HTML controls around the canvas: messages, the loading overlay, the drop
// zone, the "add article" dialog, downloads. Text from articles or file names only ever
// reaches the DOM through textContent (never innerHTML).

// Messages: errors stay until closed; notices fade after a while. Returns show(text, kind).
export function createMessages(list) {
  return function show(text, kind = "error") {
    const item = document.createElement("li");
    item.className = `message message-${kind}`;
    item.setAttribute("role", kind === "error" ? "alert" : "status");
    const body = document.createElement("span");
    body.textContent = text;
    const close = document.createElement("button");
    close.type = "button";
    close.className = "message-close";
    close.setAttribute("aria-label", "Dismiss");
    close.textContent = "×";
    close.addEventListener("click", () => item.remove());
    item.append(body, close);
    list.append(item);
    while (list.children.length > 6) list.firstElementChild.remove();
    if (kind !== "error") setTimeout(() => item.remove(), 6000);
    return item;
  };
}

export function createLoadingOverlay(overlay) {
  const progress = overlay.querySelector("progress");
  const label = overlay.querySelector(".loading-label");
  const mb = (n) => (n / (1024 * 1024)).toFixed(1);
  return {
    progress(loaded, total) {
      if (total > 0) {
        progress.max = total;
        progress.value = Math.min(loaded, total);
        label.textContent = `Loading biaslens… ${mb(loaded)} of ${mb(total)} MB`;
      } else {
        progress.removeAttribute("value");
        label.textContent = `Loading biaslens… ${mb(loaded)} MB`;
      }
      if (total > 0 && loaded >= total) label.textContent = "Starting…";
    },
    fail(message) {
      overlay.classList.add("loading-failed");
      progress.hidden = true;
      label.textContent = message;
      label.setAttribute("role", "alert");
    },
    done() {
      overlay.hidden = true;
    },
  };
}

// Keeps keys typed into the page's own controls away from the canvas app (Emscripten's
// GLFW listens on window in the capture phase and swallows Backspace and Tab). Must be
// installed before app.js runs so that this listener comes first.
export function keepKeysInControls(controlsRoot) {
  const guard = (event) => {
    if (event.target instanceof Node && controlsRoot.some((root) => root.contains(event.target)))
      event.stopImmediatePropagation();
  };
  for (const type of ["keydown", "keypress", "keyup"]) window.addEventListener(type, guard, true);
}

// Files dragged anywhere over the page: shows `overlay`, calls onFiles(FileList) on drop.
// Listens in the capture phase on window so the canvas app never sees the drop.
export function setupDropZone(overlay, onFiles) {
  let depth = 0;
  const hasFiles = (event) => event.dataTransfer && Array.from(event.dataTransfer.types).includes("Files");
  window.addEventListener("dragenter", (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    ++depth;
    overlay.hidden = false;
  }, true);
  window.addEventListener("dragover", (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.stopPropagation();
    event.dataTransfer.dropEffect = "copy";
  }, true);
  window.addEventListener("dragleave", (event) => {
    if (!hasFiles(event)) return;
    depth = Math.max(0, depth - 1);
    if (depth === 0) overlay.hidden = true;
  }, true);
  window.addEventListener("drop", (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.stopPropagation();
    depth = 0;
    overlay.hidden = true;
    onFiles(event.dataTransfer.files);
  }, true);
}

export function downloadBlob(blob, fileName) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

// A button that must be pressed twice within a few seconds (for destructive actions).
export function confirmTwice(button, action) {
  const label = button.textContent;
  let armed = null;
  button.addEventListener("click", () => {
    if (armed) {
      clearTimeout(armed);
      armed = null;
      button.textContent = label;
      button.classList.remove("armed");
      action();
      return;
    }
    button.textContent = "Click again to confirm";
    button.classList.add("armed");
    armed = setTimeout(() => {
      armed = null;
      button.textContent = label;
      button.classList.remove("armed");
    }, 4000);
  });
}
