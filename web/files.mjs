// Reading files the reader drops or picks, before any byte reaches the app: what is not a
// .txt/.json/.jsonl text file, or is too big, gets a clear message and is not loaded.
// (The app checks again, per record; these checks keep huge or binary files out of memory.)

export const MAX_FILES_PER_DROP = 50;
export const ACCEPTED_EXTENSIONS = [".txt", ".json", ".jsonl"];

function formatBytes(n) {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}

function extensionOf(name) {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? "" : name.slice(dot).toLowerCase();
}

function startsWithUtf16Bom(bytes) {
  return bytes.length >= 2 && ((bytes[0] === 0xFF && bytes[1] === 0xFE) || (bytes[0] === 0xFE && bytes[1] === 0xFF));
}

// Why these bytes are not text ("" when they are): NUL bytes or many control bytes in the
// first 64 KB. UTF-16 with a byte-order mark is text (the app decodes it: ReadArticles in
// src/core/corpus_io.cpp).
export function whyNotText(bytes) {
  if (startsWithUtf16Bom(bytes)) return "";
  const sample = bytes.subarray(0, 65536);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return "it contains binary data (NUL bytes), not text";
    if (b < 9 || (b > 13 && b < 32)) ++control;
  }
  if (sample.length && control / sample.length > 0.02) return "it looks like binary data, not text";
  return "";
}

// Whether a well-formed UTF-8 sequence of two or more bytes starts at bytes[i].
function utf8SequenceAt(bytes, i) {
  const lead = bytes[i];
  const length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
  if (!length || i + length > bytes.length) return false;
  for (let k = 1; k < length; ++k) if ((bytes[i + k] & 0xC0) !== 0x80) return false;
  return true;
}

// The file's text as UTF-8 bytes for the app: {bytes, note}. Text that is not UTF-8 and holds
// no UTF-8 sequence at all is read as Windows-1252 (the superset of Latin-1 that legacy
// Western text is saved in), with a note saying so. UTF-8 with a few bad bytes goes as it is:
// the app reads each bad sequence as U+FFFD and says so.
export function asUtf8(bytes) {
  if (startsWithUtf16Bom(bytes)) return { bytes, note: "" };
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { bytes, note: "" };
  } catch { /* not UTF-8: which kind below */ }
  for (let i = 0; i < bytes.length; ++i) {
    if (bytes[i] >= 0x80 && utf8SequenceAt(bytes, i)) return { bytes, note: "" };
  }
  const text = new TextDecoder("windows-1252").decode(bytes);
  return { bytes: new TextEncoder().encode(text), note: "it is not UTF-8; read as Windows-1252 (Latin-1)" };
}

// → {accepted: [{name, bytes}], rejected: [message], notes: [message]} for a FileList/array
// of File; `bytes` are UTF-8 (asUtf8) or UTF-16 with a byte-order mark. `maxFileBytes`: the
// app's limit per file (state().limits.file_bytes), checked before the file is read.
export async function readDroppedFiles(files, maxFileBytes) {
  const accepted = [];
  const rejected = [];
  const notes = [];
  const list = Array.from(files);
  if (list.length > MAX_FILES_PER_DROP) {
    rejected.push(`Only the first ${MAX_FILES_PER_DROP} of ${list.length} files were read.`);
    list.length = MAX_FILES_PER_DROP;
  }
  for (const file of list) {
    const name = file.name || "unnamed file";
    const extension = extensionOf(name);
    if (!ACCEPTED_EXTENSIONS.includes(extension)) {
      rejected.push(`${name}: not loaded — biaslens reads ${ACCEPTED_EXTENSIONS.join(", ")} files.`);
      continue;
    }
    if (file.size > maxFileBytes) {
      rejected.push(`${name}: not loaded — it is ${formatBytes(file.size)}; the limit is ${formatBytes(maxFileBytes)} per file.`);
      continue;
    }
    if (file.size === 0) {
      rejected.push(`${name}: not loaded — the file is empty.`);
      continue;
    }
    let bytes;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch (error) {
      rejected.push(`${name}: could not be read (${error.message}).`);
      continue;
    }
    const why = whyNotText(bytes);
    if (why) {
      rejected.push(`${name}: not loaded — ${why}.`);
      continue;
    }
    const text = asUtf8(bytes);
    if (text.note) notes.push(`${name}: ${text.note}.`);
    accepted.push({ name, bytes: text.bytes });
  }
  return { accepted, rejected, notes };
}
