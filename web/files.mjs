// Reading files the reader drops or picks, before any byte reaches the app: what is not a
// .txt/.json/.jsonl text file, or is too big, gets a clear message and is not loaded.
// (The app checks again, per record; these checks keep huge or binary files out of memory.)

export const MAX_FILE_BYTES = 8 * 1024 * 1024;  // = kMaxArticleBytes in src/core/scorer.h
// The app refuses a file over this (ReadImport in src/app/corpus.cpp: kMaxArticleBytes * 4).
export const MAX_IMPORT_BYTES = 4 * MAX_FILE_BYTES;
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

// Why these bytes are not text ("" when they are): NUL bytes or many control bytes in the
// first 64 KB, or bytes that are not UTF-8 at all. UTF-16 with a byte-order mark is text
// (the app decodes it: ReadArticles in src/core/corpus_io.cpp).
export function whyNotText(bytes) {
  if (bytes.length >= 2 && ((bytes[0] === 0xFF && bytes[1] === 0xFE) || (bytes[0] === 0xFE && bytes[1] === 0xFF))) return "";
  const sample = bytes.subarray(0, 65536);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return "it contains binary data (NUL bytes), not text";
    if (b < 9 || (b > 13 && b < 32)) ++control;
  }
  if (sample.length && control / sample.length > 0.02) return "it looks like binary data, not text";
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return "it is not UTF-8 text (save it as UTF-8 and try again)";
  }
  return "";
}

// → {accepted: [{name, bytes}], rejected: [message]} for a FileList/array of File.
export async function readDroppedFiles(files) {
  const accepted = [];
  const rejected = [];
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
    if (file.size > MAX_FILE_BYTES) {
      rejected.push(`${name}: not loaded — it is ${formatBytes(file.size)}; the limit is ${formatBytes(MAX_FILE_BYTES)} per file.`);
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
    accepted.push({ name, bytes });
  }
  return { accepted, rejected };
}
